import type { DecodeResult } from './progress-codec';
import { noPriorStatus, type PriorStatus } from '../progress/course-status';

/**
 * What an attempt is, decided by the LMS. The LMS says, at every launch, whether this is a new
 * attempt (`entry`), whether the learner is reviewing or browsing (`mode`) and whether the result
 * counts (`credit`); the module follows it. Its own copy of the progress in this browser is only
 * ever used to put back progress the LMS lost from the attempt it says is being resumed: a
 * new attempt, a review and a launch without credit start from what the LMS holds and nothing
 * else. (A learner who passed and starts again would otherwise be "passed" before playing.)
 *
 * Pure: everything it needs is passed in, so every case can be tested (tests/tracking/attempt-rules.test.ts)
 * and the table in docs/lms.md is exactly this function.
 */

/** `cmi.core.entry` (1.2) / `cmi.entry` (2004). Anything else an LMS sends counts as "". */
export type Entry = 'ab-initio' | 'resume' | '';
/** `cmi.core.lesson_mode` (1.2) / `cmi.mode` (2004). Anything else counts as "normal". */
export type LaunchMode = 'normal' | 'review' | 'browse';
/** `cmi.core.credit` (1.2) / `cmi.credit` (2004). Anything else counts as "credit". */
export type Credit = 'credit' | 'no-credit';

export const readEntry = (value: string): Entry =>
  value === 'ab-initio' || value === 'resume' ? value : '';
export const readLaunchMode = (value: string): LaunchMode =>
  value === 'review' || value === 'browse' ? value : 'normal';
export const readCredit = (value: string): Credit =>
  value === 'no-credit' ? 'no-credit' : 'credit';

export interface AttemptFacts {
  entry: Entry;
  mode: LaunchMode;
  credit: Credit;
  /** The LMS's suspend data for this attempt, decoded. */
  lms: DecodeResult;
  /** The status the LMS holds for this attempt. */
  prior: PriorStatus;
  /** This browser's copy for this activity and learner, decoded; null when there is none. */
  copy: DecodeResult | null;
}

export type AttemptStart =
  /** A new attempt with nothing in it. */
  | 'empty'
  /** The LMS's own record of this attempt. */
  | 'lms'
  /** This browser's copy, because the LMS lost progress from the attempt it resumes. */
  | 'copy';

export interface AttemptPlan {
  start: AttemptStart;
  /** Write nothing to the LMS (review or browse): the attempt's record stays exactly as it was. */
  readOnly: boolean;
  /** Keep this browser's copy of the attempt up to date (not in review or browse). */
  keepCopy: boolean;
  /** What the LMS already holds for this attempt and must not be taken away. */
  prior: PriorStatus;
  /** Tell the learner a new attempt starts from the beginning (there was an earlier one here). */
  announceNewAttempt: boolean;
  /** Saved progress could not be used (other content version, unreadable): say it started afresh. */
  announceReset: boolean;
}

const hasProgress = (result: DecodeResult | null): result is Extract<DecodeResult, { ok: true }> =>
  !!result?.ok && Object.keys(result.progress.records).length > 0;
const unusable = (result: DecodeResult | null) =>
  !!result && !result.ok && result.reason !== 'empty';

export function planAttempt(facts: AttemptFacts): AttemptPlan {
  const { entry, mode, credit, lms, copy } = facts;
  const lmsStart: AttemptStart = lms.ok ? 'lms' : 'empty';

  // Review and browse replay what the LMS holds and change nothing in it.
  if (mode !== 'normal') {
    return {
      start: lmsStart,
      readOnly: true,
      keepCopy: false,
      prior: facts.prior,
      announceNewAttempt: false,
      announceReset: unusable(lms),
    };
  }

  if (entry === 'ab-initio') {
    // A new attempt starts from nothing. SCORM's ab-initio means the content has not run in this
    // attempt before, so anything else on offer is from another attempt: the copy, and suspend
    // data or a status an LMS carries over, would report a pass this attempt has not earned.
    return {
      start: 'empty',
      readOnly: false,
      keepCopy: true,
      prior: noPriorStatus,
      announceNewAttempt: hasProgress(copy) || hasProgress(lms),
      announceReset: false,
    };
  }

  // Recovery: the LMS resumes this attempt but lost progress this browser still has.
  const lmsOlder = lms.ok && copy?.ok === true && copy.progress.savedAt > lms.progress.savedAt;
  const recover =
    entry === 'resume' && credit === 'credit' && copy?.ok === true && (!lms.ok || lmsOlder);
  const start: AttemptStart = recover ? 'copy' : lmsStart;
  return {
    start,
    readOnly: false,
    keepCopy: true,
    prior: facts.prior,
    announceNewAttempt: false,
    // Only what would have been used counts: an old copy that is not used says nothing.
    announceReset:
      start === 'empty' &&
      (unusable(lms) || (entry === 'resume' && credit === 'credit' && unusable(copy))),
  };
}
