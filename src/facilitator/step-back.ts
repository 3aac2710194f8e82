import type { Scenario } from '../schemas/scenario';
import type { DialogueMachine, DialogueSnapshot } from '../dialogue/dialogue-machine';
import { restoreProgress } from '../dialogue/progress';

/**
 * The room's place one node back, for Back across a conversation or scene the room moved on from
 * without a choice. The dialogue machine only steps back by undoing a choice, so the snapshot is
 * rebuilt by replaying the room's path to the node before (the same replay a reload uses).
 *
 * Null when there is no node before, or when the room reached this node by a choice: Back then
 * undoes the choice (`choice.undone`), which is the machine's own business.
 */
export function snapshotAtPreviousNode(
  machine: DialogueMachine,
  scenario: Scenario,
  snapshot: DialogueSnapshot,
): DialogueSnapshot | null {
  const { trail, path } = snapshot.context;
  const previous = trail.at(-2);
  if (previous === undefined || path.at(-1)?.decision === previous) return null;
  const restored = restoreProgress(machine, scenario, {
    choices: path.map((step) => step.choice),
    at: previous,
  });
  // The replay must land on the same visit, not an earlier pass through the same node.
  return restored && restored.context.trail.length === trail.length - 1 ? restored : null;
}
