import { formatMinutesSeconds } from '../vocabulary/format';

/**
 * The discussion timer: a countdown the facilitator starts, pauses and resets. Kept as plain
 * data (when it last started, how long it had run before) so it survives a reload and can be
 * tested with any clock.
 */
export interface TimerState {
  /** The length of the countdown, in milliseconds. */
  durationMs: number;
  /** When it was last started (epoch milliseconds), or null while paused or stopped. */
  startedAt: number | null;
  /** Time run before the last start. */
  elapsedMs: number;
}

export const timerLengths = [60_000, 120_000, 180_000, 300_000] as const;
export const defaultTimerMs = 120_000;

export const newTimer = (durationMs: number = defaultTimerMs): TimerState => ({
  durationMs,
  startedAt: null,
  elapsedMs: 0,
});

export const isRunning = (timer: TimerState) => timer.startedAt !== null;

export function elapsed(timer: TimerState, now: number): number {
  return timer.elapsedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/** Milliseconds left, never below zero. */
export function remaining(timer: TimerState, now: number): number {
  return Math.max(0, timer.durationMs - elapsed(timer, now));
}

export const isFinished = (timer: TimerState, now: number) => remaining(timer, now) === 0;

/**
 * Starts a paused timer, pauses a running one; a finished timer starts again from the top, even
 * when it ran out while started (T after "Time is up" means another round, not a pause).
 */
export function toggleTimer(timer: TimerState, now: number): TimerState {
  if (isFinished(timer, now)) return { ...timer, startedAt: now, elapsedMs: 0 };
  if (timer.startedAt !== null)
    return {
      ...timer,
      startedAt: null,
      elapsedMs: Math.min(timer.durationMs, elapsed(timer, now)),
    };
  return { ...timer, startedAt: now };
}

/**
 * Changes the length without stopping the clock: a running timer keeps running and keeps the
 * time already used, so lengthening a discussion mid-way does not lose the count. Shortening it
 * below the time used finishes it.
 */
export function setTimerLength(timer: TimerState, durationMs: number, now: number): TimerState {
  const used = elapsed(timer, now);
  return timer.startedAt === null
    ? { durationMs, startedAt: null, elapsedMs: Math.min(used, durationMs) }
    : { durationMs, startedAt: now, elapsedMs: Math.min(used, durationMs) };
}

export function resetTimer(timer: TimerState, durationMs: number = timer.durationMs): TimerState {
  return newTimer(durationMs);
}

/** "2:00", "0:09". Rounds up, so the clock shows 0:00 only when time is up. */
export function formatClock(milliseconds: number): string {
  return formatMinutesSeconds(Math.ceil(Math.max(0, milliseconds) / 1000));
}

/** "2 minutes", "1 minute 30 seconds" (in the catalogue's words): for labels and screen readers. */
export function formatSpoken(
  milliseconds: number,
  translate: (key: string, params: { count: number }) => string,
): string {
  const seconds = Math.ceil(Math.max(0, milliseconds) / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [];
  if (minutes)
    parts.push(
      translate(`presenter.timer.${minutes === 1 ? 'minuteOne' : 'minutes'}`, { count: minutes }),
    );
  if (rest || !minutes)
    parts.push(
      translate(`presenter.timer.${rest === 1 ? 'secondOne' : 'seconds'}`, { count: rest }),
    );
  return parts.join(' ');
}

/** Checks a stored timer, returning a fresh one if it is not one. */
export function parseTimer(value: unknown): TimerState {
  const candidate = value as Partial<TimerState> | null;
  if (
    candidate &&
    typeof candidate.durationMs === 'number' &&
    candidate.durationMs > 0 &&
    typeof candidate.elapsedMs === 'number' &&
    candidate.elapsedMs >= 0 &&
    (candidate.startedAt === null || typeof candidate.startedAt === 'number')
  ) {
    return {
      durationMs: candidate.durationMs,
      startedAt: candidate.startedAt,
      elapsedMs: candidate.elapsedMs,
    };
  }
  return newTimer();
}
