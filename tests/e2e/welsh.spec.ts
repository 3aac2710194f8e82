import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { launchPage, makePackage, tailoringFor, writePackage } from '../../scorm/build-package';
import { loadCatalogue } from '../../src/i18n/catalogue';
import { translator, type Translate } from '../../src/i18n/messages';
import { loadScenarios } from '../../src/integrity/content-files';
import { readSettings } from '../../src/settings/load-settings';
import type { CourseInfo } from '../../src/tracking/course-info';
import { axeViolationsInFrame } from './support/axe';
import { flavours, lmsPort, type Flavour } from './scorm-helpers';

/**
 * The Welsh health board's real package (content/trusts/cwm-arian.yaml, languages: [cy, en]),
 * built once from its settings alone and launched from the local LMS preview on its own ports:
 * it opens in the learner's LMS language preference, switches language mid-scenario without
 * losing progress, and passes axe in both languages. The board lists SCORM 1.2 only; the same
 * build is also packaged as SCORM 2004 so both versions' preference elements are tested.
 */
const settingsFile = 'content/trusts/cwm-arian.yaml';
const project = path.resolve(import.meta.dirname, '../..');
const previewPort = lmsPort + 4;
const origin = `http://127.0.0.1:${previewPort}`;
const read = readSettings(project, path.join(project, settingsFile));
if (!read.settings)
  throw new Error(
    `${settingsFile} does not load: run npm run check:content -- --settings ${settingsFile}`,
  );
const settings = read.settings;
const languages = settings.languages as readonly ('en' | 'cy')[];
const tagOf = { en: 'en-GB', cy: 'cy' } as const;
const strings = (language: 'en' | 'cy'): Translate =>
  translator(loadCatalogue(project, language).messages);
const cy = strings('cy');
const en = strings('en');
const prefix = (language: 'en' | 'cy') => (language === languages[0] ? '' : `${language}/`);

test.describe.configure({ mode: 'serial' });

let temp = '';
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(400_000);
  temp = mkdtempSync(path.join(tmpdir(), 'welsh-e2e-'));
  const site = path.join(temp, 'site');
  const out = path.join(temp, 'out');
  const built = spawnSync(
    'npx',
    ['tsx', 'scorm/package.ts', '--settings', settingsFile, '--site', site, '--out', out],
    { cwd: project, encoding: 'utf8' },
  );
  expect(built.status, built.stderr + built.stdout).toBe(0);
  expect(readdirSync(out).filter((name) => name.endsWith('.zip'))).toEqual([
    'across-the-interface-cwm-arian-scorm12.zip',
  ]);
  const launcher = readFileSync(path.join(site, launchPage), 'utf8');
  const course = JSON.parse(
    /<script type="application\/json" id="launcher-course">([\s\S]*?)<\/script>/.exec(
      launcher,
    )![1]!,
  ) as CourseInfo;
  writePackage(
    makePackage(site, 'scorm2004', course, tailoringFor(settings.organisation), {
      insights: settings.insights,
    }),
    out,
  );
  const zips = readdirSync(out)
    .filter((name) => name.endsWith('.zip'))
    .flatMap((name) => ['--zip', path.join(out, name)]);
  // A server left on the port would serve an older package and pass or fail for the wrong build.
  expect(
    await fetch(`${origin}/lms/`).catch(() => null),
    `port ${previewPort} is already in use`,
  ).toBeNull();
  // Its own process group, so afterAll ends tsx's node child too, not only npx.
  server = spawn(
    'npx',
    [
      'tsx',
      'scorm/preview/server.ts',
      ...zips,
      '--port',
      String(previewPort),
      '--content-port',
      String(previewPort + 1),
    ],
    { cwd: project, stdio: 'ignore', detached: true },
  );
  await expect
    .poll(async () => (await fetch(`${origin}/lms/`).catch(() => null))?.status, {
      timeout: 60_000,
    })
    .toBe(200);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid);
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** The first scenario the board lists, with its English and Welsh title and first choice. */
function firstScenario() {
  const id = settings.scenarios[0]!.id;
  const english = loadScenarios(project, [id])[0]!;
  const welsh = parse(readFileSync(path.join(project, 'scenarios/cy', `${id}.yaml`), 'utf8')) as {
    title: string;
    nodes: Record<string, { choices?: Record<string, { text: string }> }>;
  };
  const decision = english.nodes.find((node) => node.kind === 'decision')!;
  if (decision.kind !== 'decision') throw new Error('no decision');
  const choice = decision.choices[0]!;
  if (`${choice.text}${welsh.nodes[decision.id]!.choices![choice.id]!.text}`.includes('{{'))
    throw new Error(`${id}: the first choice has a placeholder; fill it before matching`);
  return {
    id,
    english,
    welshTitle: welsh.title,
    choice: { en: choice.text, cy: welsh.nodes[decision.id]!.choices![choice.id]!.text },
  };
}

interface Player {
  sco: FrameLocator;
  module: FrameLocator;
}

/** Opens the LMS player for the package, scenes read rather than watched, and launches it. */
async function openPlayer(page: Page, flavour: Flavour, query: string): Promise<Player> {
  await page.addInitScript(() => {
    try {
      localStorage.setItem('across-the-interface:vlog-mode', 'read');
    } catch {
      // A frame without storage plays scenes as it would.
    }
  });
  await page.goto(`${origin}/lms/courses/trust-a/player/${flavour.slug}/${query}`);
  const sco = page.frameLocator('iframe.preview__frame');
  const module = sco.frameLocator('#launcher-frame');
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(sco.locator('#launcher-save-exit')).toBeVisible();
  await expect(module.locator('#maincontent')).toBeVisible();
  return { sco, module };
}

type Surface = Page | Frame | FrameLocator;

/** Plays from the start of the case to its first decision and makes its first choice, with the page's own words. */
async function playToFirstChoice(surface: Surface, t: Translate, choiceText: string) {
  const readInstead = surface.getByRole('button', { name: t('player.readInstead'), exact: true });
  const proceed = surface.getByRole('button', { name: t('case.continue'), exact: true });
  const choice = surface.getByRole('button', { name: choiceText, exact: true });
  for (let step = 0; step < 40; step += 1) {
    await expect(readInstead.or(proceed).or(choice).first()).toBeVisible();
    if (await choice.isVisible()) {
      await choice.click();
      return;
    }
    if (await readInstead.isVisible()) await readInstead.click();
    else await proceed.click();
  }
  throw new Error(`the first decision did not come within 40 steps`);
}

/**
 * English interface text that a Welsh page must not show: every English catalogue string the
 * Welsh catalogue words differently, cut at its {parameters} into runs of two words or more.
 */
function englishInterfaceFragments(): string[] {
  const english = loadCatalogue(project, 'en').messages;
  const welsh = loadCatalogue(project, 'cy').messages;
  const fragments = Object.entries(english)
    // The launcher's bar is outside the module's pages; the captions' language is a tag, not text.
    .filter(
      ([key, text]) =>
        welsh[key] !== text && !key.startsWith('launcher.') && key !== 'player.captionsLanguage',
    )
    .flatMap(([, text]) => text.split(/\{[\w-]+\}/))
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length >= 10 && /\S\s+\S/.test(fragment));
  return [...new Set(fragments)];
}

/**
 * Everything a page says to a learner: its title, its text (screen-reader-only text included)
 * and its labels, leaving out what it marks as English on purpose (the reviewer's name, the
 * English beside the review notice, the switch to English).
 */
async function interfaceText(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body
      .querySelectorAll('[lang="en-GB"], script, style, template, noscript')
      .forEach((element) => element.remove());
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
      .filter((element) => !element.closest('[lang="en-GB"]'))
      .flatMap((element) =>
        ['aria-label', 'title', 'placeholder', 'alt'].map(
          (name) => element.getAttribute(name) ?? '',
        ),
      );
    return [document.title, body.textContent ?? '', ...labels].join(' | ').replace(/\s+/g, ' ');
  });
}

/** The English each page showed before its interface came from the catalogue, as a second net. */
const knownEnglish: Record<string, string[]> = {
  '': [
    'Start, or resume where you left off',
    'What you will learn',
    'Time needed',
    'The scenarios',
    'You play:',
    'scenarios and progress page',
  ],
  'scenarios/': [
    'Scenarios and your progress',
    'You have finished',
    'Checking your progress',
    'Reset my progress',
    'Not started',
    'Required.',
    'Your progress is saved',
    'Status:',
    'My reflections',
  ],
  scenario: [
    'Reflect on this case',
    'What happened',
    'What I learned',
    'Your notes are saved',
    'You chose',
    'All scenarios',
    'Teaching notes',
  ],
  'summary/': [
    'Your summary',
    'Each scenario',
    'What to revisit',
    'Keep a record',
    'Print this summary',
    'Not started',
    'Overall',
    'Progress',
  ],
  'certificate/': [
    'Your certificate',
    'See what is left',
    'Your certificate is ready',
    'Information:',
  ],
  'reflections/': [
    'My reflections',
    'Print my reflections',
    'Download my reflections',
    'Learning activity',
    'Open the scenario',
    'Reflection:',
    'What happened',
  ],
};

/**
 * The English of the words built by functions rather than written on the page (conditions, flag
 * places, review status, session-plan rows, discussion prompts): their catalogue sections' English,
 * cut like englishInterfaceFragments, and the short places of the flag table.
 */
function builtEnglish(): { fragments: string[]; places: RegExp } {
  const english = loadCatalogue(project, 'en').messages;
  const sections = [
    'map.conditions.',
    'review.map.place.',
    'review.status.',
    'guide.planRows.',
    'presenter.prompts.',
  ];
  const fragments = Object.entries(english)
    .filter(([key]) => sections.some((section) => key.startsWith(section)))
    .flatMap(([, text]) => text.split(/\{[\w-]+\}/))
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length >= 10 && /\S\s+\S/.test(fragment));
  return { fragments: [...new Set(fragments)], places: /\b(option [A-D]|line \d+|route to)\b/ };
}

test.describe('Welsh: the Cwm Arian package', () => {
  test('opens in Welsh, the first language, without a Welsh or English LMS preference', async ({
    page,
  }) => {
    expect(languages[0]).toBe('cy');
    const { module } = await openPlayer(page, flavours[1]!, '?language=fr-FR');
    await expect(module.locator('html')).toHaveAttribute('lang', tagOf[languages[0]!]);
  });

  test('opens in English when the LMS prefers English, although Welsh is its first language', async ({
    page,
  }) => {
    const { module, sco } = await openPlayer(page, flavours[0]!, '?language=en-GB');
    await expect(module.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(sco.locator('#launcher-save-exit')).toHaveText(en('launcher.saveAndExit'));
  });

  for (const flavour of flavours) {
    test(`${flavour.slug}: opens in the LMS language preference, switches mid-scenario and back, and keeps progress`, async ({
      page,
    }) => {
      const { id, english, welshTitle, choice } = firstScenario();
      const { module, sco } = await openPlayer(page, flavour, '?language=cy-GB');
      // The launcher and the module's first page are in Welsh.
      await expect(module.locator('html')).toHaveAttribute('lang', 'cy');
      await expect(sco.locator('html')).toHaveAttribute('lang', 'cy');
      await expect(sco.locator('#launcher-save-exit')).toHaveText(cy('launcher.saveAndExit'));

      // Into the scenario, in Welsh, to the first decision and a choice.
      await module
        .getByRole('link', { name: cy('layout.nav.scenarios') })
        .first()
        .click();
      await expect(module.locator('html')).toHaveAttribute('lang', 'cy');
      await module.getByRole('link', { name: welshTitle, exact: true }).first().click();
      await expect(
        module.getByRole('heading', { level: 2, name: cy('case.heading'), exact: true }),
      ).toBeVisible();
      await playToFirstChoice(module, cy, choice.cy);
      await expect(module.locator('.app-case__chosen').last()).toContainText(choice.cy);

      // Switch to English: the same scenario, where the learner left off, with the same choice.
      await module.locator('[data-language-switch="en"]').click();
      await expect(module.locator('html')).toHaveAttribute('lang', 'en-GB');
      await expect(module.getByRole('heading', { level: 1, name: english.title })).toBeVisible();
      await expect(module.getByTestId('case-resumed')).toContainText(en('case.welcomeBack'));
      await expect(module.locator('.app-case__chosen').last()).toContainText(choice.en);
      await expect(sco.locator('#launcher-save-exit')).toHaveText(en('launcher.saveAndExit'));

      // And back to Welsh: still there.
      await module.locator('[data-language-switch="cy"]').click();
      await expect(module.locator('html')).toHaveAttribute('lang', 'cy');
      await expect(module.getByRole('heading', { level: 1, name: welshTitle })).toBeVisible();
      await expect(module.getByTestId('case-resumed')).toContainText(cy('case.welcomeBack'));
      await expect(module.locator('.app-case__chosen').last()).toContainText(choice.cy);
      await expect
        .poll(
          async () =>
            (
              await page.evaluate(() =>
                (
                  window as unknown as { previewLms: { cmi(): Record<string, string> } }
                ).previewLms.cmi(),
              )
            )[flavour.location],
        )
        .toBe(`${prefix('cy')}scenarios/${id}/`);
    });
  }

  test('a scenario page at a decision, a teaching page and the module pages pass axe in both languages', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const { id, choice } = firstScenario();
    const { module } = await openPlayer(page, flavours[0]!, '?language=cy');
    const frame = (await (await module.locator('#maincontent').elementHandle())!.ownerFrame())!;
    const root = frame
      .url()
      .replace(/[^/]*$/, '')
      .replace(/(\/(cy|en))?\/$/, '/');
    for (const language of ['cy', 'en'] as const) {
      const t = language === 'cy' ? cy : en;
      for (const pagePath of [
        '',
        'scenarios/',
        'glossary/',
        'about/',
        'summary/',
        'facilitator/',
      ]) {
        await test.step(`${prefix(language)}${pagePath}`, async () => {
          await frame.goto(new URL(`${prefix(language)}${pagePath}index.html`, root).href);
          await expect(frame.locator('#maincontent')).toBeVisible();
          await expect(frame.locator('html')).toHaveAttribute('lang', tagOf[language]);
          expect(await axeViolationsInFrame(frame), `${prefix(language)}${pagePath}`).toEqual([]);
        });
      }
      await test.step(`${prefix(language)}scenarios/${id}/ at a decision`, async () => {
        await frame.goto(new URL(`${prefix(language)}scenarios/${id}/index.html`, root).href);
        await expect(frame.locator('html')).toHaveAttribute('lang', tagOf[language]);
        // Progress is kept across languages: the Welsh choice shows on the English page too.
        if (language === 'cy') await playToFirstChoice(frame, t, choice.cy);
        // Welsh pages say their Welsh is not yet reviewed, with the English beside it.
        if (language === 'cy')
          await expect(
            frame.locator('[data-translation-notice] [lang="en-GB"]').first(),
          ).toBeVisible();
        // The teaching notes fill the nation's values in the page's language (content/nations/cy/wales.yaml).
        if (language === 'cy')
          expect(await frame.locator('#maincontent').innerText()).not.toMatch(
            /Yn achos Wales|eich health board|\bIn Wales:/,
          );
        await expect(frame.locator('.app-case__chosen').last()).toContainText(
          language === 'cy' ? choice.cy : choice.en,
        );
        expect(await axeViolationsInFrame(frame), `${prefix(language)}scenarios/${id}/`).toEqual(
          [],
        );
      });
    }
  });

  test('the Welsh learner pages show no English interface text', async ({ page }) => {
    test.setTimeout(180_000);
    const { id, choice } = firstScenario();
    const { module } = await openPlayer(page, flavours[0]!, '?language=cy');
    const frame = (await (await module.locator('#maincontent').elementHandle())!.ownerFrame())!;
    const root = frame
      .url()
      .replace(/[^/]*$/, '')
      .replace(/(\/(cy|en))?\/$/, '/');
    const fragments = englishInterfaceFragments();
    const open = async (pagePath: string) => {
      await frame.goto(new URL(`${prefix('cy')}${pagePath}index.html`, root).href);
      await expect(frame.locator('html')).toHaveAttribute('lang', 'cy');
      // Islands say what they know once hydrated: wait for every one, so their words are checked too.
      await expect(frame.locator('astro-island[ssr]')).toHaveCount(0);
    };
    const expectNoEnglish = async (name: string) => {
      const text = await interfaceText(frame);
      const found = [...fragments, ...knownEnglish[name]!].filter((english) =>
        text.includes(english),
      );
      expect(found, `English interface text on the Welsh page ${name || 'home'}`).toEqual([]);
    };

    for (const pagePath of ['', 'scenarios/']) {
      await test.step(`${prefix('cy')}${pagePath}`, async () => {
        await open(pagePath);
        if (pagePath === 'scenarios/')
          await expect(frame.getByTestId('finished-count')).not.toHaveText(
            cy('scenarioList.checking'),
          );
        await expectNoEnglish(pagePath);
      });
    }
    await test.step(`${prefix('cy')}scenarios/${id}/ after a choice, with a reflection`, async () => {
      await open(`scenarios/${id}/`);
      await playToFirstChoice(frame, cy, choice.cy);
      await frame
        .getByLabel(cy('reflections.fields.whatHappened.label'), { exact: true })
        .fill('Nodyn prawf.');
      await expect(
        frame.getByRole('status').filter({ hasText: cy('reflections.notes.saved') }),
      ).toBeVisible();
      await expectNoEnglish('scenario');
    });
    for (const pagePath of ['summary/', 'certificate/', 'reflections/']) {
      await test.step(`${prefix('cy')}${pagePath}`, async () => {
        await open(pagePath);
        await expect(frame.locator('#maincontent')).not.toContainText(cy('summary.checking'));
        if (pagePath === 'reflections/')
          await expect(
            frame.getByRole('heading', {
              level: 2,
              name: cy('reflections.entryHeading', { title: firstScenario().welshTitle }),
            }),
          ).toBeVisible();
        await expectNoEnglish(pagePath);
      });
    }
  });

  test('the Welsh review and guide pages show none of the English the functions used to build', async ({
    page,
  }) => {
    // These pages are in the built site, not the package: read them from the site's files.
    const site = path.join(temp, 'site');
    const { id } = firstScenario();
    const { fragments, places } = builtEnglish();
    for (const pagePath of [
      `review/${id}/script/`,
      `review/${id}/`,
      'review/',
      `facilitator/guide/${id}/`,
      'facilitator/guide/',
    ]) {
      await test.step(`${prefix('cy')}${pagePath}`, async () => {
        await page.goto(`file://${path.join(site, prefix('cy'), pagePath, 'index.html')}`);
        await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
        const text = await interfaceText(page.mainFrame());
        // Without case: a sentence built from these starts with a capital.
        const lower = text.toLowerCase();
        expect(
          fragments.filter((fragment) => lower.includes(fragment.toLowerCase())),
          `English built text on the Welsh page ${pagePath}`,
        ).toEqual([]);
        expect(text).not.toMatch(places);
        // The script gives its conditions in Welsh: the check above has words to look at.
        if (pagePath.endsWith('script/')) expect(text).toContain('Dim ond os');
      });
    }
  });
});
