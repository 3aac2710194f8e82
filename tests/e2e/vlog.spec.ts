import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { activateByKeyboard, playByMouse, reloadWithSavedProgress } from './support/play';
import { readScenario, recommendedChoices } from './support/scenario-plans';

const scenario = readScenario('missed-appointment');
const pageUrl = `/scenarios/${scenario.id}/`;
// The first scene that leads straight to a decision, so its end should reveal the choices.
const sceneBeforeDecision = scenario.nodes.find(
  (node) =>
    node.segment &&
    'next' in node &&
    typeof node.next === 'string' &&
    scenario.nodes.find((next) => next.id === node.next)?.kind === 'decision',
)!;
const decision = scenario.nodes.find(
  (node) => 'next' in sceneBeforeDecision && node.id === sceneBeforeDecision.next,
)!;

/** Opens the scenario at a node reached without choices, as a returning learner would. */
async function openAt(page: Page, nodeId: string) {
  await page.goto(pageUrl);
  await reloadWithSavedProgress(page, scenario.id, { choices: [], at: nodeId });
}

const video = (page: Page) => page.locator('.app-vlog video');

/** The font size, in pixels, of each caption cue the browser is drawing. */
async function cueFontSizes(page: Page): Promise<number[]> {
  type DomNode = {
    nodeId: number;
    attributes?: string[];
    children?: DomNode[];
    shadowRoots?: DomNode[];
  };
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('DOM.enable');
  await devtools.send('CSS.enable');
  const { root } = (await devtools.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const cues: number[] = [];
  const visit = (node: DomNode) => {
    // Attributes come as a flat list of names and values.
    const attributes = node.attributes ?? [];
    const pseudo = attributes.indexOf('pseudo');
    if (pseudo >= 0 && attributes[pseudo + 1] === 'cue') cues.push(node.nodeId);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
  };
  visit(root);
  const sizes: number[] = [];
  for (const nodeId of cues) {
    const { computedStyle } = await devtools.send('CSS.getComputedStyleForNode', { nodeId });
    sizes.push(
      parseFloat(computedStyle.find((property) => property.name === 'font-size')?.value ?? '0'),
    );
  }
  await devtools.detach();
  return sizes;
}

test.describe('the vlog wrapped around the case', () => {
  test('video.js and its stylesheet are not loaded until a scene is about to play', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => {
      if (['script', 'stylesheet'].includes(request.resourceType())) requested.push(request.url());
    });
    const isVideoJs = (url: string) => /\/video[.-][^/]*\.(js|css)$/i.test(new URL(url).pathname);
    await page.goto(pageUrl);
    await expect(page.getByRole('button', { name: /Play the scene/ })).toBeVisible();
    expect(requested.filter(isVideoJs)).toEqual([]);
    await page.getByRole('button', { name: /Play the scene/ }).click();
    await expect
      .poll(() =>
        requested
          .filter(isVideoJs)
          .map((url) => url.split('.').at(-1))
          .sort(),
      )
      .toEqual(['css', 'js']);
    // The player appears styled: video.js's stylesheet gives it its control bar and 16:9 shape.
    await expect(page.locator('.app-vlog .vjs-control-bar')).toHaveCSS('position', 'absolute');
  });

  test('a scene plays with captions on, pauses at its end, and the decision follows', async ({
    page,
  }) => {
    await openAt(page, sceneBeforeDecision.id);
    await expect(
      page.getByText('This part of the conversation is in the vlog scene below'),
    ).toBeVisible();
    await page.getByRole('button', { name: /Play the scene/ }).click();
    await expect
      .poll(() =>
        video(page).evaluate(
          (element: HTMLVideoElement) => !element.paused && element.currentTime > 0,
        ),
      )
      .toBe(true);
    const tracks = await video(page).evaluate((element: HTMLVideoElement) =>
      Array.from(element.textTracks).map((track) => `${track.kind}:${track.mode}`),
    );
    expect(tracks).toContain('captions:showing');
    expect(tracks.some((track) => track.startsWith('chapters'))).toBe(true);
    // Jump near the scene's end rather than wait through it; the pause must still happen there.
    await video(page).evaluate((element: HTMLVideoElement, end: number) => {
      element.currentTime = end - 1;
    }, sceneBeforeDecision.segment!.end);
    await expect(
      page.getByRole('heading', {
        name: `Decision: ${decision.kind === 'decision' ? decision.prompt : ''}`,
      }),
    ).toBeVisible({ timeout: 10_000 });
    const stoppedAt = await video(page).evaluate((element: HTMLVideoElement) => ({
      paused: element.paused,
      time: element.currentTime,
    }));
    expect(stoppedAt.paused).toBe(true);
    expect(stoppedAt.time).toBeGreaterThan(sceneBeforeDecision.segment!.end - 0.5);
    expect(stoppedAt.time).toBeLessThan(sceneBeforeDecision.segment!.end + 0.5);
    // The watched scene's words stay in the conversation as text.
    const lines = 'lines' in sceneBeforeDecision ? (sceneBeforeDecision.lines ?? []) : [];
    await expect(page.locator('.app-case__log')).toContainText(lines[0]!.text);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  test('the captions choice is remembered', async ({ page }) => {
    await openAt(page, sceneBeforeDecision.id);
    await page.getByRole('button', { name: /Play the scene/ }).click();
    await expect
      .poll(() => video(page).evaluate((element: HTMLVideoElement) => element.currentTime > 0))
      .toBe(true);
    await video(page).evaluate((element: HTMLVideoElement) => {
      const captions = Array.from(element.textTracks).find((track) => track.kind === 'captions')!;
      captions.mode = 'disabled';
    });
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('across-the-interface:captions')))
      .toBe('off');
  });

  test('a learner who cannot watch reads the scene and reaches the decision', async ({ page }) => {
    await openAt(page, sceneBeforeDecision.id);
    await page.getByRole('button', { name: 'Read it instead' }).click();
    const lines = 'lines' in sceneBeforeDecision ? (sceneBeforeDecision.lines ?? []) : [];
    await expect(page.locator('.app-step--current')).toContainText(lines[0]!.text);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.locator('.app-case__choice').first()).toBeVisible();
  });

  test('the interactive transcript shows only the scenes reached, searches, highlights and seeks', async ({
    page,
  }) => {
    await page.goto(pageUrl);
    await page.getByText('Vlog transcript').click();
    // Before anything is played, nothing: the file holds every branch and ending.
    await expect(
      page.getByText('The lines of each scene appear here once you reach it.'),
    ).toBeVisible();
    await expect(page.locator('.app-transcript__seek')).toHaveCount(0);

    // Read up to the first decision: the lines of those scenes, and none from any later one.
    await playByMouse(page, recommendedChoices(scenario), { stopAfterChoices: 0 });
    const reached = scenario.nodes.filter(
      (node) => node.segment && node.segment.end <= sceneBeforeDecision.segment!.end,
    );
    const later = scenario.nodes.filter(
      (node) => node.segment && node.segment.start > sceneBeforeDecision.segment!.end,
    );
    await expect(page.locator('.app-transcript__seek').first()).toBeVisible();
    const times = await page
      .locator('.app-transcript__time time')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime')!));
    const seconds = times.map((time) => Number(time.slice(2, -1)));
    expect(Math.max(...seconds)).toBeLessThan(
      Math.max(...reached.map((node) => node.segment!.end)),
    );
    expect(later.length).toBeGreaterThan(0);
    const firstLine = (await page.locator('.app-transcript__seek').first().innerText())
      .split('\n')
      .at(-1)!;
    const search = page.getByLabel('Search the transcript');
    await search.fill(firstLine.split(' ').slice(-2).join(' '));
    await expect(page.getByText(/\d+ lines? match/)).toBeVisible();
    const line = page.locator('.app-transcript__seek').first();
    const [minutes, secondsPart] = (await line.locator('time').innerText()).split(':').map(Number);
    await line.click();
    await expect
      .poll(() => video(page).evaluate((element: HTMLVideoElement) => element.currentTime))
      .toBeGreaterThanOrEqual(minutes! * 60 + secondsPart!);
    await expect(page.locator('.app-transcript__seek[aria-current="true"]')).toHaveCount(1, {
      timeout: 10_000,
    });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the transcript so far (text file)' }).click();
    expect((await download).suggestedFilename()).toBe(`${scenario.id}-transcript.txt`);
  });

  test("the player's time and progress are the scene's, not the whole file's", async ({ page }) => {
    await openAt(page, sceneBeforeDecision.id);
    await page.getByRole('button', { name: /Play the scene/ }).click();
    await expect
      .poll(() =>
        video(page).evaluate(
          (element: HTMLVideoElement) => !element.paused && element.currentTime > 0,
        ),
      )
      .toBe(true);
    const length = sceneBeforeDecision.segment!.end - sceneBeforeDecision.segment!.start;
    const clock = `${Math.floor(Math.round(length) / 60)}:${String(Math.round(length) % 60).padStart(2, '0')}`;
    await expect(page.getByTestId('vlog-scene-time')).toContainText(`of ${clock}`);
    await expect(
      page.locator(
        '.app-vlog .vjs-progress-control, .app-vlog .vjs-duration, .app-vlog .vjs-remaining-time',
      ),
    ).toHaveCount(0);
  });

  test('watching from the keyboard: focus follows the scenes, which are announced as playing, and feedback waits for the consequence', async ({
    page,
  }) => {
    test.skip(decision.kind !== 'decision', 'needs a decision after a scene');
    if (decision.kind !== 'decision') return;
    // A choice whose consequence is itself a scene, so watch mode plays it straight after the choice.
    const choice = decision.choices.find(
      (candidate) => scenario.nodes.find((node) => node.id === candidate.target)?.segment,
    )!;
    const consequence = scenario.nodes.find((node) => node.id === choice.target)!;
    const announcer = page.getByTestId('case-announcer');
    const player = page.locator('.app-vlog .video-js');
    await page.setViewportSize({ width: 390, height: 844 });
    await openAt(page, sceneBeforeDecision.id);

    await activateByKeyboard(page, page.getByRole('button', { name: /Play the scene/ }));
    // The Play button goes as the scene starts; focus goes to the player, not to the page.
    await expect(player).toBeFocused();
    await expect(announcer).toContainText('Scene playing');
    await expect(page.locator('.app-step__held')).toHaveText(/is playing in the vlog scene below/);
    // Let the player's own seek to the scene's start land first, or it would undo the jump below.
    await expect
      .poll(() =>
        video(page).evaluate(
          (element: HTMLVideoElement) => !element.seeking && element.currentTime >= 1,
        ),
      )
      .toBe(true);
    await video(page).evaluate((element: HTMLVideoElement, end: number) => {
      element.currentTime = end - 1;
    }, sceneBeforeDecision.segment!.end);
    await expect(page.getByRole('heading', { name: `Decision: ${decision.prompt}` })).toBeFocused({
      timeout: 10_000,
    });
    // The options sit straight under the question: one Tab reaches the first, past no player control.
    await page.keyboard.press('Tab');
    await expect(page.locator('.app-case__choice').first()).toBeFocused();
    await page.keyboard.press('Shift+Tab');

    await activateByKeyboard(page, page.getByRole('button', { name: choice.text, exact: true }));
    await expect(player).toBeFocused();
    await expect(player).toBeInViewport({ ratio: 1 });
    await expect(announcer).toContainText('Scene playing');
    await expect(announcer).not.toContainText('Play it, or read it instead');
    await expect(page.locator('.app-step__held')).not.toContainText('Play it, or read it instead');
    // Why it matters comes after the consequence has been seen, as it does when reading.
    await expect(page.locator('.app-case__feedback')).toHaveCount(0);
    await video(page).evaluate((element: HTMLVideoElement, end: number) => {
      element.currentTime = end - 1;
    }, consequence.segment!.end);
    // Then Why it matters is a step of its own: focused, in view, announced, with Continue.
    await expect(page.locator('.app-case__feedback')).toHaveCount(1, { timeout: 10_000 });
    const lines = 'lines' in consequence ? (consequence.lines ?? []) : [];
    await expect(page.locator('.app-case__log')).toContainText(lines[0]!.text);
    const feedbackHeading = page.locator(
      '.app-case__feedback.app-step--current .app-step__heading',
    );
    await expect(feedbackHeading).toBeFocused();
    await expect(feedbackHeading).toBeInViewport();
    await expect(announcer).toContainText(`Why it matters, ${choice.score} of `);
    await expect(announcer).toContainText(choice.feedback);
    await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
  });

  test('captions are drawn at a readable size on a phone-sized player', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openAt(page, sceneBeforeDecision.id);
    await page.getByRole('button', { name: /Play the scene/ }).click();
    await expect
      .poll(() => video(page).evaluate((element: HTMLVideoElement) => element.currentTime > 0))
      .toBe(true);
    // Chromium draws native captions in the video's closed shadow tree, where page scripts cannot
    // look (getComputedStyle(video, '::cue') answers for the video itself); DevTools can.
    await expect.poll(() => cueFontSizes(page)).not.toEqual([]);
    for (const size of await cueFontSizes(page)) expect(size).toBeGreaterThanOrEqual(16);
  });

  test('the player works from the keyboard', async ({ page }) => {
    await openAt(page, sceneBeforeDecision.id);
    await activateByKeyboard(page, page.getByRole('button', { name: /Play the scene/ }));
    await expect
      .poll(() => video(page).evaluate((element: HTMLVideoElement) => !element.paused))
      .toBe(true);
    // video.js hotkeys: with focus in the player, k pauses.
    await page.locator('.app-vlog .video-js').focus();
    await page.keyboard.press('k');
    await expect
      .poll(() => video(page).evaluate((element: HTMLVideoElement) => element.paused))
      .toBe(true);
  });

  test('a broken video never stops the learner finishing', async ({ page }) => {
    await page.route('**/*.mp4', (route) => route.abort());
    await page.goto(pageUrl);
    await page.getByRole('button', { name: /Play the scene/ }).click();
    await expect(page.getByText('The video could not be played')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('button', { name: 'Try the video again' })).toBeVisible();
    await playByMouse(page, recommendedChoices(scenario));
    await expect(page.locator('.app-ending')).toHaveAttribute('data-outcome', 'recommended');
  });
});
