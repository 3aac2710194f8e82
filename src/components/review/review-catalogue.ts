import { getCollection, type CollectionEntry } from 'astro:content';
import { moduleSettings } from '../../settings/module-settings';
import { fillPlaceholders } from '../../settings/placeholders';
import { forNation } from '../../lib/scenario-catalogue';

export interface ReviewItem {
  scenario: CollectionEntry<'scenarios'>['data'];
  teaching: CollectionEntry<'teaching'>;
  /** How the settings in force use it: reviewers see scenarios not yet in the module too. */
  inModule: 'required' | 'optional' | 'not included';
}

/**
 * Every scenario with its teaching page, for the reviewers' pages: the module's scenarios in the
 * settings' order, then any others (a new scenario being written) by title. Local values are
 * filled in with the settings in force, as learners would read them.
 */
export async function reviewCatalogue(): Promise<ReviewItem[]> {
  const [scenarios, teachingPages] = await Promise.all([
    getCollection('scenarios'),
    getCollection('teaching'),
  ]);
  const position = (id: string) => {
    const index = moduleSettings.scenarios.findIndex((entry) => entry.id === id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return scenarios
    .flatMap((entry) => {
      const teaching = teachingPages.find((page) => page.data.scenario === entry.data.id);
      if (!teaching) return [];
      const listed = moduleSettings.scenarios.find((choice) => choice.id === entry.data.id);
      return [
        {
          scenario: fillPlaceholders(entry.data, moduleSettings),
          teaching: {
            ...teaching,
            data: forNation(fillPlaceholders(teaching.data, moduleSettings)),
          },
          inModule: listed ? (listed.required ? 'required' : 'optional') : 'not included',
        } satisfies ReviewItem,
      ];
    })
    .sort(
      (a, b) =>
        position(a.scenario.id) - position(b.scenario.id) ||
        a.scenario.title.localeCompare(b.scenario.title, 'en-GB'),
    );
}
