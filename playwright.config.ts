import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site (npm run build first; npm test does both).
 * Chromium: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when present, else
 * Playwright's own browser (installed separately with `npx playwright install chromium`).
 */
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4329);
/** The local LMS preview (npm run preview:lms) and, on the next port, its second content origin. */
const lmsPort = Number(process.env.E2E_LMS_PORT ?? 4331);
/** The built site under test; E2E_DIST lets a developer test a build kept elsewhere. */
export const builtSite = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // At least two workers, as in CI: Playwright's default (half the cores) is one on a 2-core
  // machine, which doubles the run; the tests wait on the browser more than they use a core.
  workers: process.env.CI ? 2 : Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Scenes start from a click, but tests also play them right after Continue; sound off.
        '--autoplay-policy=no-user-gesture-required',
        '--mute-audio',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${port} --dir ${builtSite}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // The SCORM packages, made once from the built site, in the local LMS preview (tests/e2e/scorm-*).
      command: `npx tsx scorm/package.ts --skip-build --site ${builtSite} --out scorm/out/e2e && npx tsx scorm/preview/server.ts --dir scorm/out/e2e --port ${lmsPort} --content-port ${lmsPort + 1}`,
      url: `http://127.0.0.1:${lmsPort}/lms/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
