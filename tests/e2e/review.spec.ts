import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readScenario } from './support/scenario-plans';

/**
 * The pages for authors and clinical reviewers (src/pages/review/): a map and a printable script
 * for every scenario. Axe checks them with every other page (accessibility.spec.ts); packaging
 * leaves them out of LMS packages (tests/scorm/tailored-package*.test.ts).
 */
const ids = readdirSync(new URL('../../scenarios/', import.meta.url))
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => name.replace(/\.yaml$/, ''));

test('the footer links authors to the review pages, which list every scenario', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Reviewing the content' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Reviewing the content');
  for (const id of ids) {
    const { title } = readScenario(id);
    await expect(page.getByRole('link', { name: `Map of ${title}`, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`${id}/$`),
    );
    await expect(page.getByRole('link', { name: `Script of ${title}`, exact: true })).toBeVisible();
  }
  expect(await page.locator('script').count()).toBe(0);
});

for (const id of ids) {
  test(`the map of ${id} draws every step, with each ending's outcome in words`, async ({
    page,
  }) => {
    const scenario = readScenario(id);
    await page.goto(`/review/${id}/`);
    const map = page.getByRole('img', { name: `Map of “${scenario.title}”` });
    await expect(map).toBeVisible();
    await expect(map.locator('g.app-map__node')).toHaveCount(scenario.nodes.length);
    for (const node of scenario.nodes) {
      const drawn = map.locator(`g.app-map__node[data-node="${node.id}"]`);
      if (node.kind === 'ending')
        await expect(drawn).toContainText(
          node.outcome === 'recommended'
            ? 'Recommended'
            : node.outcome === 'acceptable'
              ? 'Acceptable'
              : 'Poor',
        );
      else await expect(drawn).toHaveCount(1);
    }
    // Each option's points are on the diagram, and the list says which flags each sets.
    const decisions = scenario.nodes.filter((node) => node.kind === 'decision');
    const choices = decisions.flatMap((node) => (node.kind === 'decision' ? node.choices : []));
    await expect(page.locator('.app-map__choice')).toHaveCount(choices.length);
    for (const choice of choices.filter((candidate) => candidate.sets?.length)) {
      await expect(
        page.locator('.app-map__choice', { hasText: choice.text.slice(0, 60) }).first(),
      ).toContainText(`Sets: ${choice.sets!.join(', ')}`);
    }
    expect(await page.locator('script').count()).toBe(0);
  });
}

test('the script has every line and choice with its feedback, and prints cleanly on A4', async ({
  page,
}, testInfo) => {
  for (const id of ids) {
    const scenario = readScenario(id);
    await page.goto(`/review/${id}/script/`);
    await expect(page.locator('section[data-node]')).toHaveCount(scenario.nodes.length);
    const choices = scenario.nodes.flatMap((node) =>
      node.kind === 'decision' ? node.choices : [],
    );
    await expect(page.locator('[data-choice]')).toHaveCount(choices.length);
    for (const choice of choices) {
      const option = page.locator(`[data-node] [data-choice="${choice.id}"]`).first();
      await expect(option).toContainText(
        choice.feedback.replace(/\{\{[^}]+\}\}/g, '').slice(0, 40),
      );
      await expect(option).toContainText(`${choice.score} of 10`);
    }
  }

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.nhsuk-header')).toBeHidden();
  await expect(page.locator('.nhsuk-footer')).toBeHidden();
  await expect(page.getByRole('heading', { name: "Reviewer's record" })).toBeVisible();
  // A4 less its margins is 180 mm, 680 CSS pixels: nothing may be wider.
  await page.setViewportSize({ width: 680, height: 962 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(684);
  const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('script.pdf') });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(3);
});
