import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { flavours, lmsOrigin, playerUrl } from './scorm-helpers';
import { axeViolationsInFrame } from './support/axe';
import { e2ePackagesDir, inGroupsOf, packagedPages } from './support/built-pages';
import { foreignRequests, watchSecurity } from './support/security';
import { settled } from './support/settled';

/**
 * Axe on every page of the SCORM package, as a learner meets it: launched from the LMS preview,
 * inside the launcher's frame. The page list comes from the package itself. The launcher (the
 * SCO, with its bar) is checked once in each test; the LMS preview's own page is not ours.
 */

const flavour = flavours[0]!;
const contentBase = `${lmsOrigin}/lms/courses/trust-a/content/${flavour.slug}/`;
const zip = readdirSync(e2ePackagesDir).find((name) => name.endsWith(`-${flavour.slug}.zip`));
const pages = [...(zip ? packagedPages(path.join(e2ePackagesDir, zip)) : new Map()).keys()]
  .filter((file) => file.endsWith('index.html') && file !== 'launch/index.html')
  .sort();

/** Each test launches the module once, then moves its frame from page to page. */
const groups = inGroupsOf(pages, 10);

async function frameOf(iframe: ReturnType<Page['locator']>): Promise<Frame> {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`No frame in ${iframe}`);
  return frame;
}
const launcherFrame = (page: Page) => frameOf(page.locator('iframe.preview__frame'));
const moduleFrame = (page: Page) =>
  frameOf(page.frameLocator('iframe.preview__frame').locator('#launcher-frame'));

test('the package has pages to check', () => {
  expect(pages.length).toBeGreaterThan(10);
});

for (const group of groups) {
  test(`axe finds no WCAG 2.2 AA violations in the launched module: ${group[0]} to ${group.at(-1)}`, async ({
    context,
    page,
  }) => {
    test.setTimeout(30_000 + group.length * 10_000);
    const log = await watchSecurity(context);
    await page.addInitScript(() => {
      try {
        localStorage.setItem('across-the-interface:vlog-mode', 'read');
      } catch {
        // Scenes wait for the learner instead.
      }
    });
    await page.goto(playerUrl(flavour));
    await page.getByRole('button', { name: 'Launch', exact: true }).click();
    await expect(
      page.frameLocator('iframe.preview__frame').locator('#launcher-save-exit'),
    ).toBeVisible();
    const problems = (await axeViolationsInFrame(await launcherFrame(page))).map(
      (problem) => `launch/index.html: ${problem}`,
    );
    for (const file of group) {
      const frame = await moduleFrame(page);
      await frame.goto(contentBase + file);
      await settled(frame);
      problems.push(...(await axeViolationsInFrame(frame)).map((problem) => `${file}: ${problem}`));
    }
    expect(problems).toEqual([]);
    expect(foreignRequests(log, [lmsOrigin])).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
}
