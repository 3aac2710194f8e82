/**
 * npm run bench — the performance benchmark (not a test; npm test does not run it). It builds the
 * site and the SCORM packages from scratch, measures them, prints one table, writes every figure
 * to bench/results.json, and exits non-zero naming each figure that breaks its budget in
 * bench/budgets.json.
 *
 *   npm run bench                          measure and check the budgets
 *   npm run bench -- --update-docs         also write the table into docs/performance.md
 *   npm run bench -- --lighthouse-runs 7   more Lighthouse runs per page (median kept; default 5)
 *   npm run bench -- --only insights       only the insights page with a 500,000-row export,
 *                                          on the site already built in dist/ (npm run build)
 *
 * Needs Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own.
 * See docs/performance.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { judge, markdownTable, readBudgets, type Figure } from '../bench/figures';
import { measureLighthouse, type LighthouseResult } from '../bench/measure-lighthouse';
import { measurePackages } from '../bench/measure-packages';
import { measurePages, pageTypes } from '../bench/measure-pages';
import { worstCaseSuspendData } from '../bench/suspend-data';
import {
  insightsRows,
  measureInsightsLoad,
  writeLargeExport,
  type InsightsLoad,
} from '../bench/measure-insights';
import { scorm12Limits } from '../src/tracking/scorm-trackers';

const root = path.resolve(import.meta.dirname, '..');
/**
 * Five: on a shared 2-core machine one run in three or four lands on a busy moment and loses
 * several points; the median of five is steady where the median of three was not.
 */
const defaultLighthouseRuns = 5;
const { values } = parseArgs({
  options: {
    'update-docs': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: String(defaultLighthouseRuns) },
    only: { type: 'string' },
  },
});

/** The scenario measured as "a scenario page": the first in the settings' order. */
const scenarioId = 'missed-appointment';
/** Inside the project (so Astro keeps its prerender files to itself) and ignored by git. */
const workDir = path.join(root, 'node_modules', '.cache', 'across-the-interface-bench');
const siteDir = path.join(workDir, 'dist');
const packagesDir = path.join(workDir, 'packages');
const resultsFile = path.join(root, 'bench', 'results.json');
const docsFile = path.join(root, 'docs', 'performance.md');
const KB = 1024;
const MB = 1024 * 1024;

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return chromium.executablePath();
}

/** Runs a command to completion and returns how long it took, in seconds. */
function timed(label: string, command: string, args: string[]): number {
  console.log(`${label}…`);
  const started = performance.now();
  const run = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: process.env,
  });
  if (run.status !== 0)
    throw new Error(`${label} failed (${command} ${args.join(' ')}); see the errors above.`);
  return (performance.now() - started) / 1000;
}

/** Serves the built site with the module's own server on a free port. */
async function serve(dir: string): Promise<{ origin: string; stop: () => void }> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--dir', dir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at (http:\/\/[^/\s]+)\//.exec(output)?.[1];
      if (found) resolve(found);
    });
    server.on('exit', (code) =>
      reject(new Error(`scripts/serve.mjs stopped (exit ${code}) before it was ready`)),
    );
  });
  return { origin, stop: () => server.kill() };
}

/** The insights page's figures: loading a national rollout's export. */
function insightsFigures(load: InsightsLoad): Figure[] {
  const group = `Insights page, a ${insightsRows.toLocaleString('en-GB')}-row export (${(load.bytes / MB).toFixed(1)} MB CSV)`;
  return [
    {
      group,
      id: 'insights.largeExport.seconds',
      label: 'from choosing the files to the report on screen',
      value: load.seconds,
      unit: 's',
    },
    {
      group,
      id: 'insights.largeExport.tabPeak',
      label: "the tab's peak memory (page and worker)",
      value: load.tabPeakMB,
      unit: 'MB',
    },
    {
      group,
      id: 'insights.largeExport.longestTask',
      label:
        'longest main-thread task while loading (0: none over 50 ms, the least a browser reports)',
      value: load.longestTaskMs,
      unit: 'ms',
    },
  ];
}

async function measureInsights(dir: string): Promise<Figure[]> {
  console.log(`Insights: writing a ${insightsRows.toLocaleString('en-GB')}-row export…`);
  mkdirSync(workDir, { recursive: true });
  const files = await writeLargeExport(root, workDir);
  const server = await serve(dir);
  try {
    console.log('Insights: loading it in the page…');
    const load = await measureInsightsLoad({
      origin: server.origin,
      chromiumPath: chromiumPath(),
      ...files,
    });
    console.log(`  ${load.learners} learners in the report, in ${load.seconds.toFixed(1)} s`);
    return insightsFigures(load);
  } finally {
    server.stop();
  }
}

/** npm run bench -- --only insights: that part alone, on dist/, checked against its own budgets. */
async function onlyInsights() {
  const budgets = Object.fromEntries(
    Object.entries(readBudgets(new URL('../bench/budgets.json', import.meta.url))).filter(([id]) =>
      id.startsWith('insights.'),
    ),
  );
  const siteBuilt = path.join(root, 'dist');
  if (!existsSync(path.join(siteBuilt, 'insights', 'index.html')))
    throw new Error('dist/ has no insights page: run npm run build first.');
  const { verdicts, unmeasured } = judge(await measureInsights(siteBuilt), budgets);
  console.log(`\n${markdownTable(verdicts)}\n`);
  for (const id of unmeasured) console.error(`Budget without a figure: ${id}`);
  for (const verdict of verdicts.filter((candidate) => !candidate.holds))
    console.error(`Budget broken: ${verdict.problem}`);
  if (unmeasured.length || verdicts.some((verdict) => !verdict.holds)) process.exitCode = 1;
}

async function main() {
  if (values.only !== undefined) {
    if (values.only !== 'insights')
      throw new Error(`--only takes "insights", not "${values.only}".`);
    await onlyInsights();
    return;
  }
  const budgets = readBudgets(new URL('../bench/budgets.json', import.meta.url));
  const runs = Math.max(1, Number(values['lighthouse-runs']) || defaultLighthouseRuns);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });

  const buildSeconds = timed('Building the site', 'npx', ['astro', 'build', '--outDir', siteDir]);
  const packageSeconds = timed('Making the SCORM packages', 'npx', [
    'tsx',
    'scorm/package.ts',
    '--skip-build',
    '--site',
    siteDir,
    '--out',
    packagesDir,
  ]);
  const packages = measurePackages(packagesDir);
  const suspendData = worstCaseSuspendData(root);

  const server = await serve(siteDir);
  let pages;
  const lighthouse: Record<string, LighthouseResult> = {};
  try {
    console.log('Measuring what each page loads…');
    pages = await measurePages({
      origin: server.origin,
      siteDir,
      chromiumPath: chromiumPath(),
      types: pageTypes(scenarioId),
    });
    const audited = {
      home: '/',
      scenario: `/scenarios/${scenarioId}/`,
      presenter: `/facilitator/${scenarioId}/`,
    };
    for (const [id, url] of Object.entries(audited)) {
      console.log(`Lighthouse, ${url} (${runs} run${runs === 1 ? '' : 's'})…`);
      lighthouse[id] = await measureLighthouse(new URL(url, server.origin).href, {
        chromePath: chromiumPath(),
        runs,
      });
    }
  } finally {
    server.stop();
  }
  const insights = await measureInsights(siteDir);

  const figures: Figure[] = [];
  const add = (group: string, id: string, label: string, value: number, unit: Figure['unit']) =>
    figures.push({ group, id, label, value, unit });
  for (const page of pages) {
    add(
      'JavaScript shipped',
      `js.${page.type.id}.raw`,
      `${page.type.label}, raw`,
      page.js.raw / KB,
      'KB',
    );
    add(
      'JavaScript shipped',
      `js.${page.type.id}.gzip`,
      `${page.type.label}, gzip`,
      page.js.gzip / KB,
      'KB',
    );
  }
  const before = pages.find((page) => page.type.id === 'scenario')!;
  // video.js's chunk is named after its file (video.core.<hash>.js); it must wait for a scene.
  const videoJsBefore = before.js.files
    .filter(({ file }) => /^video[.-]/i.test(path.basename(file)))
    .reduce((sum, file) => sum + file.gzip, 0);
  add(
    'JavaScript shipped',
    'js.scenario.videojsBeforePlay',
    'video.js loaded before a scene plays, gzip',
    videoJsBefore / KB,
    'KB',
  );
  const playing = pages.find((page) => page.type.id === 'scenarioPlaying')!;
  if (!playing.js.files.some(({ file }) => /^video[.-]/i.test(path.basename(file))))
    throw new Error(
      'No video.js chunk was loaded once a scene played: the bench cannot tell video.js apart any more (see scripts/bench.ts).',
    );
  for (const page of pages) {
    add(
      'Page weight, everything but video',
      `bytes.${page.type.id}.raw`,
      `${page.type.label}, raw`,
      page.total.raw / KB,
      'KB',
    );
    add(
      'Page weight, everything but video',
      `bytes.${page.type.id}.gzip`,
      `${page.type.label}, gzip`,
      page.total.gzip / KB,
      'KB',
    );
  }
  for (const pack of packages) {
    add('SCORM packages', `zip.${pack.version}`, `${pack.file}`, pack.bytes / MB, 'MB');
    add(
      'SCORM packages',
      `zip.${pack.version}.withoutVideos`,
      `${pack.file}, without videos`,
      pack.withoutVideos / MB,
      'MB',
    );
  }
  add('Build', 'time.build', 'build time (astro build)', buildSeconds, 's');
  add('Build', 'time.package', 'package time (every SCORM version)', packageSeconds, 's');
  add(
    'SCORM suspend_data',
    'suspendData.worstCase',
    `worst case, ${suspendData.scenarios} scenarios (SCORM 1.2 allows ${scorm12Limits.suspendData.toLocaleString('en-GB')})`,
    suspendData.text.length,
    'characters',
  );
  const lighthouseLabels: Record<string, string> = {
    home: 'home page',
    scenario: 'scenario page',
    presenter: 'facilitator presenter view',
  };
  for (const [id, result] of Object.entries(lighthouse)) {
    const group = `Lighthouse, ${lighthouseLabels[id]} (mobile)`;
    add(group, `lighthouse.${id}.performance`, 'performance', result.performance, 'score');
    add(group, `lighthouse.${id}.accessibility`, 'accessibility', result.accessibility, 'score');
    add(group, `lighthouse.${id}.bestPractices`, 'best practices', result.bestPractices, 'score');
    add(group, `lighthouse.${id}.lcp`, 'Largest Contentful Paint', result.lcp, 'ms');
    add(group, `lighthouse.${id}.tbt`, 'Total Blocking Time', result.tbt, 'ms');
    add(group, `lighthouse.${id}.cls`, 'Cumulative Layout Shift', result.cls, 'shift');
  }

  figures.push(...insights);
  const { verdicts, unmeasured } = judge(figures, budgets);
  const table = markdownTable(verdicts);
  const broken = verdicts.filter((verdict) => !verdict.holds);
  const chromiumVersion = spawnSync(chromiumPath(), ['--version'], {
    encoding: 'utf8',
  }).stdout.trim();
  const head =
    spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).stdout?.trim() || 'no git';
  const dirty =
    (
      spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout ?? ''
    ).trim() !== '';
  const commit = dirty ? `${head} (with uncommitted changes)` : head;
  const measuredAt = new Date().toISOString();
  writeFileSync(
    resultsFile,
    `${JSON.stringify(
      {
        measuredAt,
        commit,
        node: process.version,
        chromium: chromiumVersion,
        lighthouseRuns: runs,
        holds: broken.length === 0 && unmeasured.length === 0,
        figures: verdicts.map(({ figure, budget, holds }) => ({ ...figure, budget, holds })),
        details: {
          pages: pages.map((page) => ({
            id: page.type.id,
            url: page.type.url,
            js: page.js,
            total: page.total,
          })),
          packages,
          suspendData: { length: suspendData.text.length, example: suspendData.text },
          lighthouse,
        },
      },
      null,
      2,
    )}\n`,
  );

  console.log(`\n${table}\n`);
  console.log(
    `Measured ${measuredAt.slice(0, 16).replace('T', ' ')} UTC at ${commit}, ${process.version}, ${chromiumVersion}. Results: ${path.relative(process.cwd(), resultsFile)}`,
  );
  if (values['update-docs']) {
    const docs = readFileSync(docsFile, 'utf8');
    const start = '<!-- bench:table:start -->';
    const end = '<!-- bench:table:end -->';
    if (!docs.includes(start) || !docs.includes(end))
      throw new Error(`${docsFile} has no ${start} … ${end} markers to put the table between.`);
    const stamp = `Measured on ${measuredAt.slice(0, 10)} at commit ${commit.replace(/^(\w+)/, '`$1`')}, with Node ${process.version}, ${chromiumVersion}, Lighthouse median of ${runs} runs.`;
    const updated = docs.replace(
      new RegExp(`${start}[\\s\\S]*?${end}`),
      `${start}\n${stamp}\n\n${table}\n${end}`,
    );
    // Laid out as Prettier lays out the docs, so npm test's format check passes on the new table.
    writeFileSync(
      docsFile,
      await prettier.format(updated, {
        filepath: docsFile,
        ...(await prettier.resolveConfig(docsFile)),
      }),
    );
    console.log(`Wrote the table into ${path.relative(process.cwd(), docsFile)}.`);
  }

  for (const id of unmeasured)
    console.error(`Budget without a figure: ${id} is in bench/budgets.json but was not measured.`);
  for (const verdict of broken) console.error(`Budget broken: ${verdict.problem}`);
  for (const [id, result] of Object.entries(lighthouse)) {
    if (
      result.failing.length &&
      broken.some((verdict) => verdict.figure.id.startsWith(`lighthouse.${id}.`))
    )
      console.error(`  Lighthouse, ${lighthouseLabels[id]}: ${result.failing.join('; ')}`);
  }
  if (broken.length || unmeasured.length) {
    process.exitCode = 1;
    return;
  }
  console.log('Every budget holds.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
