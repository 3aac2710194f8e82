import { createWriteStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { chromium } from '@playwright/test';
import { interactionKeyCsv } from '../scorm/interaction-key';
import { loadScenarios } from '../src/integrity/content-files';
import { loadSettings } from '../src/settings/load-settings';
import { buildCourseInfo } from '../src/tracking/course-info';
import { interactionId } from '../src/tracking/interactions';

/**
 * The insights page with a national rollout's export: a generated CSV of 500,000 interactions
 * (25,000 learners, 20 decisions each, over 30 days), with the interaction key, loaded into the
 * page in Chromium as an interface lead would. Measures the time from choosing the files to
 * the report on screen, the tab's peak memory (the renderer process's peak resident set, which
 * holds the page and its worker) and the longest main-thread task meanwhile. The file is made
 * here, in the bench's own folder, and never committed.
 */
export const insightsRows = 500_000;
const decisionsPerLearner = 20;

/** A small deterministic generator, so every run loads the same file. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function writeLargeExport(
  root: string,
  dir: string,
): Promise<{ exportFile: string; keyFile: string; bytes: number }> {
  const settings = loadSettings(root, '');
  const scenarios = loadScenarios(root);
  const course = buildCourseInfo(settings, scenarios);
  const keyFile = path.join(dir, `${course.moduleId}-interactions.csv`);
  writeFileSync(keyFile, interactionKeyCsv(course, scenarios));
  const decisions = course.scenarios.flatMap((scenario) =>
    scenario.decisions.map((decision) => ({
      id: interactionId(course, scenario.id, decision.id),
      letters: decision.choices.map((choice) => choice.response),
    })),
  );
  const exportFile = path.join(dir, 'large-export-500000-rows.csv');
  const out = createWriteStream(exportFile);
  const next = random(20261206);
  const start = Date.parse('2026-11-01T08:00:00Z');
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('learner,interaction id,response,result,time\r\n');
  let lines: string[] = [];
  for (let row = 0; row < insightsRows; row += 1) {
    const learner = Math.floor(row / decisionsPerLearner);
    const decision = decisions[(learner * 7 + (row % decisionsPerLearner)) % decisions.length]!;
    const letter = decision.letters[Math.floor(next() * decision.letters.length)]!;
    const time = new Date(
      start + (learner % 30) * 86_400_000 + (row % decisionsPerLearner) * 45_000,
    ).toISOString();
    lines.push(
      `learner-${learner},${decision.id},${letter},${letter === 'a' ? 'correct' : 'wrong'},${time}`,
    );
    if (lines.length === 5000) {
      await write(`${lines.join('\r\n')}\r\n`);
      lines = [];
    }
  }
  if (lines.length) await write(`${lines.join('\r\n')}\r\n`);
  out.end();
  await once(out, 'finish');
  return { exportFile, keyFile, bytes: statSync(exportFile).size };
}

export interface InsightsLoad {
  seconds: number;
  tabPeakMB: number;
  longestTaskMs: number;
  bytes: number;
  learners: string;
}

/** Peak resident memory of a process, from Linux's /proc (VmHWM), in MB. */
function peakMemoryMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0);
  return kilobytes / 1024;
}

export async function measureInsightsLoad(options: {
  origin: string;
  chromiumPath: string;
  exportFile: string;
  keyFile: string;
  bytes: number;
}): Promise<InsightsLoad> {
  const browser = await chromium.launch({
    executablePath: options.chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(new URL('/insights/', options.origin).href);
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    await page.evaluate(() => {
      const longest = { value: 0 };
      (window as unknown as { __longestTask: typeof longest }).__longestTask = longest;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          longest.value = Math.max(longest.value, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const started = performance.now();
    await page
      .getByLabel('Choose files, or drop them here')
      .setInputFiles([options.keyFile, options.exportFile]);
    await page.getByRole('status').filter({ hasText: 'Files read.' }).waitFor({ timeout: 120_000 });
    await page.getByTestId('cohort-summary').waitFor();
    const seconds = (performance.now() - started) / 1000;
    const longestTaskMs = await page.evaluate(
      () => (window as unknown as { __longestTask: { value: number } }).__longestTask.value,
    );
    const learners = (await page.getByTestId('learners').textContent()) ?? '';
    const cdp = await browser.newBrowserCDPSession();
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    const renderers = info.processInfo.filter((process) => process.type === 'renderer');
    const tabPeakMB = Math.max(...renderers.map((process) => peakMemoryMB(process.id)));
    return { seconds, tabPeakMB, longestTaskMs, bytes: options.bytes, learners };
  } finally {
    await browser.close();
  }
}
