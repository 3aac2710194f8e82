import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interactionKeyCsv } from '../../scorm/interaction-key';
import { InsightsFileError, type ExportFile, type InteractionKey } from '../../src/insights/files';
import { courseForKey } from '../../src/insights/key-course';
import { loadFile } from '../../src/insights/load-file';
import { buildReport } from '../../src/insights/report';
import { significantEventSummary, wordSummary } from '../../src/insights/significant-event';
import { sayMessage } from '../../src/i18n/messages';
import { loadScenarios } from '../../src/integrity/content-files';
import { loadSettings } from '../../src/settings/load-settings';
import { buildCourseInfo } from '../../src/tracking/course-info';
import { loadFixture, madeFile, moodleFixtures, nationalCourse, root } from './course-fixture';
import { translate } from '../helpers/catalogue';

/** This page: built from the current content (version 1.1.0 or later). The fixtures: version 1.0.0. */
const course = nationalCourse();
const english = translate('en');
const welsh = translate('cy');
const fixtureKeyText = readFileSync(
  path.join(moodleFixtures, 'across-the-interface-interactions.csv'),
  'utf8',
);
const fixtureExportText = readFileSync(
  path.join(moodleFixtures, 'scorm12-interactions.txt'),
  'utf8',
);

/** The key npm run package writes for the current content, with the package code itself. */
function currentKeyText(): string {
  const settings = loadSettings(root, '');
  const scenarios = loadScenarios(root);
  return interactionKeyCsv(buildCourseInfo(settings, scenarios), scenarios);
}

/** The 1.0.0 key as a package command with the version column would have written it. */
const fixtureKeyWithVersion = () =>
  fixtureKeyText
    .split('\r\n')
    .map((line, index) => (line === '' ? line : `${line},${index === 0 ? 'version' : '1.0.0'}`))
    .join('\r\n');

async function loadKey(name: string, text: string) {
  const key = await loadFile(madeFile(name, text), course);
  if (key.kind !== 'key') throw new Error(`${name} did not load as a key`);
  return key as InteractionKey;
}

const moodle = async () => (await loadFixture(course, 'scorm12-interactions.txt')) as ExportFile;
const pageDecision = (scenarioId: string, decisionId: string) =>
  course.scenarios
    .find((scenario) => scenario.id === scenarioId)!
    .decisions.find((decision) => decision.id === decisionId)!;

describe('a key from another version of this module', () => {
  it('is read, with its version when the key names it, and "unknown" for a key made before keys had a version column', async () => {
    expect(course.version).not.toBe('1.0.0');
    const current = await loadKey('across-the-interface-interactions.csv', currentKeyText());
    expect(current.version).toBe(course.version);
    expect((await loadKey('old.csv', fixtureKeyText)).version).toBeNull();
    expect((await loadKey('old-with-version.csv', fixtureKeyWithVersion())).version).toBe('1.0.0');
  });

  it("uses this page's consequence, requirement and fix only where decision id, choice id, response letter and points all match", async () => {
    const key = await loadKey('old.csv', fixtureKeyWithVersion());
    const { course: played, version } = courseForKey(course, key);
    const decision = (scenarioId: string, decisionId: string) =>
      played.scenarios
        .find((scenario) => scenario.id === scenarioId)!
        .decisions.find((candidate) => candidate.id === decisionId)!;

    // question-and-follow-up / ask-decision was rewritten in 1.1.0: framed-question was "c", best (10 points); now it is "b", 8 points.
    const ask = decision('question-and-follow-up', 'ask-decision');
    const askHere = pageDecision('question-and-follow-up', 'ask-decision');
    expect(ask.choices.find((choice) => choice.id === 'framed-question')).toMatchObject({
      letter: 'c',
      points: 10,
      rating: 'best',
      consequence: null,
      requirement: null,
      consequenceScene: null,
      matchesPage: false,
    });
    expect(askHere.choices.find((choice) => choice.id === 'framed-question')).toMatchObject({
      letter: 'b',
      points: 8,
    });
    expect(ask.matchesPage).toBe(false);
    expect(ask.twoMinuteFix).toBeNull();
    // The key's words, not this page's: the choice learners read.
    expect(ask.choices.map((choice) => choice.text)).toEqual(
      fixtureKeyText
        .split('\r\n')
        .filter((line) =>
          line.startsWith('urn:across-the-interface:question-and-follow-up:ask-decision,'),
        )
        .map((line) =>
          /,[a-z],[^,]+,("(?:[^"]|"")*"|[^,]*),\d+,\d+$/
            .exec(line)![1]!
            .replace(/^"|"$/g, '')
            .replaceAll('""', '"'),
        ),
    );
    // Not one consequence in the changed decision is borrowed from this page.
    const pageConsequences = askHere.choices.map((choice) => choice.consequence);
    expect(ask.choices.some((choice) => pageConsequences.includes(choice.consequence))).toBe(false);

    // second-problem / anaemia-decision: "a" is unchanged and keeps its consequence; "b" and "c" were renamed and get none.
    const anaemia = decision('second-problem', 'anaemia-decision');
    const anaemiaHere = pageDecision('second-problem', 'anaemia-decision');
    expect(anaemia.choices[0]).toMatchObject({
      id: anaemiaHere.choices[0]!.id,
      matchesPage: true,
      consequence: anaemiaHere.choices[0]!.consequence,
      requirement: anaemiaHere.choices[0]!.requirement,
    });
    expect(
      anaemia.choices.slice(1).map((choice) => [choice.id, choice.consequence, choice.matchesPage]),
    ).toEqual([
      ['back-to-gp-rerefer', null, false],
      ['own-the-anaemia', null, false],
    ]);
    expect(anaemia.matchesPage).toBe(false);
    expect(anaemia.twoMinuteFix).toBeNull();

    // An unchanged decision is explained with this page's content in full.
    const handle = decision('missed-appointment', 'handle-dna');
    const handleHere = pageDecision('missed-appointment', 'handle-dna');
    expect(handle.matchesPage).toBe(true);
    expect(handle.twoMinuteFix).toBe(handleHere.twoMinuteFix);
    expect(handle.choices.map((choice) => choice.consequence)).toEqual(
      handleHere.choices.map((choice) => choice.consequence),
    );

    expect(version.key).toBe('1.0.0');
    expect(version.changedDecisions).toEqual(
      expect.arrayContaining([
        { scenarioId: 'question-and-follow-up', decisionId: 'ask-decision' },
        { scenarioId: 'second-problem', decisionId: 'anaemia-decision' },
      ]),
    );
    expect(version.changedDecisions).not.toContainEqual({
      scenarioId: 'missed-appointment',
      decisionId: 'handle-dna',
    });
  });

  it('says in the report which version the answers are from, and "changed since" where this page\'s words do not apply', async () => {
    const report = buildReport(
      course,
      await loadKey('old.csv', fixtureKeyWithVersion()),
      [await moodle()],
      [],
    );
    expect(report.version).toMatchObject({ key: '1.0.0', page: course.version });
    const figures = report.scenarios.flatMap((scenario) => scenario.decisions);
    const ask = figures.find((decision) => decision.decisionId === 'ask-decision')!;
    expect(sayMessage(english, ask.changedNote!)).toBe(
      "Changed since version 1.0.0: see the key's wording.",
    );
    expect(sayMessage(welsh, ask.changedNote!)).toBe(
      'Wedi newid ers fersiwn 1.0.0: gweler geiriad yr allwedd.',
    );
    expect(
      figures.find((decision) => decision.decisionId === 'handle-dna')!.changedNote,
    ).toBeNull();
    // The cohort's path on this page's map uses only choices that mean the same here.
    for (const scenario of report.scenarios) {
      for (const [decisionId, choiceId] of Object.entries(scenario.cohortChoices)) {
        const here = pageDecision(scenario.id, decisionId).choices.find(
          (choice) => choice.id === choiceId,
        );
        const there = scenario.decisions
          .find((decision) => decision.decisionId === decisionId)!
          .choices.find((choice) => choice.choiceId === choiceId)!;
        expect(
          here && here.letter === there.letter && here.points === there.points,
          `${scenario.id} / ${decisionId}`,
        ).toBe(true);
      }
    }
  });

  it("names a wrong turn in a rewritten decision with the key's words, and borrows no consequence, fix or link for it", async () => {
    // Six learners of version 1.0.0 answer "a" at ask-decision: routine-referral then (5 of 10), framed-referral (best) now.
    const rows = ['learner,interaction id,response'];
    for (let learner = 0; learner < 6; learner += 1)
      rows.push(`L${learner},urn:across-the-interface:question-and-follow-up:ask-decision,a`);
    const cohort = (await loadFile(
      madeFile('cohort.csv', `${rows.join('\n')}\n`),
      course,
    )) as ExportFile;
    const report = buildReport(
      course,
      await loadKey('old.csv', fixtureKeyWithVersion()),
      [cohort],
      [],
    );
    const ask = report.scenarios
      .find((scenario) => scenario.id === 'question-and-follow-up')!
      .decisions.find((decision) => decision.decisionId === 'ask-decision')!;
    const turn = ask.commonWrongTurn!;
    expect(turn.choice).toMatchObject({
      id: 'routine-referral',
      letter: 'a',
      rating: 'acceptable',
      consequence: null,
      requirement: null,
      matchesPage: false,
    });
    expect(turn).toMatchObject({
      teachingHref: null,
      twoMinuteFix: null,
      changedNote: { key: 'insights.notes.changedSince', params: { version: '1.0.0' } },
    });
    const summary = wordSummary(english, significantEventSummary(course, turn));
    expect(summary.whatHappened[0]).toContain(`chose: "${turn.choice.text}"`);
    expect(summary.whatHappened[1]).toBe(
      "What follows in the scenario: Changed since version 1.0.0: see the key's wording.",
    );
    expect([summary.requirement, summary.twoMinuteFix, summary.teachingHref]).toEqual([
      "Changed since version 1.0.0: see the key's wording.",
      "Changed since version 1.0.0: see the key's wording.",
      null,
    ]);
    // This page's "a" (framed-referral) and its explanation appear nowhere in it.
    const pageA = pageDecision('question-and-follow-up', 'ask-decision').choices[0]!;
    expect(pageA.id).toBe('framed-referral');
    expect(JSON.stringify(summary)).not.toContain(pageA.consequence!.slice(0, 40));
    expect(JSON.stringify(summary)).not.toContain(pageA.text.slice(0, 40));
    // Not on this page's map either: the cohort's path stops before it.
    expect(
      report.scenarios.find((scenario) => scenario.id === 'question-and-follow-up')!.cohortChoices,
    ).toEqual({});
  });

  it('a key without a version column is compared with this page and says so', async () => {
    const report = buildReport(
      course,
      await loadKey('old.csv', fixtureKeyText),
      [await moodle()],
      [],
    );
    expect(report.version.key).toBeNull();
    expect(
      report.scenarios
        .flatMap((scenario) => scenario.decisions)
        .find((decision) => decision.decisionId === 'ask-decision')!.changedNote,
    ).toEqual({ key: 'insights.notes.changedUnknownVersion', params: { page: course.version } });
    expect(
      sayMessage(english, {
        key: 'insights.notes.changedUnknownVersion',
        params: { page: course.version },
      }),
    ).toBe(
      `Differs from this page's content (version ${course.version}), and the key does not say which version it is from: see the key's wording.`,
    );
  });
});

describe('an export that does not fit the loaded key', () => {
  it("a 1.0.0 export with the current version's key is refused, with what it is and what was expected", async () => {
    const report = buildReport(
      course,
      await loadKey('across-the-interface-interactions.csv', currentKeyText()),
      [await moodle()],
      [],
    );
    expect(sayMessage(english, report.sources[0]!.problem!)).toMatchInlineSnapshot(
      `""scorm12-interactions.txt" does not fit the interaction key "across-the-interface-interactions.csv" (version 1.1.0): the export's right answer at urn:across-the-interface:question-and-follow-up:ask-decision is "c", but in the key the best choice there is "a", so the learners played another version of the module than the key's. Load the export of the activity whose packages were made with this key, or the key written with the packages these learners played (npm run package writes it beside them)."`,
    );
    expect(report.learners.value).toBe(0);
  });

  it('an export with a response the key does not have is refused', async () => {
    const edited = fixtureExportText.replace(
      'urn:across-the-interface:missed-appointment:handle-dna\ta\t',
      'urn:across-the-interface:missed-appointment:handle-dna\tz\t',
    );
    expect(edited).not.toBe(fixtureExportText);
    const file = (await loadFile(madeFile('edited.txt', edited), course)) as ExportFile;
    const report = buildReport(course, await loadKey('old.csv', fixtureKeyText), [file], []);
    expect(sayMessage(english, report.sources[0]!.problem!)).toMatchInlineSnapshot(
      `""edited.txt" does not fit the interaction key "old.csv" (a version the key does not name): it has the response "z" at urn:across-the-interface:missed-appointment:handle-dna, where the key lists only "a", "b", "c", so it comes from another version of the module than the key. Load the export of the activity whose packages were made with this key, or the key written with the packages these learners played (npm run package writes it beside them)."`,
    );
  });

  it("another organisation's key is refused, even one with a version column", async () => {
    const refused = await loadFile(
      madeFile(
        'northshire.csv',
        currentKeyText().replaceAll('urn:across-the-interface:', 'urn:ati-northshire:'),
      ),
      course,
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InsightsFileError);
    expect(sayMessage(english, (refused as InsightsFileError).said)).toMatch(
      /^"northshire\.csv" is the interaction key of another module or another organisation's package: its interaction ids start "urn:ati-northshire:"/,
    );
  });
});
