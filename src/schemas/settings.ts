import { z } from 'astro/zod';
import { idSchema, textSchema } from './common';
import { accentContrastProblems } from '../settings/contrast';

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
    /** A short form for tight spaces and sentences, e.g. "Northshire". */
    shortName: textSchema,
    /** The organisation's logo, a .svg or .png file relative to public/, shown in the header. */
    logo: z
      .string()
      .regex(/^(?!\/)[\w./-]+\.(svg|png)$/, { error: 'must be a path to an .svg or .png file relative to public/' })
      .optional(),
  }),
  /**
   * A #rrggbb colour for the header and highlights. It must keep white text on it, and it as
   * text on the NHS page background, at WCAG AA contrast (4.5:1).
   */
  accentColour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written as #rrggbb, e.g. "#005eb8"' })
    .superRefine((colour, context) => {
      for (const problem of accentContrastProblems(colour)) context.addIssue({ code: 'custom', message: `${colour} fails: ${problem}` });
    }),
  /**
   * Local contact routes, by name, for content to use as {{contacts.<name>}}: e.g. the trust's
   * interface lead, GP liaison route or Advice and Guidance route.
   */
  contacts: z.record(idSchema, textSchema),
  /**
   * Local policy values beside the national requirement, by name, for content to use as
   * {{policies.<name>}} (the local value), {{policies.<name>.national}} or
   * {{policies.<name>.both}} (the national requirement, and the local policy where it differs).
   */
  policies: z.record(
    idSchema,
    z.strictObject({
      /** What the national requirement says, e.g. 7. */
      national: z.number({ error: 'must be a number' }),
      /** What this organisation does, e.g. 14; the same as national if there is no local policy. */
      local: z.number({ error: 'must be a number' }),
      /** The unit, e.g. "days". */
      unit: textSchema,
      /** The national requirement as a phrase, with {value} and {unit}, e.g. "the contract minimum is {value} {unit}". */
      nationalText: textSchema,
      /** The local policy as a phrase, with {organisation}, {value} and {unit}, e.g. "at {organisation} we supply {value} {unit}". */
      localText: textSchema,
    }),
  ),
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
