import { describe, expect, it } from 'vitest';
import {
  significantEventSummary,
  significantEventText,
  wordSummary,
} from '../../src/insights/significant-event';
import { moodleFixtureReport, nationalCourse } from './course-fixture';
import { translate } from '../helpers/catalogue';

const course = nationalCourse();

describe('the significant-event-style summary of a common wrong turn', () => {
  it('says what happened, the requirement, the two-minute fix and who to talk to, from the settings', async () => {
    const report = await moodleFixtureReport(course);
    const turn = report.scenarios.find((scenario) => scenario.id === 'second-problem')!
      .decisions[0]!.commonWrongTurn!;
    const data = significantEventSummary(course, turn);
    const summary = wordSummary(translate('en'), data);
    expect(summary.title).toBe('The second problem: 60% of learners took the same wrong turn');
    expect(summary.whatHappened[0]).toMatch(/^6 of 10 learners \(60%\) who reached this decision/);
    expect(summary.requirement).toContain('SC8.4 in the 2017–19 contract');
    expect(summary.twoMinuteFix).toBe(
      course.scenarios.find((scenario) => scenario.id === 'second-problem')!.decisions[0]!
        .twoMinuteFix,
    );
    expect(summary.whoToTalkTo.join(' ')).toBe(
      `For the process: ${course.contacts.interfaceLead}. For questions from general practice: ${course.contacts.gpQueries}.`,
    );
    const text = significantEventText(
      translate('en'),
      data,
      'https://example.org/scenarios/second-problem/#teaching-notes',
    );
    expect(
      text
        .split('\n')
        .filter((line) =>
          ['What happened', 'The requirement', 'The two-minute fix', 'Who to talk to'].includes(
            line,
          ),
        ),
    ).toHaveLength(4);
    expect(text).toContain('no learner or patient is named');
  });

  it('is worded in Welsh on a Welsh page, its download too, keeping the content and contacts as given', async () => {
    const turn = (await moodleFixtureReport(course)).scenarios.find(
      (scenario) => scenario.id === 'second-problem',
    )!.decisions[0]!.commonWrongTurn!;
    const welsh = translate('cy');
    const summary = wordSummary(welsh, significantEventSummary(course, turn));
    expect(summary.title).toBe('The second problem: cymerodd 60% o ddysgwyr yr un tro anghywir');
    expect(summary.whatHappened[0]).toMatch(/^Dewisodd 6 o 10 dysgwr \(60%\) a gyrhaeddodd/);
    expect(summary.whoToTalkTo.join(' ')).toBe(
      `Ar gyfer y broses: ${course.contacts.interfaceLead}. Ar gyfer cwestiynau o ymarfer cyffredinol: ${course.contacts.gpQueries}.`,
    );
    const text = significantEventText(welsh, significantEventSummary(course, turn), null);
    for (const heading of [
      'Beth ddigwyddodd',
      'Y gofyniad',
      'Yr ateb dau funud',
      'Gyda phwy i siarad',
    ])
      expect(text.split('\n')).toContain(heading);
    expect(text).not.toMatch(/What happened|What follows|not an incident|For the process/);
  });
});
