import { describe, expect, it } from 'vitest';
import { formatLongDate, formatMinutesSeconds } from '../../src/vocabulary/format';

describe('numbers, dates and times', () => {
  it('writes a date in full, in UTC, in either language', () => {
    const date = new Date('2026-12-06T23:30:00Z');
    expect(formatLongDate(date)).toBe('6 December 2026');
    expect(formatLongDate(date, 'cy-GB')).toBe('6 Rhagfyr 2026');
  });

  it('writes whole seconds as m:ss', () => {
    expect(formatMinutesSeconds(120)).toBe('2:00');
    expect(formatMinutesSeconds(9)).toBe('0:09');
    expect(formatMinutesSeconds(750)).toBe('12:30');
    expect(formatMinutesSeconds(-4)).toBe('0:00');
  });
});
