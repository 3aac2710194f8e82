import { expect, test } from '@playwright/test';
import {
  apiCalls,
  callsOf,
  closeAndRelaunch,
  cmi,
  course,
  flavours,
  kept,
  launch,
  launcherStatus,
  openPlayer,
  openScenario,
  othersFinished,
  play,
  seedLmsRecord,
} from './scorm-helpers';
import { choicesTo, readScenario, recommendedChoices } from './support/scenario-plans';

/**
 * The packages in the local LMS preview, for SCORM 1.2 and 2004: what the LMS is told, resuming,
 * and the one communication session per launch.
 */
const scenario = readScenario('missed-appointment');
const info = course.scenarios.find((candidate) => candidate.id === scenario.id)!;
const required = course.scenarios.filter((candidate) => candidate.required);
const possible = required.reduce((sum, candidate) => sum + candidate.maxScore, 0);

for (const flavour of flavours) {
  test.describe(`${flavour.slug} in the LMS preview`, () => {
    test('finishing one scenario of several reports progress and one interaction per decision, and no score yet', async ({
      page,
    }) => {
      const player = await openPlayer(page, flavour);
      await expect(launcherStatus(player)).toHaveText(
        'Your progress is saved to your learning system as you go.',
      );
      await openScenario(player, scenario.title);
      const plan = recommendedChoices(scenario);
      await play(player, plan);
      await expect(player.module.locator('.app-ending')).toHaveAttribute(
        'data-outcome',
        'recommended',
      );

      // Saved with its finish: the entry's fifth field is the ending and score.
      await expect
        .poll(async () => (await cmi(page))['cmi.suspend_data']?.split('~')[3]?.split('.').length)
        .toBe(5);
      const data = await cmi(page);
      expect(data[flavour.status]).toBe('incomplete');
      expect(data[flavour.exit]).toBe('suspend');
      expect(data[flavour.location]).toBe(`scenarios/${scenario.id}/`);
      expect(data['cmi.suspend_data']).toMatch(
        new RegExp(`^2~${course.version.replace(/\./g, '\\.')}~[0-9a-z]+~[0-9a-z._]+$`),
      );
      // The score is out of every required scenario: a part-way figure would read as a fail.
      expect(data[flavour.score] ?? '').toBe('');
      if (flavour.slug === 'scorm2004') {
        expect(data['cmi.success_status']).toBe('unknown');
        expect(data['cmi.progress_measure']).toBe(
          String(Math.round((1 / required.length) * 10000) / 10000),
        );
        expect(data['cmi.score.scaled'] ?? '').toBe('');
      }
      const interactions = plan.map((_, index) => ({
        id: data[`cmi.interactions.${index}.id`],
        type: data[`cmi.interactions.${index}.type`],
        response: data[`cmi.interactions.${index}.${flavour.response}`],
        result: data[`cmi.interactions.${index}.result`],
      }));
      const expected = plan.map((choice) => {
        const decision = info.decisions.find((candidate) =>
          candidate.choices.some((option) => option.id === choice.id),
        )!;
        return {
          id: `urn:across-the-interface:${scenario.id}:${decision.id}`,
          type: 'choice',
          response: decision.choices.find((option) => option.id === choice.id)!.response,
          result: 'correct',
        };
      });
      expect(interactions).toEqual(expected);
      expect(data[`cmi.interactions.${plan.length}.id`]).toBeUndefined();
    });

    test('going back after the points are shown changes neither the score nor the interactions: the first answer counts', async ({
      page,
    }) => {
      const player = await openPlayer(page, flavour, { launch: false });
      await seedLmsRecord(page, flavour.slug, othersFinished(scenario.id, 1));
      await launch(player);
      await openScenario(player, scenario.title);
      const plan = recommendedChoices(scenario);
      await play(player, plan, { stopAfterChoices: 0 });
      const first = info.decisions.find((decision) =>
        decision.choices.some((choice) => choice.id === plan[0]!.id),
      )!;
      const worst = [...first.choices].sort((a, b) => a.score - b.score)[0]!;
      const worstText = scenario.nodes
        .flatMap((node) => (node.kind === 'decision' ? node.choices : []))
        .find((choice) => choice.id === worst.id)!.text;
      await player.module.getByRole('button', { name: worstText, exact: true }).click();
      await expect(
        player.module.getByRole('button', { name: 'Change my last choice' }),
      ).toBeVisible();
      await player.module.getByRole('button', { name: 'Change my last choice' }).click();
      // The best choice now, and on to the recommended ending: practice, reported to nobody.
      await play(player, plan);
      await expect(player.module.getByRole('heading', { name: 'Your practice run' })).toBeVisible();

      // Back to the first answers, and on to an ending from there: that is the run that counts.
      await player.module
        .getByRole('button', { name: 'Go back to your scored answers and finish the case' })
        .click();
      const scoredPlan = choicesTo(scenario, (node) => node.kind === 'ending', 'an ending', [
        worst.id,
      ]);
      await play(player, scoredPlan.slice(1));
      await expect(player.module.getByRole('heading', { name: 'Your summary' })).toBeVisible();
      const scored = scoredPlan.map((choice) => choice.id);
      const earned = scored.reduce(
        (sum, id) =>
          sum +
          info.decisions.flatMap((decision) => decision.choices).find((choice) => choice.id === id)!
            .score,
        0,
      );
      const others = possible - info.maxScore;
      await expect
        .poll(async () => (await cmi(page))[flavour.score])
        .toBe(String(Math.round(((others + earned) / possible) * 10000) / 100));

      const data = await cmi(page);
      const reported = Object.keys(data)
        .filter((key) => /^cmi\.interactions\.\d+\.id$/.test(key))
        .map((key) => data[key]);
      const decisionOf = (id: string) =>
        info.decisions.find((decision) => decision.choices.some((choice) => choice.id === id))!;
      // One interaction per decision, each the first answer.
      expect(reported).toEqual(
        scored.map((id) => `urn:across-the-interface:${scenario.id}:${decisionOf(id).id}`),
      );
      expect(data[`cmi.interactions.0.${flavour.response}`]).toBe(worst.response);
      expect(data['cmi.interactions.0.result']).toBe(
        flavour.slug === 'scorm12' ? 'wrong' : 'incorrect',
      );
    });

    test('closing midway and relaunching resumes at the same point, in a new session', async ({
      page,
    }) => {
      const player = await openPlayer(page, flavour);
      await openScenario(player, scenario.title);
      const plan = recommendedChoices(scenario);
      await play(player, plan, { stopAfterChoices: 1 });
      const before = await player.module.locator('.app-case__log').innerText();

      await closeAndRelaunch(player);
      expect((await kept(page))?.exit).toBe('suspend');
      await expect(
        player.module.getByRole('heading', { level: 1, name: scenario.title }),
      ).toBeVisible();
      await expect(
        player.module.getByText('Welcome back. You are where you left off.'),
      ).toBeVisible();
      await expect.poll(() => player.module.locator('.app-case__log').innerText()).toBe(before);
      expect((await cmi(page))[flavour.slug === 'scorm12' ? 'cmi.core.entry' : 'cmi.entry']).toBe(
        'resume',
      );

      await play(player, plan.slice(1));
      await expect(player.module.locator('.app-ending')).toHaveAttribute(
        'data-outcome',
        'recommended',
      );
    });

    test('moving between pages keeps one session; "Save and exit" ends it exactly once', async ({
      page,
    }) => {
      const player = await openPlayer(page, flavour);
      for (const link of ['Scenarios and progress', 'About', 'Home']) {
        await player.module.getByRole('link', { name: link, exact: true }).first().click();
        await expect(player.module.locator('#maincontent')).toBeVisible();
      }
      await openScenario(player, scenario.title);
      await player.module.locator('#maincontent').evaluate(() => window.location.reload());
      await expect(
        player.module.getByRole('heading', { level: 1, name: scenario.title }),
      ).toBeVisible();
      expect(await callsOf(page, flavour.initialize)).toHaveLength(1);
      expect(await callsOf(page, flavour.finish)).toHaveLength(0);

      await player.sco.getByRole('button', { name: 'Save and exit' }).click();
      await expect(
        player.sco.getByText('Your progress is saved. You can close this window.'),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Close', exact: true }).click();
      expect(await callsOf(page, flavour.finish)).toHaveLength(1);
      const calls = await apiCalls(page);
      expect(calls.findIndex((call) => call.name === flavour.finish)).toBe(calls.length - 1);
      expect((await kept(page))?.cmi[flavour.sessionTime]).toMatch(
        flavour.slug === 'scorm12'
          ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/
          : /^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/,
      );
    });

    test('completing every required scenario passes or fails by the pass mark', async ({
      page,
    }) => {
      const passing = flavour.slug === 'scorm12';
      const player = await openPlayer(page, flavour, { launch: false });
      await seedLmsRecord(page, flavour.slug, othersFinished(scenario.id, passing ? 1 : 0));
      await launch(player);
      await openScenario(player, scenario.title);
      await play(player, recommendedChoices(scenario));
      await expect(player.module.locator('.app-ending')).toBeVisible();

      const score = passing ? 100 : Math.round((info.maxScore / possible) * 10000) / 100;
      await expect.poll(async () => (await cmi(page))[flavour.score]).toBe(String(score));
      const data = await cmi(page);
      if (flavour.slug === 'scorm12') {
        expect(data['cmi.core.lesson_status']).toBe(passing ? 'passed' : 'failed');
        expect(data['cmi.core.exit']).toBe('');
      } else {
        expect(data['cmi.completion_status']).toBe('completed');
        expect(data['cmi.success_status']).toBe(passing ? 'passed' : 'failed');
        expect(data['cmi.progress_measure']).toBe('1');
        expect(data['cmi.exit']).toBe('normal');
      }
    });
  });
}

test("the learner's name from the LMS is available to the module as text", async ({ page }) => {
  const player = await openPlayer(page, flavours[0]!, {
    query: `?learner=${encodeURIComponent('Okafor, Amara <b>')}`,
  });
  const name = await player.module.locator('#maincontent').evaluate(async () => {
    const win = window as unknown as {
      parent: {
        __acrossTheInterface?: { session: { snapshot(): { learnerName: string | null } } };
      };
    };
    return win.parent.__acrossTheInterface?.session.snapshot().learnerName;
  });
  expect(name).toBe('Okafor, Amara <b>');
});
