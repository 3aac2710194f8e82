import { describe, expect, it } from 'vitest';
import type { ExportFile, InteractionKey } from '../../src/insights/files';
import { buildReport } from '../../src/insights/report';
import {
  significantEventSummary,
  significantEventText,
} from '../../src/insights/significant-event';
import { loadFixture, nationalCourse } from './course-fixture';

const course = nationalCourse();

describe('the significant-event-style summary of a common wrong turn', () => {
  it('says what happened, the requirement, the two-minute fix and who to talk to, from the settings', async () => {
    const key = (await loadFixture(
      course,
      'across-the-interface-interactions.csv',
    )) as InteractionKey;
    const moodle = (await loadFixture(course, 'scorm12-interactions.txt')) as ExportFile;
    const report = buildReport(course, key, [moodle], []);
    const turn = report.scenarios.find((scenario) => scenario.id === 'second-problem')!
      .decisions[0]!.commonWrongTurn!;
    const summary = significantEventSummary(course, turn);
    expect(summary.title).toBe('The second problem: 60% of learners took the same wrong turn');
    expect(summary.whatHappened[0]).toMatch(/^6 of 10 learners \(60%\) who reached this decision/);
    expect(summary.requirement).toContain('SC8.4 in the 2017–19 contract');
    expect(summary.twoMinuteFix).toBe(
      course.scenarios.find((scenario) => scenario.id === 'second-problem')!.decisions[0]!
        .twoMinuteFix,
    );
    expect(summary.whoToTalkTo).toBe(
      `For the process: ${course.contacts.interfaceLead}. For questions from general practice: ${course.contacts.gpQueries}.`,
    );
    const text = significantEventText(
      summary,
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
});
