import { expect, type Locator, type Page } from '@playwright/test';
import type { Choice } from '../../../src/schemas/scenario';

const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true });
const summary = (page: Page) => page.getByRole('heading', { name: 'Your summary' });

/**
 * Plays with the mouse from wherever the case is, making the planned choices in order, to the end
 * or, with stopAfterChoices, to the decision after that many choices.
 */
export async function playByMouse(page: Page, plan: readonly Choice[], options: { stopAfterChoices?: number } = {}) {
  const remaining = [...plan];
  let made = 0;
  for (let step = 0; step < 200; step += 1) {
    if (await summary(page).isVisible()) return;
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
    if (await summary(page).isVisible()) return;
    if (await continueButton(page).isVisible()) {
      await activateByKeyboard(page, continueButton(page));
      continue;
    }
    const choice = remaining.shift();
    if (!choice) throw new Error('The plan ran out of choices before an ending');
    await activateByKeyboard(page, page.getByRole('button', { name: choice.text, exact: true }));
    // After a choice, focus moves to the heading of what happened next, not back to the page top.
    await expect(page.locator(':focus')).toHaveClass(/app-step__heading|nhsuk-u-visually-hidden/);
  }
  throw new Error('The case did not end within 200 steps');
}
