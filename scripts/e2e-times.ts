/**
 * Compares two runs of the end-to-end suite, spec by spec, from Playwright's JSON reports: how a
 * change moved the suite's time (docs/performance.md, "End-to-end suite time").
 *
 *   npx tsx scripts/e2e-times.ts before.json after.json
 */
import { readFileSync } from 'node:fs';
import { compareRuns, suiteTimes, type PlaywrightReport } from './e2e-times/spec-times';

const files = process.argv.slice(2);
if (files.length !== 2) {
  console.error('Usage: npx tsx scripts/e2e-times.ts before.json after.json');
  process.exit(2);
}
const [before, after] = files.map((file) => {
  try {
    return suiteTimes(JSON.parse(readFileSync(file, 'utf8')) as PlaywrightReport);
  } catch (error) {
    console.error(`${file}: not a Playwright JSON report (${(error as Error).message}).`);
    process.exit(2);
  }
});
console.log(compareRuns(before!, after!));
