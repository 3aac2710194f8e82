import { z } from 'astro/zod';
import { teachingPageSchema } from './teaching-page';
import { pageSchema } from './page';
import { translationStatusSchema } from '../i18n/scenario-overlay';

export { scenarioOverlaySchema, translationStatusSchema, type ScenarioOverlay, type TranslationStatus } from '../i18n/scenario-overlay';

/**
 * A Welsh teaching page (content/scenarios/cy/<id>.mdx): the English page's fields, translated,
 * and its translation block. The clinical review belongs to the English content, so the page
 * shows the English file's review dates; a review block here is allowed and ignored.
 */
export const translatedTeachingPageSchema = teachingPageSchema.omit({ review: true }).extend({
  review: z.unknown().optional(),
  translation: translationStatusSchema,
});

/** A Welsh reference page (content/pages/cy/<page>.mdx): the English fields, translated, and its translation block. */
export const translatedPageSchema = pageSchema.extend({ translation: translationStatusSchema });
