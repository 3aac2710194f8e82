import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Scenario } from '../../src/schemas/scenario';
import { loadScenarioFile, scenarioFile } from '../../src/integrity/content-files';
import { playByMouse } from './support/play';
import { choicesToOutcome } from './support/scenario-plans';
import { missingVlogTools } from '../../scripts/videos/vlog-tools';

/**
 * What an author gets from `npm run new:scenario -- <id>` plays, to every ending, and has its
 * review map: made, built and served in a copy of the project, so the repository is untouched.
 * Needs ffmpeg, espeak-ng and DejaVu Sans for the placeholder vlog (the site does not build without one).
 */
const repo = path.resolve(import.meta.dirname, '../..');
const canFilm = missingVlogTools().length === 0;
const id = 'self-discharge';

test.describe.configure({ mode: 'serial' });
// CI installs them (.ci/run), so there this always runs.
test.skip(!canFilm, `needs ${missingVlogTools().join(', ')} to make the placeholder vlog`);

let copy: string;
let server: ChildProcess | undefined;
let site = '';
let scenario: Scenario;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  copy = mkdtempSync(path.join(tmpdir(), 'new-scenario-site-'));
  for (const entry of [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'content',
    'public',
    'scenarios',
    'scripts',
    'src',
  ]) {
    cpSync(path.join(repo, entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'));
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
      timeout: 180_000,
    });
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  };
  run(path.join(repo, 'node_modules/.bin/tsx'), ['scripts/new-scenario.ts', id]);
  run(path.join(repo, 'node_modules/.bin/astro'), ['build', '--outDir', path.join(copy, 'dist')]);
  scenario = loadScenarioFile(copy, scenarioFile(id));

  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--dir', 'dist'], {
    cwd: copy,
  });
  site = await new Promise<string>((resolve, reject) => {
    server!.stdout!.on('data', (chunk: Buffer) => {
      const url = /running at (http:\/\/\S+)/.exec(chunk.toString())?.[1];
      if (url) resolve(url);
    });
    server!.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
});

test.afterAll(() => {
  server?.kill();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

for (const outcome of ['recommended', 'acceptable', 'poor'] as const) {
  test(`a new scenario plays to its ${outcome} ending`, async ({ page }) => {
    await page.goto(`${site}scenarios/${id}/`);
    await playByMouse(page, choicesToOutcome(scenario, outcome));
    const ending = scenario.nodes.find(
      (node) => node.kind === 'ending' && node.outcome === outcome,
    );
    await expect(
      page.getByText(ending?.kind === 'ending' ? ending.title : '-').first(),
    ).toBeVisible();
  });
}

test("a new scenario's review map draws all its steps", async ({ page }) => {
  await page.goto(`${site}review/`);
  await page.getByRole('link', { name: 'Map of Self discharge', exact: true }).click();
  await expect(
    page.getByRole('img', { name: 'Map of “Self discharge”' }).locator('g.app-map__node'),
  ).toHaveCount(scenario.nodes.length);
});
