import type { Credit, Entry, LaunchMode } from './attempt-rules';
import type { InteractionRecord } from './interactions';
import type { CourseStatus, PriorStatus } from '../progress/course-status';

/**
 * The one tracking interface. Everything the module tells an LMS goes through a Tracker, in
 * version-neutral terms; each implementation maps them to its own data model:
 *
 * - `scorm12`: SCORM 1.2 (`window.API`, `cmi.core.*`)
 * - `scorm2004`: SCORM 2004 3rd Edition (`window.API_1484_11`)
 * - `local`: no LMS; the session keeps progress in this browser's storage
 * - `none`: facilitator mode for group teaching; nothing is kept or reported
 */
export type TrackingMode = 'scorm12' | 'scorm2004' | 'local' | 'none';

/** What the LMS holds when the module starts. */
export interface LmsStart {
  learnerId: string;
  /** As the LMS gives it, usually "Last, First"; empty when it gives none. */
  learnerName: string;
  suspendData: string;
  location: string;
  /** The status the LMS holds for this attempt. */
  prior: PriorStatus;
  /** Whether the LMS starts a new attempt or resumes one (src/tracking/attempt-rules.ts). */
  entry: Entry;
  /** Normal, or the LMS is replaying an attempt for review or browsing. */
  mode: LaunchMode;
  credit: Credit;
  /** Interactions already recorded, so new ones are appended after them. */
  interactionCount: number;
  /**
   * The learner's language preference as the LMS gives it (SCORM 1.2
   * cmi.student_preference.language, 2004 cmi.learner_preference.language), e.g. "cy-GB"; empty
   * when it gives none. src/i18n/languages.ts decides what it means.
   */
  languagePreference: string;
}

export interface ProgressReport {
  status: CourseStatus;
  location: string;
  suspendData: string;
  sessionMilliseconds: number;
}

export interface WriteOutcome {
  /** False when something progress depends on (suspend data, status) was refused. */
  ok: boolean;
  /** Each element the LMS refused, with its error, for the log. */
  rejected: string[];
}

export interface Tracker {
  readonly mode: TrackingMode;
  /** Opens the communication session; false if the LMS refuses. */
  initialize(): boolean;
  start(): LmsStart;
  writeProgress(report: ProgressReport): WriteOutcome;
  writeInteraction(index: number, interaction: InteractionRecord): WriteOutcome;
  commit(): boolean;
  /** Ends the communication session. Call once. */
  terminate(): boolean;
}

export const emptyStart: LmsStart = {
  learnerId: '',
  learnerName: '',
  suspendData: '',
  location: '',
  prior: { completed: false, success: 'unknown' },
  entry: 'ab-initio',
  mode: 'normal',
  credit: 'credit',
  interactionCount: 0,
  languagePreference: '',
};

/** No LMS: the session's browser storage is the only record. */
export function createLocalTracker(): Tracker {
  return {
    mode: 'local',
    initialize: () => true,
    // The browser's copy is the only record there is, so every launch resumes it.
    start: () => ({ ...emptyStart, learnerId: 'this-browser', entry: 'resume' }),
    writeProgress: () => ({ ok: true, rejected: [] }),
    writeInteraction: () => ({ ok: true, rejected: [] }),
    commit: () => true,
    terminate: () => true,
  };
}

/** Facilitator mode: the module runs for a group; nothing is stored or reported. */
export function createNoneTracker(): Tracker {
  return {
    ...createLocalTracker(),
    mode: 'none',
    start: () => ({ ...emptyStart, learnerId: 'facilitator' }),
  };
}
