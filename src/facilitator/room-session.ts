import type { Choice, DecisionNode, EndingNode, Outcome, Scenario } from '../schemas/scenario';
import type { ChoiceStep } from '../dialogue/dialogue-machine';
import { parseTimer, type TimerState } from './timer';

/**
 * A facilitated session: the scenarios a room has run, the votes at each decision and the options
 * the room followed. No names: nothing here identifies the facilitator or anyone in the room.
 *
 * The dialogue machine drives the room's path; this is what the room adds to it. Each run keeps
 * the words of the prompts and options it met, so the session record can be written later
 * without the scenario at hand (the facilitator start page exports it, with no scenarios loaded).
 */

/** An option as it was offered to the room. */
export interface OptionRecord {
  id: string;
  text: string;
  /** The highest-scoring option offered at this point: what good looks like. */
  best: boolean;
}

/** One decision the room met. */
export interface DecisionRecord {
  decision: string;
  prompt: string;
  /** The options offered, in the order shown (conditional options depend on earlier choices). */
  options: OptionRecord[];
  /** How many people chose each option, by option id. */
  votes: Record<string, number>;
  /** The option the room followed, or null while the room is still deciding. */
  followed: string | null;
}

/** Where the presenter is within the current node, so a reload returns to the same screen. */
export interface RunView {
  /** The node visit this view belongs to: `${trail length}:${node id}`. */
  visit: string;
  step: number;
  /** The facilitator showed the words of a vlog scene without playing it to the end. */
  released: boolean;
  timer: TimerState;
}

export interface EndingRecord {
  id: string;
  title: string;
  outcome: Outcome;
  reachedAt: string;
}

/** One scenario run with the room. */
export interface ScenarioRun {
  id: string;
  scenarioId: string;
  title: string;
  startedAt: string;
  updatedAt: string;
  /** The room's path: the choice followed at each decision, in order (replayed through the machine on reload). */
  choices: string[];
  /** The node the room is at. */
  at: string;
  /** The decisions on the room's path, in the order met, then the one the room is at. */
  decisions: DecisionRecord[];
  view: RunView | null;
  ending: EndingRecord | null;
  /**
   * Decisions the room stepped back from (Back past the choice before them), kept with their
   * votes and the path that led to them, so stepping forward the same way brings the votes back.
   * Not part of the record: only the decisions on the room's path are.
   */
  setAside?: SetAsideDecision[];
}

/** A decision taken off the room's path by Back, with the choices that had led to it. */
export interface SetAsideDecision {
  record: DecisionRecord;
  after: string[];
}

export interface FacilitatorSession {
  version: 1;
  id: string;
  startedAt: string;
  updatedAt: string;
  runs: ScenarioRun[];
}

/** A session left this long without activity is a past session, not today's. */
export const staleAfterMs = 12 * 60 * 60 * 1000;

const randomId = () => Math.random().toString(36).slice(2, 10);

export function createSession(now: Date, id: string = randomId()): FacilitatorSession {
  const at = now.toISOString();
  return { version: 1, id, startedAt: at, updatedAt: at, runs: [] };
}

export function isStale(session: FacilitatorSession, now: Date): boolean {
  return now.getTime() - Date.parse(session.updatedAt) > staleAfterMs;
}

/** The latest run of a scenario in this session, if any. */
export function latestRun(
  session: FacilitatorSession,
  scenarioId: string,
): ScenarioRun | undefined {
  return session.runs.findLast((run) => run.scenarioId === scenarioId);
}

/** Starts a new run of a scenario, after any earlier ones. */
export function addRun(
  session: FacilitatorSession,
  scenario: Pick<Scenario, 'id' | 'title' | 'start'>,
  now: Date,
  id: string = randomId(),
): { session: FacilitatorSession; run: ScenarioRun } {
  const at = now.toISOString();
  const run: ScenarioRun = {
    id,
    scenarioId: scenario.id,
    title: scenario.title,
    startedAt: at,
    updatedAt: at,
    choices: [],
    at: scenario.start,
    decisions: [],
    view: null,
    ending: null,
  };
  return { session: { ...session, updatedAt: at, runs: [...session.runs, run] }, run };
}

/** Applies a change to one run, stamping the time. */
export function updateRun(
  session: FacilitatorSession,
  runId: string,
  change: (run: ScenarioRun) => ScenarioRun,
  now: Date,
): FacilitatorSession {
  const at = now.toISOString();
  return {
    ...session,
    updatedAt: at,
    runs: session.runs.map((run) => (run.id === runId ? { ...change(run), updatedAt: at } : run)),
  };
}

/**
 * Puts one run into a session, replacing the stored copy of it or adding it at the end. A
 * presenter saves only its own run into whatever session is stored, so a second tab presenting
 * another scenario in the same session does not wipe the first tab's run, or the reverse.
 */
export function upsertRun(session: FacilitatorSession, run: ScenarioRun): FacilitatorSession {
  const exists = session.runs.some((candidate) => candidate.id === run.id);
  return {
    ...session,
    updatedAt: run.updatedAt > session.updatedAt ? run.updatedAt : session.updatedAt,
    runs: exists
      ? session.runs.map((candidate) => (candidate.id === run.id ? run : candidate))
      : [...session.runs, run],
  };
}

export const hasContent = (run: ScenarioRun) =>
  run.choices.length > 0 ||
  run.ending !== null ||
  run.decisions.some((decision) => Object.values(decision.votes).some((count) => count > 0));

/** Records that the room is at a decision, offered these options; votes already cast are kept. */
export function meetDecision(
  run: ScenarioRun,
  decision: DecisionNode,
  offered: readonly Choice[],
): ScenarioRun {
  const bestScore = Math.max(...offered.map((choice) => choice.score));
  const options = offered.map((choice) => ({
    id: choice.id,
    text: choice.text,
    best: choice.score === bestScore,
  }));
  const current = run.decisions.find((record) => record.decision === decision.id);
  // Met again by the same path after stepping back: the votes counted then are the room's.
  const setAside = current
    ? undefined
    : run.setAside?.find(
        (entry) => entry.record.decision === decision.id && sameChoices(entry.after, run.choices),
      );
  const existing = current ?? setAside?.record;
  const votes = Object.fromEntries(
    options.map((option) => [option.id, existing?.votes[option.id] ?? 0]),
  );
  const record: DecisionRecord = {
    decision: decision.id,
    prompt: decision.prompt,
    options,
    votes,
    followed: current?.followed ?? null,
  };
  const restored = setAside
    ? { ...run, setAside: run.setAside!.filter((entry) => entry !== setAside) }
    : run;
  return current
    ? {
        ...restored,
        decisions: run.decisions.map((candidate) =>
          candidate.decision === decision.id ? record : candidate,
        ),
      }
    : { ...restored, decisions: [...run.decisions, record] };
}

/** The most votes one option can have: a large lecture theatre. */
export const maxVotes = 999;

/** Adds to (or, with a negative number, takes from) an option's votes, between 0 and maxVotes. */
export function addVotes(
  run: ScenarioRun,
  decisionId: string,
  choiceId: string,
  change: number,
): ScenarioRun {
  const record = run.decisions.find((candidate) => candidate.decision === decisionId);
  return setVotes(run, decisionId, choiceId, (record?.votes[choiceId] ?? 0) + change);
}

/** Sets an option's votes, e.g. from a typed number; anything that is not a whole number counts as 0. */
export function setVotes(
  run: ScenarioRun,
  decisionId: string,
  choiceId: string,
  count: number,
): ScenarioRun {
  const clean = Number.isFinite(count) ? Math.min(maxVotes, Math.max(0, Math.trunc(count))) : 0;
  return {
    ...run,
    decisions: run.decisions.map((record) =>
      record.decision === decisionId && choiceId in record.votes
        ? { ...record, votes: { ...record.votes, [choiceId]: clean } }
        : record,
    ),
  };
}

const sameChoices = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((choice, index) => choice === b[index]);

/** How many decisions a run keeps set aside: enough for any back and forth in a session. */
const maxSetAside = 20;

/**
 * Brings the run in line with the machine after the room moves on or undoes a choice: the path,
 * the node reached, which option each decision followed. The decision the room is back at keeps
 * its votes; decisions no longer on the path (after an undo) are set aside with theirs, and come
 * back if the room follows the same options to them again.
 */
export function followPath(run: ScenarioRun, path: readonly ChoiceStep[], at: string): ScenarioRun {
  const onPath = new Map(path.map((step) => [step.decision, step.choice]));
  const keep = (record: DecisionRecord) => onPath.has(record.decision) || record.decision === at;
  // run.decisions is in path order, so the choices before the i-th decision are the first i.
  const dropped = run.decisions.flatMap((record, index) =>
    keep(record)
      ? []
      : [{ record: { ...record, followed: null }, after: run.choices.slice(0, index) }],
  );
  const setAside = dropped.length
    ? [
        ...(run.setAside ?? []).filter(
          (entry) =>
            !dropped.some(
              (drop) =>
                drop.record.decision === entry.record.decision &&
                sameChoices(drop.after, entry.after),
            ),
        ),
        ...dropped,
      ].slice(-maxSetAside)
    : run.setAside;
  const decisions = run.decisions
    .filter(keep)
    .map((record) => ({ ...record, followed: onPath.get(record.decision) ?? null }))
    .sort((a, b) => order(a.decision) - order(b.decision));
  function order(decision: string) {
    const index = path.findIndex((step) => step.decision === decision);
    return index < 0 ? path.length : index;
  }
  return {
    ...run,
    choices: path.map((step) => step.choice),
    at,
    decisions,
    ending: run.ending && run.ending.id === at ? run.ending : null,
    ...(setAside ? { setAside } : {}),
  };
}

export function reachEnding(run: ScenarioRun, ending: EndingNode, now: Date): ScenarioRun {
  if (run.ending?.id === ending.id) return run;
  return {
    ...run,
    ending: {
      id: ending.id,
      title: ending.title,
      outcome: ending.outcome,
      reachedAt: now.toISOString(),
    },
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseDecision(value: unknown): DecisionRecord | null {
  if (
    !isRecord(value) ||
    !isString(value.decision) ||
    !isString(value.prompt) ||
    !Array.isArray(value.options) ||
    !isRecord(value.votes)
  )
    return null;
  const options = value.options.filter(
    (option): option is OptionRecord =>
      isRecord(option) &&
      isString(option.id) &&
      isString(option.text) &&
      typeof option.best === 'boolean',
  );
  const votes = Object.fromEntries(
    Object.entries(value.votes).filter(
      (entry): entry is [string, number] =>
        typeof entry[1] === 'number' && Number.isInteger(entry[1]) && entry[1] >= 0,
    ),
  );
  return {
    decision: value.decision,
    prompt: value.prompt,
    options,
    votes,
    followed: isString(value.followed) ? value.followed : null,
  };
}

function parseRun(value: unknown): ScenarioRun | null {
  if (!isRecord(value)) return null;
  const { id, scenarioId, title, startedAt, updatedAt, choices, at, decisions } = value;
  if (
    ![id, scenarioId, title, startedAt, updatedAt, at].every(isString) ||
    !Array.isArray(choices) ||
    !choices.every(isString) ||
    !Array.isArray(decisions)
  )
    return null;
  const view =
    isRecord(value.view) && isString(value.view.visit) && typeof value.view.step === 'number'
      ? {
          visit: value.view.visit,
          step: value.view.step,
          released: value.view.released === true,
          timer: parseTimer(value.view.timer),
        }
      : null;
  const ending =
    isRecord(value.ending) &&
    isString(value.ending.id) &&
    isString(value.ending.title) &&
    isString(value.ending.reachedAt) &&
    ['recommended', 'acceptable', 'poor'].includes(String(value.ending.outcome))
      ? {
          id: value.ending.id,
          title: value.ending.title,
          outcome: value.ending.outcome as Outcome,
          reachedAt: value.ending.reachedAt,
        }
      : null;
  const setAside = Array.isArray(value.setAside)
    ? value.setAside.flatMap((entry): SetAsideDecision[] => {
        if (!isRecord(entry) || !Array.isArray(entry.after) || !entry.after.every(isString))
          return [];
        const record = parseDecision(entry.record);
        return record ? [{ record, after: entry.after }] : [];
      })
    : [];
  return {
    ...(setAside.length ? { setAside } : {}),
    id: id as string,
    scenarioId: scenarioId as string,
    title: title as string,
    startedAt: startedAt as string,
    updatedAt: updatedAt as string,
    choices: choices as string[],
    at: at as string,
    decisions: decisions
      .map(parseDecision)
      .filter((record): record is DecisionRecord => record !== null),
    view,
    ending,
  };
}

/** Reads a stored session, or null if it is not one (another version, or damaged). */
export function parseSession(value: unknown): FacilitatorSession | null {
  if (
    !isRecord(value) ||
    value.version !== 1 ||
    !isString(value.id) ||
    !isString(value.startedAt) ||
    !isString(value.updatedAt) ||
    !Array.isArray(value.runs)
  )
    return null;
  if (Number.isNaN(Date.parse(value.startedAt)) || Number.isNaN(Date.parse(value.updatedAt)))
    return null;
  return {
    version: 1,
    id: value.id,
    startedAt: value.startedAt,
    updatedAt: value.updatedAt,
    runs: value.runs.map(parseRun).filter((run): run is ScenarioRun => run !== null),
  };
}
