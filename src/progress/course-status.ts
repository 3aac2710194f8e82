import type { ScenarioRecord } from './progress-store';

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

/** The scenarios completion and the score count: the required ones, or all when none is (docs/tailoring.md). */
export function requiredScenarios<T extends { required: boolean }>(course: {
  scenarios: T[];
}): T[] {
  return course.scenarios.some((scenario) => scenario.required)
    ? course.scenarios.filter((scenario) => scenario.required)
    : course.scenarios;
}

/** What the status rules need to know about the module: each scenario's weight, and the pass mark (LMS course data, src/tracking/course-info.ts, is one). */
export interface CourseScoring {
  scenarios: { id: string; required: boolean; maxScore: number }[];
  /** Percentage needed to pass, from the settings. */
  passMark: number;
}

const roundTo = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * The status rules, in one place:
 *
 * - Completed when every required scenario (settings) has reached an ending at least once.
 * - The score is the sum of the scored result of each required scenario (its first answers: a
 *   replay after going back is practice, src/progress/scoring.ts) over the sum of their maximum
 *   scores, as a percentage.
 * - The score is reported only once every required scenario is finished: it is out of all of them,
 *   and a part-way figure such as 6% would read as a failed attempt. Meanwhile the LMS shows
 *   progress (SCORM 2004 progress_measure) and "incomplete".
 * - Passed or failed is decided on completion, against settings.passMark (score >= pass mark).
 * - Nothing already recorded is taken away: a completion stays completed and a pass stays passed.
 *   When the LMS holds a completion and this launch has not (yet) completed again, for example
 *   after new content versions start progress afresh, the LMS's score is left as it is.
 * - The attempt is suspended (kept open for resuming) until the module is completed.
 */
export function courseStatus(
  course: CourseScoring,
  records: Readonly<Record<string, ScenarioRecord | undefined>>,
  prior: PriorStatus,
): CourseStatus {
  const required = requiredScenarios(course);
  const finished = required.filter((scenario) => records[scenario.id]?.finished);
  const completedNow = finished.length === required.length;
  const possible = required.reduce((sum, scenario) => sum + scenario.maxScore, 0);
  const earned = finished.reduce(
    (sum, scenario) => sum + Math.min(records[scenario.id]!.finished!.score, scenario.maxScore),
    0,
  );
  const score = possible > 0 ? roundTo((earned / possible) * 100, 2) : completedNow ? 100 : 0;
  const successNow: Success = completedNow
    ? score >= course.passMark
      ? 'passed'
      : 'failed'
    : 'unknown';

  const completed = completedNow || prior.completed;
  const success: Success =
    successNow === 'passed' || prior.success === 'passed'
      ? 'passed'
      : successNow === 'failed'
        ? 'failed'
        : prior.success;
  return {
    completed,
    success,
    score: completedNow ? score : null,
    progress: completed ? 1 : roundTo(finished.length / required.length, 4),
    suspend: !completed,
  };
}
