import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { scenarioSchema } from './schemas/scenario';
import { teachingPageSchema } from './schemas/teaching-page';
import { pageSchema } from './schemas/page';

/** Branching case graphs, one YAML file each; files starting with "_" are drafts. */
const scenarios = defineCollection({
  loader: glob({ pattern: ['*.yaml', '!_*.yaml'], base: './scenarios' }),
  schema: scenarioSchema,
});

/** One teaching page per scenario: learning outcomes, requirements, discussion, review dates. */
const teaching = defineCollection({
  loader: glob({ pattern: ['*.mdx', '!_*.mdx'], base: './content/scenarios' }),
  schema: teachingPageSchema,
});

/** Reference pages: about, glossary, accessibility statement. */
const pages = defineCollection({
  loader: glob({ pattern: ['*.mdx', '!_*.mdx'], base: './content/pages' }),
  schema: pageSchema,
});

export const collections = { scenarios, teaching, pages };
