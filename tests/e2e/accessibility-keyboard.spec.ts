import { expect, test, type Locator, type Page } from '@playwright/test';
import { activateByKeyboard } from './support/play';
import { readScenario, recommendedChoices } from './support/scenario-plans';

/**
 * A learner who uses only the keyboard plays a whole scenario, watching every vlog scene in the
 * video.js player rather than reading it: Play by Enter, then the scene's position slider (Right
 * arrow, 5 seconds a press; Page Up, a minute) through each scene, Continue and the choices by
 * Tab and Enter. The mouse is never used.
 */

const scenario = readScenario('missed-appointment');

const playButton = (page: Page) => page.getByRole('button', { name: /^Play the scene/ });
const skipButton = (page: Page) => page.getByRole('button', { name: 'Skip the scene and read it' });
const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true });
const seekBar = (page: Page) => page.getByRole('slider', { name: 'Position in this scene' });
const summary = (page: Page) => page.getByRole('heading', { name: 'Your summary' });
const video = (page: Page) => page.locator('.app-vlog video');

const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement).catch(() => false);

/** Moves focus with Tab (never the mouse) until the target has it. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 80; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with the Tab key`);
}

test('a keyboard-only learner watches every scene of a scenario in the player and reaches its ending', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto(`/scenarios/${scenario.id}/`);
  const plan = [...recommendedChoices(scenario)];
  let seeks = 0;
  let checkedFade = false;
  let pressesInScene = 0;
  let lastTime = 0;

  for (let step = 0; step < 300; step += 1) {
    await expect(
      summary(page)
        .or(playButton(page))
        .or(skipButton(page))
        .or(continueButton(page))
        .or(page.locator('.app-case__choice'))
        .first(),
    ).toBeVisible({ timeout: 15_000 });
    if (await summary(page).isVisible()) break;

    if (await playButton(page).isVisible()) {
      await activateByKeyboard(page, playButton(page));
      await expect(skipButton(page)).toBeVisible({ timeout: 15_000 });
      continue;
    }

    if (await skipButton(page).isVisible()) {
      // A scene is playing: Tab to the scene's position slider and step through the scene with
      // the Right arrow. The scene pauses at its end and the case moves on by itself.
      if (!(await isFocused(seekBar(page)))) {
        await tabTo(page, seekBar(page));
        if (!checkedFade) {
          // video.js fades its controls out after two seconds without activity; the scene's
          // slider, with keyboard focus, stays in view while the learner watches.
          checkedFade = true;
          await page.waitForTimeout(3000);
          await expect(page.locator('.app-vlog .video-js')).toHaveClass(/vjs-user-inactive/);
        }
        await expect(seekBar(page)).toBeVisible();
        await expect(seekBar(page)).toHaveAttribute('aria-valuetext', /^\d+:\d\d of \d+:\d\d$/);
      }
      // Right arrow twice in each scene (5 seconds a press), then Page Up (a minute) to its end.
      const now = await video(page).evaluate((element: HTMLVideoElement) => element.currentTime);
      if (now < lastTime - 1) pressesInScene = 0;
      lastTime = now;
      await page.keyboard.press(pressesInScene < 2 ? 'ArrowRight' : 'PageUp');
      pressesInScene += 1;
      seeks += 1;
      await page.waitForTimeout(150);
      continue;
    }

    if (await continueButton(page).isVisible()) {
      await activateByKeyboard(page, continueButton(page));
      continue;
    }

    // Between steps (a scene ending, the case moving on) nothing may be offered for a moment.
    const choice = plan[0] ? page.getByRole('button', { name: plan[0].text, exact: true }) : null;
    if (!choice || !(await choice.isVisible())) {
      await page.waitForTimeout(200);
      continue;
    }
    plan.shift();
    // At a decision, focus is on its heading, and one Tab reaches the first option.
    await expect(page.locator(':focus')).toHaveClass(/app-step__heading/);
    await page.keyboard.press('Tab');
    await expect(page.locator('.app-case__choice').first()).toBeFocused();
    await activateByKeyboard(page, choice);
  }

  await expect(page.locator('.app-ending')).toHaveAttribute('data-outcome', 'recommended');
  expect(plan).toEqual([]);
  expect(seeks).toBeGreaterThan(recommendedChoices(scenario).length * 2);
  // The scenes were watched in the player, not read: the video played inside each scene on the
  // path (one before each decision at least, and the ending's).
  expect(await page.evaluate(() => localStorage.getItem('across-the-interface:vlog-mode'))).toBe(
    'watch',
  );
  const played = await video(page).evaluate((element: HTMLVideoElement) =>
    Array.from(
      { length: element.played.length },
      (_, index) => [element.played.start(index), element.played.end(index)] as const,
    ),
  );
  const scenes = scenario.nodes.flatMap((node) =>
    node.segment ? [{ id: node.id, ...node.segment }] : [],
  );
  const watched = scenes
    .filter((scene) =>
      played.some(([start, end]) => start < scene.end - 0.1 && end > scene.start + 0.1),
    )
    .map((scene) => scene.id);
  expect(watched).toContain(scenario.start);
  expect(watched.length).toBeGreaterThan(recommendedChoices(scenario).length);
});
