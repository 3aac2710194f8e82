import type { Choice, DecisionNode, Line, Scenario, ScenarioNode } from '../schemas/scenario';
import type { DialogueContext } from './dialogue-machine';
import { requireNode, visibleLines, withFlags, type Flags } from './scenario-graph';

/** One thing the conversation view shows, in order. */
export type TranscriptEntry =
  | { kind: 'node'; node: ScenarioNode; lines: Line[]; current: boolean }
  | { kind: 'choice'; decision: DecisionNode; choice: Choice }
  | { kind: 'feedback'; decision: DecisionNode; choice: Choice };

/**
 * Whether the node a choice led to shows that choice's consequence. A node that every choice
 * leads to, with no line that depends on what was chosen, is where the conversation moves on to
 * something else: the choice's feedback belongs before it, or it reads as feedback on the new
 * topic.
 */
export function showsConsequenceOf(decision: DecisionNode, node: ScenarioNode): boolean {
  if (node.kind !== 'dialogue' && node.kind !== 'scene') return false;
  const everyChoiceLeadsHere = decision.choices.every((choice) => choice.target === node.id);
  const dependsOnTheChoice = (node.lines ?? []).some(
    (line) => (line.requires?.length ?? 0) > 0 || (line.unless?.length ?? 0) > 0,
  );
  return !everyChoiceLeadsHere || dependsOnTheChoice;
}

/**
 * Turns the learner's trail into what the conversation view shows. Each node's lines are filtered
 * by the flags set when the learner reached it. A choice's feedback follows the consequence it
 * leads to, so the learner sees what happened before being told why; where the conversation
 * simply moves on, the feedback comes first (showsConsequenceOf).
 */
export function buildTranscript(
  scenario: Scenario,
  context: Pick<DialogueContext, 'trail' | 'path'>,
): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  let flags: Flags = [];
  let choiceIndex = 0;
  let pendingFeedback: Extract<TranscriptEntry, { kind: 'feedback' }> | null = null;

  context.trail.forEach((nodeId, index) => {
    const node = requireNode(scenario, nodeId);
    const current = index === context.trail.length - 1;
    const lines = node.kind === 'decision' ? [] : visibleLines(node.lines, flags);
    entries.push({ kind: 'node', node, lines, current });

    if (pendingFeedback) {
      if (showsConsequenceOf(pendingFeedback.decision, node)) entries.push(pendingFeedback);
      else entries.splice(entries.length - 1, 0, pendingFeedback);
      pendingFeedback = null;
    }

    const step = node.kind === 'decision' ? context.path[choiceIndex] : undefined;
    if (node.kind === 'decision' && step?.decision === node.id) {
      const choice = node.choices.find((candidate) => candidate.id === step.choice);
      if (choice) {
        entries.push({ kind: 'choice', decision: node, choice });
        pendingFeedback = { kind: 'feedback', decision: node, choice };
        flags = withFlags(flags, choice.sets);
      }
      choiceIndex += 1;
    }
  });
  if (pendingFeedback) entries.push(pendingFeedback);
  return entries;
}
