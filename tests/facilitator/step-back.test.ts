import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  createDialogueMachine,
  currentNodeId,
  type DialogueEvent,
  type DialogueSnapshot,
} from '../../src/dialogue/dialogue-machine';
import { snapshotAtPreviousNode } from '../../src/facilitator/step-back';
import { fixture, loadScenario } from '../helpers/load-scenario';

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));
const machine = createDialogueMachine(scenario);

const after = (...events: DialogueEvent[]) =>
  events.reduce<DialogueSnapshot>(
    (snapshot, event) => transition(machine, snapshot, event)[0],
    initialTransition(machine)[0],
  );
const continued: DialogueEvent = { type: 'dialogue.continued' };

describe('stepping back a node without a choice', () => {
  it('goes back from a decision to the conversation before it', () => {
    const back = snapshotAtPreviousNode(machine, scenario, after(continued))!;
    expect(currentNodeId(back)).toBe('opening');
    expect(back.context.trail).toEqual(['opening']);
  });

  it('keeps the room’s choices and flags when it steps back across a scene', () => {
    const atSecondCall = after(
      continued,
      { type: 'choice.selected', choiceId: 'phone' },
      continued,
    );
    const back = snapshotAtPreviousNode(machine, scenario, atSecondCall)!;
    expect(currentNodeId(back)).toBe('later');
    expect(back.context.path).toEqual(atSecondCall.context.path);
    expect(back.context.flags).toEqual(['phoned']);
    // From there, Next reaches the same decision again.
    expect(currentNodeId(transition(machine, back, continued)[0])).toBe('second-call');
  });

  it('leaves the node right after a choice to undo, and the start with nowhere to go', () => {
    expect(
      snapshotAtPreviousNode(
        machine,
        scenario,
        after(continued, { type: 'choice.selected', choiceId: 'phone' }),
      ),
    ).toBeNull();
    expect(snapshotAtPreviousNode(machine, scenario, after())).toBeNull();
  });
});
