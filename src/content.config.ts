import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { scenarioSchema } from './schemas/scenario';
import { teachingPageSchema } from './schemas/teaching-page';
import { pageSchema } from './schemas/page';
import { nonDraftPattern } from './integrity/content-files';
import {
  scenarioOverlaySchema,
  translatedPageSchema,
  translatedTeachingPageSchema,
} from './schemas/translation';

/** Branching case graphs, one YAML file each; files starting with "_" are drafts (integrity/content-files.ts). */
const scenarios = defineCollection({
  loader: glob({ pattern: nonDraftPattern('.yaml'), base: './scenarios' }),
  schema: scenarioSchema,
});

/** One teaching page per scenario: learning outcomes, requirements, discussion, review dates. */
const teaching = defineCollection({
  loader: glob({ pattern: nonDraftPattern('.mdx'), base: './content/scenarios' }),
  schema: teachingPageSchema,
});

/** Reference pages: about, glossary, accessibility statement. */
const pages = defineCollection({
  loader: glob({ pattern: nonDraftPattern('.mdx'), base: './content/pages' }),
  schema: pageSchema,
});

/** Welsh translations of the scenarios, laid over the English (docs/welsh.md); empty until Welsh is written. */
const scenariosCy = defineCollection({
  loader: glob({ pattern: nonDraftPattern('.yaml'), base: './scenarios/cy' }),
  schema: scenarioOverlaySchema,
});

/** Welsh teaching pages. */
const teachingCy = defineCollection({
  loader: glob({ pattern: nonDraftPattern('.mdx'), base: './content/scenarios/cy' }),
  schema: translatedTeachingPageSchema,
});

/** Welsh reference pages. */
const pagesCy = defineCollection({
  loader: glob({ pattern: nonDraftPattern('.mdx'), base: './content/pages/cy' }),
  schema: translatedPageSchema,
});

export const collections = { scenarios, teaching, pages, scenariosCy, teachingCy, pagesCy };
