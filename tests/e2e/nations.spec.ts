import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { axeViolationsInFrame } from './support/axe';
import { lmsPort } from './scorm-helpers';

/**
 * A Northern Ireland HSC trust's package, built from its example settings alone
 * (content/trusts/lagan-mourne-hsc.yaml) and launched from the local LMS preview on its own
 * ports, beside the national package the other tests use. An HSC trust is not "NHS": no NHS
 * lozenge, and none of England's contract.
 */
const settingsFile = 'content/trusts/lagan-mourne-hsc.yaml';
const previewPort = lmsPort + 2;
const origin = `http://127.0.0.1:${previewPort}`;

test.describe.configure({ mode: 'serial' });

let temp = '';
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  temp = mkdtempSync(path.join(tmpdir(), 'nations-e2e-'));
  const built = spawnSync(
    'npx',
    [
      'tsx',
      'scorm/package.ts',
      '--settings',
      settingsFile,
      '--site',
      path.join(temp, 'site'),
      '--out',
      path.join(temp, 'out'),
    ],
    { encoding: 'utf8' },
  );
  expect(built.status, built.stderr + built.stdout).toBe(0);
  const zips = readdirSync(path.join(temp, 'out')).filter((name) => name.endsWith('.zip'));
  expect(zips).toEqual(['across-the-interface-lagan-and-mourne-scorm12.zip']);
  server = spawn(
    'npx',
    [
      'tsx',
      'scorm/preview/server.ts',
      '--zip',
      path.join(temp, 'out', zips[0]!),
      '--port',
      String(previewPort),
      '--content-port',
      String(previewPort + 1),
    ],
    { stdio: 'ignore', detached: true },
  );
  await expect
    .poll(async () => (await fetch(`${origin}/lms/`).catch(() => null))?.status, {
      timeout: 60_000,
    })
    .toBe(200);
});

test.afterAll(() => {
  // npx starts tsx, which starts the server: stop the whole process group, or the server outlives
  // the run and holds its ports (a second run would then test the old package).
  if (server?.pid) {
    try {
      process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  }
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** Launches the package as a learner would, and returns the frame the module's pages load in. */
async function launchModule(page: Page): Promise<Frame> {
  await page.addInitScript(() => {
    try {
      localStorage.setItem('across-the-interface:vlog-mode', 'read');
    } catch {
      // A frame without storage plays scenes as it would.
    }
  });
  await page.goto(`${origin}/lms/courses/trust-a/player/scorm12/`);
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  const module = page.frameLocator('iframe.preview__frame').frameLocator('#launcher-frame');
  await expect(module.locator('#maincontent')).toBeVisible();
  return (await module.locator('#maincontent').elementHandle())!.ownerFrame() as Promise<Frame>;
}

/** What each page must show in Northern Ireland, by its path inside the package. */
const pages = [
  { path: 'index.html', shows: /#DearColleague/ },
  {
    path: 'scenarios/missed-appointment/index.html',
    shows: /Northern Ireland GP committee guidance \(2025\)/,
  },
  { path: 'scenarios/new-medicine/index.html', shows: /HSC trust/ },
  { path: 'glossary/index.html', shows: /HS21 \(prescription form\)/ },
  { path: 'about/index.html', shows: /Health and Social Care \(HSC\) in Northern Ireland/ },
];

test("a Northern Ireland HSC trust package shows no NHS logo and none of England's contract, and passes axe", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const frame = await launchModule(page);
  const root = frame.url().replace(/[^/]*$/, '');
  for (const { path: pagePath, shows } of pages) {
    await test.step(pagePath, async () => {
      await frame.goto(new URL(pagePath, root).href);
      await expect(frame.locator('#maincontent')).toBeVisible();
      await expect(frame.locator('header svg[aria-label="NHS"], .nhsuk-header__logo')).toHaveCount(
        0,
      );
      const text = await frame.locator('body').innerText();
      expect(text).not.toMatch(
        /NHS Standard Contract|FP10|e-Referral|integrated care board|\bICBs?\b/,
      );
      expect(text).toMatch(shows);
      await expect(frame.locator('.app-header__organisation')).toHaveText(
        'Lagan and Mourne Health and Social Care Trust',
      );
      expect(await axeViolationsInFrame(frame)).toEqual([]);
    });
  }
});
