import { expect, test, type Page } from '@playwright/test';
import { course, finishCourseInBrowser, finishedRecords } from './support/finished-course';

/**
 * What the summary and the certificate say about the pass mark: a learner who completes below
 * it is told so, and how to raise the score, and the certificate never reads as a pass.
 */

/** Every scenario finished, each with a quarter of its points: completed, below the pass mark. */
async function finishCourseBelowPassMark(page: Page) {
  const records = Object.fromEntries(Object.entries(finishedRecords()).map(([id, record]) => [id, { ...record, finished: { ...record.finished!, outcome: 'poor', score: Math.floor(record.finished!.maxScore / 4) } }]));
  await page.evaluate((all) => {
    for (const [id, record] of Object.entries(all)) localStorage.setItem(`across-the-interface:v1:scenario:${id}`, JSON.stringify(record));
  }, records);
  await page.reload();
}

test('before anything is played, the summary says not started', async ({ page }) => {
  await page.goto('/summary/');
  await expect(page.getByTestId('overall-status')).toHaveText('Not started');
});

test('completed below the pass mark: the summary says what to do, the certificate does not claim a pass', async ({ page }) => {
  await page.goto('/summary/');
  await finishCourseBelowPassMark(page);
  await expect(page.getByTestId('overall-status')).toHaveText('Completed, below the pass mark');
  await expect(page.getByTestId('below-pass-mark')).toContainText(`below the pass mark of ${course.passMark}%`);
  await expect(page.getByTestId('revisit')).toContainText('you reached a poor outcome');

  await page.getByRole('link', { name: 'Print your certificate' }).click();
  await page.getByLabel('Your name, as it should appear on the certificate').fill('Dr Sam Example');
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText(`(below the pass mark of ${course.passMark}%)`);
  await expect(certificate).not.toContainText('passed');
});

test('completed and passed: the certificate says so, with the pass mark', async ({ page }) => {
  await page.goto('/certificate/');
  await finishCourseInBrowser(page);
  await page.getByLabel('Your name, as it should appear on the certificate').fill('Dr Sam Example');
  await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText(`100% (passed; pass mark ${course.passMark}%)`);
});
