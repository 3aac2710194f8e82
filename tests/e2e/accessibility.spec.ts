import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { playByMouse } from './support/play';
import { choicesToOutcome, readScenario } from './support/scenario-plans';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page in the build, found from dist/ rather than listed by hand. */
function builtPages(dir = process.env.E2E_DIST ?? 'dist', prefix = '/'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name.startsWith('_') ? [] : builtPages(full, `${prefix}${name}/`);
    return name === 'index.html' ? [prefix] : [];
  });
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`);
  expect(summary).toEqual([]);
}

for (const url of builtPages()) {
  test(`axe finds no WCAG 2.2 AA violations on ${url}`, async ({ page }) => {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await expectNoViolations(page);
  });
}

test('axe finds no violations in the case at a decision, with feedback, and at the ending', async ({ page }) => {
  const scenario = readScenario('missed-appointment');
  await page.goto(`/scenarios/${scenario.id}/`);
  const plan = choicesToOutcome(scenario, 'acceptable');
  await playByMouse(page, plan, { stopAfterChoices: 0 });
  await expectNoViolations(page);
  await playByMouse(page, plan, { stopAfterChoices: 1 });
  await expectNoViolations(page);
  await page.reload();
  await playByMouse(page, plan.slice(1));
  await expectNoViolations(page);
});

test('pages reflow at 320 CSS pixels without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ['/', '/scenarios/', '/scenarios/missed-appointment/']) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});
