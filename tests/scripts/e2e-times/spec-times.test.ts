import { describe, expect, it } from 'vitest';
import {
  compareRuns,
  suiteTimes,
  type PlaywrightReport,
} from '../../../scripts/e2e-times/spec-times';

const test = (duration: number, status = 'passed') => ({
  tests: [{ results: [{ duration, status }] }],
});

/** Playwright's JSON report shape: a suite per file, describe blocks as nested suites without a file. */
const report = (specs: Record<string, number[]>, wallMs: number): PlaywrightReport => ({
  suites: Object.entries(specs).map(([file, durations]) => ({
    file,
    specs: [test(durations[0]!)],
    suites: [{ specs: durations.slice(1).map((duration) => test(duration)) }],
  })),
  stats: {
    duration: wallMs,
    expected: Object.values(specs).flat().length,
    skipped: 0,
    unexpected: 0,
    flaky: 0,
  },
});

describe('end-to-end suite times', () => {
  it("adds each spec file's tests, in nested describe blocks too, and keeps the wall clock apart", () => {
    const times = suiteTimes(report({ 'a.spec.ts': [1000, 2000, 500], 'b.spec.ts': [4000] }, 5000));
    expect(Object.fromEntries(times.bySpec)).toEqual({ 'a.spec.ts': 3500, 'b.spec.ts': 4000 });
    expect(times.totalMs).toBe(7500);
    expect(times.wallMs).toBe(5000);
    expect(times.passed).toBe(4);
  });

  it('counts only the last attempt of a retried test', () => {
    const retried: PlaywrightReport = {
      suites: [
        {
          file: 'c.spec.ts',
          specs: [
            {
              tests: [
                {
                  results: [
                    { duration: 9000, status: 'failed' },
                    { duration: 1000, status: 'passed' },
                  ],
                },
              ],
            },
          ],
        },
      ],
      stats: { duration: 10000, expected: 0, skipped: 0, unexpected: 0, flaky: 1 },
    };
    expect(suiteTimes(retried).totalMs).toBe(1000);
    expect(suiteTimes(retried).passed).toBe(1);
  });

  it('compares two runs spec by spec, including a spec only one run has', () => {
    const before = suiteTimes(report({ 'a.spec.ts': [10000], 'old.spec.ts': [3000] }, 12000));
    const after = suiteTimes(report({ 'a.spec.ts': [8000], 'new.spec.ts': [1000] }, 8000));
    const lines = compareRuns(before, after).split('\n');
    expect(lines.find((line) => line.startsWith('a.spec.ts'))).toMatch(/10 s\s+8 s\s+-2 s$/);
    expect(lines.find((line) => line.startsWith('old.spec.ts'))).toMatch(/3 s\s+0 s\s+-3 s$/);
    expect(lines.find((line) => line.startsWith('new.spec.ts'))).toMatch(/0 s\s+1 s\s+\+1 s$/);
    expect(lines.find((line) => line.startsWith('test time'))).toMatch(/13 s\s+9 s\s+-4 s$/);
    expect(lines.find((line) => line.startsWith('wall clock'))).toMatch(/12 s\s+8 s\s+-4 s$/);
  });
});
