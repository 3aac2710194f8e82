import { describe, expect, it } from 'vitest';
import {
  scorm12TimeOfDay,
  scorm12Timespan,
  scorm2004Duration,
  scorm2004Timestamp,
} from '../../src/tracking/scorm-time';

/** SCORM 1.2 CMITimespan as the spec writes it: HHHH:MM:SS.SS, 2 to 4 hour digits, optional 1-2 decimals. */
const cmiTimespan = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** SCORM 2004 timeinterval: ISO 8601 duration, at most two decimal places on the seconds. */
const timeInterval =
  /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;

const second = 1000;
const hour = 3600 * second;

describe('SCORM 1.2 session time', () => {
  it.each([
    [0, '00:00:00.00'],
    [3.456 * second, '00:00:03.46'],
    [61 * second, '00:01:01.00'],
    [2 * hour + 5 * 60 * second + 7.1 * second, '02:05:07.10'],
    [123 * hour, '123:00:00.00'],
  ])('%d ms is %s', (milliseconds, expected) => {
    expect(scorm12Timespan(milliseconds)).toBe(expected);
    expect(expected).toMatch(cmiTimespan);
  });

  it('never writes one hour digit, which stricter LMSs reject (scorm-again accepts it)', () => {
    for (const milliseconds of [0, 59 * second, hour, 9 * hour + 59 * 60 * second]) {
      expect(scorm12Timespan(milliseconds).split(':')[0]).toHaveLength(2);
    }
  });

  it('caps at 9999:59:59.99 and treats nonsense as zero', () => {
    expect(scorm12Timespan(20_000 * hour)).toBe('9999:59:59.99');
    expect(scorm12Timespan(-5)).toBe('00:00:00.00');
    expect(scorm12Timespan(Number.NaN)).toBe('00:00:00.00');
  });
});

describe('SCORM 2004 session time', () => {
  it.each([
    [0, 'PT0S'],
    [3.456 * second, 'PT3.46S'],
    [3.4 * second, 'PT3.4S'],
    [61 * second, 'PT1M1S'],
    [hour + 2 * second, 'PT1H0M2S'],
    [30 * hour, 'PT30H0M0S'],
  ])('%d ms is %s', (milliseconds, expected) => {
    expect(scorm2004Duration(milliseconds)).toBe(expected);
    expect(expected).toMatch(timeInterval);
  });

  it('never has more than two decimal places', () => {
    for (let milliseconds = 0; milliseconds < 5000; milliseconds += 7)
      expect(scorm2004Duration(milliseconds)).toMatch(timeInterval);
  });
});

describe('timestamps', () => {
  const at = new Date(2026, 10, 21, 9, 5, 3, 456);

  it('1.2 interaction time is a local time of day, HH:MM:SS', () => {
    expect(scorm12TimeOfDay(at)).toBe('09:05:03');
  });

  it('2004 timestamps are UTC with a fraction before the zone, as time(second,10,0) nests them', () => {
    const utc = new Date(Date.UTC(2026, 10, 21, 9, 5, 3, 456));
    expect(scorm2004Timestamp(utc)).toBe('2026-11-21T09:05:03.4Z');
    expect(scorm2004Timestamp(utc)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,2}Z$/);
  });
});
