import type { InteractionRecord } from '../../../src/tracking/interactions';
import {
  emptyStart,
  type LmsStart,
  type ProgressReport,
  type Tracker,
  type TrackingMode,
} from '../../../src/tracking/tracker';

/** A tracker that records what it is told and fails when asked to. */
export function fakeTracker(start: Partial<LmsStart> = {}, mode: TrackingMode = 'scorm12') {
  const log = {
    progress: [] as ProgressReport[],
    interactions: [] as Array<[number, InteractionRecord]>,
    commits: 0,
    terminates: 0,
  };
  const faults = { commit: 0, write: 0, interactionId: 0 };
  const tracker: Tracker = {
    mode,
    initialize: () => true,
    start: () => ({
      ...emptyStart,
      learnerId: 'learner-1',
      learnerName: 'Okafor, Amara',
      ...start,
    }),
    writeProgress(report) {
      log.progress.push(report);
      if (faults.write > 0) {
        faults.write -= 1;
        return { ok: false, rejected: ['cmi.suspend_data: 351 General Set Failure'] };
      }
      return { ok: true, rejected: [] };
    },
    writeInteraction(index, interaction) {
      if (faults.interactionId > 0) {
        faults.interactionId -= 1;
        return { ok: false, rejected: [`cmi.interactions.${index}.id: 351 General Set Failure`] };
      }
      log.interactions.push([index, interaction]);
      return { ok: true, rejected: [] };
    },
    commit() {
      log.commits += 1;
      if (faults.commit > 0) {
        faults.commit -= 1;
        return false;
      }
      return true;
    },
    terminate() {
      log.terminates += 1;
      return true;
    },
  };
  return { tracker, log, faults, last: () => log.progress.at(-1)! };
}

/** Timers the test runs by hand: advance(ms) runs whatever falls due, in order. */
export function manualTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimer: (callback: () => void, milliseconds: number) => {
      const id = nextId++;
      pending.set(id, { at: now + milliseconds, callback });
      return id;
    },
    clearTimer: (handle: unknown) => void pending.delete(handle as number),
    now: () => now,
    pending: () => [...pending.values()].map((timer) => timer.at - now).sort((a, b) => a - b),
    advance(milliseconds: number) {
      const until = now + milliseconds;
      for (;;) {
        const due = [...pending.entries()]
          .filter(([, timer]) => timer.at <= until)
          .sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
  };
}

/** Local storage in memory. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}
