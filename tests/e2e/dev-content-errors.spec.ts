import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * An author's mistake shows where they work: `npm run dev` (astro dev) on a copy of the project
 * with one target mistyped prints the problem in the terminal and shows it on the page in Vite's
 * error overlay, with the file, line, node, field and a "did you mean"; fixing the file brings
 * the page back. The repository's own scenarios are never touched.
 */
const repo = path.resolve(import.meta.dirname, '../..');
/**
 * Past the ports the other specs take: the LMS preview (+0, +1), nations (+2, +3), Welsh (+4, +5).
 */
const port = Number(process.env.E2E_LMS_PORT ?? 4331) + 6;
const scenarioFile = 'scenarios/second-problem.yaml';
/** A target in that file, and the typo the copy gets in its place (its first use only). */
const target = 'skin-outcome';
const typo = 'skin-outcom';
const targetLine = (name: string) => new RegExp(`^(\\s+target: )${name}$`, 'm');

let copy: string;
let server: ChildProcess | undefined;
let terminal = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  copy = mkdtempSync(path.join(tmpdir(), 'dev-content-errors-'));
  for (const entry of [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'content',
    'scenarios',
    'src',
  ]) {
    cpSync(path.join(repo, entry), path.join(copy, entry), { recursive: true });
  }
  for (const entry of ['node_modules', 'public'])
    symlinkSync(path.join(repo, entry), path.join(copy, entry));
  const text = readFileSync(path.join(copy, scenarioFile), 'utf8');
  expect(text).toMatch(targetLine(target));
  writeFileSync(path.join(copy, scenarioFile), text.replace(targetLine(target), `$1${typo}`));

  server = spawn(
    path.join(repo, 'node_modules/.bin/astro'),
    ['dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: copy, env: { ...process.env, NODE_ENV: 'development', FORCE_COLOR: '0' } },
  );
  server.stdout!.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  await expect.poll(() => terminal, { timeout: 60_000 }).toMatch(/ready in/);
});

test.afterAll(() => {
  server?.kill();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('npm run dev shows a broken target in the terminal and on the page, and the page comes back once it is fixed', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const line =
    readFileSync(path.join(copy, scenarioFile), 'utf8')
      .split('\n')
      .findIndex((text) => text.endsWith(`target: ${typo}`)) + 1;
  const where = `${scenarioFile}:${line}`;
  expect(terminal).toContain(`Error in ${where}, node "`);
  expect(terminal).toContain(`"${typo}" is not a node in this scenario.`);
  expect(terminal).toContain(`Fix: did you mean "${target}"?`);

  // The dev server may still be preparing its dependencies on the first request; ask until it answers.
  const overlay = page.locator('vite-error-overlay');
  await expect
    .poll(
      async () => (await page.goto(`http://127.0.0.1:${port}/scenarios/second-problem/`))?.status(),
      { timeout: 30_000 },
    )
    .toBe(500);
  await expect(overlay).toBeAttached({ timeout: 15_000 });
  await expect(overlay).toContainText(`"${typo}" is not a node in this scenario.`);
  await expect(overlay).toContainText(`did you mean "${target}"?`);
  await expect(overlay).toContainText(where);
  await expect(page.getByText('The case stopped working')).toHaveCount(0);

  // Fixed and saved: the checks run again, the terminal says so and the page reloads to the scenario.
  const text = readFileSync(path.join(copy, scenarioFile), 'utf8');
  writeFileSync(path.join(copy, scenarioFile), text.replace(targetLine(typo), `$1${target}`));
  await expect
    .poll(() => terminal, { timeout: 20_000 })
    .toContain('The content checks pass again.');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(overlay).toHaveCount(0);
});
