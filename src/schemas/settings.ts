import { z } from 'astro/zod';
import { dateSchema, idSchema, textSchema } from './common';
import { accentContrastProblems } from './contrast';
import { nationIdSchema, type Nation } from './nation';

/** One scenario as this module runs it. */
const scenarioChoiceSchema = z.strictObject({
  /** The id of a file in scenarios/, e.g. "fit-note". */
  id: z
    .string({ error: 'must be the id of a scenario, e.g. "fit-note" for scenarios/fit-note.yaml' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be the id of a scenario: lower-case words joined by hyphens, e.g. "fit-note"',
    }),
  /** Whether finishing it counts towards completion. */
  required: z.boolean({ error: 'must be true or false' }).default(true),
});

/**
 * A clinician's sign-off of one scenario for this organisation, copied from the review script
 * they signed (/review/<scenario>/script/). The checks refuse a date in the future, and one
 * before the scenario's last content review: that reviewer signed an earlier version.
 */
const clinicalSignOffSchema = z.strictObject({
  /** The clinician's name as they signed it, e.g. "Dr Ruth Adeyemi". */
  name: textSchema,
  /** Their role, e.g. "Consultant physician and clinical lead for the interface". */
  role: textSchema,
  /** The day they signed the review script, written as YYYY-MM-DD; not in the future. */
  date: dateSchema,
});

/**
 * A phrase with {name} slots the module fills. A slot it cannot fill would reach learners as
 * "{org}", so each phrase may use only its own slots.
 */
function phraseSchema(slots: readonly string[]) {
  const allowed = slots
    .map((slot) => `{${slot}}`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' and $1');
  return textSchema.superRefine((text, context) => {
    const unknown = [
      ...new Set(
        [...text.matchAll(/\{+\s*([^{}]*?)\s*\}+/g)]
          .filter((match) => match[0] !== `{${match[1]}}` || !slots.includes(match[1]!))
          .map((match) => match[0]),
      ),
    ];
    if (unknown.length)
      context.addIssue({
        code: 'custom',
        message: `uses ${unknown.join(', ')}, which the module cannot fill; it may use ${allowed}`,
      });
  });
}

/** A contact route, shown to learners as written: no {slots} or {{names}} are filled in it. */
const contactSchema = textSchema.refine((text) => !/[{}]/.test(text), {
  error:
    'is shown to learners as written, so it must not contain { or }: write the contact out in full',
});

/** The languages the module can be shown in: English, and Welsh for NHS Wales. */
export const languageSchema = z.enum(['en', 'cy'], { error: 'must be en (English) or cy (Welsh)' });

/**
 * The settings text a trust writes, in another language: the same keys as the English, each
 * optional here; with that language on, the build requires the ones learners see.
 */
const translatedSettingsSchema = z.strictObject({
  module: z.strictObject({ title: textSchema }).partial().optional(),
  organisation: z.strictObject({ name: textSchema, shortName: textSchema }).partial().optional(),
  contacts: z.record(idSchema, contactSchema).optional(),
  policies: z
    .record(
      idSchema,
      z
        .strictObject({
          unit: textSchema,
          nationalText: phraseSchema(['value', 'unit']),
          localText: phraseSchema(['organisation', 'value', 'unit']),
        })
        .partial(),
    )
    .optional(),
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
  /**
   * Which UK health service the module teaches: its nouns, forms, routes and the instrument behind
   * each requirement come from content/nations/<nation>.yaml. A trust's overlay sets its own.
   */
  nation: nationIdSchema.default('england'),
  organisation: z.strictObject({
    /** The organisation running the module, e.g. "Northshire Hospitals NHS Foundation Trust". */
    name: textSchema,
    /** A short form for tight spaces and sentences, e.g. "Northshire". */
    shortName: textSchema,
    /** The organisation's logo, a .svg or .png file relative to public/, shown in the header. */
    logo: z
      .string()
      .regex(/^(?!\/)[\w./-]+\.(svg|png)$/, {
        error: 'must be a path to an .svg or .png file relative to public/',
      })
      .optional(),
  }),
  /**
   * A #rrggbb colour for the header and highlights. It must keep white text on it, and it as
   * text on the NHS page background, at WCAG AA contrast (4.5:1).
   */
  accentColour: z
    .string({ error: 'must be a colour in double quotes, written as "#rrggbb", e.g. "#005eb8"' })
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written as #rrggbb, e.g. "#005eb8"' })
    .superRefine((colour, context) => {
      for (const problem of accentContrastProblems(colour))
        context.addIssue({ code: 'custom', message: `${colour} fails: ${problem}` });
    }),
  /**
   * Local contact routes, by name, for content to use as {{contacts.<name>}}: e.g. the trust's
   * interface lead, GP liaison route or Advice and Guidance route.
   */
  contacts: z.record(idSchema, contactSchema, {
    error:
      'must be named contacts, one per line, e.g. interface-lead: "the interface lead on 01632 960123"',
  }),
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
      nationalText: phraseSchema(['value', 'unit']),
      /** The local policy as a phrase, with {organisation}, {value} and {unit}, e.g. "at {organisation} we supply {value} {unit}". */
      localText: phraseSchema(['organisation', 'value', 'unit']),
    }),
    {
      error:
        'must be named policies, each with national, local, unit, nationalText and localText (see docs/tailoring.md)',
    },
  ),
  /** The scenarios this module includes, in the order learners meet them. */
  scenarios: z
    .array(scenarioChoiceSchema, {
      error: 'must be a list of scenarios, one per line, e.g. - { id: fit-note, required: true }',
    })
    .min(1, { error: 'must include at least one scenario' }),
  /**
   * This organisation's clinical sign-off, by scenario id: who signed the scenario's review
   * script, their role and the date. The scenario page and the about page show it; a scenario
   * with no entry says it is awaiting local clinical sign-off. The national settings record
   * none, because no trust's clinician has signed the national content for everyone.
   */
  clinicalSignOff: z
    .record(idSchema, clinicalSignOffSchema, {
      error:
        'must be scenario ids, each with name, role and date, e.g. fit-note: { name: Dr Ruth Adeyemi, role: Consultant physician, date: 2026-12-01 }',
    })
    .optional(),
  /** The overall percentage a learner needs to pass, 0 to 100. */
  passMark: z
    .int({ error: 'must be a whole number from 0 to 100' })
    .min(0, { error: 'must be a whole number from 0 to 100' })
    .max(100, { error: 'must be a whole number from 0 to 100' }),
  /**
   * The languages learners can use, the first being the one the module opens in: [en] (the
   * default), [en, cy] or [cy, en]. The second language's pages are under /cy/ or /en/, and
   * every page links to the same page in the other language. See docs/welsh.md.
   */
  languages: z
    .array(languageSchema, {
      error: 'must be a list in square brackets: [en], [en, cy] or [cy, en]',
    })
    .min(1, { error: 'must list at least one language, e.g. [en]' })
    .refine((languages) => new Set(languages).size === languages.length, {
      error: 'must not list a language twice',
    })
    .default(['en']),
  /** The settings text above in Welsh (title, organisation, contacts, policy phrases), for the Welsh pages. */
  cy: translatedSettingsSchema.optional(),
  /**
   * Whether the insights page (/insights/: what a cohort chose, read from the LMS's export in the
   * browser) goes into the SCORM packages too. It is always on the open-web site; leave this
   * false, the default, unless your LMS is where your interface leads will open it.
   */
  insights: z.boolean({ error: 'must be true or false' }).default(false),
  /** Which SCORM packages `npm run package` builds. */
  scormVersions: z
    .array(z.enum(['scorm12', 'scorm2004'], { error: 'must be scorm12 or scorm2004' }), {
      error: 'must be a list in square brackets, e.g. [scorm12] or [scorm12, scorm2004]',
    })
    .min(1, { error: 'must list at least one SCORM version' }),
});

/**
 * The settings in force, with the chosen nation's data (content/nations/<nation>.yaml) that the
 * loader reads beside them, so placeholders such as {{nation.organisation}} can be filled.
 */
export type Settings = z.infer<typeof settingsSchema> & { nationData: Nation };
export type Language = z.infer<typeof languageSchema>;
export type ClinicalSignOff = z.infer<typeof clinicalSignOffSchema>;
