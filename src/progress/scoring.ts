import type { Scenario } from '../schemas/scenario';
import { currentNodeId, type DialogueSnapshot } from '../dialogue/dialogue-machine';
import { progressOf } from '../dialogue/progress';
import type { ScenarioRecord } from './progress-store';

/**
 * The scoring rule: the first answer counts.
 *
 * A learner's first run through a scenario is the scored run: the first choice at each decision
 * on it is the one scored and the one reported to the LMS, once per decision. Going back
 * ("Change my last choice") and starting again stay, because exploring the other choices is how
 * people learn, but everything after going back is practice: it never changes the score, the
 * finish, the status or the interactions the LMS holds, so nobody reaches 100% by undoing.
 *
 * The scored run is a list of choices in order. A choice is scored when the learner is on the
 * scored run (their path so far is exactly its choices) and the scored run has not reached an
 * ending yet; that is also the only time an interaction is reported. A learner who goes back and
 * later plays the same choices again is back on the scored run and carries it on. The scenario's
 * score is the scored run's score; it is finished when the scored run reaches an ending.
 */

/** The scored run's ending, as the record keeps it. */
export type Finish = NonNullable<ScenarioRecord['finished']>;

/** The scored run of a scenario: its choices, and its ending once it has one. */
export interface ScoredRun {
  choices: readonly string[];
  finished?: Finish | undefined;
}

const sameChoices = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((choice, index) => choice === b[index]);

/**
 * The scored run a saved record stands for. Records saved before the rule kept no scored choices:
 * an unfinished one is taken as the scored run so far; a finished one as finished at the ending it
 * kept, with its path when the learner is still at that ending (the run that reached it).
 */
export function scoredRunOf(record: ScenarioRecord | null | undefined): ScoredRun {
  if (!record) return { choices: [] };
  if (record.scored) return { choices: record.scored, finished: record.finished };
  if (!record.finished) return { choices: record.choices };
  return {
    choices: record.at === record.finished.ending ? record.choices : [],
    finished: record.finished,
  };
}

/** Whether the choice the learner is about to make is scored (and reported): see the rule above. */
export function scoresNextChoice(run: ScoredRun, path: readonly string[]): boolean {
  return !run.finished && sameChoices(path, run.choices);
}

/**
 * Whether the choice at `index` of the learner's path is a scored first answer (true) or practice
 * after going back (false): it is scored when the path up to and including it is the scored run's.
 */
export function isScoredStep(run: ScoredRun, path: readonly string[], index: number): boolean {
  if (index >= run.choices.length || index >= path.length) return false;
  return sameChoices(path.slice(0, index + 1), run.choices.slice(0, index + 1));
}

/** Whether the learner is playing the scored run now, rather than practising after going back. */
export function isOnScoredRun(run: ScoredRun, path: readonly string[]): boolean {
  return path.length <= run.choices.length && sameChoices(path, run.choices.slice(0, path.length));
}

/**
 * Whether the learner is practising: off the scored run after going back, or playing on after the
 * scored run has reached its ending (anywhere but at that ending on its path, where they finished).
 */
export function isPractising(run: ScoredRun, path: readonly string[], at: string): boolean {
  if (run.finished) return !(sameChoices(path, run.choices) && at === run.finished.ending);
  return !isOnScoredRun(run, path);
}

/** The scored run after the learner has moved to `snapshot`: one more first answer, or its ending. */
export function advanceScoredRun(
  scenario: Scenario,
  run: ScoredRun,
  snapshot: DialogueSnapshot,
  maxScore: number,
): ScoredRun {
  if (run.finished) return run;
  const path = progressOf(snapshot).choices;
  const choices =
    path.length === run.choices.length + 1 && scoresNextChoice(run, path.slice(0, -1))
      ? path
      : run.choices;
  const node = scenario.nodes.find((candidate) => candidate.id === currentNodeId(snapshot));
  if (node?.kind === 'ending' && sameChoices(path, choices)) {
    return {
      choices,
      finished: { ending: node.id, outcome: node.outcome, score: snapshot.context.score, maxScore },
    };
  }
  return { choices, finished: undefined };
}

/**
 * The record to save after a move: where the learner is now, and the scored run, which only the
 * scored run's own moves change.
 */
export function recordAfterMove(
  scenario: Scenario,
  snapshot: DialogueSnapshot,
  options: { scored: ScoredRun; maxScore: number; updatedAt?: string | undefined },
): ScenarioRecord {
  const run = advanceScoredRun(scenario, options.scored, snapshot, options.maxScore);
  return {
    ...progressOf(snapshot),
    scored: [...run.choices],
    ...(run.finished ? { finished: run.finished } : {}),
    ...(options.updatedAt ? { updatedAt: options.updatedAt } : {}),
  };
}
