import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFile, InteractionKey } from '../../src/insights/files';
import { buildReport } from '../../src/insights/report';
import {
  hiddenWithOthers,
  suppressParts,
  suppressOne,
  type HiddenCount,
} from '../../src/insights/suppression';
import { sayMessage } from '../../src/i18n/messages';
import { translate } from '../helpers/catalogue';
import { loadFixture, madeFile, moodleFixtures, nationalCourse } from './course-fixture';
import { loadFile } from '../../src/insights/load-file';
import { courseForKey } from '../../src/insights/key-course';

const english = translate('en');

interface TruthDecision {
  index: number;
  decision: string;
  interactionId: string;
  choice: string;
  response: string;
  at: string;
  undone?: boolean;
}
interface TruthAttempt {
  attempt: number;
  scenarios: { scenario: string; finished: boolean; decisions: TruthDecision[] }[];
  apiAtEnd: Record<string, string>;
}
interface Truth {
  learners: { activities: Record<'scorm12' | 'scorm2004', { attempts: TruthAttempt[] }> }[];
}

const truth = JSON.parse(
  readFileSync(path.join(moodleFixtures, 'ground-truth.json'), 'utf8'),
) as Truth;
const course = nationalCourse();

/**
 * What the report should count, worked out from the ground truth independently of the parser:
 * each learner's first answer at each decision (earliest attempt first; a "Change my last
 * choice" leaves the first answer standing), tallied by interaction id and choice.
 */
function expectedTally(activity: 'scorm12' | 'scorm2004') {
  const tally = new Map<string, Map<string, number>>();
  for (const learner of truth.learners) {
    const seen = new Set<string>();
    const attempts = [...learner.activities[activity].attempts].sort(
      (a, b) => a.attempt - b.attempt,
    );
    for (const attempt of attempts) {
      const decisions = attempt.scenarios
        .flatMap((scenario) => scenario.decisions)
        .sort((a, b) => a.index - b.index);
      for (const decision of decisions) {
        if (seen.has(decision.interactionId)) continue;
        seen.add(decision.interactionId);
        const choices = tally.get(decision.interactionId) ?? new Map<string, number>();
        choices.set(decision.choice, (choices.get(decision.choice) ?? 0) + 1);
        tally.set(decision.interactionId, choices);
      }
    }
  }
  return tally;
}

async function keyFile() {
  const key = await loadFixture(course, 'across-the-interface-interactions.csv');
  if (key.kind !== 'key') throw new Error('the key fixture did not load as a key');
  return key as InteractionKey;
}

async function exportFile(name: string) {
  const file = await loadFixture(course, name);
  if (file.kind !== 'export') throw new Error(`${name} did not load as an export`);
  return file as ExportFile;
}

describe('the report from Moodle 4.5 exports of cohort A', () => {
  for (const name of ['scorm12-interactions.txt', 'scorm12-interactions.xlsx']) {
    it(`${name}: every decision's figures match the ground truth, small numbers hidden`, async () => {
      const key = await keyFile();
      const report = buildReport(course, key, [await exportFile(name)], []);
      const tally = expectedTally('scorm12');
      // The learners played version 1.0.0: its key, not this page's content, says what each answer was.
      const played = courseForKey(course, key).course;
      expect(played.scenarios.flatMap((scenario) => scenario.decisions)).toHaveLength(
        key.decisions.size,
      );
      for (const scenario of played.scenarios) {
        for (const decision of scenario.decisions) {
          const figures = report.scenarios
            .find((candidate) => candidate.id === scenario.id)!
            .decisions.find((candidate) => candidate.decisionId === decision.id)!;
          const counts = decision.choices.map(
            (choice) => tally.get(decision.interactionId)?.get(choice.id) ?? 0,
          );
          const answered = counts.reduce((sum, count) => sum + count, 0);
          expect(figures.answered, `${decision.interactionId} answered`).toEqual(
            suppressOne(answered),
          );
          const expected =
            answered > 0 && answered < 5 ? counts.map(() => suppressOne(1)) : suppressParts(counts);
          expect(
            figures.choices.map((choice) => choice.learners),
            `${decision.interactionId} choices`,
          ).toEqual(expected);
        }
      }
      expect(report.learners).toEqual({ value: 12, hidden: false });
      // Twelve learners with a score, and pass = best score at least 70 (ground truth: two passed at the end of an attempt).
      const bestScores = truth.learners.map((learner) =>
        Math.max(
          ...learner.activities.scorm12.attempts.map((attempt) =>
            Number(attempt.apiAtEnd['cmi.core.score.raw'] || 0),
          ),
        ),
      );
      expect(report.scored).toEqual({ value: 12, hidden: false });
      expect(report.passed).toEqual(suppressOne(bestScores.filter((score) => score >= 70).length));
      const source = report.sources[0]!;
      expect(source).toMatchObject({
        learners: 12,
        attempts: 13,
        unknownAnswers: 0,
        laterAnswersIgnored: 1,
        firstDay: '2026-12-04',
        lastDay: '2026-12-04',
        problem: null,
      });
      // Every answer is either counted, a later answer in the same attempt, or a decision met again in attempt 2.
      const answersInTruth = truth.learners.reduce(
        (sum, learner) =>
          sum +
          learner.activities.scorm12.attempts.reduce(
            (inner, attempt) =>
              inner +
              attempt.scenarios.reduce((count, scenario) => count + scenario.decisions.length, 0),
            0,
          ),
        0,
      );
      expect(answersInTruth).toBe(206);
      expect(source.answers).toBe(
        [...expectedTally('scorm12').values()].reduce(
          (sum, choices) => sum + [...choices.values()].reduce((a, b) => a + b, 0),
          0,
        ),
      );
    });
  }

  it('reads the text and Excel downloads into the same attempts and answers', async () => {
    const text = await exportFile('scorm12-interactions.txt');
    const excel = await exportFile('scorm12-interactions.xlsx');
    expect(excel.attempts).toEqual(text.attempts);
    expect([excel.learners, excel.notStarted]).toEqual([text.learners, text.notStarted]);
  });

  it('names the most common wrong turn only when five or more learners took it', async () => {
    const report = buildReport(
      course,
      await keyFile(),
      [await exportFile('scorm12-interactions.txt')],
      [],
    );
    const skin = report.scenarios
      .find((scenario) => scenario.id === 'second-problem')!
      .decisions.find((decision) => decision.decisionId === 'skin-decision')!;
    const tally = expectedTally('scorm12').get(
      'urn:across-the-interface:second-problem:skin-decision',
    )!;
    expect(tally.get('ask-gp-to-refer')).toBeGreaterThanOrEqual(5);
    expect(skin.commonWrongTurn).toMatchObject({
      choice: { id: 'ask-gp-to-refer' },
      learners: tally.get('ask-gp-to-refer'),
    });
    expect(skin.commonWrongTurn!.choice.requirement).toBeTruthy();
    // Two learners took the best choice (hidden): "8 missed it" would give that away, so it is hidden too.
    expect(skin.missed).toEqual({ value: null, hidden: true, reason: hiddenWithOthers });
    expect(report.ranking.every((decision) => !decision.missed.hidden)).toBe(true);
    const summary = report.scenarios
      .find((scenario) => scenario.id === 'results')!
      .decisions.find((decision) => decision.decisionId === 'summary-pending')!;
    expect(summary.commonWrongTurn).toBeNull();
    expect(sayMessage(english, summary.wrongTurnNote!)).toBe(
      'No wrong turn was taken by 5 or more learners.',
    );
    // The ranking starts with the decision most often missed, among those with a shown number of answers.
    const shares = report.ranking.map((decision) => decision.missShare!);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  it("reads a SCORM 2004 Track details download: every one of the learner's answers, in order, with times", async () => {
    const file = await exportFile('scorm2004-track-details-ati-a-01-attempt-1.csv');
    const attempt = truth.learners[0]!.activities.scorm2004.attempts[0]!;
    const decisions = attempt.scenarios
      .flatMap((scenario) => scenario.decisions)
      .sort((a, b) => a.index - b.index);
    expect(file.attempts).toHaveLength(1);
    expect(
      file.attempts[0]!.answers.map((answer) => [answer.interactionId, answer.response]),
    ).toEqual(decisions.map((decision) => [decision.interactionId, decision.response]));
    expect(file.attempts[0]!.score).toBe(77.67);
    expect(file.attempts[0]!.day).toBe('2026-12-04');
    // Times a few milliseconds after the script's own clock: the module stamps each answer as it reports it.
    file.attempts[0]!.answers.forEach((answer, index) =>
      expect(Math.abs(answer.at! - Date.parse(decisions[index]!.at))).toBeLessThan(2000),
    );
    const report = buildReport(course, await keyFile(), [file], []);
    expect(report.learners).toMatchObject({ value: null, hidden: true });
    expect(sayMessage(english, (report.learners as HiddenCount).reason)).toBe(
      'fewer than 5 learners: hidden so that no one can be recognised',
    );
  });

  it('filters by date range and by file', async () => {
    const key = await keyFile();
    const moodle = await exportFile('scorm12-interactions.txt');
    expect(
      buildReport(course, key, [moodle], [], { from: '2026-12-05', to: null, files: null })
        .learners,
    ).toEqual({ value: 0, hidden: false });
    expect(
      buildReport(course, key, [moodle], [], { from: '2026-12-04', to: '2026-12-04', files: null })
        .learners,
    ).toEqual({ value: 12, hidden: false });
    expect(
      buildReport(course, key, [moodle], [], { from: null, to: null, files: ['another.csv'] })
        .learners,
    ).toEqual({ value: 0, hidden: false });
  });

  it('reports the time per scenario from a CSV with times, and says why when the export has none', async () => {
    const key = await keyFile();
    const rows = ['learner,interaction id,response,result,time'];
    for (let learner = 0; learner < 6; learner += 1) {
      rows.push(
        `L${learner},urn:across-the-interface:results:summary-pending,c,correct,2026-12-01T10:00:00Z`,
      );
      rows.push(
        `L${learner},urn:across-the-interface:results:tell-patient,a,correct,2026-12-01T10:0${learner}:30Z`,
      );
    }
    const generic = await loadFile(madeFile('cohort.csv', `${rows.join('\n')}\n`), course);
    const report = buildReport(course, key, [generic as ExportFile], []);
    const results = report.scenarios.find((scenario) => scenario.id === 'results')!;
    // 30, 90, 150, 210, 270, 330 seconds: the median is 180.
    expect(results.medianSeconds).toBe(180);
    expect(
      results.decisions[0]!.choices.find((choice) => choice.choiceId === 'named-owner')!.learners,
    ).toEqual({ value: 6, hidden: false });
    const moodle = buildReport(course, key, [await exportFile('scorm12-interactions.txt')], []);
    expect(sayMessage(english, moodle.scenarios[0]!.timeNote)).toMatch(/^Not in these files/);
    expect(sayMessage(english, results.timeNote)).toMatch(
      /^Median from the first to the last decision, over 6 learners/,
    );
  });
});
