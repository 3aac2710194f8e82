import { expect, test, type Page } from '@playwright/test';
import { lmsOrigin } from './scorm-helpers';
import { playByMouse } from './support/play';
import { readScenario, recommendedChoices } from './support/scenario-plans';
import { foreignRequests, watchSecurity } from './support/security';

/**
 * What the module loads and where data goes, measured: every request made while a learner works
 * through a scenario (with its video), the facilitator view and the certificate goes to the
 * module's own origin, and the Content-Security-Policy blocks nothing the module does. (The same
 * two checks run on every built page while accessibility.spec.ts loads it for axe.)
 */

const scenario = readScenario('missed-appointment');
const video = (page: Page) => page.locator('.app-vlog video');

async function expectScenePlays(page: Page) {
  await expect
    .poll(
      () =>
        video(page).evaluate(
          (element: HTMLVideoElement) => !element.paused && element.currentTime > 0,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
  // Captions load from the module too (video.js must not fetch vtt.js or fonts from a CDN).
  await expect
    .poll(() =>
      video(page).evaluate((element: HTMLVideoElement) =>
        Array.from(element.textTracks).some(
          (track) => track.kind === 'captions' && (track.cues?.length ?? 0) > 0,
        ),
      ),
    )
    .toBe(true);
}

test('a full run through a scenario, the facilitator view and the certificate stays on the module’s own origin, within its CSP', async ({
  context,
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const log = await watchSecurity(context);

  await page.goto('/');
  // Start passes through the scenarios page to the first scenario to do.
  await page.getByRole('link', { name: 'Start, or resume where you left off' }).click();
  await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible();

  // The scene plays in video.js, with captions, then the learner reads the rest.
  await page.getByRole('button', { name: /^Play the scene/ }).click();
  await expectScenePlays(page);
  await page.getByRole('button', { name: 'Skip the scene and read it' }).click();
  await playByMouse(page, recommendedChoices(scenario));
  await expect(page.locator('.app-ending')).toBeVisible();

  // Downloads are Blob URLs: they stay in the browser.
  await page.getByText('Vlog transcript').click();
  const transcript = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the transcript so far (text file)' }).click();
  expect((await transcript).suggestedFilename()).toBe(`${scenario.id}-transcript.txt`);
  await page.getByLabel('What happened').fill('A patient missed clinic.');
  await page.goto('/reflections/');
  const reflections = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my reflections (text file)' }).click();
  await reflections;
  await page.goto('/summary/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The facilitator view, with its scene playing on the "projector".
  await page.goto('/facilitator/');
  await page.goto(`/facilitator/${scenario.id}/`);
  await expect(page.locator('.app-presenter')).toBeVisible();
  const sceneButton = page.locator('.app-presenter .app-vlog button', {
    hasText: /^(Play the scene|Watch this scene)/,
  });
  for (let press = 0; press < 10 && !(await sceneButton.isVisible()); press += 1)
    await page.keyboard.press('Space');
  await page.keyboard.press('v');
  await expectScenePlays(page);
  await page.goto(`/facilitator/guide/${scenario.id}/`);

  await page.goto('/certificate/');
  await expect(
    page
      .getByRole('article', { name: 'Certificate of completion' })
      .or(page.getByText('Your certificate is ready once')),
  ).toBeVisible();

  expect(foreignRequests(log, [new URL(baseURL!).origin])).toEqual([]);
  expect(log.cspViolations).toEqual([]);
  // The run did exercise the network: pages, scripts, the video and its captions.
  expect(log.requests.some((url) => url.endsWith('.mp4'))).toBe(true);
  expect(log.requests.some((url) => url.endsWith('.vtt'))).toBe(true);
});

test('launched from an LMS, the module requests nothing but its own files and the LMS page, within its CSP', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  const log = await watchSecurity(context);
  await page.goto(`${lmsOrigin}/lms/courses/trust-a/player/scorm12/`);
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  const module = page.frameLocator('iframe.preview__frame').frameLocator('#launcher-frame');
  await expect(module.locator('#maincontent')).toBeVisible();
  await module.getByRole('link', { name: 'Scenarios and progress' }).first().click();
  await expect(
    module.getByRole('heading', { level: 1, name: 'Scenarios and your progress' }),
  ).toBeVisible();
  await module.getByRole('link', { name: scenario.title, exact: true }).click();
  await module.getByRole('button', { name: /^Play the scene/ }).click();
  await expect
    .poll(
      () =>
        module
          .locator('.app-vlog video')
          .evaluate((element: HTMLVideoElement) => !element.paused && element.currentTime > 0),
      { timeout: 15_000 },
    )
    .toBe(true);
  await module.getByRole('button', { name: 'Skip the scene and read it' }).click();
  await playByMouse(module as unknown as Page, recommendedChoices(scenario));
  await module.getByRole('link', { name: 'Teaching a group: facilitator mode' }).click();
  await expect(module.getByRole('heading', { level: 1 })).toBeVisible();
  await page.frameLocator('iframe.preview__frame').locator('#launcher-save-exit').click();
  await expect(page.frameLocator('iframe.preview__frame').locator('#launcher-ended')).toBeVisible();

  expect(foreignRequests(log, [lmsOrigin])).toEqual([]);
  expect(log.cspViolations).toEqual([]);
});
