import { expect, test } from '@playwright/test';
import { playByMouse } from './support/play';
import { readScenario, recommendedChoices } from './support/scenario-plans';

/** The module on the open web, with no LMS: progress in this browser, said discreetly, and resettable. */
const scenario = readScenario('missed-appointment');

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('across-the-interface:vlog-mode', 'read'));
});

test('the scenarios page says where progress is kept and resets it after confirmation', async ({
  page,
}) => {
  await page.goto(`/scenarios/${scenario.id}/`);
  await playByMouse(page, recommendedChoices(scenario), { stopAfterChoices: 1 });
  await page.goto('/scenarios/');
  await expect(page.getByTestId('where-progress-is-saved')).toHaveText(
    'Your progress is saved in this browser on this device.',
  );
  await expect(page.getByTestId(`status-${scenario.id}`)).toContainText('In progress');

  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await expect(
    page.getByText('This clears your progress in every scenario in this browser.'),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Reset my progress' })).toBeFocused();
  await expect(page.getByTestId(`status-${scenario.id}`)).toContainText('In progress');

  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  await expect(page.getByTestId(`status-${scenario.id}`)).toContainText('Not started');
});

test('the built site works from a sub-path: every URL in it is relative', async ({ request }) => {
  const html = await (await request.get('/scenarios/')).text();
  expect(html).not.toMatch(/\s(?:href|src|component-url|renderer-url)="\/(?!\/)/);
  expect(html).toContain('component-url="../_astro/');
});

test("the launcher outside an LMS runs the module from this browser's storage", async ({
  page,
}) => {
  await page.goto('/launch/');
  await expect(page.locator('#launcher-status')).toHaveText(
    'We could not find your learning system, so your progress is saved in this browser only.',
  );
  const module = page.frameLocator('#launcher-frame');
  await expect(module.getByRole('heading', { level: 1 })).toBeVisible();
  await module.getByRole('link', { name: 'Scenarios and progress' }).first().click();
  await expect(module.getByTestId('where-progress-is-saved')).toHaveText(
    'Your learning system could not be reached, so your progress is saved in this browser only.',
  );
});
