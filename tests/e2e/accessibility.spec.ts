import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { builtPages, inGroupsOf } from './support/built-pages';
import { playByMouse } from './support/play';
import { settled } from './support/settled';
import { choicesToOutcome, readScenario } from './support/scenario-plans';
import { foreignRequests, watchSecurity } from './support/security';

async function expectNoViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

// Every page in the build, found from the built files rather than listed by hand, in groups: each
// test moves one browser page through its group and names the page with every problem. The
// SCORM-launched sweep is accessibility-scorm.spec.ts. While each page loads, the checks of
// security.spec.ts hold too: nothing from another origin, nothing the CSP blocks.
const pages = builtPages();

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(10);
  expect(pages).toContain('/');
});

for (const group of inGroupsOf(pages, 8)) {
  test(`axe finds no WCAG 2.2 AA violations on ${group[0]} to ${group.at(-1)}`, async ({
    context,
    page,
    baseURL,
  }) => {
    test.setTimeout(30_000 + group.length * 10_000);
    const log = await watchSecurity(context);
    const problems: string[] = [];
    for (const url of group) {
      await page.goto(url);
      await settled(page);
      problems.push(...(await axeViolations(page)).map((problem) => `${url}: ${problem}`));
    }
    expect(problems).toEqual([]);
    expect(foreignRequests(log, [new URL(baseURL!).origin])).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
}

test('axe finds no violations in the case at a decision, with feedback, and at the ending', async ({
  page,
}) => {
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
