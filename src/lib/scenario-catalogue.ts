import { getCollection, type CollectionEntry } from 'astro:content';
import { moduleSettings } from '../settings/module-settings';
import { fillPlaceholders } from '../settings/placeholders';
import { applyOverlay } from '../i18n/scenario-overlay';
import type { TranslationStatus } from '../schemas/translation';
import { pageLanguage, pageSettings } from '../i18n/page-language';
import type { Language } from '../i18n/languages';

/** A teaching page's sources that apply in the chosen nation (England's contract only in England). */
export function forNation(
  data: CollectionEntry<'teaching'>['data'],
): CollectionEntry<'teaching'>['data'] {
  return {
    ...data,
    sources: data.sources.filter(
      (source) => !source.nations || source.nations.includes(moduleSettings.nation),
    ),
  };
}

export interface CatalogueItem {
  scenario: CollectionEntry<'scenarios'>['data'];
  teaching: CollectionEntry<'teaching'>;
  /** Whether finishing it counts towards completing the module. */
  required: boolean;
  /** In a language other than English: the files the page's translated text comes from, and their review status. */
  translations: { file: string; translation: TranslationStatus }[];
}

/**
 * The scenarios the settings include, in the settings' order, each with its teaching page, in
 * the language of the page being built: in Welsh, each scenario with its translation laid over it
 * (same ids and structure) and its Welsh teaching page, whose review dates are the English ones.
 * Integrity checks guarantee every listed scenario and its pages exist, in every language on.
 */
export async function scenarioCatalogue(
  language: Language = pageLanguage(),
): Promise<CatalogueItem[]> {
  const [scenarios, teachingPages] = await Promise.all([
    getCollection('scenarios'),
    getCollection('teaching'),
  ]);
  const translated =
    language === 'cy'
      ? await Promise.all([getCollection('scenariosCy'), getCollection('teachingCy')])
      : null;
  const settings = language === pageLanguage() ? pageSettings() : moduleSettings;
  // Local values ({{contacts.…}}, {{policies.…}}) are filled in here, once, for every page.
  return moduleSettings.scenarios.map(({ id, required }) => {
    const english = scenarios.find((entry) => entry.data.id === id)!.data;
    const teaching = teachingPages.find((page) => page.data.scenario === id)!;
    if (!translated) {
      return {
        scenario: fillPlaceholders(english, settings),
        teaching: { ...teaching, data: forNation(fillPlaceholders(teaching.data, settings)) },
        required,
        translations: [],
      };
    }
    const [overlays, welshPages] = translated;
    const overlay = overlays.find((entry) => entry.id === id)!.data;
    const welshPage = welshPages.find((page) => page.data.scenario === id)!;
    const { translation: pageTranslation, review: _ignored, ...welshText } = welshPage.data;
    return {
      scenario: fillPlaceholders(applyOverlay(english, overlay, language), settings),
      // The Welsh page's text, with the English page's review dates: the clinical review is of the content, in English.
      teaching: {
        ...welshPage,
        data: forNation(
          fillPlaceholders(
            { ...welshText, review: teaching.data.review } as CollectionEntry<'teaching'>['data'],
            settings,
          ),
        ),
      } as unknown as CollectionEntry<'teaching'>,
      required,
      translations: [
        { file: `scenarios/cy/${id}.yaml`, translation: overlay.translation },
        { file: `content/scenarios/cy/${welshPage.id}.mdx`, translation: pageTranslation },
      ],
    };
  });
}
