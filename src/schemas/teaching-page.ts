import { z } from 'astro/zod';
import { nationIdSchema } from './nation';
import { dateSchema, idSchema, textSchema } from './common';

/** Who checked the clinical and policy content, and when it must be checked again. */
export const reviewSchema = z
  .strictObject({
    /** The reviewer's name and role, e.g. "Dr A Reviewer, GP educator". */
    reviewedBy: textSchema,
    /** When the content was last reviewed (YYYY-MM-DD). */
    reviewedOn: dateSchema,
    /** When it must be reviewed again (YYYY-MM-DD), at most 12 months after reviewedOn. */
    reviewBy: dateSchema,
  })
  .refine((review) => review.reviewBy > review.reviewedOn, {
    error: 'reviewBy must be later than reviewedOn',
    path: ['reviewBy'],
  })
  .refine(
    (review) => {
      const limit = new Date(review.reviewedOn);
      limit.setUTCFullYear(limit.getUTCFullYear() + 1);
      return review.reviewBy <= limit;
    },
    { error: 'reviewBy must be no more than 12 months after reviewedOn', path: ['reviewBy'] },
  );

/** A document the teaching page relies on. */
export const sourceSchema = z.strictObject({
  /** The document's title. */
  title: textSchema,
  /** Who publishes it, e.g. "NHS England". */
  publisher: textSchema,
  /** The year or edition, e.g. "2017–19" or "2023". */
  year: z.union([z.string(), z.number()]).transform(String).optional(),
  /** The nations whose learners it applies to, e.g. [england]; every nation when left out. */
  nations: z
    .array(nationIdSchema)
    .min(1, { error: 'must list at least one nation, e.g. [england]' })
    .optional(),
  /** Where to read it; shown as text, never fetched by the module. */
  url: z.url({ error: 'must be a full web address starting https://' }).optional(),
});

/** Frontmatter of a scenario's teaching page in content/scenarios/. */
export const teachingPageSchema = z.strictObject({
  /** The id of the scenario this page teaches (a file in scenarios/). */
  scenario: idSchema,
  /** The page heading. */
  title: textSchema,
  /** One sentence for search results and the scenario list. */
  description: textSchema,
  /** What the learner will be able to do afterwards. */
  learningOutcomes: z.array(textSchema).min(1, { error: 'must list at least one outcome' }),
  /** Questions a facilitator can put to a group. */
  discussionQuestions: z.array(textSchema).min(1, { error: 'must list at least one question' }),
  /** Clinical review dates. */
  review: reviewSchema,
  /** The requirements and guidance the page cites. */
  sources: z.array(sourceSchema).min(1, { error: 'must list at least one source' }),
});

export type TeachingPage = z.infer<typeof teachingPageSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type Source = z.infer<typeof sourceSchema>;
