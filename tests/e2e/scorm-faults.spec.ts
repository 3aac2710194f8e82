import { expect, test, type Page } from '@playwright/test';
import {
  callsOf,
  cmi,
  flavours,
  kept,
  launch,
  launcherStatus,
  openPlayer,
  openScenario,
  play,
  playerUrl,
  type Player,
} from './scorm-helpers';
import { readScenario, recommendedChoices } from './support/scenario-plans';

/** What goes wrong with real LMSs, injected by the LMS preview (?fail=…). */
const scenario = readScenario('missed-appointment');
const plan = recommendedChoices(scenario);
const [scorm12, scorm2004] = flavours as [(typeof flavours)[number], (typeof flavours)[number]];

/** Collects uncaught errors from every frame of the page. */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function oneChoiceIn(player: Player) {
  await openScenario(player, scenario.title);
  await play(player, plan, { stopAfterChoices: 1 });
  return player.module.locator('.app-case__log').innerText();
}

/** Opens the same package again without faults, as the learner would on their next try. */
async function relaunchWithoutFaults(player: Player) {
  await player.page.getByRole('button', { name: 'Close', exact: true }).click();
  await player.page.goto(playerUrl(scorm12));
  await launch(player);
}

test('no LMS API: the module runs, keeps progress in this browser and says so', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const player = await openPlayer(page, scorm12, { query: '?fail=noapi' });
  await expect(launcherStatus(player)).toHaveText(
    'We could not find your learning system, so your progress is saved in this browser only.',
  );
  const before = await oneChoiceIn(player);
  await player.module.getByRole('link', { name: 'Scenarios and progress' }).first().click();
  await expect(player.module.getByTestId('where-progress-is-saved')).toHaveText(
    'Your learning system could not be reached, so your progress is saved in this browser only.',
  );
  await page.getByRole('button', { name: 'Close and relaunch' }).click();
  await expect(
    player.module.getByRole('heading', { level: 1, name: 'Scenarios and your progress' }),
  ).toBeVisible();
  await player.module.getByRole('link', { name: scenario.title, exact: true }).click();
  await expect.poll(() => player.module.locator('.app-case__log').innerText()).toBe(before);
  expect(errors).toEqual([]);
});

test("Initialize fails: one retry, then the module runs on this browser's copy", async ({
  page,
}) => {
  const player = await openPlayer(page, scorm2004, { query: '?fail=initialize' });
  await expect(launcherStatus(player)).toContainText('Your learning system did not respond');
  expect((await callsOf(page, 'Initialize')).map((call) => call.result)).toEqual([
    'false',
    'false',
  ]);
  expect(await callsOf(page, 'SetValue')).toEqual([]);
  await oneChoiceIn(player);
  expect(await callsOf(page, 'Commit')).toEqual([]);
});

test('SetValue rejected: the learner is told, and the next launch, a resume, puts back what the LMS refused', async ({
  page,
}) => {
  // The LMS takes everything but the suspend data, so it knows the attempt is suspended.
  const player = await openPlayer(page, scorm12, { query: '?fail=suspenddata' });
  await expect(launcherStatus(player)).toContainText(
    'Your learning system has not accepted your latest progress',
  );
  const before = await oneChoiceIn(player);
  expect((await cmi(page))['cmi.suspend_data']).toBe('');

  await relaunchWithoutFaults(player);
  expect((await cmi(page))['cmi.core.entry']).toBe('resume');
  await expect(launcherStatus(player)).toHaveText(
    'Your progress is saved to your learning system as you go.',
  );
  await expect(
    player.module.getByRole('heading', { level: 1, name: scenario.title }),
  ).toBeVisible();
  await expect(player.module.getByText('Welcome back. You are where you left off.')).toBeVisible();
  await expect.poll(() => player.module.locator('.app-case__log').innerText()).toBe(before);
  await expect.poll(async () => (await cmi(page))['cmi.suspend_data']).toContain('.');
});

test("SetValue rejected throughout: the LMS never heard the attempt was suspended, so this browser's copy is not applied", async ({
  page,
}) => {
  const player = await openPlayer(page, scorm12, { query: '?fail=setvalue' });
  await expect(launcherStatus(player)).toContainText(
    'Your learning system has not accepted your latest progress',
  );
  await oneChoiceIn(player);

  // Entry "" is not a resume: the copy could be another attempt's, so only the LMS's record counts.
  await relaunchWithoutFaults(player);
  expect((await cmi(page))['cmi.core.entry']).toBe('');
  await player.module.getByRole('link', { name: 'Scenarios and progress' }).first().click();
  await player.module.getByRole('link', { name: scenario.title, exact: true }).click();
  await expect(
    player.module.getByRole('heading', { level: 1, name: scenario.title }),
  ).toBeVisible();
  await expect(player.module.getByText('Welcome back. You are where you left off.')).toHaveCount(0);
});

test('Commit failing: retried with backoff behind a notice that clears once saved', async ({
  page,
}) => {
  const player = await openPlayer(page, scorm12, { query: '?fail=commit:2' });
  await expect(launcherStatus(player)).toContainText(
    'Your learning system has not accepted your latest progress',
  );
  // The launch commit failed; retries follow after 1 s and 2 s; the second retry succeeds.
  await expect(launcherStatus(player)).toHaveText(
    'Your progress is saved to your learning system as you go.',
    { timeout: 10_000 },
  );
  expect((await callsOf(page, 'LMSCommit')).map((call) => call.result).slice(0, 3)).toEqual([
    'false',
    'false',
    'true',
  ]);
});

test('the LMS closing the frame mid-scenario: every decision was already committed', async ({
  page,
}) => {
  const player = await openPlayer(page, scorm2004);
  await openScenario(player, scenario.title);
  await play(player, plan, { stopAfterChoices: 2 });
  // Committed before anything closes: the LMS's kept record already has both decisions.
  await expect
    .poll(async () => (await kept(page))?.cmi['cmi.interactions.1.id'])
    .toMatch(/^urn:across-the-interface:missed-appointment:/);
  const committed = (await kept(page))!.cmi['cmi.suspend_data'];
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  expect(await callsOf(page, 'Terminate')).toHaveLength(1);
  expect((await kept(page))!.cmi['cmi.suspend_data']).toBe(committed);
  expect((await kept(page))!.exit).toBe('suspend');
});

test('a second launch while the first is open: the newest takes over, the first saves and stops', async ({
  context,
}) => {
  const first = await openPlayer(await context.newPage(), scorm12);
  await oneChoiceIn(first);
  const second = await openPlayer(await context.newPage(), scorm12);
  await expect(
    first.sco.getByText(
      'You opened this module in another window. Your progress here is saved: carry on in the other window.',
    ),
  ).toBeVisible();
  await expect(first.sco.locator('#launcher-frame')).toHaveCount(0);
  expect(await callsOf(first.page, 'LMSFinish')).toHaveLength(1);
  await expect(launcherStatus(second)).toHaveText(
    'This module was also open in another window. We saved your progress there and closed it: carry on here.',
  );

  // Once the learner moves on, the notice has done its job.
  await second.module.getByRole('link', { name: 'Scenarios and progress' }).first().click();
  await expect(launcherStatus(second)).toHaveText(
    'Your progress is saved to your learning system as you go.',
  );
  // And when the newer window closes, the older one no longer points at it.
  await second.page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(first.sco.locator('#launcher-ended-message')).toHaveText(
    'Your progress is saved. You can close this window.',
  );
});

test.describe('content from another origin behind an adapter frame (as ESR serves it)', () => {
  test('finds the API in the adapter and tracks as usual', async ({ page }) => {
    const errors = watchErrors(page);
    const player = await openPlayer(page, scorm12, { query: '?crossorigin=1', crossOrigin: true });
    await expect(launcherStatus(player)).toHaveText(
      'Your progress is saved to your learning system as you go.',
    );
    await oneChoiceIn(player);
    await expect
      .poll(async () => (await cmi(page))['cmi.interactions.0.id'])
      .toBe(
        `urn:across-the-interface:${scenario.id}:${scenario.nodes.find((node) => node.kind === 'decision')!.id}`,
      );
    expect(errors).toEqual([]);
  });

  test('walks past the cross-origin LMS page without an error when there is no API', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const player = await openPlayer(page, scorm2004, {
      query: '?crossorigin=1&fail=noapi',
      crossOrigin: true,
    });
    await expect(launcherStatus(player)).toHaveText(
      'We could not find your learning system, so your progress is saved in this browser only.',
    );
    expect(errors).toEqual([]);
  });
});
