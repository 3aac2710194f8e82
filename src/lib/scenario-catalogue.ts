import { getCollection, type CollectionEntry } from 'astro:content';
import { scenarioOrder } from '../site';

export interface CatalogueItem {
  scenario: CollectionEntry<'scenarios'>['data'];
  teaching: CollectionEntry<'teaching'>;
}

/** Every scenario with its teaching page, in module order. Integrity checks guarantee the pairs. */
export async function scenarioCatalogue(): Promise<CatalogueItem[]> {
  const [scenarios, teachingPages] = await Promise.all([getCollection('scenarios'), getCollection('teaching')]);
  const rank = (id: string) => {
    const index = scenarioOrder.indexOf(id);
    return index === -1 ? scenarioOrder.length : index;
  };
  return scenarios
    .map((entry) => ({ scenario: entry.data, teaching: teachingPages.find((page) => page.data.scenario === entry.data.id)! }))
    .sort((a, b) => rank(a.scenario.id) - rank(b.scenario.id) || a.scenario.title.localeCompare(b.scenario.title));
}
