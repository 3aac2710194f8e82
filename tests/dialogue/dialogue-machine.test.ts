import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import {
  createDialogueMachine,
  currentNodeId,
  type DialogueEvent,
} from '../../src/dialogue/dialogue-machine';
import { fixture, loadScenario } from '../helpers/load-scenario';

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));
const machine = createDialogueMachine(scenario);

function play(...events: DialogueEvent[]) {
  let [snapshot] = initialTransition(machine);
  for (const event of events) [snapshot] = transition(machine, snapshot, event);
  return snapshot;
}

const next = { type: 'dialogue.continued' } as const;
const choose = (choiceId: string) => ({ type: 'choice.selected', choiceId }) as const;

describe('dialogue machine', () => {
  it('starts at the start node with nothing chosen', () => {
    const snapshot = play();
    expect(currentNodeId(snapshot)).toBe('opening');
    expect(snapshot.context).toEqual({ trail: ['opening'], path: [], flags: [], score: 0 });
  });

  it('moves on from dialogue and records a choice with its score and flags', () => {
    const snapshot = play(next, choose('phone'));
    expect(currentNodeId(snapshot)).toBe('later');
    expect(snapshot.context.path).toEqual([{ decision: 'first-call', choice: 'phone' }]);
    expect(snapshot.context.flags).toEqual(['phoned']);
    expect(snapshot.context.score).toBe(10);
    expect(snapshot.context.trail).toEqual(['opening', 'first-call', 'later']);
  });

  it('ignores a choice that is not offered at the current decision', () => {
    const atDecision = play(next);
    expect(atDecision.can(choose('rebook'))).toBe(false);
    expect(currentNodeId(play(next, choose('rebook')))).toBe('first-call');
  });

  it('offers a choice only when its flags allow', () => {
    const phoned = play(next, choose('phone'), next);
    expect(phoned.can(choose('rebook'))).toBe(true);
    expect(phoned.can(choose('rebook-blind'))).toBe(false);
    const wrote = play(next, choose('letter'), next);
    expect(wrote.can(choose('rebook'))).toBe(false);
    expect(wrote.can(choose('rebook-blind'))).toBe(true);
  });

  it('takes the first route whose flags hold', () => {
    expect(currentNodeId(play(next, choose('phone'), next, choose('discharge'), next))).toBe(
      'good-ending',
    );
    expect(currentNodeId(play(next, choose('letter'), next, choose('discharge'), next))).toBe(
      'poor-ending',
    );
  });

  it('tags endings with their outcome', () => {
    const snapshot = play(next, choose('phone'), next, choose('rebook'), next);
    expect(snapshot.hasTag('ending')).toBe(true);
    expect(snapshot.hasTag('outcome:recommended')).toBe(true);
    expect(snapshot.context.score).toBe(20);
  });

  it('undoes the last choice back to its decision, recomputing score and flags', () => {
    const undone = play(next, choose('phone'), next, choose('rebook'), next, {
      type: 'choice.undone',
    });
    expect(currentNodeId(undone)).toBe('second-call');
    expect(undone.context.path).toEqual([{ decision: 'first-call', choice: 'phone' }]);
    expect(undone.context.score).toBe(10);
    expect(undone.context.trail).toEqual(['opening', 'first-call', 'later', 'second-call']);
    const twice = transition(machine, undone, { type: 'choice.undone' })[0];
    expect(currentNodeId(twice)).toBe('first-call');
    expect(twice.context).toMatchObject({
      path: [],
      flags: [],
      score: 0,
      trail: ['opening', 'first-call'],
    });
  });

  it('cannot undo before any choice', () => {
    expect(play(next).can({ type: 'choice.undone' })).toBe(false);
  });

  it('restarts from the beginning with nothing chosen', () => {
    const restarted = play(next, choose('letter'), next, { type: 'dialogue.restarted' });
    expect(currentNodeId(restarted)).toBe('opening');
    expect(restarted.context).toEqual({ trail: ['opening'], path: [], flags: [], score: 0 });
  });
});
