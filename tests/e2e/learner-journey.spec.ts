import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { playByMouse } from './support/play';
import { readScenario, recommendedChoices, choicesToOutcome } from './support/scenario-plans';

const settings = parse(
  readFileSync(new URL('../../content/settings.yaml', import.meta.url), 'utf8'),
) as { scenarios: { id: string }[]; module: { title: string } };
const scenarios = settings.scenarios.map(({ id }) => readScenario(id));
const firstRequired =
  settings.scenarios.find((scenario) => (scenario as { required?: boolean }).required !== false) ??
  settings.scenarios[0]!;

test('a learner completes the whole module on the open web, reflects, and prints a certificate', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  // Start opens the first scenario to do, not a list.
  await page.getByRole('link', { name: 'Start, or resume where you left off' }).click();
  await expect(page).toHaveURL(new RegExp(`/scenarios/${firstRequired.id}/$`));

  for (const [index, scenario] of scenarios.entries()) {
    await page.goto(`/scenarios/${scenario.id}/`);
    // One scenario ends poorly, so the summary has something to revisit.
    await playByMouse(
      page,
      index === 1 ? choicesToOutcome(scenario, 'poor') : recommendedChoices(scenario),
    );
    await expect(page.locator('.app-ending')).toBeVisible();
    if (index === 0) {
      await page
        .getByLabel('What happened')
        .fill('A patient missed clinic and I nearly discharged him.');
      await page.getByLabel('What I will do differently').fill('Open the record before deciding.');
      await expect(page.getByText('Your notes are saved in this browser.')).toBeVisible();
    }
  }

  await page.goto('/summary/');
  await expect(page.getByTestId('overall-status')).toContainText('Completed');
  await expect(page.getByTestId(`outcome-${scenarios[1]!.id}`)).toHaveText('Poor outcome');
  await expect(page.getByTestId('revisit')).toContainText(scenarios[1]!.title);

  // The reflection survives a reload, and is ready for the portfolio.
  await page.goto(`/scenarios/${scenarios[0]!.id}/`);
  await page.reload();
  await expect(page.getByLabel('What happened')).toHaveValue(
    'A patient missed clinic and I nearly discharged him.',
  );
  await page.goto('/reflections/');
  await expect(
    page.getByRole('heading', { name: `Reflection: ${scenarios[0]!.title}` }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my reflections (text file)' }).click();
  const note = readFileSync(await (await download).path(), 'utf8');
  expect(note).toContain('What I will do differently\nOpen the record before deciding.');

  await page.goto('/certificate/');
  await page.getByLabel('Your name, as it should appear on the certificate').fill('Dr Sam Example');
  await expect(page.getByTestId('certificate-name')).toHaveText('Dr Sam Example');
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText(settings.module.title);
  await expect(certificate).toContainText(`Scenarios finished (${scenarios.length})`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.nhsuk-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print your certificate' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('certificate-print.png'), fullPage: true });
  // One A4 page: the printable area of A4 at 15 mm margins is about 180 x 267 mm.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});
