import { z } from 'astro/zod';
import { teachingPageSchema } from './teaching-page';
import { pageSchema } from './page';
import { dateSchema, idSchema, textSchema } from './common';
import { segmentSchema } from './scenario';

/** Who translated a file and whether a qualified Welsh-language translator has reviewed it. */
export const translationStatusSchema = z
  .strictObject({
    /** unreviewed until a qualified Welsh-language translator has checked it and signed it off. */
    status: z.enum(['unreviewed', 'reviewed'], { error: 'must be unreviewed or reviewed' }),
    /** Who wrote the translation, e.g. "Across the Interface content team (machine-assisted)". */
    translator: textSchema.optional(),
    /** The qualified translator who reviewed it; only when status is reviewed. */
    reviewedBy: textSchema.optional(),
    /** The day they signed it off, YYYY-MM-DD; only when status is reviewed. */
    reviewed: dateSchema.optional(),
  })
  .superRefine((translation, context) => {
    if (translation.status !== 'reviewed') return;
    if (!translation.reviewedBy)
      context.addIssue({
        code: 'custom',
        path: ['reviewedBy'],
        message: 'a reviewed translation must name its reviewer (reviewedBy)',
      });
    if (!translation.reviewed)
      context.addIssue({
        code: 'custom',
        path: ['reviewed'],
        message: 'a reviewed translation must give the day it was reviewed (reviewed: YYYY-MM-DD)',
      });
  });

export type TranslationStatus = z.infer<typeof translationStatusSchema>;

const choiceOverlaySchema = z.strictObject({
  text: textSchema.optional(),
  feedback: textSchema.optional(),
  source: textSchema.optional(),
});

/** The translated text of one node; which fields it must hold depends on the English node's kind. */
const nodeOverlaySchema = z.strictObject({
  /** One per English line, in the same order, conditional lines included. */
  lines: z.array(textSchema).optional(),
  when: textSchema.optional(),
  where: textSchema.optional(),
  prompt: textSchema.optional(),
  source: textSchema.optional(),
  twoMinuteFix: textSchema.optional(),
  choices: z.record(idSchema, choiceOverlaySchema).optional(),
  title: textSchema.optional(),
  summary: textSchema.optional(),
  learningPoints: z.array(textSchema).optional(),
  /** This node's stretch of the Welsh vlog; written by `npm run videos -- --language cy`. */
  segment: segmentSchema.optional(),
});

export const scenarioOverlaySchema = z.strictObject({
  translation: translationStatusSchema,
  title: textSchema,
  summary: textSchema,
  /** Roles by cast id; names are not translated. */
  cast: z.record(idSchema, z.strictObject({ role: textSchema })),
  nodes: z.record(idSchema, nodeOverlaySchema),
});

export type ScenarioOverlay = z.infer<typeof scenarioOverlaySchema>;

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
