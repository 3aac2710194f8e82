import { expect, type Locator, type Page } from '@playwright/test';
import type { Choice } from '../../../src/schemas/scenario';

const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true });
/** The end of a run: "Your summary", or "Your practice run" after going back or starting again. */
const summary = (page: Page) =>
  page.getByRole('heading', { name: /^Your (summary|practice run)$/ });
/** The vlog scene's "read it instead" button; choosing it once makes later scenes skip to text. */
const readInstead = (page: Page) =>
  page.getByRole('button', { name: 'Read it instead', exact: true });

/** Waits until the case offers its next step: the island mounts after the page loads. */
async function nextStepReady(page: Page) {
  await expect(
    summary(page)
      .or(readInstead(page))
      .or(continueButton(page))
      .or(page.locator('.app-case__choice'))
      .first(),
  ).toBeVisible();
}

/**
 * Plays with the mouse from wherever the case is, making the planned choices in order, to the end
 * or, with stopAfterChoices, to the decision after that many choices.
 */
export async function playByMouse(
  page: Page,
  plan: readonly Choice[],
  options: { stopAfterChoices?: number } = {},
) {
  const remaining = [...plan];
  let made = 0;
  for (let step = 0; step < 200; step += 1) {
    await nextStepReady(page);
    if (await summary(page).isVisible()) return;
    if (await readInstead(page).isVisible()) {
      await readInstead(page).click();
      continue;
    }
    if (await continueButton(page).isVisible()) {
      await continueButton(page).click();
      continue;
    }
    if (options.stopAfterChoices !== undefined && made >= options.stopAfterChoices) return;
    const choice = remaining.shift();
    if (!choice) throw new Error('The plan ran out of choices before an ending');
    await page.getByRole('button', { name: choice.text, exact: true }).click();
    made += 1;
  }
  throw new Error('The case did not end within 200 steps');
}

async function isFocused(locator: Locator) {
  return locator.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Moves focus with Tab (never the mouse) until the target has it, then presses Enter. */
export async function activateByKeyboard(page: Page, target: Locator) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 60; presses += 1) {
    if (await isFocused(target)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with the Tab key`);
}

/** Plays with the keyboard only, checking that focus lands sensibly after each move. */
export async function playByKeyboard(page: Page, plan: readonly Choice[]) {
  const remaining = [...plan];
  for (let step = 0; step < 200; step += 1) {
    await nextStepReady(page);
    if (await summary(page).isVisible()) return;
    if (await readInstead(page).isVisible()) {
      await activateByKeyboard(page, readInstead(page));
      continue;
    }
    if (await continueButton(page).isVisible()) {
      await activateByKeyboard(page, continueButton(page));
      continue;
    }
    const choice = remaining.shift();
    if (!choice) throw new Error('The plan ran out of choices before an ending');
    await activateByKeyboard(page, page.getByRole('button', { name: choice.text, exact: true }));
    // After a choice, focus moves to what happens next, something visible: Continue under the
    // consequence, the heading of "Why it matters", or the scene's Play button; never the page top.
    const focused = page.locator(':focus');
    await expect(focused).toHaveClass(/app-step__heading|app-case__continue|app-vlog__play/);
    await expect(focused).toBeVisible();
  }
  throw new Error('The case did not end within 200 steps');
}

/**
 * Puts saved progress in place as if from an earlier visit, then reloads. Waits for the case to
 * mount first, because the island saves its own starting point when it mounts.
 */
export async function reloadWithSavedProgress(
  page: Page,
  scenarioId: string,
  record: { choices: string[]; at: string },
) {
  await expect(page.locator('.app-case')).toBeVisible();
  await page.evaluate(
    ([id, saved]) => localStorage.setItem(`across-the-interface:v1:scenario:${id}`, saved),
    [scenarioId, JSON.stringify(record)] as const,
  );
  await page.reload();
}
