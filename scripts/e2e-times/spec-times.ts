/**
 * Reads Playwright's JSON report (`--reporter=json`) as the time each spec file took, so two runs
 * of the end-to-end suite can be compared spec by spec (scripts/e2e-times.ts).
 */

interface ReportSuite {
  file?: string;
  suites?: ReportSuite[];
  specs?: { tests: { results: { duration: number; status: string }[] }[] }[];
}

export interface PlaywrightReport {
  suites: ReportSuite[];
  stats: { duration: number; expected: number; skipped: number; unexpected: number; flaky: number };
}

export interface SuiteTimes {
  /** The run's wall-clock time, as Playwright measured it. */
  wallMs: number;
  /** The tests that passed, failed and were skipped. */
  passed: number;
  failed: number;
  skipped: number;
  /** Test time per spec file (the sum of its tests' last attempts), and in all. */
  bySpec: Map<string, number>;
  totalMs: number;
}

export function suiteTimes(report: PlaywrightReport): SuiteTimes {
  const bySpec = new Map<string, number>();
  const walk = (suite: ReportSuite, file: string) => {
    const here = suite.file ?? file;
    for (const child of suite.suites ?? []) walk(child, here);
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        bySpec.set(here, (bySpec.get(here) ?? 0) + (test.results.at(-1)?.duration ?? 0));
  };
  for (const suite of report.suites) walk(suite, '');
  return {
    wallMs: report.stats.duration,
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
    bySpec,
    totalMs: [...bySpec.values()].reduce((sum, ms) => sum + ms, 0),
  };
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/** A table of two runs, spec by spec, with the runs' totals last. */
export function compareRuns(before: SuiteTimes, after: SuiteTimes): string {
  const specs = [...new Set([...before.bySpec.keys(), ...after.bySpec.keys()])].sort();
  const width = Math.max(4, ...specs.map((spec) => spec.length));
  const row = (name: string, a: string, b: string, change: string) =>
    `${name.padEnd(width)}  ${a.padStart(8)}  ${b.padStart(8)}  ${change.padStart(8)}`;
  const change = (a: number, b: number) => {
    const delta = Math.round((b - a) / 1000);
    return `${delta > 0 ? '+' : ''}${delta} s`;
  };
  const lines = [row('spec', 'before', 'after', 'change')];
  for (const spec of specs) {
    const a = before.bySpec.get(spec) ?? 0;
    const b = after.bySpec.get(spec) ?? 0;
    lines.push(row(spec, seconds(a), seconds(b), change(a, b)));
  }
  lines.push(
    row(
      'test time, all specs',
      seconds(before.totalMs),
      seconds(after.totalMs),
      change(before.totalMs, after.totalMs),
    ),
    row(
      'wall clock',
      seconds(before.wallMs),
      seconds(after.wallMs),
      change(before.wallMs, after.wallMs),
    ),
    row(
      'passed / failed / skipped',
      `${before.passed}/${before.failed}/${before.skipped}`,
      `${after.passed}/${after.failed}/${after.skipped}`,
      '',
    ),
  );
  return lines.join('\n');
}
