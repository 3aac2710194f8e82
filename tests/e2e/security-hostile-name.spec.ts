import { expect, test, type Frame } from '@playwright/test';
import { formatLearnerName } from '../../src/tracking/learner-name';
import { flavours, lmsOrigin, playerUrl } from './scorm-helpers';
import { finishCourseInBrowser, finishedSuspendData } from './support/finished-course';
import { foreignRequests, watchSecurity } from './support/security';

/**
 * The learner's name comes from the LMS (or is typed in) and is shown on the certificate. It is
 * data, never markup: a name built to break out of HTML, SQL and the certificate shows as the
 * text it is, and nothing in it runs or loads.
 */

const hostileName = `<img src=x onerror="window.__pwned=1">Robert'); DROP TABLE--, Bobby`;

/** Nothing from the name ran, loaded or became an element, in any frame. */
async function expectNothingRan(frames: Frame[]) {
  for (const frame of frames) {
    expect(
      await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      frame.url(),
    ).toBeUndefined();
  }
}

test.describe('a hostile learner name is shown as text, never run', () => {
  for (const flavour of flavours) {
    test(`from the LMS (SCORM ${flavour.slug === 'scorm12' ? '1.2' : '2004'})`, async ({
      context,
      page,
    }) => {
      const log = await watchSecurity(context);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      // The LMS already holds a finished attempt, so the certificate is ready at launch.
      const suspendData = finishedSuspendData();
      const cmi =
        flavour.slug === 'scorm12'
          ? {
              'cmi.suspend_data': suspendData,
              'cmi.core.lesson_status': 'passed',
              'cmi.core.score.raw': '100',
            }
          : {
              'cmi.suspend_data': suspendData,
              'cmi.completion_status': 'completed',
              'cmi.success_status': 'passed',
              'cmi.score.raw': '100',
            };
      await page.addInitScript(
        ([key, record]) => {
          if (window === window.top && !sessionStorage.getItem('seeded')) {
            localStorage.setItem(key, record);
            sessionStorage.setItem('seeded', '1');
          }
        },
        [
          `preview-lms:trust-a:${flavour.slug}:record`,
          JSON.stringify({ cmi, exit: 'suspend', sessionTime: '' }),
        ] as const,
      );
      await page.goto(playerUrl(flavour, `?learner=${encodeURIComponent(hostileName)}`));
      await page.getByRole('button', { name: 'Launch', exact: true }).click();
      const module = page.frameLocator('iframe.preview__frame').frameLocator('#launcher-frame');
      await module.getByRole('link', { name: 'Your summary' }).first().click();
      await module.getByRole('link', { name: 'Print your certificate' }).click();

      const name = module.getByTestId('certificate-name');
      await expect(name).toHaveText(formatLearnerName(hostileName)!.display);
      expect(formatLearnerName(hostileName)!.display).toContain(
        '<img src=x onerror="window.__pwned=1">',
      );
      await expect(module.locator('.app-certificate img')).toHaveCount(0);
      await expectNothingRan(page.frames());
      expect(dialogs).toEqual([]);
      // An <img src=x> would have asked the server for "x".
      expect(log.requests.filter((url) => /\/x$/.test(new URL(url).pathname))).toEqual([]);
      expect(foreignRequests(log, [lmsOrigin])).toEqual([]);
      expect(log.cspViolations).toEqual([]);
    });
  }

  test('typed in on the open web, and after a reload', async ({ context, page, baseURL }) => {
    const log = await watchSecurity(context);
    await page.goto('/certificate/');
    await finishCourseInBrowser(page);
    await page.getByLabel('Your name, as it should appear on the certificate').fill(hostileName);
    await expect(page.getByTestId('certificate-name')).toHaveText(hostileName);
    await page.reload();
    await expect(page.getByTestId('certificate-name')).toHaveText(hostileName);
    await expect(page.locator('.app-certificate img')).toHaveCount(0);
    await expectNothingRan([page.mainFrame()]);
    expect(log.requests.filter((url) => /\/x$/.test(new URL(url).pathname))).toEqual([]);
    expect(foreignRequests(log, [new URL(baseURL!).origin])).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});
