/**
 * Questions the UI asks the dialogue machine, answered from its snapshot and tags, so islands
 * do not re-derive the engine's rules (which choices are offered, which lines play, whether the
 * learner can move on).
 */
import type { Choice, Line, Outcome, Scenario, ScenarioNode } from '../schemas/scenario';
import { currentNodeId, type DialogueSnapshot } from './dialogue-machine';
import { availableChoices, requireNode, visibleLines } from './scenario-graph';

export { currentNodeId };

/** The node the learner is at. */
export function currentNode(scenario: Scenario, snapshot: DialogueSnapshot): ScenarioNode {
  return requireNode(scenario, currentNodeId(snapshot));
}

/** The choices offered now: the current decision's, less those the flags rule out; none elsewhere. */
export function offeredChoices(scenario: Scenario, snapshot: DialogueSnapshot): Choice[] {
  const node = currentNode(scenario, snapshot);
  return node.kind === 'decision' ? availableChoices(node, snapshot.context.flags) : [];
}

/** The lines the current node plays with the flags set so far (a decision has none). */
export function linesNow(scenario: Scenario, snapshot: DialogueSnapshot): Line[] {
  const node = currentNode(scenario, snapshot);
  return node.kind === 'decision' ? [] : visibleLines(node.lines, snapshot.context.flags);
}

/** Whether "Continue" moves on: true at a conversation or scene, false at a decision or an ending. */
export function canContinue(snapshot: DialogueSnapshot): boolean {
  return snapshot.can({ type: 'dialogue.continued' });
}

/** Whether the last choice can be taken back. */
export function canUndo(snapshot: DialogueSnapshot): boolean {
  return snapshot.can({ type: 'choice.undone' });
}

export function isAtDecision(snapshot: DialogueSnapshot): boolean {
  return snapshot.hasTag('decision');
}

export function isAtEnding(snapshot: DialogueSnapshot): boolean {
  return snapshot.hasTag('ending');
}

/** The outcome of the ending reached, read from the machine's `outcome:…` tag; null before an ending. */
export function outcomeReached(snapshot: DialogueSnapshot): Outcome | null {
  const tag = [...snapshot.tags].find((candidate) => candidate.startsWith('outcome:'));
  return tag ? (tag.slice('outcome:'.length) as Outcome) : null;
}
