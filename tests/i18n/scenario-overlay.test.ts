import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyOverlay, languageAsset, overlayProblems } from '../../src/i18n/scenario-overlay';
import { scenarioOverlaySchema, type ScenarioOverlay } from '../../src/schemas/translation';
import { formatProblem } from '../../src/schemas/problem';
import { fixture, loadScenario } from '../helpers/load-scenario';

const english = loadScenario(fixture('integrity/base/scenarios/tiny.yaml'));
const welshFile = 'scenarios/cy/tiny.yaml';
const readOverlay = (): ScenarioOverlay =>
  scenarioOverlaySchema.parse(
    parse(readFileSync(fixture('integrity/welsh/scenarios/cy/tiny.yaml'), 'utf8')),
  );
const problemsOf = (change: (overlay: ScenarioOverlay) => void) => {
  const overlay = readOverlay();
  change(overlay);
  return overlayProblems(english, overlay, welshFile).map(formatProblem);
};

describe('applyOverlay', () => {
  const welsh = applyOverlay(english, readOverlay(), 'cy');

  it('keeps the English structure: ids, kinds, targets, scores, flags, conditions and speakers', () => {
    const structure = (scenario: typeof english) =>
      JSON.stringify(scenario.nodes, (key, value) =>
        [
          'text',
          'feedback',
          'prompt',
          'when',
          'where',
          'title',
          'summary',
          'learningPoints',
          'segment',
          'source',
          'twoMinuteFix',
        ].includes(key)
          ? undefined
          : value,
      );
    expect(structure(welsh)).toBe(structure(english));
    expect(welsh.start).toBe(english.start);
    expect(welsh.cast.map(({ id, name, side }) => ({ id, name, side }))).toEqual(
      english.cast.map(({ id, name, side }) => ({ id, name, side })),
    );
  });

  it('puts the Welsh words in every translated field', () => {
    expect(welsh.title).toBe('Bach');
    expect(welsh.cast[0]!.role).toBe('Meddyg FY2');
    const ask = welsh.nodes.find((node) => node.id === 'ask');
    expect(
      ask?.kind === 'decision' &&
        ask.choices.map((choice) => [choice.text, choice.feedback, choice.score]),
    ).toEqual([
      ['Eu ffonio', 'Caredig.', 10],
      ['Anfon llythyr', 'Mentrus.', 2],
    ]);
    const later = welsh.nodes.find((node) => node.id === 'later');
    expect(
      later?.kind === 'scene' && [later.when, later.lines?.[0]?.text, later.lines?.[0]?.unless],
    ).toEqual(['Tair wythnos yn ddiweddarach', 'Ni ddywedodd neb wrthyn nhw.', ['phoned']]);
  });

  it('points the vlog at the Welsh files and uses the Welsh segment times, never the English ones', () => {
    expect(welsh.vlog).toEqual({
      video: 'videos/tiny/vlog.cy.mp4',
      captions: 'videos/tiny/captions.cy.vtt',
    });
    expect(welsh.nodes.find((node) => node.id === 'intro')?.segment).toEqual({
      start: 0,
      end: 1.471,
    });
    const overlay = readOverlay();
    delete overlay.nodes.intro!.segment;
    const withEnglishSegment = {
      ...english,
      nodes: english.nodes.map((node) =>
        node.id === 'intro' ? { ...node, segment: { start: 1, end: 2 } } : node,
      ),
    };
    expect(
      applyOverlay(withEnglishSegment, overlay, 'cy').nodes.find((node) => node.id === 'intro')
        ?.segment,
    ).toBeUndefined();
  });

  it('names language files with the language before the extension, and leaves English as it is', () => {
    expect(languageAsset('videos/a/captions.vtt', 'cy')).toBe('videos/a/captions.cy.vtt');
    expect(languageAsset('videos/a/captions.vtt', 'en')).toBe('videos/a/captions.vtt');
  });
});

describe('overlayProblems', () => {
  it('finds nothing wrong with a complete translation', () => {
    expect(overlayProblems(english, readOverlay(), welshFile)).toEqual([]);
  });

  it('names the file, node and field of a missing line, choice text and node', () => {
    expect(
      problemsOf((overlay) => {
        overlay.nodes.later!.lines = [];
        delete overlay.nodes.ask!.choices!.letter!.feedback;
        delete overlay.nodes.lost;
      }),
    ).toEqual([
      'Error in scenarios/cy/tiny.yaml, node "ask", field "choices.letter.feedback": node "ask" has no Welsh text; scenarios/tiny.yaml has it in English.\n  Fix: add choices.letter.feedback under nodes.ask of scenarios/cy/tiny.yaml, translated from scenarios/tiny.yaml.',
      'Error in scenarios/cy/tiny.yaml, node "later", field "lines": node "later" has 0 Welsh lines where the English has 1.\n  Fix: write one Welsh line for each English line of scenarios/tiny.yaml, in the same order, conditional lines included.',
      'Error in scenarios/cy/tiny.yaml, node "lost", field "nodes.lost": node "lost" has no Welsh translation; scenarios/tiny.yaml has it in English.\n  Fix: add nodes.lost to scenarios/cy/tiny.yaml, translated from scenarios/tiny.yaml.',
    ]);
  });

  it('names a Welsh node, choice or cast member the English does not have', () => {
    expect(
      problemsOf((overlay) => {
        overlay.nodes['ring-back'] = { lines: ['Helo'] };
        overlay.nodes.ask!.choices!.email = { text: 'E-bost', feedback: 'Iawn.' };
        overlay.cast.sam = { role: 'Fferyllydd' };
        overlay.nodes.intro!.prompt = 'Beth?';
      }),
    ).toEqual([
      'Error in scenarios/cy/tiny.yaml, field "cast.sam": the cast member "sam" is not in scenarios/tiny.yaml.\n  Fix: remove it from scenarios/cy/tiny.yaml, or check the id against scenarios/tiny.yaml (ids are never translated).',
      'Error in scenarios/cy/tiny.yaml, node "ring-back", field "nodes.ring-back": there is no node "ring-back" in scenarios/tiny.yaml.\n  Fix: remove it from scenarios/cy/tiny.yaml, or check the id against scenarios/tiny.yaml (ids are never translated).',
      'Error in scenarios/cy/tiny.yaml, node "intro", field "prompt": the English dialogue node "intro" has no prompt, so there is nothing to translate.\n  Fix: remove it from scenarios/cy/tiny.yaml, or check the id against scenarios/tiny.yaml (ids are never translated).',
      'Error in scenarios/cy/tiny.yaml, node "ask", field "choices.email": decision "ask" has no choice "email" in scenarios/tiny.yaml.\n  Fix: remove it from scenarios/cy/tiny.yaml, or check the id against scenarios/tiny.yaml (ids are never translated).',
    ]);
  });

  it('refuses a translated placeholder, because its value comes from the settings', () => {
    const withPlaceholder = { ...english, summary: 'Ask {{contacts.interface-lead}}.' };
    const overlay = readOverlay();
    overlay.summary = 'Gofynnwch i {{cysylltiadau.arweinydd}}.';
    expect(
      overlayProblems(withPlaceholder, overlay, welshFile).map((problem) => [
        problem.field,
        problem.message,
      ]),
    ).toEqual([
      [
        'summary',
        'the Welsh uses {{cysylltiadau.arweinydd}} where the English uses {{contacts.interface-lead}}.',
      ],
    ]);
  });

  it('requires a reviewer and a date once a translation is marked reviewed', () => {
    const result = scenarioOverlaySchema.safeParse({
      ...readOverlay(),
      translation: { status: 'reviewed' },
    });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'translation.reviewedBy',
      'translation.reviewed',
    ]);
  });
});
