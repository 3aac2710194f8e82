import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  createDialogueMachine,
  currentNodeId,
  type DialogueEvent,
  type DialogueSnapshot,
} from '../../src/dialogue/dialogue-machine';
import { availableChoices, nodeById } from '../../src/dialogue/scenario-graph';
import {
  addRun,
  addVotes,
  createSession,
  followPath,
  hasContent,
  isStale,
  latestRun,
  meetDecision,
  parseSession,
  reachEnding,
  setVotes,
  updateRun,
  upsertRun,
  type ScenarioRun,
} from '../../src/facilitator/room-session';
import { fixture, loadScenario } from '../helpers/load-scenario';

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));
const machine = createDialogueMachine(scenario);
const now = new Date('2026-11-21T14:00:00Z');

/** A room's run driven by the real dialogue machine, as the presenter drives it. */
function roomRun() {
  let snapshot: DialogueSnapshot = initialTransition(machine)[0];
  let run: ScenarioRun = addRun(createSession(now, 's1'), scenario, now, 'r1').run;
  const sync = () => {
    const at = currentNodeId(snapshot);
    const node = nodeById(scenario, at)!;
    run = followPath(run, snapshot.context.path, at);
    if (node.kind === 'decision')
      run = meetDecision(run, node, availableChoices(node, snapshot.context.flags));
    if (node.kind === 'ending') run = reachEnding(run, node, now);
  };
  const send = (event: DialogueEvent) => {
    snapshot = transition(machine, snapshot, event)[0];
    sync();
  };
  sync();
  return {
    send,
    vote: (choice: string, change: number) =>
      (run = addVotes(run, currentNodeId(snapshot), choice, change)),
    get run() {
      return run;
    },
    get at() {
      return currentNodeId(snapshot);
    },
  };
}

describe('a room’s run', () => {
  it('records the options offered at a decision, with zero votes to start', () => {
    const room = roomRun();
    room.send({ type: 'dialogue.continued' });
    expect(room.at).toBe('first-call');
    expect(room.run.decisions).toEqual([
      {
        decision: 'first-call',
        prompt: 'What do you do?',
        options: [
          { id: 'phone', text: 'Phone the patient', best: true },
          { id: 'letter', text: 'Send the standard letter', best: false },
        ],
        votes: { phone: 0, letter: 0 },
        followed: null,
      },
    ]);
  });

  it('keeps votes between 0 and the most a room could cast', () => {
    const room = roomRun();
    room.send({ type: 'dialogue.continued' });
    room.vote('phone', 3);
    room.vote('letter', -2);
    expect(room.run.decisions[0]!.votes).toEqual({ phone: 3, letter: 0 });
    const typed = setVotes(room.run, 'first-call', 'letter', 12.7);
    expect(typed.decisions[0]!.votes.letter).toBe(12);
    expect(setVotes(room.run, 'first-call', 'letter', 5000).decisions[0]!.votes.letter).toBe(999);
    expect(setVotes(room.run, 'first-call', 'letter', Number.NaN).decisions[0]!.votes.letter).toBe(
      0,
    );
    // An option that was not offered cannot get votes.
    expect(setVotes(room.run, 'first-call', 'nowhere', 4).decisions[0]!.votes).toEqual({
      phone: 3,
      letter: 0,
    });
  });

  it('follows a minority option, and records it as followed', () => {
    const room = roomRun();
    room.send({ type: 'dialogue.continued' });
    room.vote('phone', 8);
    room.vote('letter', 2);
    room.send({ type: 'choice.selected', choiceId: 'letter' });
    expect(room.run.choices).toEqual(['letter']);
    expect(room.run.decisions[0]).toMatchObject({
      followed: 'letter',
      votes: { phone: 8, letter: 2 },
    });
  });

  it('offers only the options the room’s earlier choices allow', () => {
    const room = roomRun();
    room.send({ type: 'dialogue.continued' });
    room.send({ type: 'choice.selected', choiceId: 'letter' });
    room.send({ type: 'dialogue.continued' });
    expect(room.at).toBe('second-call');
    expect(room.run.decisions[1]!.options.map((option) => option.id)).toEqual([
      'discharge',
      'rebook-blind',
    ]);
    expect(room.run.decisions[1]!.options.find((option) => option.best)?.id).toBe('rebook-blind');
  });

  it('drops the later decisions when the room undoes a choice, keeping the votes where it is back', () => {
    const room = roomRun();
    room.send({ type: 'dialogue.continued' });
    room.vote('phone', 4);
    room.send({ type: 'choice.selected', choiceId: 'phone' });
    room.send({ type: 'dialogue.continued' });
    room.vote('rebook', 6);
    room.send({ type: 'choice.undone' });
    expect(room.at).toBe('first-call');
    expect(room.run.decisions).toHaveLength(1);
    expect(room.run.decisions[0]).toMatchObject({
      decision: 'first-call',
      votes: { phone: 4, letter: 0 },
      followed: null,
    });
    expect(room.run.choices).toEqual([]);
  });

  it('brings back the votes at a later decision when the room steps back and follows the same option again', () => {
    const room = roomRun();
    room.send({ type: 'dialogue.continued' });
    room.vote('phone', 2);
    room.send({ type: 'choice.selected', choiceId: 'phone' });
    room.send({ type: 'dialogue.continued' });
    room.vote('rebook', 2);
    room.vote('discharge', 3);
    room.send({ type: 'choice.undone' });
    expect(room.run.decisions.map((record) => record.decision)).toEqual(['first-call']);
    room.send({ type: 'choice.selected', choiceId: 'phone' });
    room.send({ type: 'dialogue.continued' });
    expect(room.run.decisions[1]).toMatchObject({
      decision: 'second-call',
      votes: { rebook: 2, discharge: 3 },
      followed: null,
    });
    expect(room.run.setAside).toEqual([]);
  });

  it('starts a decision afresh when the room reaches it by another path, and keeps the other path’s votes for later', () => {
    const room = roomRun();
    room.send({ type: 'dialogue.continued' });
    room.send({ type: 'choice.selected', choiceId: 'phone' });
    room.send({ type: 'dialogue.continued' });
    room.vote('discharge', 4);
    room.send({ type: 'choice.undone' });
    room.send({ type: 'choice.selected', choiceId: 'letter' });
    room.send({ type: 'dialogue.continued' });
    expect(room.run.decisions[1]!.votes).toEqual({ discharge: 0, 'rebook-blind': 0 });
    room.send({ type: 'choice.undone' });
    room.send({ type: 'choice.selected', choiceId: 'phone' });
    room.send({ type: 'dialogue.continued' });
    expect(room.run.decisions[1]!.votes).toEqual({ rebook: 0, discharge: 4 });
  });

  it('records the ending reached, and forgets it when the room goes back', () => {
    const room = roomRun();
    room.send({ type: 'dialogue.continued' });
    room.send({ type: 'choice.selected', choiceId: 'letter' });
    room.send({ type: 'dialogue.continued' });
    room.send({ type: 'choice.selected', choiceId: 'discharge' });
    room.send({ type: 'dialogue.continued' });
    expect(room.run.ending).toEqual({
      id: 'poor-ending',
      title: 'Lost weeks',
      outcome: 'poor',
      reachedAt: now.toISOString(),
    });
    room.send({ type: 'choice.undone' });
    expect(room.run.ending).toBeNull();
  });
});

describe('a facilitated session', () => {
  it('keeps runs in order, and finds the latest run of a scenario', () => {
    let session = createSession(now, 's1');
    session = addRun(session, scenario, now, 'a').session;
    session = addRun(session, { id: 'other', title: 'Other', start: 'x' }, now, 'b').session;
    session = addRun(session, scenario, new Date('2026-11-21T14:30:00Z'), 'c').session;
    expect(session.runs.map((run) => run.id)).toEqual(['a', 'b', 'c']);
    expect(latestRun(session, scenario.id)?.id).toBe('c');
    expect(latestRun(session, 'nowhere')).toBeUndefined();
  });

  it('stamps the time of each change', () => {
    const later = new Date('2026-11-21T14:10:00Z');
    const { session, run } = addRun(createSession(now, 's1'), scenario, now, 'a');
    const changed = updateRun(session, run.id, (current) => addVotes(current, 'x', 'y', 1), later);
    expect(changed.updatedAt).toBe(later.toISOString());
    expect(changed.runs[0]!.updatedAt).toBe(later.toISOString());
  });

  it('saves one run into the stored session without losing runs another tab added', () => {
    const base = createSession(now, 's1');
    const first = addRun(base, scenario, now, 'a');
    const stored = addRun(
      first.session,
      { id: 'other', title: 'Other', start: 'x' },
      now,
      'b',
    ).session;
    const later = new Date('2026-11-21T14:20:00Z');
    const changed = {
      ...addVotes(first.run, 'x', 'y', 1),
      choices: ['phone'],
      updatedAt: later.toISOString(),
    };
    const merged = upsertRun(stored, changed);
    expect(merged.runs.map((run) => run.id)).toEqual(['a', 'b']);
    expect(merged.runs[0]!.choices).toEqual(['phone']);
    expect(merged.updatedAt).toBe(later.toISOString());
    expect(upsertRun(base, changed).runs.map((run) => run.id)).toEqual(['a']);
  });

  it('counts a session idle for more than 12 hours as over', () => {
    const session = createSession(now);
    expect(isStale(session, new Date('2026-11-22T01:59:00Z'))).toBe(false);
    expect(isStale(session, new Date('2026-11-22T02:01:00Z'))).toBe(true);
  });

  it('tells runs the room never got going with from runs with a vote or a choice', () => {
    const { session } = addRun(createSession(now), scenario, now, 'empty');
    const empty = session.runs[0]!;
    expect(hasContent(empty)).toBe(false);
    expect(hasContent({ ...empty, choices: ['phone'] })).toBe(true);
  });

  it('reads back what it stored, and rejects anything else', () => {
    const room = roomRun();
    room.send({ type: 'dialogue.continued' });
    room.vote('phone', 2);
    room.send({ type: 'choice.selected', choiceId: 'phone' });
    room.send({ type: 'dialogue.continued' });
    room.vote('rebook', 3);
    room.send({ type: 'choice.undone' });
    expect(room.run.setAside).toHaveLength(1);
    const session = {
      ...createSession(now, 's1'),
      runs: [
        {
          ...room.run,
          view: {
            visit: '2:first-call',
            step: 3,
            released: true,
            timer: { durationMs: 60_000, startedAt: null, elapsedMs: 5_000 },
          },
        },
      ],
    };
    expect(parseSession(JSON.parse(JSON.stringify(session)))).toEqual(session);
    expect(parseSession(null)).toBeNull();
    expect(parseSession({ ...session, version: 2 })).toBeNull();
    expect(parseSession({ ...session, startedAt: 'yesterday' })).toBeNull();
    expect(
      parseSession({ ...session, runs: [{ broken: true }, ...session.runs] })?.runs,
    ).toHaveLength(1);
  });
});
