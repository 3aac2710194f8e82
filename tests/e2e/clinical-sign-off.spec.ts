import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

/**
 * The national build claims no clinical sign-off: no trust's clinician has signed the national
 * content for everyone. (A trust's recorded sign-off is tested in tests/pages/clinical-sign-off.test.ts.)
 */
const settings = parse(
  readFileSync(new URL('../../content/settings.yaml', import.meta.url), 'utf8'),
) as { scenarios: { id: string }[] };

test('every scenario is awaiting local clinical sign-off, on its page and in the about page', async ({
  page,
}) => {
  await page.goto('/about/');
  for (const { id } of settings.scenarios)
    await expect(page.getByTestId(`sign-off-${id}`)).toHaveText('Awaiting local clinical sign-off');
  await expect(page.getByRole('columnheader', { name: 'Local clinical sign-off' })).toBeVisible();

  await page.goto(`/scenarios/${settings.scenarios[0]!.id}/`);
  await expect(page.getByTestId('clinical-sign-off')).toHaveText(
    'Awaiting local clinical sign-off.',
  );
  await expect(page.getByText(/signed off for use at/i)).toHaveCount(0);
});

test('the review script says it is what a clinician signs against, and where the sign-off is recorded', async ({
  page,
}) => {
  const { id } = settings.scenarios[0]!;
  await page.goto(`/review/${id}/script/`);
  await expect(page.getByTestId('sign-against')).toContainText(
    'This script is what a clinician signs against',
  );
  await expect(page.getByTestId('clinical-sign-off')).toHaveText(
    'Awaiting local clinical sign-off.',
  );
  await expect(
    page.getByText(`into clinicalSignOff in its settings file, under ${id}`),
  ).toBeVisible();
});
