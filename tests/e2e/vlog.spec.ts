import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { activateByKeyboard, playByMouse, reloadWithSavedProgress } from './support/play';
import { readScenario, recommendedChoices } from './support/scenario-plans';

const scenario = readScenario('missed-appointment');
const pageUrl = `/scenarios/${scenario.id}/`;
// The first scene that leads straight to a decision, so its end should reveal the choices.
const sceneBeforeDecision = scenario.nodes.find(
  (node) => node.segment && 'next' in node && typeof node.next === 'string' && scenario.nodes.find((next) => next.id === node.next)?.kind === 'decision',
)!;
const decision = scenario.nodes.find((node) => 'next' in sceneBeforeDecision && node.id === sceneBeforeDecision.next)!;

/** Opens the scenario at a node reached without choices, as a returning learner would. */
async function openAt(page: Page, nodeId: string) {
  await page.goto(pageUrl);
  await reloadWithSavedProgress(page, scenario.id, { choices: [], at: nodeId });
}

const video = (page: Page) => page.locator('.app-vlog video');

test.describe('the vlog wrapped around the case', () => {
  test('video.js is not loaded until a scene is about to play', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(pageUrl);
    await expect(page.getByRole('button', { name: /Play the scene/ })).toBeVisible();
    expect(scripts.filter((url) => /video/i.test(url))).toEqual([]);
    await page.getByRole('button', { name: /Play the scene/ }).click();
    await expect.poll(() => scripts.some((url) => url.includes('video.core'))).toBe(true);
  });

  test('a scene plays with captions on, pauses at its end, and the decision follows', async ({ page }) => {
    await openAt(page, sceneBeforeDecision.id);
    await expect(page.getByText('This part of the conversation is in the vlog scene below')).toBeVisible();
    await page.getByRole('button', { name: /Play the scene/ }).click();
    await expect.poll(() => video(page).evaluate((element: HTMLVideoElement) => !element.paused && element.currentTime > 0)).toBe(true);
    const tracks = await video(page).evaluate((element: HTMLVideoElement) =>
      Array.from(element.textTracks).map((track) => `${track.kind}:${track.mode}`),
    );
    expect(tracks).toContain('captions:showing');
    expect(tracks.some((track) => track.startsWith('chapters'))).toBe(true);
    // Jump near the scene's end rather than wait through it; the pause must still happen there.
    await video(page).evaluate((element: HTMLVideoElement, end: number) => {
      element.currentTime = end - 1;
    }, sceneBeforeDecision.segment!.end);
    await expect(page.getByRole('heading', { name: `Decision: ${decision.kind === 'decision' ? decision.prompt : ''}` })).toBeVisible({ timeout: 10_000 });
    const stoppedAt = await video(page).evaluate((element: HTMLVideoElement) => ({ paused: element.paused, time: element.currentTime }));
    expect(stoppedAt.paused).toBe(true);
    expect(stoppedAt.time).toBeGreaterThan(sceneBeforeDecision.segment!.end - 0.5);
    expect(stoppedAt.time).toBeLessThan(sceneBeforeDecision.segment!.end + 0.5);
    // The watched scene's words stay in the conversation as text.
    const lines = 'lines' in sceneBeforeDecision ? (sceneBeforeDecision.lines ?? []) : [];
    await expect(page.locator('.app-case__log')).toContainText(lines[0]!.text);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  test('the captions choice is remembered', async ({ page }) => {
    await openAt(page, sceneBeforeDecision.id);
    await page.getByRole('button', { name: /Play the scene/ }).click();
    await expect.poll(() => video(page).evaluate((element: HTMLVideoElement) => element.currentTime > 0)).toBe(true);
    await video(page).evaluate((element: HTMLVideoElement) => {
      const captions = Array.from(element.textTracks).find((track) => track.kind === 'captions')!;
      captions.mode = 'disabled';
    });
    await expect.poll(() => page.evaluate(() => localStorage.getItem('across-the-interface:captions'))).toBe('off');
  });

  test('a learner who cannot watch reads the scene and reaches the decision', async ({ page }) => {
    await openAt(page, sceneBeforeDecision.id);
    await page.getByRole('button', { name: 'Read it instead' }).click();
    const lines = 'lines' in sceneBeforeDecision ? (sceneBeforeDecision.lines ?? []) : [];
    await expect(page.locator('.app-step--current')).toContainText(lines[0]!.text);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.locator('.app-case__choice').first()).toBeVisible();
  });

  test('the interactive transcript searches, highlights and seeks', async ({ page }) => {
    await page.goto(pageUrl);
    await page.getByText('Vlog transcript').click();
    const search = page.getByLabel('Search the transcript');
    await expect(search).toBeVisible();
    await search.fill('safeguarding');
    await expect(page.getByText(/\d+ lines? match/)).toBeVisible();
    const line = page.locator('.app-transcript__seek').first();
    const [minutes, seconds] = (await line.locator('time').innerText()).split(':').map(Number);
    await line.click();
    await expect.poll(() => video(page).evaluate((element: HTMLVideoElement) => element.currentTime)).toBeGreaterThanOrEqual(minutes! * 60 + seconds!);
    await expect(page.locator('.app-transcript__seek[aria-current="true"]')).toHaveCount(1, { timeout: 10_000 });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the transcript (text file)' }).click();
    expect((await download).suggestedFilename()).toBe(`${scenario.id}-transcript.txt`);
  });

  test('the player works from the keyboard', async ({ page }) => {
    await openAt(page, sceneBeforeDecision.id);
    await activateByKeyboard(page, page.getByRole('button', { name: /Play the scene/ }));
    await expect.poll(() => video(page).evaluate((element: HTMLVideoElement) => !element.paused)).toBe(true);
    // video.js hotkeys: with focus in the player, k pauses.
    await page.locator('.app-vlog .video-js').focus();
    await page.keyboard.press('k');
    await expect.poll(() => video(page).evaluate((element: HTMLVideoElement) => element.paused)).toBe(true);
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
