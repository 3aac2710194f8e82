import { expect, test, type Page } from '@playwright/test';
import { motionProblems, reflowProblems, smallTargets, walkFocus } from './support/a11y-checks';
import { axeViolations } from './support/axe';
import { builtPages, inGroupsOf, onePagePerKind, pageKind } from './support/built-pages';
import { finishCourseInBrowser } from './support/finished-course';
import { playByMouse } from './support/play';
import { settled } from './support/settled';
import { readScenario, recommendedChoices } from './support/scenario-plans';

/**
 * WCAG 2.2 AA beyond axe: reflow at 320 CSS pixels and at 200% zoom (1.4.10), focus visible and
 * not obscured (2.4.7, 2.4.11), target size (2.5.8), and reduced motion, on one page of each
 * kind in the build and on the case, player and presenter in their working states.
 */

const scenario = readScenario('missed-appointment');
const kinds = onePagePerKind(builtPages());

/**
 * A phone held upright, and a 1280×800 window zoomed to 200%: a 640×400 CSS pixel viewport.
 * Layout depends on CSS pixels alone, so the zoomed window is emulated at one device pixel per
 * CSS pixel (the same layout, a quarter of the pixels to draw).
 */
const views = [
  { name: '320 CSS pixels wide', viewport: { width: 320, height: 640 } },
  { name: '200% zoom', viewport: { width: 640, height: 400 } },
] as const;

/** Plays the scene in front of the learner and waits until the player is on screen and running. */
async function playScene(page: Page) {
  await page.getByRole('button', { name: /^Play the scene/ }).click();
  await expect
    .poll(
      () =>
        page
          .locator('.app-vlog video')
          .evaluate((video: HTMLVideoElement) => !video.paused && video.currentTime > 0),
      { timeout: 15_000 },
    )
    .toBe(true);
}

test.describe('reflow: no sideways scrolling', () => {
  for (const view of views) {
    test.describe(view.name, () => {
      test.use({ viewport: view.viewport });

      // One page of each kind, a group a test: one browser page moves through its group.
      for (const group of inGroupsOf(kinds, 9)) {
        test(`${group.map(pageKind).join(', ')}`, async ({ page }, testInfo) => {
          const problems: string[] = [];
          for (const url of group) {
            await page.goto(url);
            await settled(page);
            problems.push(...(await reflowProblems(page)).map((problem) => `${url}: ${problem}`));
            await testInfo.attach(`${url} at ${view.name}`, {
              body: await page.screenshot(),
              contentType: 'image/png',
            });
          }
          expect(problems).toEqual([]);
        });
      }

      test('the case: the player running, a decision, feedback and the ending', async ({
        page,
      }, testInfo) => {
        await page.goto(`/scenarios/${scenario.id}/`);
        await playScene(page);
        expect(await reflowProblems(page), 'with the player running').toEqual([]);
        await testInfo.attach(`player at ${view.name}`, {
          body: await page.screenshot(),
          contentType: 'image/png',
        });
        await page.getByRole('button', { name: 'Skip the scene and read it' }).click();
        await playByMouse(page, recommendedChoices(scenario), { stopAfterChoices: 1 });
        expect(await reflowProblems(page), 'with feedback and a decision').toEqual([]);
        await playByMouse(page, recommendedChoices(scenario).slice(1));
        expect(await reflowProblems(page), 'at the ending').toEqual([]);
        await testInfo.attach(`ending at ${view.name}`, {
          body: await page.screenshot({ fullPage: true }),
          contentType: 'image/png',
        });
      });

      test('a finished course: summary and certificate', async ({ page }) => {
        await page.goto('/summary/');
        await finishCourseInBrowser(page);
        await expect(page.getByTestId('overall-status')).toContainText('Completed');
        expect(await reflowProblems(page), 'summary').toEqual([]);
        await page.goto('/certificate/');
        await page
          .getByLabel('Your name, as it should appear on the certificate')
          .fill('Dr Oluwaseun Adebayo-Fitzgerald-Montgomery');
        expect(await reflowProblems(page), 'certificate').toEqual([]);
      });
    });
  }
});

test('a finished course: axe on the summary, certificate and reflections', async ({ page }) => {
  await page.goto('/summary/');
  await finishCourseInBrowser(page);
  for (const url of ['/summary/', '/certificate/', '/reflections/']) {
    await page.goto(url);
    await settled(page);
    if (url === '/certificate/')
      await page
        .getByLabel('Your name, as it should appear on the certificate')
        .fill('Dr Sam Example');
    expect(await axeViolations(page), url).toEqual([]);
  }
});

test.describe('reduced motion', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  test('nothing animates, transitions or scrolls smoothly: pages, the playing player, the presenter', async ({
    page,
  }) => {
    // The presenter scrolls to what it reveals; with reduced motion it must jump, not glide.
    await page.addInitScript(() => {
      const calls: string[] = [];
      Object.defineProperty(window, '__scrolls', { value: calls });
      const original = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function scrollIntoView(
        options?: boolean | ScrollIntoViewOptions,
      ) {
        if (typeof options === 'object' && options.behavior) calls.push(options.behavior);
        return original.call(this, options);
      };
      const originalScrollTo = window.scrollTo.bind(window);
      window.scrollTo = ((...args: [ScrollToOptions?]) => {
        if (typeof args[0] === 'object' && args[0].behavior) calls.push(args[0].behavior);
        return originalScrollTo(...(args as [ScrollToOptions]));
      }) as typeof window.scrollTo;
    });
    for (const url of ['/', `/scenarios/${scenario.id}/`, '/facilitator/']) {
      await page.goto(url);
      await settled(page);
      expect(await motionProblems(page), url).toEqual([]);
    }
    await page.goto(`/scenarios/${scenario.id}/`);
    await playScene(page);
    expect(await motionProblems(page), 'with the player running').toEqual([]);

    await page.goto(`/facilitator/${scenario.id}/`);
    await expect(page.locator('.app-presenter')).toBeVisible();
    for (let press = 0; press < 12; press += 1) await page.keyboard.press('Space');
    expect(await motionProblems(page), 'the presenter, part-way').toEqual([]);
    const scrolls = await page.evaluate(
      () => (window as unknown as { __scrolls: string[] }).__scrolls,
    );
    expect(scrolls.length, 'the presenter scrolled to what it revealed').toBeGreaterThan(0);
    expect(scrolls.filter((behavior) => behavior === 'smooth')).toEqual([]);
  });
});

test.describe('focus is visible, never hidden, and targets are big enough', () => {
  /** The pages and states checked, each with what to do to reach it. */
  const places: Array<{ name: string; url: string; then?: (page: Page) => Promise<void> }> = [
    { name: 'home', url: '/' },
    { name: 'scenarios', url: '/scenarios/' },
    {
      name: 'a scenario at its first decision',
      url: `/scenarios/${scenario.id}/`,
      then: (page) => playByMouse(page, recommendedChoices(scenario), { stopAfterChoices: 0 }),
    },
    {
      name: 'a scenario with the player running',
      url: `/scenarios/${scenario.id}/`,
      then: playScene,
    },
    {
      name: 'a scenario at its ending',
      url: `/scenarios/${scenario.id}/`,
      then: (page) => playByMouse(page, recommendedChoices(scenario)),
    },
    { name: 'the facilitator start page', url: '/facilitator/' },
    { name: 'the presenter view', url: `/facilitator/${scenario.id}/` },
    { name: 'a facilitator guide', url: `/facilitator/guide/${scenario.id}/` },
    { name: 'the certificate, course finished', url: '/certificate/', then: finishCourseInBrowser },
    { name: 'the summary, course finished', url: '/summary/', then: finishCourseInBrowser },
  ];

  /** Opens a place, then tabs through it all and measures every target. */
  async function checkFocusAndTargets(page: Page, place: (typeof places)[number]) {
    await page.goto(place.url);
    await settled(page);
    if (place.then) await place.then(page);
    await settled(page);
    const targets = await smallTargets(page);
    const walk = await walkFocus(page);
    expect(walk.stops, 'Tab reached something').toBeGreaterThan(3);
    expect({ focus: walk.problems, targets }).toEqual({ focus: [], targets: [] });
  }

  for (const place of places) {
    test(place.name, ({ page }) => checkFocusAndTargets(page, place));
  }

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 320, height: 640 } });
    for (const place of places.filter((candidate) =>
      /player|decision|presenter/.test(candidate.name),
    )) {
      test(place.name, ({ page }) => checkFocusAndTargets(page, place));
    }
  });
});
