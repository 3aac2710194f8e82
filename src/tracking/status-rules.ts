import type { ScenarioRecord } from '../progress/progress-store';
import type { CourseInfo } from './course-info';

export type Success = 'passed' | 'failed' | 'unknown';

/**
 * What the LMS had recorded for this attempt before this launch. A new attempt has none, whatever
 * the LMS reports (attempt-rules.ts): a pass from an earlier attempt must not carry over.
 */
export interface PriorStatus {
  completed: boolean;
  success: Success;
}

export const noPriorStatus: PriorStatus = { completed: false, success: 'unknown' };

/** What to report for the module as a whole. */
export interface CourseStatus {
  completed: boolean;
  success: Success;
  /** The overall score, 0 to 100 with at most two decimals; null to leave the LMS's score alone. */
  score: number | null;
  /** The share of required scenarios finished, 0 to 1. */
  progress: number;
  /** Whether to ask the LMS to keep the attempt open for resuming. */
  suspend: boolean;
}

const roundTo = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * The status rules, in one place:
 *
 * - Completed when every required scenario (settings) has reached an ending at least once.
 * - The score is the sum of the best finished score of each required scenario over the sum of
 *   their maximum scores, as a percentage; unfinished scenarios count as 0. (A replay never
 *   lowers it: src/progress/best-finish.ts keeps the best result in the record.)
 * - Passed or failed is decided on completion, against settings.passMark (score >= pass mark).
 * - Nothing already recorded is taken away: a completion stays completed and a pass stays passed
 *   (a learner who replays a case to see where a poor choice leads keeps their pass). When the
 *   LMS holds a completion and this launch has not (yet) completed again, for example after new
 *   content versions start progress afresh, the LMS's score is left as it is. Until a required
 *   scenario is finished there is no score to report (a 0 would look like a failed attempt).
 * - The attempt is suspended (kept open for resuming) until the module is completed.
 */
export function courseStatus(course: CourseInfo, records: Readonly<Record<string, ScenarioRecord | undefined>>, prior: PriorStatus): CourseStatus {
  // All optional would leave nothing to complete, so then every scenario counts (docs/tailoring.md).
  const required = course.scenarios.some((scenario) => scenario.required) ? course.scenarios.filter((scenario) => scenario.required) : course.scenarios;
  const finished = required.filter((scenario) => records[scenario.id]?.finished);
  const completedNow = finished.length === required.length;
  const possible = required.reduce((sum, scenario) => sum + scenario.maxScore, 0);
  const earned = finished.reduce((sum, scenario) => sum + Math.min(records[scenario.id]!.finished!.score, scenario.maxScore), 0);
  const score = possible > 0 ? roundTo((earned / possible) * 100, 2) : completedNow ? 100 : 0;
  const successNow: Success = completedNow ? (score >= course.passMark ? 'passed' : 'failed') : 'unknown';

  const completed = completedNow || prior.completed;
  const success: Success =
    successNow === 'passed' || prior.success === 'passed' ? 'passed' : successNow === 'failed' ? 'failed' : prior.success;
  return {
    completed,
    success,
    score: (prior.completed && !completedNow) || finished.length === 0 ? null : score,
    progress: completed ? 1 : roundTo(finished.length / required.length, 4),
    suspend: !completed,
  };
}
