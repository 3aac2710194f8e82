import { initialTransition, transition } from 'xstate';
import type { Scenario } from '../schemas/scenario';
import {
  currentNodeId,
  type DialogueEvent,
  type DialogueMachine,
  type DialogueSnapshot,
} from './dialogue-machine';
import { replayChoices } from './replay';
import { isAtDecision } from './selectors';

/**
 * A learner's place in one scenario: the choices made, in order, and the node reached after
 * them. Ids only, so it stays small and survives rebuilds as long as authors keep ids stable.
 */
export interface ScenarioProgress {
  choices: string[];
  at: string;
}

export function progressOf(snapshot: DialogueSnapshot): ScenarioProgress {
  return { choices: snapshot.context.path.map((step) => step.choice), at: currentNodeId(snapshot) };
}

function nodeKind(scenario: Scenario, snapshot: DialogueSnapshot) {
  return scenario.nodes.find((node) => node.id === currentNodeId(snapshot))?.kind;
}

/**
 * Rebuilds a snapshot by replaying saved progress through the machine. Returns null when the
 * saved path no longer fits the scenario (a choice that is not offered, or a node that is not
 * on the way), so the caller can discard it and start afresh instead of crashing.
 */
export function restoreProgress(
  machine: DialogueMachine,
  scenario: Scenario,
  progress: ScenarioProgress,
): DialogueSnapshot | null {
  let [snapshot] = initialTransition(machine);
  // Every step moves one node forward in an acyclic graph, so this bounds any replay.
  let stepsLeft = scenario.nodes.length * (progress.choices.length + 2);

  const continueUntil = (stop: (current: DialogueSnapshot) => boolean): boolean => {
    while (!stop(snapshot)) {
      const kind = nodeKind(scenario, snapshot);
      if (kind === 'decision' || kind === 'ending' || stepsLeft-- <= 0) return false;
      snapshot = transition(machine, snapshot, { type: 'dialogue.continued' })[0];
    }
    return true;
  };

  for (const choiceId of progress.choices) {
    if (!continueUntil((current) => nodeKind(scenario, current) === 'decision')) return null;
    const before = snapshot.context.path.length;
    snapshot = transition(machine, snapshot, { type: 'choice.selected', choiceId })[0];
    if (snapshot.context.path.length === before) return null;
  }
  if (!continueUntil((current) => currentNodeId(current) === progress.at)) return null;
  return snapshot;
}

/**
 * The events that take a learner from the start along `choices` to the next decision or ending
 * after them, where that run carries on: how "Go back to your scored run" returns a learner who
 * has been practising. Null when the choices no longer fit the scenario.
 */
export function eventsToReplay(
  machine: DialogueMachine,
  scenario: Scenario,
  choices: readonly string[],
): DialogueEvent[] | null {
  const replay = replayChoices(scenario, choices, machine);
  return replay.complete && (replay.finished || isAtDecision(replay.snapshot))
    ? replay.events
    : null;
}
