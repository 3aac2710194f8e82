import { beforeAll, describe, expect, it } from 'vitest';
import {
  addRun,
  addVotes,
  createSession,
  followPath,
  meetDecision,
  reachEnding,
  updateRun,
  type FacilitatorSession,
} from '../../src/facilitator/room-session';
import {
  buildSessionRecord,
  localDate,
  recordFileName,
  sessionRecordText,
} from '../../src/facilitator/session-record';
import type { DecisionNode, EndingNode } from '../../src/schemas/scenario';
import { fixture, loadScenario } from '../helpers/load-scenario';
import { translate } from '../helpers/catalogue';

// The record shows the facilitator's local times; pin the zone so the expected text is stable.
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));
const decision = (id: string) => scenario.nodes.find((node) => node.id === id) as DecisionNode;
const at = (time: string) => new Date(`2026-11-21T${time}:00Z`);

/** A session in which the room ran the fixture twice: finished once following a minority, then stopped at the first decision. */
function session(): FacilitatorSession {
  let current = createSession(at('14:02'), 's');
  current = addRun(current, scenario, at('14:02'), 'one').session;
  current = updateRun(
    current,
    'one',
    (run) => {
      let next = meetDecision(run, decision('first-call'), decision('first-call').choices);
      next = addVotes(next, 'first-call', 'phone', 9);
      next = addVotes(next, 'first-call', 'letter', 3);
      next = followPath(next, [{ decision: 'first-call', choice: 'letter' }], 'second-call');
      next = meetDecision(
        next,
        decision('second-call'),
        decision('second-call').choices.filter((choice) => choice.id !== 'rebook'),
      );
      next = addVotes(next, 'second-call', 'rebook-blind', 12);
      next = followPath(
        next,
        [
          { decision: 'first-call', choice: 'letter' },
          { decision: 'second-call', choice: 'rebook-blind' },
        ],
        'poor-ending',
      );
      return reachEnding(
        next,
        scenario.nodes.find((node) => node.id === 'poor-ending') as EndingNode,
        at('14:20'),
      );
    },
    at('14:20'),
  );
  current = addRun(current, scenario, at('14:25'), 'two').session;
  current = updateRun(
    current,
    'two',
    (run) =>
      addVotes(
        meetDecision(run, decision('first-call'), decision('first-call').choices),
        'first-call',
        'phone',
        1,
      ),
    at('14:31'),
  );
  // A run opened but never started is left out of the record.
  current = addRun(current, scenario, at('14:40'), 'three').session;
  return current;
}

describe('the session record', () => {
  it('has the date, the scenarios run, the votes, the options followed and the endings', () => {
    const record = buildSessionRecord(
      session(),
      { title: 'Across the Interface', version: '1.0.0' },
      at('14:45'),
    );
    expect(record).toMatchObject({
      format: 'across-the-interface/facilitator-session-record',
      version: 1,
      module: { title: 'Across the Interface', version: '1.0.0' },
      date: '2026-11-21',
      exportedAt: '2026-11-21T14:45:00.000Z',
    });
    expect(record.scenarios).toHaveLength(2);
    const [first, second] = record.scenarios;
    expect(first).toMatchObject({
      id: 'flag-route',
      title: 'Flag route',
      finished: true,
      ending: { title: 'Lost weeks', outcome: 'poor' },
    });
    expect(first!.decisions[0]).toEqual({
      number: 1,
      prompt: 'What do you do?',
      totalVotes: 12,
      options: [
        { number: 1, text: 'Phone the patient', votes: 9, followed: false, best: true },
        { number: 2, text: 'Send the standard letter', votes: 3, followed: true, best: false },
      ],
      followed: 2,
      followedMinority: true,
    });
    expect(first!.decisions[1]).toMatchObject({
      followed: 2,
      followedMinority: false,
      totalVotes: 12,
    });
    expect(second).toMatchObject({
      finished: false,
      ending: null,
      decisions: [{ followed: null, totalVotes: 1 }],
    });
  });

  it('holds no names: nothing in it but the module’s own words and the counts', () => {
    const text = JSON.stringify(
      buildSessionRecord(session(), { title: 'Across the Interface' }, at('14:45')),
    );
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'module',
      'date',
      'startedAt',
      'lastActivityAt',
      'exportedAt',
      'scenarios',
    ]);
    expect(text).not.toMatch(/"(name|facilitator|learner|email|user)"/i);
  });

  it('reads as plain text for a teaching log', () => {
    const text = sessionRecordText(
      buildSessionRecord(session(), { title: 'Across the Interface' }, at('14:45')),
      translate('en'),
    );
    expect(text).toMatchInlineSnapshot(`
      "Across the Interface: facilitator session record

      Date: Saturday 21 November 2026
      Time: 14:02 to 14:40
      Scenarios run: 2 (Flag route; Flag route)
      No names are recorded: only how many people chose each option, and the option the room followed.

      1. Flag route
      Ending reached: Lost weeks (poor outcome)

      Decision 1: What do you do?
        Option 1: Phone the patient
          9 votes (75%); what good looks like
        Option 2: Send the standard letter
          3 votes (25%); the room followed this
        Total votes: 12
        The room followed option 2, which was not the most popular choice.

      Decision 2: And now?
        Option 1: Discharge to the GP
          0 votes (0%)
        Option 2: Rebook without checking
          12 votes (100%); the room followed this; what good looks like
        Total votes: 12
        The room followed option 2.

      2. Flag route
      Ending reached: not finished

      Decision 1: What do you do?
        Option 1: Phone the patient
          1 vote (100%); what good looks like
        Option 2: Send the standard letter
          0 votes (0%)
        Total votes: 1
        The room had not chosen an option yet.

      Exported Saturday 21 November 2026 at 14:45.
      "
    `);
  });

  it('reads in the page’s language', () => {
    const text = sessionRecordText(
      buildSessionRecord(session(), { title: 'Ar Draws y Rhyngwyneb' }, at('14:45')),
      translate('cy'),
    );
    expect(text).toContain('Dyddiad: Dydd Sadwrn 21 Tachwedd 2026');
    expect(text).toContain('Diweddglo a gyrhaeddwyd: Lost weeks (canlyniad gwael)');
    expect(text).toContain('9 pleidlais (75%); sut olwg sydd ar arfer da');
    expect(text).not.toMatch(/\b(Date|Option|votes?|Ending reached|The room|Exported)\b/);
  });

  it('names its files by the session’s date', () => {
    const record = buildSessionRecord(session(), { title: 'Across the Interface' }, at('14:45'));
    expect(recordFileName(record, 'txt')).toBe('facilitator-session-2026-11-21.txt');
    expect(recordFileName(record, 'json')).toBe('facilitator-session-2026-11-21.json');
    expect(localDate(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });
});
