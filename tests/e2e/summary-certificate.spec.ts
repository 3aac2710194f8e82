import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { course, finishCourseInBrowser, finishedRecords } from './support/finished-course';

/**
 * What the summary and the certificate say about the pass mark: a learner who completes below
 * it is told so, and how to raise the score, and the certificate never reads as a pass.
 */

/** Every scenario finished, each with a quarter of its points: completed, below the pass mark. */
async function finishCourseBelowPassMark(page: Page) {
  const records = Object.fromEntries(
    Object.entries(finishedRecords()).map(([id, record]) => [
      id,
      {
        ...record,
        finished: {
          ...record.finished!,
          outcome: 'poor',
          score: Math.floor(record.finished!.maxScore / 4),
        },
      },
    ]),
  );
  await page.evaluate((all) => {
    for (const [id, record] of Object.entries(all))
      localStorage.setItem(`across-the-interface:v1:scenario:${id}`, JSON.stringify(record));
  }, records);
  await page.reload();
}

test('before anything is played, the summary says not started', async ({ page }) => {
  await page.goto('/summary/');
  await expect(page.getByTestId('overall-status')).toHaveText('Not started');
});

test('completed below the pass mark: the summary says what to do, the certificate does not claim a pass', async ({
  page,
}) => {
  await page.goto('/summary/');
  await finishCourseBelowPassMark(page);
  await expect(page.getByTestId('overall-status')).toHaveText('Completed, below the pass mark');
  await expect(page.getByTestId('below-pass-mark')).toContainText(
    `below the pass mark of ${course.passMark}%`,
  );
  await expect(page.getByTestId('revisit')).toContainText('you reached a poor outcome');

  await page.getByRole('link', { name: 'Print your certificate' }).click();
  await page.getByLabel('Your name, as it should appear on the certificate').fill('Dr Sam Example');
  // Not a certificate of completion: a record of participation, which says the score is not a pass.
  await expect(page.getByRole('article', { name: 'Certificate of completion' })).toHaveCount(0);
  const record = page.getByRole('article', { name: 'Record of participation' });
  await expect(record).toContainText(`(below the pass mark of ${course.passMark}%; not a pass)`);
  await expect(record).toContainText('has taken part in');
  await expect(record).not.toContainText('completed');
  await expect(
    page.getByRole('button', { name: 'Print your record of participation' }),
  ).toBeVisible();
});

test('part-way: the summary shows progress, not a score out of cases still to do, and a record can be kept', async ({
  page,
}) => {
  await page.goto('/summary/');
  const [first] = Object.entries(finishedRecords());
  await page.evaluate(
    ([id, record]) =>
      localStorage.setItem(`across-the-interface:v1:scenario:${id}`, JSON.stringify(record)),
    first!,
  );
  await page.reload();
  const required = course.scenarios.filter((scenario) => scenario.required).length;
  await expect(page.getByTestId('overall-score')).toHaveText(
    `Finished 1 of ${required} required scenarios. Your score is given once all are finished.`,
  );
  await expect(page.getByTestId('overall-score')).not.toContainText('%');
  await expect(page.getByTestId('overall-status')).toHaveText('In progress');
  const download = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'Download a record of your progress (text file)' })
    .click();
  const text = readFileSync(await (await download).path(), 'utf8');
  const title = course.scenarios.find((scenario) => scenario.id === first![0])!.title;
  expect(text).toContain(`Finished 1 of ${required} required scenarios.`);
  expect(text).toMatch(
    new RegExp(`- ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: finished: recommended outcome`),
  );
  await expect(page.getByRole('button', { name: 'Print this summary' })).toBeVisible();
});

test('completed and passed: the certificate says so, with the pass mark and a reference', async ({
  page,
}) => {
  await page.goto('/certificate/');
  await finishCourseInBrowser(page);
  // Until a name is typed the print button says why it waits, and stays reachable by keyboard.
  const print = page.getByRole('button', { name: 'Print your certificate' });
  await expect(print).toHaveAttribute('aria-disabled', 'true');
  await expect(print).toHaveAccessibleDescription('Type your name above to print.');
  await print.focus();
  await expect(print).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Your name, as it should appear on the certificate')).toBeFocused();
  await page.getByLabel('Your name, as it should appear on the certificate').fill('Dr Sam Example');
  await expect(print).toHaveAttribute('aria-disabled', 'false');
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText(`100% (passed; pass mark ${course.passMark}%)`);
  await expect(certificate).toContainText('has completed the e-learning module');
  await expect(page.getByTestId('certificate-reference')).toHaveText(
    /Reference ATI-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}$/,
  );
});
