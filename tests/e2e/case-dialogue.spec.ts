import { expect, test } from '@playwright/test';
import { announceNode } from '../../src/components/case/describe';
import { loadCatalogue } from '../../src/i18n/catalogue';
import { translator } from '../../src/i18n/messages';

import { maxScore } from '../../src/dialogue/scenario-graph';
import type { ScenarioNode } from '../../src/schemas/scenario';
import { activateByKeyboard, playByKeyboard, playByMouse, reloadWithSavedProgress } from './support/play';
import { choicesToOutcome, readScenario, recommendedChoices } from './support/scenario-plans';

/** The English interface strings, as the English pages use them. */
const t = translator(loadCatalogue(process.cwd(), 'en').messages);

const scenario = readScenario('missed-appointment');
const pageUrl = `/scenarios/${scenario.id}/`;

test.describe(`playing "${scenario.title}"`, () => {
  test('a learner reaches the recommended ending with the mouse', async ({ page }) => {
    await page.goto(pageUrl);
    await playByMouse(page, recommendedChoices(scenario));
    await expect(page.locator('.app-ending')).toHaveAttribute('data-outcome', 'recommended');
    const best = maxScore(scenario);
    await expect(page.getByTestId('case-score')).toHaveText(`${best} out of ${best} (100%)`);
    await expect(page.getByRole('table', { name: 'Your path and the recommended path' })).not.toContainText('(differs)');
    await expect(page.getByRole('heading', { name: 'Key learning points' })).toBeVisible();
  });

  test('a keyboard-only learner reaches a poor ending, with feedback after each choice', async ({ page }) => {
    await page.goto(pageUrl);
    const plan = choicesToOutcome(scenario, 'poor');
    await playByKeyboard(page, plan);
    await expect(page.locator('.app-ending')).toHaveAttribute('data-outcome', 'poor');
    await expect(page.locator('.app-case__feedback')).toHaveCount(plan.length);
    await expect(page.getByRole('table', { name: 'Your path and the recommended path' })).toContainText('(differs)');
  });

  test('a learner who reloads part-way carries on where they were, with the step in view', async ({ page }) => {
    // A phone, far down a long page: the browser would restore the scroll into the teaching notes.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(pageUrl);
    const plan = recommendedChoices(scenario);
    await playByMouse(page, plan, { stopAfterChoices: 1 });
    const before = await page.locator('.app-case__log').innerText();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.reload();
    await expect(page.getByText('Welcome back. You are where you left off.')).toBeInViewport();
    const currentHeading = page.locator('.app-step--current .app-step__heading');
    await expect(currentHeading).toBeFocused();
    await expect(currentHeading).toBeInViewport();
    await expect.poll(() => page.locator('.app-case__log').innerText()).toBe(before);
    await playByMouse(page, plan.slice(1));
    await expect(page.locator('.app-ending')).toHaveAttribute('data-outcome', 'recommended');
  });

  test('new dialogue is announced to screen readers, word for word', async ({ page }) => {
    const announcer = page.getByTestId('case-announcer');
    const nodeById = (id: string) => scenario.nodes.find((node) => node.id === id)!;
    const linesOf = (node: ScenarioNode) => ('lines' in node ? (node.lines ?? []) : []);
    const nextOf = (node: ScenarioNode) => ('next' in node && typeof node.next === 'string' ? nodeById(node.next) : null);
    await page.goto(pageUrl);
    await expect(announcer).toHaveAttribute('aria-live', 'polite');
    await expect(announcer).toHaveAttribute('aria-atomic', 'true');

    // The opening, read instead of watched: who says what, as on screen.
    const opening = nodeById(scenario.start);
    await page.getByRole('button', { name: 'Read it instead' }).click();
    await expect(announcer).toHaveText(announceNode(scenario, opening, linesOf(opening), t));
    // Continue: the next part of the conversation, with its time and place.
    const second = nextOf(opening)!;
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(announcer).toHaveText(announceNode(scenario, second, linesOf(second), t));
    expect(linesOf(second).length).toBeGreaterThan(0);
    await expect(announcer).toContainText(linesOf(second)[0]!.text);

    // On to the decision, then a choice: what happens next is announced as it appears, and
    // every line now on screen is in the announcement.
    let decision: ScenarioNode | null = second;
    for (; decision && decision.kind !== 'decision'; decision = nextOf(decision)) {
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
    }
    await expect(announcer).toHaveText(`Decision: ${decision?.kind === 'decision' ? decision.prompt : ''}`);
    const choice = recommendedChoices(scenario)[0]!;
    await page.getByRole('button', { name: choice.text, exact: true }).click();
    await expect(announcer).not.toHaveText(/^Decision: /);
    const shown = await page.locator('.app-step--current .app-line__text').allInnerTexts();
    expect(shown.length, `lines after choosing "${choice.text}"`).toBeGreaterThan(0);
    const announced = await announcer.innerText();
    for (const line of shown) expect(announced).toContain(line.trim());
  });

  test('a saved path that no longer fits the scenario is discarded, not a crash', async ({ page }) => {
    await page.goto(pageUrl);
    await reloadWithSavedProgress(page, scenario.id, { choices: ['no-such-choice'], at: 'nowhere' });
    await expect(page.getByText('This scenario has changed since you last played it')).toBeVisible();
    await expect(page.getByRole('button', { name: /Play the scene/ }).or(page.getByRole('button', { name: 'Continue', exact: true }))).toBeVisible();
  });

  test('undo and restart return to earlier points', async ({ page }) => {
    await page.goto(pageUrl);
    const plan = recommendedChoices(scenario);
    await playByMouse(page, plan, { stopAfterChoices: 1 });
    await page.getByRole('button', { name: 'Change my last choice' }).click();
    await expect(page.getByRole('button', { name: plan[0]!.text, exact: true })).toBeFocused({ timeout: 1000 }).catch(() => undefined);
    await expect(page.getByRole('button', { name: plan[0]!.text, exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Start the case again' }).click();
    await page.getByRole('button', { name: 'Yes, start again' }).click();
    await expect(page.locator('.app-case__chosen')).toHaveCount(0);
  });

  test('starting again asks first, from the keyboard, and Cancel keeps the run', async ({ page }) => {
    await page.goto(pageUrl);
    const plan = recommendedChoices(scenario);
    await playByMouse(page, plan, { stopAfterChoices: 1 });
    const restart = page.getByRole('button', { name: 'Start the case again' });
    await activateByKeyboard(page, restart);
    const question = page.getByRole('group', { name: /Start the case again\?/ });
    await expect(question).toContainText('This clears the choices you have made in this run');
    await expect(page.locator('#case-restart-question')).toBeFocused();
    await activateByKeyboard(page, page.getByRole('button', { name: 'Cancel' }));
    await expect(restart).toBeFocused();
    await expect(page.locator('.app-case__chosen')).toHaveCount(1);

    await activateByKeyboard(page, restart);
    await activateByKeyboard(page, page.getByRole('button', { name: 'Yes, start again' }));
    await expect(page.locator('.app-case__chosen')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Start the case again' })).toHaveCount(0);
  });

  test('replaying a finished case keeps the best result, while the replay shows its own', async ({ page }) => {
    await page.goto(pageUrl);
    const best = maxScore(scenario);
    await playByMouse(page, recommendedChoices(scenario));
    await expect(page.getByTestId('case-score')).toHaveText(`${best} out of ${best} (100%)`);
    await expect(page.locator('#case-restart-hint')).toHaveText('Your best result is kept.');
    await expect(page.getByRole('button', { name: 'Start the case again' })).toHaveAccessibleDescription('Your best result is kept.');

    await page.getByRole('button', { name: 'Start the case again' }).click();
    await expect(page.getByRole('group', { name: /Start the case again\?/ })).toContainText(`Your best result, ${best} out of ${best}, is kept.`);
    await page.getByRole('button', { name: 'Yes, start again' }).click();
    const poorPlan = choicesToOutcome(scenario, 'poor');
    await playByMouse(page, poorPlan);
    await expect(page.locator('.app-ending')).toHaveAttribute('data-outcome', 'poor');
    const replayScore = poorPlan.reduce((sum, choice) => sum + choice.score, 0);
    expect(replayScore).toBeLessThan(best);
    await expect(page.getByTestId('case-score')).toHaveText(`${replayScore} out of ${best} (${Math.round((replayScore / best) * 100)}%)`);
    await expect(page.getByTestId('case-best-kept')).toHaveText(`Your best result is kept for your progress: ${best} out of ${best}, recommended outcome.`);

    // What counts (the scenarios page, the summary, and through them the LMS) is the best finish.
    await page.goto('/scenarios/');
    await expect(page.getByTestId(`status-${scenario.id}`)).toContainText(`Finished: recommended outcome, ${best} of ${best} points`);
    await page.goto('/summary/');
    await expect(page.getByTestId(`outcome-${scenario.id}`)).toHaveText('Recommended outcome');
  });
});

test('the scenarios page shows each status and offers to resume', async ({ page }) => {
  await page.goto(pageUrl);
  await playByMouse(page, recommendedChoices(scenario), { stopAfterChoices: 1 });
  await page.goto('/scenarios/');
  await expect(page.getByTestId(`status-${scenario.id}`)).toContainText('In progress');
  await page.getByRole('link', { name: `Resume where you left off: ${scenario.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`${pageUrl}$`));
  await playByMouse(page, recommendedChoices(scenario).slice(1));
  await page.goto('/scenarios/');
  await expect(page.getByTestId(`status-${scenario.id}`)).toContainText('Finished: recommended outcome');
});

test('the home page ships no JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(scripts).toEqual([]);
  expect(await page.locator('script').count()).toBe(0);
});
