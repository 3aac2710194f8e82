import { expect, type FrameLocator, type Page } from '@playwright/test';
import type { ScenarioRecord } from '../../src/progress/progress-store';
import type { Choice } from '../../src/schemas/scenario';
import { encodeProgress } from '../../src/tracking/progress-codec';
import { currentContent } from '../tracking/support/courses';
import { playByMouse } from './support/play';

/** The module as packaged for the tests. */
export const { course } = currentContent();

/** The local LMS preview started by playwright.config.ts (npm run preview:lms), and its second origin. */
export const lmsPort = Number(process.env.E2E_LMS_PORT ?? 4331);
export const lmsOrigin = `http://127.0.0.1:${lmsPort}`;

export interface Flavour {
  slug: 'scorm12' | 'scorm2004';
  /** CMI element names in this version. */
  status: string;
  score: string;
  exit: string;
  location: string;
  sessionTime: string;
  finish: string;
  initialize: string;
  commit: string;
  response: string;
}

export const flavours: Flavour[] = [
  {
    slug: 'scorm12',
    status: 'cmi.core.lesson_status',
    score: 'cmi.core.score.raw',
    exit: 'cmi.core.exit',
    location: 'cmi.core.lesson_location',
    sessionTime: 'cmi.core.session_time',
    finish: 'LMSFinish',
    initialize: 'LMSInitialize',
    commit: 'LMSCommit',
    response: 'student_response',
  },
  {
    slug: 'scorm2004',
    status: 'cmi.completion_status',
    score: 'cmi.score.raw',
    exit: 'cmi.exit',
    location: 'cmi.location',
    sessionTime: 'cmi.session_time',
    finish: 'Terminate',
    initialize: 'Initialize',
    commit: 'Commit',
    response: 'learner_response',
  },
];

/** The player page for a package, e.g. with "?fail=commit:2". */
export const playerUrl = (flavour: Flavour, query = '') =>
  `${lmsOrigin}/lms/courses/trust-a/player/${flavour.slug}/${query}`;

export interface Player {
  page: Page;
  /** The launcher (the SCO the LMS launched). */
  sco: FrameLocator;
  /** The module's pages, inside the launcher. */
  module: FrameLocator;
}

/**
 * Opens the player. Scenes are read rather than watched, so tests do not wait on video, and the
 * module is launched unless told not to.
 */
export async function openPlayer(
  page: Page,
  flavour: Flavour,
  options: { query?: string; launch?: boolean; crossOrigin?: boolean } = {},
): Promise<Player> {
  await page.addInitScript(() => {
    try {
      localStorage.setItem('across-the-interface:vlog-mode', 'read');
    } catch {
      // A frame without storage plays scenes as it would.
    }
  });
  await page.goto(playerUrl(flavour, options.query ?? ''));
  const outer = page.frameLocator('iframe.preview__frame');
  const sco = options.crossOrigin ? outer.frameLocator('iframe.preview__frame') : outer;
  const player = { page, sco, module: sco.frameLocator('#launcher-frame') };
  if (options.launch !== false) await launch(player);
  return player;
}

export async function launch(player: Player) {
  await player.page.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(player.sco.locator('#launcher-save-exit')).toBeVisible();
  await expect(player.module.locator('#maincontent')).toBeVisible();
}

/** Closes the module as an LMS does (the frame goes; the SCO gets pagehide), and launches it again. */
export async function closeAndRelaunch(player: Player) {
  await player.page.getByRole('button', { name: 'Close and relaunch' }).click();
  await expect(player.page.locator('#player-state')).toHaveText('Running');
  await expect(player.module.locator('#maincontent')).toBeVisible();
}

export const cmi = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { previewLms: { cmi(): Record<string, string> } }).previewLms.cmi(),
  );
export const kept = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as {
        previewLms: { kept(): { cmi: Record<string, string>; exit: string } | null };
      }
    ).previewLms.kept(),
  );
export const apiCalls = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as {
        previewLms: { calls(): Array<{ name: string; args: string[]; result: string }> };
      }
    ).previewLms.calls(),
  );

/** Calls of one API function so far. */
export async function callsOf(page: Page, name: string) {
  return (await apiCalls(page)).filter((call) => call.name === name);
}

/** Plays inside the module's frame, with the same helper the site's own tests use. */
export async function play(
  player: Player,
  plan: readonly Choice[],
  options: { stopAfterChoices?: number } = {},
) {
  await playByMouse(player.module as unknown as Page, plan, options);
}

/** Goes to a scenario through the module's own links, as a learner would. */
export async function openScenario(player: Player, title: string) {
  await player.module.getByRole('link', { name: 'Scenarios and progress' }).first().click();
  // The home page links each scenario by the same name: wait for the new page, or the next click
  // can land on the old one as it unloads and be lost.
  await expect(
    player.module.getByRole('heading', { level: 1, name: 'Scenarios and your progress' }),
  ).toBeVisible();
  await player.module.getByRole('link', { name: title, exact: true }).click();
  await expect(player.module.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** The launcher's notice line. */
export const launcherStatus = (player: Player) => player.sco.locator('#launcher-status');

/** The preview LMS's record of a package's attempt, under an activity's name if not the first. */
export const recordKey = (slug: string, activity = '') =>
  `preview-lms:trust-a:${activity ? `${activity}:` : ''}${slug}:record`;

/**
 * Puts an attempt in the preview LMS's record, as if from an earlier launch that suspended it:
 * the next launch resumes it. No records gives suspend data the LMS has lost (an empty string).
 */
export async function seedLmsRecord(
  page: Page,
  slug: string,
  records: Record<string, ScenarioRecord> | null,
  activity = '',
) {
  const suspendData = records
    ? encodeProgress(course, { savedAt: Date.now() - 60_000, records })
    : '';
  const statusElement = slug === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
  await page.evaluate(([key, record]) => localStorage.setItem(key, record), [
    recordKey(slug, activity),
    JSON.stringify({
      cmi: { 'cmi.suspend_data': suspendData, [statusElement]: 'incomplete' },
      exit: 'suspend',
      sessionTime: '',
    }),
  ] as const);
}

/** Every required scenario but one already finished with the given share of its points. */
export function othersFinished(except: string, share: number): Record<string, ScenarioRecord> {
  return Object.fromEntries(
    course.scenarios
      .filter((candidate) => candidate.required && candidate.id !== except)
      .map((candidate) => {
        const ending = Object.keys(candidate.endings)[0]!;
        const score = Math.round(candidate.maxScore * share);
        return [
          candidate.id,
          {
            choices: [],
            at: candidate.start,
            finished: {
              ending,
              outcome: candidate.endings[ending]!,
              score,
              maxScore: candidate.maxScore,
            },
          },
        ];
      }),
  );
}
