import type { Outcome, Scenario } from '../schemas/scenario';
import { currentNodeId, type DialogueSnapshot } from '../dialogue/dialogue-machine';
import { progressOf } from '../dialogue/progress';
import type { ScenarioRecord } from './progress-store';

/** One finished run of a scenario, as the record keeps it. */
export type Finish = NonNullable<ScenarioRecord['finished']>;

const outcomeRank: Record<Outcome, number> = { poor: 0, acceptable: 1, recommended: 2 };

/** The share of the points available that a run earned; a scenario with no points counts as full. */
const shareOf = (finish: Finish) => (finish.maxScore > 0 ? finish.score / finish.maxScore : 1);

/**
 * Which finish the record keeps when a learner reaches an ending: the better of the one already
 * kept and the one just reached. A replay is for exploring ("where does the poor choice lead?"),
 * so it must never lower the score the module reports, the status it decides or what the LMS is
 * told. Better means more of the points available, then a better outcome; on a tie the earlier
 * finish stays, so the record does not churn.
 */
export function keepBestFinish(kept: Finish | undefined, reached: Finish | undefined): Finish | undefined {
  if (!kept || !reached) return kept ?? reached;
  const byShare = shareOf(reached) - shareOf(kept);
  if (byShare !== 0) return byShare > 0 ? reached : kept;
  return outcomeRank[reached.outcome] > outcomeRank[kept.outcome] ? reached : kept;
}

/** The finish a snapshot stands for: the ending the learner is at and this run's score, or nothing before an ending. */
export function finishAt(scenario: Scenario, snapshot: DialogueSnapshot, maxScore: number): Finish | undefined {
  const node = scenario.nodes.find((candidate) => candidate.id === currentNodeId(snapshot));
  if (node?.kind !== 'ending') return undefined;
  return { ending: node.id, outcome: node.outcome, score: snapshot.context.score, maxScore };
}

/**
 * The record to save after a move: where this run is, and the best finish of every run so far.
 * The run's own result is for its own summary; the kept finish is what counts.
 */
export function recordAfterMove(
  scenario: Scenario,
  snapshot: DialogueSnapshot,
  options: { kept: Finish | undefined; maxScore: number; updatedAt?: string | undefined },
): ScenarioRecord {
  const finished = keepBestFinish(options.kept, finishAt(scenario, snapshot, options.maxScore));
  return {
    ...progressOf(snapshot),
    ...(finished ? { finished } : {}),
    ...(options.updatedAt ? { updatedAt: options.updatedAt } : {}),
  };
}
