import type { DecisionMade, ScenarioRecord } from '../progress/progress-store';
import { readJson, removeKey, writeJson } from '../storage/browser-storage';
import { planAttempt } from './attempt-rules';
import type { CourseInfo } from './course-info';
import { interactionFor } from './interactions';
import { decodeProgress, encodeProgress } from './progress-codec';
import { courseStatus } from '../progress/course-status';
import type { Tracker, TrackingMode } from './tracker';

/** A decision as pages hand it over: plain data, with the time as ISO 8601 (Dates do not cross frames). */
/** Things the learner may need to know about where their progress is going. */
export type NoticeId =
  /** No LMS was found: progress is kept in this browser only. */
  | 'no-lms'
  /** An LMS was found but would not start a session. */
  | 'lms-unreachable'
  /** The LMS refused a save; retrying, with this browser's copy kept meanwhile. */
  | 'not-saved'
  /** Saved progress was from another content version or unreadable, so it started afresh. */
  | 'progress-reset'
  /** The LMS started a new attempt; this browser had progress from an earlier one. */
  | 'new-attempt'
  /** The LMS opened the attempt for review or browsing: nothing is written to it. */
  | 'review'
  /** The module was opened in another window, which carries on; this one stopped. */
  | 'opened-elsewhere'
  /** The module was already open in another window; that one saved and stopped. */
  | 'took-over'
  /** The learner chose Save and exit. */
  | 'ended'
  /** Facilitator mode: nothing is saved. */
  | 'facilitator';

export interface SessionSnapshot {
  mode: TrackingMode;
  notices: NoticeId[];
  ended: boolean;
  learnerId: string;
  learnerName: string | null;
  location: string;
  /** Review or browse: nothing is written to the LMS. */
  readOnly: boolean;
  /** The learner's language preference as the LMS gave it ("" when none). */
  languagePreference: string;
}

/** One communication session with the LMS: one per launch, held by the launcher page. */
export interface TrackingSession {
  readonly mode: TrackingMode;
  readonly course: CourseInfo;
  load(scenarioId: string): ScenarioRecord | null;
  save(scenarioId: string, record: ScenarioRecord): void;
  clear(scenarioId: string): void;
  /** Clears progress in every scenario; a completion the LMS holds is kept. */
  reset(): void;
  recordDecision(decision: DecisionMade): void;
  /** The page the learner is on, relative to the package root, e.g. "scenarios/fit-note/". */
  setLocation(location: string): void;
  /** Writes everything to the LMS and commits, now. */
  flush(): void;
  /** Flushes and ends the communication session (Finish/Terminate). Only the first call acts. */
  finish(notice?: Extract<NoticeId, 'ended' | 'opened-elsewhere'>): void;
  addNotice(notice: NoticeId): void;
  removeNotice(notice: NoticeId): void;
  snapshot(): SessionSnapshot;
  subscribe(listener: (snapshot: SessionSnapshot) => void): () => void;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SessionOptions {
  course: CourseInfo;
  /** An initialised tracker. */
  tracker: Tracker;
  /** Where this browser's copy of the progress is kept (not used in facilitator mode). */
  storage?: StorageLike | null;
  /**
   * Where the LMS serves this activity's copy of the package from: the package root's URL path,
   * e.g. "/pluginfile.php/512/mod_scorm/content/3/". It tells two activities with the same
   * package apart (see activityCopyKey).
   */
  contentLocation?: string;
  notices?: NoticeId[];
  now?: () => number;
  setTimer?: (callback: () => void, milliseconds: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  log?: (message: string) => void;
  /** Waits between retries after a failed save; the last one repeats. */
  retryDelays?: readonly number[];
  /** Changes within this many milliseconds share one commit (a choice, then the save it causes). */
  flushDelay?: number;
}

/**
 * This browser's copy of a learner's progress in one LMS activity, kept whatever the LMS does, to
 * put back progress the LMS lost (src/tracking/attempt-rules.ts). One activity is one module, one
 * learner and one content location: the same package added to a second course, or twice to one,
 * is served from another path (Moodle: /pluginfile.php/<context id>/mod_scorm/content/<revision>/),
 * so it never sees another activity's progress. The path is the same at every launch of an
 * activity; it changes when a package is uploaded again, and then the copy of the old one is
 * simply not used (the LMS's own record is unaffected). The query string and hash are left out:
 * LMSs put session tokens there.
 */
export const activityCopyKey = (moduleId: string, learnerId: string, contentLocation: string) =>
  `across-the-interface:activity-copy:${moduleId}:${encodeURIComponent(learnerId || 'unknown-learner')}:${encodeURIComponent(contentLocation)}`;

/**
 * The copy's key before it was per activity: per module and learner only, so it leaked between
 * activities. Never read; removed when the learner next launches the module.
 */
export const legacyCopyKey = (moduleId: string, learnerId: string) =>
  `across-the-interface:lms-copy:${moduleId}:${learnerId || 'unknown-learner'}`;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

interface BrowserCopy {
  suspendData: string;
  location: string;
}

function readBrowserCopy(storage: StorageLike | null, key: string): BrowserCopy | null {
  return readJson(storage, key, (value) => {
    const parsed = value as Partial<BrowserCopy> | null;
    return parsed && typeof parsed.suspendData === 'string'
      ? {
          suspendData: parsed.suspendData,
          location: typeof parsed.location === 'string' ? parsed.location : '',
        }
      : null;
  });
}

export function createTrackingSession(options: SessionOptions): TrackingSession {
  const { course, tracker } = options;
  const now = options.now ?? (() => Date.now());
  const setTimer =
    options.setTimer ?? ((callback, milliseconds) => setTimeout(callback, milliseconds));
  const clearTimer =
    options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const log = options.log ?? ((message) => console.warn(`[tracking] ${message}`));
  const retryDelays = options.retryDelays?.length
    ? options.retryDelays
    : [1000, 2000, 4000, 8000, 15000, 30000];
  const flushDelay = options.flushDelay ?? 20;

  const startedAt = now();
  const start = tracker.start();
  const storage = tracker.mode === 'none' ? null : (options.storage ?? null);
  const copyKey = activityCopyKey(course.moduleId, start.learnerId, options.contentLocation ?? '');
  const notices = new Set<NoticeId>(options.notices ?? []);
  if (tracker.mode === 'none') notices.add('facilitator');
  // Blocked storage holds no old copy worth worrying about.
  removeKey(storage, legacyCopyKey(course.moduleId, start.learnerId));

  // The LMS decides what this attempt is; the copy only puts back what the LMS lost.
  const copy = readBrowserCopy(storage, copyKey);
  const fromLms = decodeProgress(course, start.suspendData);
  const fromCopy = copy ? decodeProgress(course, copy.suspendData) : null;
  const plan = planAttempt({
    entry: start.entry,
    mode: start.mode,
    credit: start.credit,
    lms: fromLms,
    prior: start.prior,
    copy: fromCopy,
  });
  const chosen = plan.start === 'copy' ? fromCopy : plan.start === 'lms' ? fromLms : null;
  let records: Record<string, ScenarioRecord> = chosen?.ok ? chosen.progress.records : {};
  let location =
    plan.start === 'copy' ? copy!.location : plan.start === 'lms' ? start.location : '';
  const readOnly = plan.readOnly;
  if (plan.start === 'copy')
    log(
      `the LMS resumed an attempt without its latest progress (its suspend data: ${fromLms.ok ? 'older' : fromLms.reason}); put back from this browser`,
    );
  if (plan.announceReset) {
    notices.add('progress-reset');
    log(
      `saved progress not used (LMS: ${fromLms.ok ? 'ok' : fromLms.reason}, this browser: ${fromCopy === null ? 'none' : fromCopy.ok ? 'ok' : fromCopy.reason})`,
    );
  }
  if (plan.announceNewAttempt) notices.add('new-attempt');
  if (readOnly) notices.add('review');

  let encoded = encodeProgress(course, { savedAt: now(), records });
  let interactionIndex = start.interactionCount;
  let ended = false;
  let flushTimer: unknown = null;
  let retryTimer: unknown = null;
  let retries = 0;
  const listeners = new Set<(snapshot: SessionSnapshot) => void>();

  const snapshot = (): SessionSnapshot => ({
    mode: tracker.mode,
    notices: [...notices],
    ended,
    learnerId: start.learnerId,
    learnerName: start.learnerName.trim() || null,
    location,
    readOnly,
    languagePreference: start.languagePreference,
  });

  const emit = () => {
    for (const listener of listeners) {
      try {
        listener(snapshot());
      } catch {
        listeners.delete(listener);
      }
    }
  };

  const setNotice = (notice: NoticeId, on: boolean) => {
    if (notices.has(notice) === on) return;
    if (on) notices.add(notice);
    else notices.delete(notice);
    emit();
  };

  const writeBrowserCopy = () => {
    if (ended || !plan.keepCopy) return;
    // Storage full or blocked: the LMS copy is all there is.
    writeJson(storage, copyKey, { suspendData: encoded, location } satisfies BrowserCopy);
  };

  /** Writes the current state; true if the LMS took it all and committed. */
  const write = (): boolean => {
    // Review and browse leave the attempt's record exactly as it was: no status, score, exit or
    // session time (which Moodle would add to the attempt's total time), not even a commit.
    if (readOnly) return true;
    const outcome = tracker.writeProgress({
      status: courseStatus(course, records, plan.prior),
      location,
      suspendData: encoded,
      sessionMilliseconds: now() - startedAt,
    });
    for (const rejection of outcome.rejected) log(`LMS refused ${rejection}`);
    const committed = tracker.commit();
    if (!committed) log('LMS commit failed');
    return outcome.ok && committed;
  };

  const cancel = (timer: unknown) => {
    if (timer !== null) clearTimer(timer);
    return null;
  };

  const flush = () => {
    flushTimer = cancel(flushTimer);
    if (ended) return;
    if (write()) {
      retries = 0;
      retryTimer = cancel(retryTimer);
      setNotice('not-saved', false);
      return;
    }
    setNotice('not-saved', true);
    if (retryTimer === null) {
      const delay = retryDelays[Math.min(retries, retryDelays.length - 1)]!;
      retries += 1;
      retryTimer = setTimer(() => {
        retryTimer = null;
        flush();
      }, delay);
    }
  };

  const scheduleFlush = () => {
    if (!ended && flushTimer === null) flushTimer = setTimer(flush, flushDelay);
  };

  const changed = () => {
    encoded = encodeProgress(course, { savedAt: now(), records });
    writeBrowserCopy();
    scheduleFlush();
  };

  const session: TrackingSession = {
    mode: tracker.mode,
    course,
    load: (scenarioId) => (records[scenarioId] ? clone(records[scenarioId]) : null),
    save(scenarioId, record) {
      records = { ...records, [scenarioId]: clone(record) };
      changed();
    },
    clear(scenarioId) {
      const { [scenarioId]: _cleared, ...rest } = records;
      records = rest;
      changed();
    },
    reset() {
      records = {};
      changed();
      flush();
    },
    recordDecision(decision) {
      if (ended || readOnly) return;
      const interaction = interactionFor(course, { ...decision, at: new Date(decision.at) });
      if (!interaction) {
        log(
          `no such decision to report: ${decision.scenarioId} ${decision.decisionId} ${decision.choiceId}`,
        );
        return;
      }
      const outcome = tracker.writeInteraction(interactionIndex, interaction);
      for (const rejection of outcome.rejected) log(`LMS refused ${rejection}`);
      // Interactions are numbered in order; reuse the number if the LMS did not create this one.
      if (
        !outcome.rejected.some((rejection) =>
          rejection.startsWith(`cmi.interactions.${interactionIndex}.id:`),
        )
      )
        interactionIndex += 1;
      scheduleFlush();
    },
    setLocation(next) {
      if (next === location) return;
      location = next;
      writeBrowserCopy();
      scheduleFlush();
    },
    flush,
    finish(notice = 'ended') {
      if (ended) return;
      flushTimer = cancel(flushTimer);
      retryTimer = cancel(retryTimer);
      // One more try if the last save failed: the LMS may be about to close the window.
      if (!write()) write();
      if (!tracker.terminate()) log('LMS refused to end the session');
      ended = true;
      notices.delete('not-saved');
      notices.add(notice);
      emit();
    },
    addNotice: (notice) => setNotice(notice, true),
    removeNotice: (notice) => setNotice(notice, false),
    snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  writeBrowserCopy();
  flush();
  return session;
}
