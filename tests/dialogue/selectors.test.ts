import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import {
  createDialogueMachine,
  type DialogueEvent,
  type DialogueSnapshot,
} from '../../src/dialogue/dialogue-machine';
import {
  canContinue,
  canUndo,
  currentNode,
  isAtDecision,
  isAtEnding,
  linesNow,
  offeredChoices,
  outcomeReached,
} from '../../src/dialogue/selectors';
import { fixture, loadScenario } from '../helpers/load-scenario';

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));
const machine = createDialogueMachine(scenario);

const after = (...events: DialogueEvent[]): DialogueSnapshot =>
  events.reduce(
    (snapshot, event) => transition(machine, snapshot, event)[0],
    initialTransition(machine)[0],
  );
const go: DialogueEvent = { type: 'dialogue.continued' };
const choose = (choiceId: string): DialogueEvent => ({ type: 'choice.selected', choiceId });

describe('asking the dialogue machine', () => {
  it('at a conversation: its node and lines, and that it can move on', () => {
    const start = after();
    expect(currentNode(scenario, start).id).toBe('opening');
    expect(linesNow(scenario, start).map((line) => line.text)).toEqual([
      'A patient missed clinic.',
    ]);
    expect(offeredChoices(scenario, start)).toEqual([]);
    expect(canContinue(start)).toBe(true);
    expect(isAtDecision(start)).toBe(false);
    expect(canUndo(start)).toBe(false);
  });

  it('at a decision: the choices offered, no lines, no moving on without a choice', () => {
    const decision = after(go);
    expect(isAtDecision(decision)).toBe(true);
    expect(canContinue(decision)).toBe(false);
    expect(linesNow(scenario, decision)).toEqual([]);
    expect(offeredChoices(scenario, decision).map((choice) => choice.id)).toEqual([
      'phone',
      'letter',
    ]);
  });

  it('filters lines and choices by the flags the earlier choices set', () => {
    expect(linesNow(scenario, after(go, choose('phone'))).map((line) => line.text)).toEqual([
      'She knew to expect a new date.',
    ]);
    expect(linesNow(scenario, after(go, choose('letter'))).map((line) => line.text)).toEqual([
      'She had no idea what happened.',
    ]);
    expect(
      offeredChoices(scenario, after(go, choose('phone'), go)).map((choice) => choice.id),
    ).toEqual(['rebook', 'discharge']);
    expect(
      offeredChoices(scenario, after(go, choose('letter'), go)).map((choice) => choice.id),
    ).toEqual(['discharge', 'rebook-blind']);
    expect(canUndo(after(go, choose('letter'), go))).toBe(true);
  });

  it("reads an ending's outcome from the machine's tags", () => {
    const good = after(go, choose('phone'), go, choose('rebook'), go);
    expect(isAtEnding(good)).toBe(true);
    expect(canContinue(good)).toBe(false);
    expect(outcomeReached(good)).toBe('recommended');
    expect(outcomeReached(after(go, choose('letter'), go, choose('discharge'), go))).toBe('poor');
    expect(outcomeReached(after(go))).toBeNull();
  });
});
