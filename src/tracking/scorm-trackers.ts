import type { Scorm12Api, Scorm2004Api } from './api-discovery';
import { readCredit, readEntry, readLaunchMode } from './attempt-rules';
import {
  scorm12TimeOfDay,
  scorm12Timespan,
  scorm2004Duration,
  scorm2004Timestamp,
} from './scorm-time';
import type { PriorStatus, Success } from '../progress/course-status';
import type { LmsStart, Tracker, WriteOutcome } from './tracker';

/**
 * SCORM 1.2's real limits (CMIString4096, CMIString255); scorm-again does not enforce them (by
 * choice, for lenient LMSs; no upstream issue found, searched jcputney/scorm-again issues).
 */
export const scorm12Limits = { suspendData: 4096, location: 255, interactionId: 255 } as const;
/** SCORM 2004 3rd Edition's smallest permitted maxima (SPM). */
export const scorm2004Limits = {
  suspendData: 64000,
  location: 1000,
  interactionId: 4000,
  description: 250,
} as const;

/** The calls both versions share, under neutral names. */
interface Calls {
  get(element: string): string;
  set(element: string, value: string): boolean;
  error(): string;
}

function guarded<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    // An LMS API that throws is treated like one that returned false.
    return fallback;
  }
}

function calls(
  get: (element: string) => unknown,
  set: (element: string, value: string) => unknown,
  lastError: () => unknown,
  errorString: (code: string) => unknown,
): Calls {
  return {
    get: (element) => guarded(() => String(get(element) ?? ''), ''),
    set: (element, value) => guarded(() => String(set(element, value)) === 'true', false),
    error: () =>
      guarded(() => {
        const code = String(lastError() ?? '');
        return `${code} ${String(errorString(code) ?? '')}`.trim();
      }, 'unknown error'),
  };
}

/**
 * Writes values in order and notes which the LMS refused. Elements marked critical decide `ok`;
 * the rest (score, session time) are reported on but do not stop progress being counted as saved.
 */
function writeAll(
  api: Calls,
  values: ReadonlyArray<readonly [element: string, value: string, critical?: boolean]>,
): WriteOutcome {
  const rejected: string[] = [];
  let ok = true;
  for (const [element, value, critical = false] of values) {
    if (api.set(element, value)) continue;
    rejected.push(`${element}: ${api.error()}`);
    if (critical) ok = false;
  }
  return { ok, rejected };
}

/**
 * The home page's location is "", which scorm-again (and SCORM 2004's characterstring, read
 * strictly) refuses; an empty bookmark says nothing anyway, so the last other page stays.
 */
const bookmarkable = (location: string, limit: number) =>
  location !== '' && location.length <= limit;

const count = (text: string) => (/^\d+$/.test(text) ? Number(text) : 0);
const decimal = (value: number) => String(Math.round(value * 10000) / 10000);

function scorm12Prior(lessonStatus: string): PriorStatus {
  if (lessonStatus === 'passed' || lessonStatus === 'failed')
    return { completed: true, success: lessonStatus };
  return { completed: lessonStatus === 'completed', success: 'unknown' };
}

function scorm12LessonStatus(completed: boolean, success: Success): string {
  if (!completed) return 'incomplete';
  return success === 'unknown' ? 'completed' : success;
}

export function createScorm12Tracker(api: Scorm12Api): Tracker {
  const lms = calls(
    (element) => api.LMSGetValue(element),
    (element, value) => api.LMSSetValue(element, value),
    () => api.LMSGetLastError(),
    (code) => api.LMSGetErrorString(code),
  );
  return {
    mode: 'scorm12',
    initialize: () => guarded(() => String(api.LMSInitialize('')) === 'true', false),
    start(): LmsStart {
      return {
        learnerId: lms.get('cmi.core.student_id'),
        learnerName: lms.get('cmi.core.student_name'),
        suspendData: lms.get('cmi.suspend_data'),
        location: lms.get('cmi.core.lesson_location'),
        prior: scorm12Prior(lms.get('cmi.core.lesson_status')),
        entry: readEntry(lms.get('cmi.core.entry')),
        mode: readLaunchMode(lms.get('cmi.core.lesson_mode')),
        credit: readCredit(lms.get('cmi.core.credit')),
        interactionCount: count(lms.get('cmi.interactions._count')),
        languagePreference: lms.get('cmi.student_preference.language'),
      };
    },
    writeProgress({ status, location, suspendData, sessionMilliseconds }) {
      const values: Array<readonly [string, string, boolean?]> = [];
      const tooLong = suspendData.length > scorm12Limits.suspendData;
      if (!tooLong) values.push(['cmi.suspend_data', suspendData, true]);
      if (bookmarkable(location, scorm12Limits.location))
        values.push(['cmi.core.lesson_location', location]);
      values.push([
        'cmi.core.lesson_status',
        scorm12LessonStatus(status.completed, status.success),
        true,
      ]);
      if (status.score !== null) {
        values.push(
          ['cmi.core.score.min', '0'],
          ['cmi.core.score.max', '100'],
          ['cmi.core.score.raw', decimal(status.score)],
        );
      }
      // 1.2 allows only "time-out", "suspend", "logout" or "" here; "normal" is 2004's word.
      values.push(
        ['cmi.core.exit', status.suspend ? 'suspend' : ''],
        ['cmi.core.session_time', scorm12Timespan(sessionMilliseconds)],
      );
      const outcome = writeAll(lms, values);
      return tooLong
        ? {
            ok: false,
            rejected: [
              `cmi.suspend_data: not sent, ${suspendData.length} characters is over SCORM 1.2's ${scorm12Limits.suspendData}`,
              ...outcome.rejected,
            ],
          }
        : outcome;
    },
    writeInteraction(index, interaction) {
      const at = `cmi.interactions.${index}`;
      return writeAll(lms, [
        [`${at}.id`, interaction.id, true],
        [`${at}.type`, 'choice', true],
        [`${at}.student_response`, interaction.response, true],
        [`${at}.correct_responses.0.pattern`, interaction.correctResponse],
        [`${at}.result`, interaction.correct ? 'correct' : 'wrong', true],
        [`${at}.weighting`, String(interaction.weighting)],
        [`${at}.time`, scorm12TimeOfDay(interaction.at)],
      ]);
    },
    commit: () => guarded(() => String(api.LMSCommit('')) === 'true', false),
    terminate: () => guarded(() => String(api.LMSFinish('')) === 'true', false),
  };
}

function scorm2004Prior(completion: string, success: string): PriorStatus {
  return {
    completed: completion === 'completed',
    success: success === 'passed' || success === 'failed' ? success : 'unknown',
  };
}

export function createScorm2004Tracker(api: Scorm2004Api): Tracker {
  const lms = calls(
    (element) => api.GetValue(element),
    (element, value) => api.SetValue(element, value),
    () => api.GetLastError(),
    (code) => api.GetErrorString(code),
  );
  return {
    mode: 'scorm2004',
    initialize: () => guarded(() => String(api.Initialize('')) === 'true', false),
    start(): LmsStart {
      return {
        learnerId: lms.get('cmi.learner_id'),
        learnerName: lms.get('cmi.learner_name'),
        // Reading suspend data or location before anything was stored is error 403 and "".
        suspendData: lms.get('cmi.suspend_data'),
        location: lms.get('cmi.location'),
        prior: scorm2004Prior(lms.get('cmi.completion_status'), lms.get('cmi.success_status')),
        entry: readEntry(lms.get('cmi.entry')),
        mode: readLaunchMode(lms.get('cmi.mode')),
        credit: readCredit(lms.get('cmi.credit')),
        interactionCount: count(lms.get('cmi.interactions._count')),
        languagePreference: lms.get('cmi.learner_preference.language'),
      };
    },
    writeProgress({ status, location, suspendData, sessionMilliseconds }) {
      const values: Array<readonly [string, string, boolean?]> = [];
      const tooLong = suspendData.length > scorm2004Limits.suspendData;
      if (!tooLong) values.push(['cmi.suspend_data', suspendData, true]);
      if (bookmarkable(location, scorm2004Limits.location)) values.push(['cmi.location', location]);
      values.push(
        ['cmi.completion_status', status.completed ? 'completed' : 'incomplete', true],
        ['cmi.success_status', status.success, true],
        ['cmi.progress_measure', decimal(status.progress)],
      );
      if (status.score !== null) {
        values.push(
          ['cmi.score.min', '0'],
          ['cmi.score.max', '100'],
          ['cmi.score.raw', decimal(status.score)],
          ['cmi.score.scaled', decimal(status.score / 100)],
        );
      }
      values.push(
        ['cmi.exit', status.suspend ? 'suspend' : 'normal'],
        ['cmi.session_time', scorm2004Duration(sessionMilliseconds)],
      );
      const outcome = writeAll(lms, values);
      return tooLong
        ? {
            ok: false,
            rejected: [
              `cmi.suspend_data: not sent, ${suspendData.length} characters is over ${scorm2004Limits.suspendData}`,
              ...outcome.rejected,
            ],
          }
        : outcome;
    },
    writeInteraction(index, interaction) {
      const at = `cmi.interactions.${index}`;
      // Type before response and pattern: 2004 checks them against the type.
      return writeAll(lms, [
        [`${at}.id`, interaction.id, true],
        [`${at}.type`, 'choice', true],
        [`${at}.learner_response`, interaction.response, true],
        [`${at}.correct_responses.0.pattern`, interaction.correctResponse],
        [`${at}.result`, interaction.correct ? 'correct' : 'incorrect', true],
        [`${at}.weighting`, String(interaction.weighting)],
        [`${at}.timestamp`, scorm2004Timestamp(interaction.at)],
        [`${at}.description`, interaction.description.slice(0, scorm2004Limits.description)],
      ]);
    },
    commit: () => guarded(() => String(api.Commit('')) === 'true', false),
    terminate: () => guarded(() => String(api.Terminate('')) === 'true', false),
  };
}
