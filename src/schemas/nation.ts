import { z } from 'astro/zod';
import { idSchema, textSchema } from './common';

/** The four UK health services the module can teach; a trust's settings choose one as `nation`. */
export const nationIds = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

export const nationIdSchema = z.enum(nationIds, {
  error: 'must be one of: england, wales, scotland, northern-ireland',
});

export type NationId = z.infer<typeof nationIdSchema>;

/** A noun content uses in running text, in the forms sentences need. */
const nounSchema = z.strictObject({
  /** One of them, without an article, e.g. "trust", "health board", "HSC trust". */
  singular: textSchema,
  /** More than one, e.g. "trusts", "health boards", "HSC trusts". */
  plural: textSchema,
  /** One of them with "a" or "an" as spoken, e.g. "a trust", "an HSC trust". */
  withArticle: textSchema,
});

/** A name written out in full on first use, and its short form for later. */
const namedSchema = z.strictObject({
  /** In full, with any abbreviation expanded, e.g. "integrated care board (ICB)". */
  name: textSchema,
  /** The short form for later mentions, e.g. "ICB". */
  short: textSchema,
});

/** A term in the glossary that only this nation uses (e.g. FP10, WCCG, SPPG). */
const glossaryTermSchema = z.strictObject({
  /** The heading, with the abbreviation expanded, e.g. "FP10 (NHS prescription form)". */
  term: textSchema,
  /** Its meaning, in plain English, one or two sentences. */
  definition: textSchema,
});

/**
 * Everything that differs between the UK's health services, for one nation: a file per nation in
 * content/nations/<id>.yaml. Content names these values as {{nation.<field>}} (scenario YAML,
 * teaching-page frontmatter) or <LocalValue name="nation.<field>" /> (MDX bodies); see
 * src/settings/placeholders.ts for every name and docs/tailoring.md for how a trust chooses one.
 * State nothing here that content-brief.md marks UNVERIFIED: where a nation has no verified rule,
 * say so and send the learner to their own organisation's local arrangements.
 */
export const nationSchema = z.strictObject({
  /** The nation, as in the file name and the `nation` setting. */
  id: nationIdSchema,
  /** Its name in a sentence, e.g. "Northern Ireland". */
  name: textSchema,
  /** Its health service in a sentence, e.g. "NHS Wales" or "Health and Social Care (HSC) in Northern Ireland". */
  service: textSchema,
  /** The hospital organisation: NHS trust, health board (Wales, Scotland) or HSC trust (Northern Ireland). */
  organisation: nounSchema,
  /**
   * Who plans and pays for hospital services: the integrated care board in England, the health
   * board itself in Wales and Scotland, the Department of Health's SPPG in Northern Ireland.
   */
  commissioner: namedSchema,
  /** The route GPs refer through, as a phrase, e.g. "the NHS e-Referral Service (e-RS)". */
  referralRoute: textSchema,
  /** How a GP asks a specialist before or instead of referring, as a phrase. */
  adviceRoute: textSchema,
  /**
   * One request made that way, as a noun in running text: England's "Advice and Guidance request"
   * (NHS e-RS); elsewhere a plain description, "request for specialist advice", since no other
   * nation's route has a verified name. Spoken lines and scene cards cannot hold it (they are
   * in the vlog), so they say "a request for advice".
   */
  adviceRequest: nounSchema,
  /** The prescription forms a community pharmacy dispenses. */
  prescriptionForm: z.strictObject({
    /** The GP's form, e.g. "FP10", "WP10", "GP10", "HS21". */
    gp: textSchema,
    /** The form a hospital clinic writes for a community pharmacy, e.g. "FP10" or "HBP" in Scotland. */
    hospital: textSchema,
    /** The hospital's form with "a" or "an" as spoken, e.g. "an FP10", "a WP10". */
    hospitalWithArticle: textSchema,
  }),
  /** The body whose clinical guidance applies, as a phrase, e.g. "NICE" or "SIGN (the Scottish Intercollegiate Guidelines Network)". */
  guidanceBody: textSchema,
  /** The guidance for referring suspected cancer, as a phrase, e.g. "NICE's suspected cancer guideline (NG12)". */
  suspectedCancerGuidance: textSchema,
  /** The government department responsible for fit notes: DWP in Great Britain, the Department for Communities in Northern Ireland. */
  fitNoteDepartment: namedSchema,
  /** The instrument that sets the hospital's duties at the interface: its full name, and a short citation for sources. */
  instrument: namedSchema,
  /**
   * Whether the header shows the NHS lozenge when the organisation has no logo of its own. Only
   * England: Wales and Scotland have their own NHS identities, which a health board's own logo
   * carries (the module ships only the NHS England lozenge), and an HSC trust is not "NHS".
   */
  nhsLogo: z.boolean({ error: 'must be true or false' }),
  /**
   * Where each requirement comes from in this nation, by requirement name, for content to cite as
   * {{nation.sources.<name>}}: the nation's instrument and what it requires, or, where no
   * instrument is verified, the UK-wide principle and "check your ... local arrangements".
   * Every nation defines the same names (the tests check), so any nation's package builds.
   */
  sources: z.record(idSchema, textSchema, {
    error:
      'must be named sources, one per line, e.g. results: "the All Wales ... standards (April 2026)"',
  }),
  /**
   * The national wording of a local policy in content/settings.yaml, where this nation's differs:
   * replaces that policy's nationalText (a trust's own nationalText still wins). Use {value} and
   * {unit} only where the nation really sets that figure.
   */
  policies: z
    .record(
      idSchema,
      z.strictObject({ /** As nationalText in the settings. */ nationalText: textSchema }),
    )
    .default({}),
  /**
   * The organisation's name and short name when a trust's file gives none, where the defaults in
   * content/settings.yaml ("Your NHS trust") would be wrong, e.g. "Your HSC trust".
   */
  defaultOrganisation: z
    .strictObject({
      /** As organisation.name in the settings. */ name: textSchema,
      /** As organisation.shortName. */ shortName: textSchema,
    })
    .optional(),
  /** Terms only this nation uses, shown in the glossary after the UK-wide ones. */
  glossary: z.array(glossaryTermSchema).default([]),
});

export type Nation = z.infer<typeof nationSchema>;
