import { expect, test } from '@playwright/test';
import { maxScore } from '../../src/dialogue/scenario-graph';
import type { ScenarioNode } from '../../src/schemas/scenario';
import {
  activateByKeyboard,
  playByKeyboard,
  playByMouse,
  reloadWithSavedProgress,
} from './support/play';
import { choicesToOutcome, readScenario, recommendedChoices } from './support/scenario-plans';

const scenario = readScenario('missed-appointment');
const pageUrl = `/scenarios/${scenario.id}/`;

test.describe(`playing "${scenario.title}"`, () => {
  test('a learner reaches the recommended ending with the mouse', async ({ page }) => {
    await page.goto(pageUrl);
    await playByMouse(page, recommendedChoices(scenario));
    await expect(page.locator('.app-ending')).toHaveAttribute('data-outcome', 'recommended');
    const best = maxScore(scenario);
    await expect(page.getByTestId('case-score')).toHaveText(`${best} out of ${best} (100%)`);
    await expect(
      page.getByRole('table', { name: 'Your path and the recommended path' }),
    ).not.toContainText('(differs)');
    await expect(page.getByRole('heading', { name: 'Key learning points' })).toBeVisible();
  });

  test('a keyboard-only learner reaches a poor ending, with feedback after each choice', async ({
    page,
  }) => {
    await page.goto(pageUrl);
    const plan = choicesToOutcome(scenario, 'poor');
    await playByKeyboard(page, plan);
    await expect(page.locator('.app-ending')).toHaveAttribute('data-outcome', 'poor');
    await expect(page.locator('.app-case__feedback')).toHaveCount(plan.length);
    await expect(
      page.getByRole('table', { name: 'Your path and the recommended path' }),
    ).toContainText('(differs)');
  });

  test('a learner who reloads part-way carries on where they were, with the step in view', async ({
    page,
  }) => {
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
    const nextOf = (node: ScenarioNode) =>
      'next' in node && typeof node.next === 'string' ? nodeById(node.next) : null;
    // Written out from the scenario and the English strings (case.announce in content/i18n/en.yaml),
    // not with the function the page uses, so a change to what is announced shows here.
    const heard = (node: ScenarioNode) => {
      const lines = linesOf(node).map((line) => {
        const speaker = scenario.cast.find((member) => member.id === line.speaker)!;
        return `${speaker.name}, ${speaker.role}: ${line.text}`;
      });
      return [
        ...(node.kind === 'scene' ? [`Scene: ${node.when}, ${node.where}.`] : []),
        ...lines,
      ].join(' ');
    };
    await page.goto(pageUrl);
    await expect(announcer).toHaveAttribute('aria-live', 'polite');
    await expect(announcer).toHaveAttribute('aria-atomic', 'true');

    // The opening, read instead of watched: who says what, as on screen.
    const opening = nodeById(scenario.start);
    await page.getByRole('button', { name: 'Read it instead' }).click();
    await expect(announcer).toHaveText(heard(opening));
    // Continue: the next part of the conversation, with its time and place.
    const second = nextOf(opening)!;
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(announcer).toHaveText(heard(second));
    expect(linesOf(second).length).toBeGreaterThan(0);
    await expect(announcer).toContainText(linesOf(second)[0]!.text);

    // On to the decision, then a choice: what happens next is announced as it appears, and
    // every line now on screen is in the announcement.
    let decision: ScenarioNode | null = second;
    for (; decision && decision.kind !== 'decision'; decision = nextOf(decision)) {
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
    }
    await expect(announcer).toHaveText(
      `Decision: ${decision?.kind === 'decision' ? decision.prompt : ''}`,
    );
    const choice = recommendedChoices(scenario)[0]!;
    await page.getByRole('button', { name: choice.text, exact: true }).click();
    await expect(announcer).not.toHaveText(/^Decision: /);
    const shown = await page.locator('.app-step--current .app-line__text').allInnerTexts();
    expect(shown.length, `lines after choosing "${choice.text}"`).toBeGreaterThan(0);
    const announced = await announcer.innerText();
    for (const line of shown) expect(announced).toContain(line.trim());
  });

  test('a saved path that no longer fits the scenario is discarded, not a crash', async ({
    page,
  }) => {
    await page.goto(pageUrl);
    await reloadWithSavedProgress(page, scenario.id, {
      choices: ['no-such-choice'],
      at: 'nowhere',
    });
    await expect(
      page.getByText('This scenario has changed since you last played it'),
    ).toBeVisible();
    await expect(
      page
        .getByRole('button', { name: /Play the scene/ })
        .or(page.getByRole('button', { name: 'Continue', exact: true })),
    ).toBeVisible();
  });

  test('undo and restart return to earlier points', async ({ page }) => {
    await page.goto(pageUrl);
    const plan = recommendedChoices(scenario);
    await playByMouse(page, plan, { stopAfterChoices: 1 });
    await page.getByRole('button', { name: 'Change my last choice' }).click();
    await expect(page.getByRole('button', { name: plan[0]!.text, exact: true }))
      .toBeFocused({ timeout: 1000 })
      .catch(() => undefined);
    await expect(page.getByRole('button', { name: plan[0]!.text, exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Start the case again' }).click();
    await page.getByRole('button', { name: 'Yes, start again' }).click();
    await expect(page.locator('.app-case__chosen')).toHaveCount(0);
  });

  test('starting again asks first, from the keyboard, and Cancel keeps the run', async ({
    page,
  }) => {
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

  test('replaying a finished case is practice: the first answers stay scored, even when the replay does better', async ({
    page,
  }) => {
    await page.goto(pageUrl);
    const best = maxScore(scenario);
    const poorPlan = choicesToOutcome(scenario, 'poor');
    const poorScore = poorPlan.reduce((sum, choice) => sum + choice.score, 0);
    expect(poorScore).toBeLessThan(best);
    await playByMouse(page, poorPlan);
    await expect(page.getByTestId('case-score')).toHaveText(
      `${poorScore} out of ${best} (${Math.round((poorScore / best) * 100)}%)`,
    );
    await expect(
      page.getByRole('button', { name: 'Start the case again' }),
    ).toHaveAccessibleDescription('Your scored result stays; a new run is practice.');

    await page.getByRole('button', { name: 'Start the case again' }).click();
    await expect(page.getByRole('group', { name: /Start the case again\?/ })).toContainText(
      `Your scored result, ${poorScore} out of ${best}, stays as it is; the new run is practice.`,
    );
    await page.getByRole('button', { name: 'Yes, start again' }).click();
    await expect(page.getByTestId('case-practice')).toBeVisible();
    await playByMouse(page, recommendedChoices(scenario));
    await expect(page.getByRole('heading', { name: 'Your practice run' })).toBeVisible();
    await expect(page.getByTestId('case-practice-score')).toHaveText(
      `${best} out of ${best} (100%), not scored`,
    );
    await expect(page.getByTestId('case-score')).toContainText(`${poorScore} out of ${best}`);
    await expect(page.locator('.app-case__chosen').first()).toContainText(
      'You chose (practice, not scored):',
    );

    // What counts (the scenarios page, the summary, and through them the LMS) is the first answers.
    await page.goto('/scenarios/');
    await expect(page.getByTestId(`status-${scenario.id}`)).toContainText(
      `Finished: poor outcome, ${poorScore} of ${best} points`,
    );
    await page.goto('/summary/');
    await expect(page.getByTestId(`outcome-${scenario.id}`)).toHaveText('Poor outcome');
  });

  test('going back after the points are shown is practice: the first answer stays scored', async ({
    page,
  }) => {
    await page.goto(pageUrl);
    const best = maxScore(scenario);
    const plan = recommendedChoices(scenario);
    await playByMouse(page, plan, { stopAfterChoices: 0 });
    const decision = scenario.nodes.find(
      (node) =>
        node.kind === 'decision' && node.choices.some((choice) => choice.id === plan[0]!.id),
    );
    if (decision?.kind !== 'decision') throw new Error('no first decision');
    const worst = [...decision.choices].sort((a, b) => a.score - b.score)[0]!;
    await page.getByRole('button', { name: worst.text, exact: true }).click();
    await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(
      page.locator('.app-case__feedback.app-step--current .app-step__heading'),
    ).toContainText(
      `(${worst.score} of ${Math.max(...decision.choices.map((choice) => choice.score))} points)`,
    );

    // Going back and choosing the best: where it leads is shown, as practice, and not scored.
    await page.getByRole('button', { name: 'Change my last choice' }).click();
    await playByMouse(page, plan);
    await expect(page.getByRole('heading', { name: 'Your practice run' })).toBeVisible();
    await expect(page.getByTestId('case-practice-score')).toHaveText(
      `${best} out of ${best} (100%), not scored`,
    );
    await expect(page.getByTestId('case-score')).toHaveText(
      'Not yet: finish the case with your first answers',
    );
    await page.goto('/scenarios/');
    await expect(page.getByTestId(`status-${scenario.id}`)).not.toContainText('Finished');

    // Back to the scored answers, which carry on from the first one.
    await page.goto(pageUrl);
    await page.getByRole('button', { name: 'Go back to your scored answers' }).first().click();
    await expect(page.locator('.app-case__chosen').first()).toContainText(worst.text);
    await expect(page.getByTestId('case-practice')).toHaveCount(0);
  });

  test('a keyboard user reaches the first option with one Tab from the decision, when reading', async ({
    page,
  }) => {
    await page.goto(pageUrl);
    await playByMouse(page, recommendedChoices(scenario), { stopAfterChoices: 0 });
    const heading = page.locator('.app-step--current .app-step__heading');
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    // The focus ring is visible on the heading.
    expect(await heading.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe(
      'solid',
    );
    await page.keyboard.press('Tab');
    await expect(page.locator('.app-case__choice').first()).toBeFocused();
  });

  test('the consequence is announced, then why it matters, each as its own step', async ({
    page,
  }) => {
    const announcer = page.getByTestId('case-announcer');
    await page.goto(pageUrl);
    const plan = recommendedChoices(scenario);
    await playByMouse(page, plan, { stopAfterChoices: 0 });
    await page.getByRole('button', { name: plan[0]!.text, exact: true }).click();
    const consequence = scenario.nodes.find((node) => node.id === plan[0]!.target)!;
    const firstLine = 'lines' in consequence ? consequence.lines?.[0]?.text : undefined;
    if (firstLine) await expect(announcer).toContainText(firstLine);
    await expect(page.locator('.app-case__feedback')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    const feedbackHeading = page.locator(
      '.app-case__feedback.app-step--current .app-step__heading',
    );
    await expect(feedbackHeading).toBeFocused();
    await expect(feedbackHeading).toBeInViewport();
    await expect(announcer).toContainText(`Why it matters, ${plan[0]!.score} of `);
    await expect(announcer).toContainText(plan[0]!.feedback);
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
  await expect(page.getByTestId(`status-${scenario.id}`)).toContainText(
    'Finished: recommended outcome',
  );
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
  // Start still opens a scenario, not a list: the scenarios page it links to passes it on.
  const start = page.getByRole('link', { name: 'Start, or resume where you left off' });
  await expect(start).toHaveAttribute('href', /scenarios\/\?start$/);
  await start.click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
    'Scenarios and your progress',
  );
  await expect(page).toHaveURL(/\/scenarios\/[a-z0-9-]+\/$/);
});

test('Start opens the scenario to do next, and the list counts required scenarios', async ({
  page,
}) => {
  await page.goto(pageUrl);
  await playByMouse(page, recommendedChoices(scenario));
  await page.goto('/scenarios/');
  await expect(page.getByTestId('finished-count')).toHaveText(
    /^You have finished 1 of \d+ required scenarios/,
  );
  await page.goto('/');
  await page.getByRole('link', { name: 'Start, or resume where you left off' }).click();
  await expect(page).toHaveURL(/\/scenarios\/[a-z0-9-]+\/$/);
  expect(page.url()).not.toContain(pageUrl);
});
