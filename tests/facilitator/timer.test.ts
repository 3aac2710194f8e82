import { describe, expect, it } from 'vitest';
import {
  elapsed,
  formatClock,
  formatSpoken,
  isFinished,
  isRunning,
  newTimer,
  parseTimer,
  remaining,
  resetTimer,
  setTimerLength,
  toggleTimer,
} from '../../src/facilitator/timer';
import { loadCatalogue } from '../../src/i18n/catalogue';
import { translator } from '../../src/i18n/messages';

const english = translator(loadCatalogue(process.cwd(), 'en').messages);

describe('the discussion timer', () => {
  it('counts down from its length while running, and holds while paused', () => {
    let timer = newTimer(120_000);
    expect(isRunning(timer)).toBe(false);
    timer = toggleTimer(timer, 1_000);
    expect(isRunning(timer)).toBe(true);
    expect(remaining(timer, 31_000)).toBe(90_000);
    timer = toggleTimer(timer, 31_000);
    expect(isRunning(timer)).toBe(false);
    expect(remaining(timer, 500_000)).toBe(90_000);
    timer = toggleTimer(timer, 600_000);
    expect(elapsed(timer, 610_000)).toBe(40_000);
  });

  it('stops at zero, and T after "Time is up" starts another round rather than pausing', () => {
    let timer = toggleTimer(newTimer(60_000), 0);
    expect(remaining(timer, 90_000)).toBe(0);
    expect(isFinished(timer, 90_000)).toBe(true);
    // Ran out while started: still started but finished, so the button offers "Start again", not "Pause".
    expect(isRunning(timer) && !isFinished(timer, 30_000)).toBe(true);
    expect(isRunning(timer) && !isFinished(timer, 90_000)).toBe(false);
    timer = toggleTimer(timer, 90_000);
    expect(isRunning(timer)).toBe(true);
    expect(remaining(timer, 100_000)).toBe(50_000);
    // A paused timer that had run out starts from the top too.
    const pausedAtZero = { durationMs: 60_000, startedAt: null, elapsedMs: 60_000 };
    expect(remaining(toggleTimer(pausedAtZero, 5_000), 5_000)).toBe(60_000);
  });

  it('changes its length without stopping, keeping the time already used', () => {
    const running = toggleTimer(newTimer(120_000), 0);
    const longer = setTimerLength(running, 300_000, 30_000);
    expect(isRunning(longer)).toBe(true);
    expect(remaining(longer, 40_000)).toBe(260_000);
    const paused = toggleTimer(running, 30_000);
    const shorter = setTimerLength(paused, 60_000, 50_000);
    expect(isRunning(shorter)).toBe(false);
    expect(remaining(shorter, 99_000)).toBe(30_000);
    // Shorter than the time used: time is up.
    expect(isFinished(setTimerLength(running, 60_000, 90_000), 90_000)).toBe(true);
  });

  it('resets, keeping or changing its length', () => {
    const running = toggleTimer(newTimer(60_000), 0);
    expect(resetTimer(running)).toEqual(newTimer(60_000));
    expect(resetTimer(running, 300_000)).toEqual(newTimer(300_000));
  });

  it('shows minutes and seconds, rounding up so 0:00 means time is up', () => {
    expect(formatClock(120_000)).toBe('2:00');
    expect(formatClock(9_001)).toBe('0:10');
    expect(formatClock(0)).toBe('0:00');
    expect(formatSpoken(90_000, english)).toBe('1 minute 30 seconds');
    expect(formatSpoken(120_000, english)).toBe('2 minutes');
    expect(formatSpoken(1_000, english)).toBe('1 second');
  });

  it('reads a stored timer, or starts afresh from anything else', () => {
    expect(parseTimer({ durationMs: 60_000, startedAt: 5, elapsedMs: 10 })).toEqual({
      durationMs: 60_000,
      startedAt: 5,
      elapsedMs: 10,
    });
    expect(parseTimer({ durationMs: -1, startedAt: null, elapsedMs: 0 })).toEqual(newTimer());
    expect(parseTimer('nonsense')).toEqual(newTimer());
  });
});
