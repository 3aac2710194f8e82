import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtSite } from '../../playwright.config';
import { addRun, createSession } from '../../src/facilitator/room-session';
import { sessionKey } from '../../src/facilitator/session-store';
import { choicesToEveryNode, readScenario } from './support/scenario-plans';

/**
 * Projector-fit: on a 1280 by 720 and a 1920 by 1080 projector, full screen, in every presenter
 * text size, every decision of every built scenario with all its options, and every scene's and
 * conversation's words, fit on one screen without scrolling. One browser page opens the presenter
 * at each node in turn (the room's run is put in the session store, as a reload would find it).
 */
const textSizes = ['compact', 'normal', 'large', 'larger', 'largest'] as const;
const screens = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

const built = readdirSync(path.resolve('scenarios'))
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .filter((id) => existsSync(path.resolve(builtSite, 'facilitator', id, 'index.html')));

/** Opens the presenter with the room at a node, reached by these choices. */
async function openAt(page: Page, scenarioId: string, nodeId: string, choices: string[]) {
  const scenario = readScenario(scenarioId);
  const now = new Date();
  const { session, run } = addRun(createSession(now), scenario, now);
  const placed = { ...session, runs: [{ ...run, choices, at: nodeId }] };
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [sessionKey, JSON.stringify(placed)],
  );
  // Not waiting for the load event (the film's poster and metadata): the presenter at its node is enough.
  await page.goto(`/facilitator/${scenarioId}/`, { waitUntil: 'commit' });
  await expect(page.locator('.app-presenter')).toHaveAttribute('data-node', nodeId);
}

/**
 * For each text size in turn, chosen in the presenter's Text size select as a trainer would, how
 * far the presenter (full screen) runs past the bottom of the screen: 0 when it fits.
 */
const overflowBySize = (page: Page) =>
  page.evaluate(async (sizes) => {
    const root = document.querySelector<HTMLElement>('.app-presenter')!;
    const select = document.querySelector<HTMLSelectElement>('#presenter-text-size')!;
    // A task, not an animation frame: frames stop while a page is hidden, and reading
    // scrollHeight lays the page out anyway.
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    const result: Record<string, number> = {};
    for (const size of sizes) {
      // The select's own setter and a change event, as choosing in it does (React hears the event).
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(
        select,
        size,
      );
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (let ticks = 0; root.dataset.textSize !== size && ticks < 50; ticks += 1) await tick();
      if (root.dataset.textSize !== size)
        throw new Error(`the text size did not change to ${size}`);
      result[size] = Math.max(0, root.scrollHeight - root.clientHeight);
    }
    return result;
  }, textSizes);

test('the projector-fit check finds the built scenarios', () => {
  expect(built.length).toBeGreaterThan(0);
});

// One test a scenario, so the two CI workers share them and a misfit names its scenario.
for (const scenarioId of built) {
  test(`every decision and every scene of ${scenarioId} fits a 720p and a 1080p projector in every text size`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(screens[0]!);
    await page.goto('/facilitator/');
    const misfits: string[] = [];
    let checked = 0;
    const scenario = readScenario(scenarioId);
    for (const [nodeId, choices] of choicesToEveryNode(scenario)) {
      const node = scenario.nodes.find((candidate) => candidate.id === nodeId)!;
      if (node.kind === 'ending') continue;
      await page.setViewportSize(screens[0]!);
      await openAt(page, scenarioId, nodeId, choices);
      // A decision with all its options; a scene or conversation with its words (W: words without the film).
      await page.keyboard.press(node.kind === 'decision' ? 'a' : 'w');
      if (node.kind === 'decision')
        await expect(page.getByTestId(`option-${node.choices.length > 4 ? 4 : 1}`)).toBeVisible();
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(true);
      // The trainer's prompt about keys is not projected (a screen reader still has it).
      if (node.kind === 'decision')
        expect(
          await page
            .getByTestId('decision-mode')
            .evaluate((hint) => hint.getBoundingClientRect().width),
        ).toBeLessThanOrEqual(1);
      for (const screen of screens) {
        await page.setViewportSize(screen);
        await page.waitForFunction(
          ([width, height]) => innerWidth === width && innerHeight === height,
          [screen.width, screen.height],
        );
        for (const [size, past] of Object.entries(await overflowBySize(page))) {
          checked += 1;
          if (past > 0)
            misfits.push(
              `${scenarioId} ${nodeId} (${node.kind}) at ${screen.width}x${screen.height}, ${size}: ${past}px too tall`,
            );
        }
      }
      await page.keyboard.press('f');
    }
    // Every non-ending node, on both screens, in every text size.
    const nodes = [...choicesToEveryNode(scenario).keys()].filter(
      (nodeId) => scenario.nodes.find((node) => node.id === nodeId)!.kind !== 'ending',
    );
    expect(checked).toBe(nodes.length * screens.length * textSizes.length);
    expect(misfits).toEqual([]);
  });
}
