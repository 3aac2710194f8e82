import { z } from 'astro/zod';
import { idSchema, sideSchema, textSchema } from './common';

const flagListSchema = z.array(idSchema, { error: 'must be a list of flag ids' });

/**
 * Flag conditions shared by lines, choices and routes. Flags are set by choices; a condition lets
 * an earlier choice change what the learner sees later.
 */
const conditionFields = {
  /** Shown or taken only when every one of these flags has been set by an earlier choice. */
  requires: flagListSchema.optional(),
  /** Shown or taken only when none of these flags has been set. */
  unless: flagListSchema.optional(),
};

/** A stretch of the scenario's vlog, in seconds from the start of the video file. */
export const segmentSchema = z
  .strictObject({
    /** Where the scene starts, in seconds. */
    start: z
      .number({ error: 'must be a number of seconds' })
      .min(0, { error: 'must be 0 or more' }),
    /** Where the scene ends, in seconds; the player pauses here. */
    end: z
      .number({ error: 'must be a number of seconds' })
      .positive({ error: 'must be more than 0' }),
  })
  .refine((segment) => segment.end > segment.start, {
    error: 'end must be later than start',
    path: ['end'],
  });

/** One person speaking one line. */
export const lineSchema = z.strictObject({
  /** The id of a cast member. */
  speaker: idSchema,
  /** What they say, in plain English. */
  text: textSchema,
  ...conditionFields,
});

/** A conditional way on from a node: the first route whose conditions hold is taken. */
export const routeSchema = z.strictObject({
  /** The id of the node to go to. */
  target: idSchema,
  ...conditionFields,
});

/**
 * Where a dialogue or scene node goes next: a node id, or a list of routes tried in order whose
 * last route has no conditions (so there is always a way on).
 */
export const nextSchema = z.union([
  idSchema,
  z
    .array(routeSchema, { error: 'must be a node id or a list of routes' })
    .min(1, { error: 'must list at least one route' })
    .refine(
      (routes) => {
        const last = routes.at(-1);
        return !last?.requires && !last?.unless;
      },
      { error: 'the last route must have no requires or unless, so there is always a way on' },
    ),
]);

/** One option offered at a decision. */
export const choiceSchema = z.strictObject({
  /** Unique within its decision; stored in saved progress and LMS reports, so keep it stable. */
  id: idSchema,
  /** The option as the learner reads it. */
  text: textSchema,
  /** Why this choice helps or harms, shown after the consequence. */
  feedback: textSchema,
  /** Points for this choice, 0 (harmful) to 10 (what good looks like). */
  score: z
    .number({ error: 'must be a whole number from 0 to 10' })
    .int({ error: 'must be a whole number from 0 to 10' })
    .min(0, { error: 'must be a whole number from 0 to 10' })
    .max(10, { error: 'must be a whole number from 0 to 10' }),
  /** The id of the node this choice leads to. */
  target: idSchema,
  /** Flags this choice sets, for later lines, choices and routes to test. */
  sets: flagListSchema.optional(),
  /** Overrides the decision's source for this choice's feedback. */
  source: textSchema.optional(),
  ...conditionFields,
});

const nodeBase = {
  /** Unique within the scenario; stored in saved progress, so keep it stable once published. */
  id: idSchema,
  /** Optional stretch of the vlog that plays when the learner reaches this node. */
  segment: segmentSchema.optional(),
};

/** Lines of conversation between the two doctors (and others). */
export const dialogueNodeSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('dialogue'),
  /** The lines, in order; lines whose conditions fail are skipped. */
  lines: z.array(lineSchema).min(1, { error: 'must have at least one line' }),
  /** Where the conversation goes next. */
  next: nextSchema,
});

/** A jump in time and place, usually to show the consequence on the other side. */
export const sceneNodeSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('scene'),
  /** When it happens, e.g. "Three weeks later". */
  when: textSchema,
  /** Where it happens, e.g. "At the GP surgery". */
  where: textSchema,
  /** Whose side of the interface the scene shows. */
  perspective: sideSchema.optional(),
  /** What happens there, in order. */
  lines: z.array(lineSchema).optional(),
  /** Where the story goes next. */
  next: nextSchema,
});

/** A point where the learner decides what to do. */
export const decisionNodeSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('decision'),
  /** The question put to the learner. */
  prompt: textSchema,
  /** Two to four plausible options. */
  choices: z
    .array(choiceSchema)
    .min(2, { error: 'must offer 2 to 4 choices' })
    .max(4, { error: 'must offer 2 to 4 choices' }),
  /** The requirement behind this decision, cited as the content brief says (what and since when). */
  source: textSchema.optional(),
  /** The quick way to get it right on a busy shift, shown with the feedback. */
  twoMinuteFix: textSchema.optional(),
});

/** Where the scenario finishes. */
export const endingNodeSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('ending'),
  /** How things turned out for the patient and both sides of the interface. */
  outcome: z.enum(['recommended', 'acceptable', 'poor'], {
    error: 'must be one of: recommended, acceptable, poor',
  }),
  /** A short heading for the ending. */
  title: textSchema,
  /** What happened, in two or three sentences. */
  summary: textSchema,
  /** The closing reflection between the two doctors. */
  lines: z.array(lineSchema).optional(),
  /** What to take away. */
  learningPoints: z.array(textSchema).min(1, { error: 'must list at least one learning point' }),
});

export const nodeSchema = z.discriminatedUnion(
  'kind',
  [dialogueNodeSchema, sceneNodeSchema, decisionNodeSchema, endingNodeSchema],
  { error: 'kind must be one of: dialogue, scene, decision, ending' },
);

/** Someone who speaks in the scenario. */
export const castMemberSchema = z.strictObject({
  /** How lines refer to this person. */
  id: idSchema,
  /** Their fictional name. */
  name: textSchema,
  /** Their role, e.g. "FY2 doctor, acute medicine". */
  role: textSchema,
  /** Which side of the interface they work on, or "patient". */
  side: sideSchema,
});

/** The vlog the scenario wraps; paths are relative to public/. */
export const vlogSchema = z.strictObject({
  /** The MP4 video file. */
  video: z.string({ error: 'must be a path relative to public/' }).regex(/^(?!\/)[\w./-]+\.mp4$/, {
    error: 'must be a path to an .mp4 file relative to public/, e.g. "videos/my-scenario/vlog.mp4"',
  }),
  /** WebVTT captions for the video. */
  captions: z.string().regex(/^(?!\/)[\w./-]+\.vtt$/, {
    error:
      'must be a path to a .vtt file relative to public/, e.g. "videos/my-scenario/captions.vtt"',
  }),
  /** WebVTT chapters, one per scene. */
  chapters: z
    .string()
    .regex(/^(?!\/)[\w./-]+\.vtt$/, { error: 'must be a path to a .vtt file relative to public/' })
    .optional(),
  /** A still image shown before the video plays. */
  poster: z
    .string()
    .regex(/^(?!\/)[\w./-]+\.(jpg|jpeg|png|webp)$/, {
      error: 'must be a path to a .jpg, .png or .webp file relative to public/',
    })
    .optional(),
});

/** One branching case: the graph the dialogue engine runs. */
export const scenarioSchema = z.strictObject({
  /** Matches the file name; used in URLs, saved progress and LMS reports. */
  id: idSchema,
  /** The scenario's name as learners see it. */
  title: textSchema,
  /** One or two sentences for the scenario list. */
  summary: textSchema,
  /** Which doctor the learner plays. */
  learnerSide: z.enum(['hospital', 'general-practice'], {
    error: 'must be one of: hospital, general-practice',
  }),
  /** Typical playing time in minutes. */
  minutes: z.number({ error: 'must be a number of minutes' }).int().min(1).max(30),
  /** Everyone who speaks. */
  cast: z.array(castMemberSchema).min(2, { error: 'must name at least two people' }),
  /** The vlog this case wraps. */
  vlog: vlogSchema,
  /** The id of the first node. */
  start: idSchema,
  /** Every node of the case, in any order. */
  nodes: z.array(nodeSchema).min(1, { error: 'must have at least one node' }),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type DecisionNode = z.infer<typeof decisionNodeSchema>;
export type EndingNode = z.infer<typeof endingNodeSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Line = z.infer<typeof lineSchema>;
export type Next = z.infer<typeof nextSchema>;
export type Outcome = EndingNode['outcome'];
export type Conditions = { requires?: string[] | undefined; unless?: string[] | undefined };
