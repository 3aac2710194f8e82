import { z } from 'astro/zod';
import { textSchema } from './common';

/** Frontmatter of a reference page in content/pages/ (about, glossary, accessibility). */
export const pageSchema = z.strictObject({
  /** The page heading. */
  title: textSchema,
  /** One sentence for search results. */
  description: textSchema,
});

export type Page = z.infer<typeof pageSchema>;
