import { getCollection, type CollectionEntry } from 'astro:content';
import { moduleSettings } from './module-settings';
import { fillPlaceholders } from '../settings/placeholders';

/** A teaching page's sources that apply in the chosen nation (England's contract only in England). */
export function forNation(data: CollectionEntry<'teaching'>['data']): CollectionEntry<'teaching'>['data'] {
  return { ...data, sources: data.sources.filter((source) => !source.nations || source.nations.includes(moduleSettings.nation)) };
}

export interface CatalogueItem {
  scenario: CollectionEntry<'scenarios'>['data'];
  teaching: CollectionEntry<'teaching'>;
  /** Whether finishing it counts towards completing the module. */
  required: boolean;
}

/**
 * The scenarios the settings include, in the settings' order, each with its teaching page.
 * Integrity checks guarantee every listed scenario and its page exist.
 */
export async function scenarioCatalogue(): Promise<CatalogueItem[]> {
  const [scenarios, teachingPages] = await Promise.all([getCollection('scenarios'), getCollection('teaching')]);
  // Local values ({{contacts.…}}, {{policies.…}}) are filled in here, once, for every page.
  return moduleSettings.scenarios.map(({ id, required }) => {
    const teaching = teachingPages.find((page) => page.data.scenario === id)!;
    return {
      scenario: fillPlaceholders(scenarios.find((entry) => entry.data.id === id)!.data, moduleSettings),
      teaching: { ...teaching, data: forNation(fillPlaceholders(teaching.data, moduleSettings)) },
      required,
    };
  });
}
