import { initialTransition, transition } from 'xstate';
import type { Scenario } from '../schemas/scenario';
import {
  createDialogueMachine,
  type ChoiceStep,
  type DialogueEvent,
  type DialogueMachine,
  type DialogueSnapshot,
} from './dialogue-machine';
import { canContinue, isAtDecision, isAtEnding } from './selectors';

/** Where a list of choices takes the machine from the start. */
export interface Replay {
  snapshot: DialogueSnapshot;
  /** The nodes met, in order (the machine's trail). */
  trail: string[];
  /** The choices taken, in order: a prefix of the list, up to the first one not offered. */
  steps: ChoiceStep[];
  /** The events sent, in order, to get there from the start. */
  events: DialogueEvent[];
  /** True when the replay reached an ending. */
  finished: boolean;
  /** True when every choice in the list was taken. */
  complete: boolean;
}

/**
 * Plays a list of choice ids through the dialogue machine from the start: on through conversations
 * and scenes, and at each decision the next choice in the list. Stops at an ending, or at a
 * decision when the list runs out or its next choice is not offered there. The machine is the only
 * interpreter of a scenario; the map, the presenter and saved progress all replay through it.
 */
export function replayChoices(
  scenario: Scenario,
  choiceIds: readonly string[],
  machine: DialogueMachine = createDialogueMachine(scenario),
): Replay {
  let [snapshot] = initialTransition(machine);
  const events: DialogueEvent[] = [];
  const remaining = [...choiceIds];
  // Every step moves one node on in an acyclic graph, so this bounds any replay.
  for (
    let stepsLeft = scenario.nodes.length * (choiceIds.length + 2);
    stepsLeft > 0 && !isAtEnding(snapshot);
    stepsLeft -= 1
  ) {
    let event: DialogueEvent;
    if (isAtDecision(snapshot)) {
      const choiceId = remaining[0];
      if (choiceId === undefined) break;
      event = { type: 'choice.selected', choiceId };
    } else if (canContinue(snapshot)) event = { type: 'dialogue.continued' };
    else break;
    const next = transition(machine, snapshot, event)[0];
    if (next.context.trail.length === snapshot.context.trail.length) break;
    if (event.type === 'choice.selected') remaining.shift();
    events.push(event);
    snapshot = next;
  }
  return {
    snapshot,
    trail: snapshot.context.trail,
    steps: snapshot.context.path,
    events,
    finished: isAtEnding(snapshot),
    complete: remaining.length === 0,
  };
}
