import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { builtPages } from './support/built-pages';
import { playByMouse } from './support/play';
import { choicesToOutcome, readScenario } from './support/scenario-plans';
import { foreignRequests, watchSecurity } from './support/security';

async function expectNoViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

// Every page in the build, found from the built files rather than listed by hand. The SCORM-
// launched sweep is accessibility-scorm.spec.ts. While each page loads, the checks of
// security.spec.ts hold too: nothing from another origin, nothing the CSP blocks.
for (const url of builtPages()) {
  test(`axe finds no WCAG 2.2 AA violations on ${url}`, async ({ context, page, baseURL }) => {
    const log = await watchSecurity(context);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await expectNoViolations(page);
    expect(foreignRequests(log, [new URL(baseURL!).origin])).toEqual([]);
    expect(log.cspViolations).toEqual([]);
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
