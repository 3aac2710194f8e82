import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addRun,
  addVotes,
  createSession,
  meetDecision,
  updateRun,
} from '../../src/facilitator/room-session';
import { buildSessionRecord } from '../../src/facilitator/session-record';
import type { ExportFile, InteractionKey, SessionRecordFile } from '../../src/insights/files';
import { buildReport } from '../../src/insights/report';
import { dayOf, moodleDay, readSessionRecord } from '../../src/insights/readers';
import { loadSettings } from '../../src/settings/load-settings';
import { fillPlaceholders } from '../../src/settings/placeholders';
import type { DecisionNode } from '../../src/schemas/scenario';
import { loadScenario } from '../helpers/load-scenario';
import { loadFixture, nationalCourse, root } from './course-fixture';

const course = nationalCourse();

describe('a facilitator session record, as the presenter view builds it', () => {
  it("puts the room's votes beside the learners' choices, matched by the decision's and options' wording", async () => {
    // The presenter shows the scenario with the trust's local values filled in, as the insights page does.
    const scenario = fillPlaceholders(
      loadScenario(path.join(root, 'scenarios', 'results.yaml')),
      loadSettings(root, ''),
    );
    const decision = scenario.nodes.find((node) => node.id === 'summary-pending') as DecisionNode;
    const now = new Date('2026-12-02T10:00:00Z');
    let session = createSession(now, 's');
    session = addRun(session, scenario, now, 'run').session;
    session = updateRun(
      session,
      'run',
      (run) =>
        addVotes(
          addVotes(
            meetDecision(run, decision, decision.choices),
            'summary-pending',
            'named-owner',
            7,
          ),
          'summary-pending',
          'leave-to-inbox',
          4,
        ),
      now,
    );
    const record = buildSessionRecord(
      session,
      { title: 'Across the Interface', version: '1.0.0' },
      now,
    );
    const loaded = readSessionRecord(
      'facilitator-session-2026-12-02.json',
      JSON.stringify(record),
      course,
    );
    expect(loaded).toMatchObject({ day: '2026-12-02', moduleVersion: '1.0.0' });
    // Only what the report needs is kept: the day, the version and the votes, never the record's times.
    expect(Object.keys(loaded)).toEqual(['kind', 'name', 'day', 'moduleVersion', 'scenarios']);

    const key = (await loadFixture(
      course,
      'across-the-interface-interactions.csv',
    )) as InteractionKey;
    const moodle = (await loadFixture(course, 'scorm12-interactions.txt')) as ExportFile;
    const report = buildReport(course, key, [moodle], [loaded as SessionRecordFile]);
    const figures = report.scenarios
      .find((candidate) => candidate.id === 'results')!
      .decisions.find((candidate) => candidate.decisionId === 'summary-pending')!;
    expect(figures.room).toEqual({ sessions: 1, votes: 11 });
    expect(
      Object.fromEntries(figures.choices.map((choice) => [choice.choiceId, choice.roomVotes])),
    ).toEqual({ 'leave-to-inbox': 4, 'gp-to-chase': 0, 'named-owner': 7 });
    expect(report.sessions).toEqual([
      {
        name: 'facilitator-session-2026-12-02.json',
        day: '2026-12-02',
        decisions: 1,
        unmatched: 0,
      },
    ]);
    // A date range that leaves the session out leaves its votes out too.
    const later = buildReport(course, key, [moodle], [loaded as SessionRecordFile], {
      from: '2026-12-03',
      to: null,
      files: null,
    });
    expect(
      later.scenarios.find((candidate) => candidate.id === 'results')!.decisions[0]!.room,
    ).toBeNull();
  });
});

describe('dates', () => {
  it("reads Moodle's dates, in the text and the Excel download's wording, as days", () => {
    expect(moodleDay('Friday, 4 December 2026, 9:46 PM')).toBe('2026-12-04');
    expect(moodleDay('4 December 2026, 9:46 PM')).toBe('2026-12-04');
    expect(moodleDay('-')).toBeNull();
  });

  it('puts a UTC time on its UK day, summer time included', () => {
    expect(dayOf(Date.parse('2026-12-04T23:30:00Z'))).toBe('2026-12-04');
    expect(dayOf(Date.parse('2026-07-04T23:30:00Z'))).toBe('2026-07-05');
  });
});
