import type { Scenario } from '../../schemas/scenario';
import { createDialogueMachine, type DialogueMachine } from '../../dialogue/dialogue-machine';
import { replayChoices, type Replay } from '../../dialogue/replay';

/**
 * The dialogue machine for drawing paths on a map, or null when the scenario cannot be compiled:
 * a route to a target no node has, which the build refuses but `npm run dev` still shows on the
 * review map. The map then draws the broken route and no path, rather than failing the page.
 */
export function machineForMap(scenario: Scenario): DialogueMachine | null {
  try {
    return createDialogueMachine(scenario);
  } catch {
    return null;
  }
}

/** Where a path's choices lead, replayed through the machine; null without a machine or a path. */
export function walkPath(
  scenario: Scenario,
  machine: DialogueMachine | null,
  choices: readonly string[] | undefined,
): Replay | null {
  return machine && choices ? replayChoices(scenario, choices, machine) : null;
}
