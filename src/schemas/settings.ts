import { z } from 'astro/zod';
import { idSchema, textSchema } from './common';

/** One scenario as this module runs it. */
const scenarioChoiceSchema = z.strictObject({
  /** The id of a file in scenarios/. */
  id: idSchema,
  /** Whether finishing it counts towards completion. */
  required: z.boolean({ error: 'must be true or false' }).default(true),
});

/**
 * The module's settings: national defaults in content/settings.yaml, overlaid by a trust's own
 * file when packaging for that trust.
 */
export const settingsSchema = z.strictObject({
  module: z.strictObject({
    /** Used in package file names and LMS identifiers; change it only for a new course. */
    id: idSchema,
    /** The module's name as learners see it. */
    title: textSchema,
    /** The content version, shown on the certificate and stored with saved progress. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'must be a version like 1.0.0' }),
  }),
  organisation: z.strictObject({
    /** The organisation running the module, e.g. "Northshire Hospitals NHS Foundation Trust". */
    name: textSchema,
    /** A short form for tight spaces, e.g. "Northshire". */
    shortName: textSchema,
  }),
  /** The scenarios this module includes, in the order learners meet them. */
  scenarios: z.array(scenarioChoiceSchema).min(1, { error: 'must include at least one scenario' }),
  /** The overall percentage a learner needs to pass, 0 to 100. */
  passMark: z.number({ error: 'must be a number from 0 to 100' }).min(0).max(100),
  /** Which SCORM packages `npm run package` builds. */
  scormVersions: z
    .array(z.enum(['scorm12', 'scorm2004'], { error: 'must be scorm12 or scorm2004' }))
    .min(1, { error: 'must list at least one SCORM version' }),
});

export type Settings = z.infer<typeof settingsSchema>;
