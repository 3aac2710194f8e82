import { nodeById } from '../dialogue/scenario-graph';
import { showsConsequenceOf } from '../dialogue/transcript';
import type { DecisionNode, Scenario, ScenarioNode } from '../schemas/scenario';
import type { Finding } from './scenario-rules';

/**
 * Consequence before verdict (CONTENT-RULES.md rule 2; docs/authoring.md). The conversation view
 * shows a choice's score and "why it matters" after the node the choice leads to only when that
 * node shows what the choice did (src/dialogue/transcript.ts, showsConsequenceOf); otherwise the
 * verdict comes first and the learner is told before they have seen. So every choice must lead
 * to such a node: an error, because it is a teaching fault every learner meets.
 */

/** Why a node cannot show the consequence of a choice that leads to it, in an author's words. */
function whyNot(decision: DecisionNode, node: ScenarioNode): string {
  if (node.kind === 'decision') return `the next decision "${node.id}"`;
  if (node.kind === 'ending') return `the ending "${node.id}"`;
  return `"${node.id}", where every choice of "${decision.id}" leads and no line depends on the choice (the conversation simply moves on)`;
}

/** Every choice whose target would show its feedback before its consequence. */
export function checkConsequenceOrder(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  for (const [nodeIndex, decision] of scenario.nodes.entries()) {
    if (decision.kind !== 'decision') continue;
    for (const [choiceIndex, choice] of decision.choices.entries()) {
      const target = nodeById(scenario, choice.target);
      if (!target || showsConsequenceOf(decision, target)) continue;
      const shared = target.kind === 'dialogue' || target.kind === 'scene';
      findings.push({
        severity: 'error',
        path: ['nodes', nodeIndex, 'choices', choiceIndex, 'target'],
        message: `the choice "${choice.id}" leads straight to ${whyNot(decision, target)}, so the learner is given its score and "why it matters" before seeing what it did (verdict before consequence).`,
        fix: shared
          ? `point this choice at a scene or dialogue node that shows what it did (for the patient, the other side, or later), then on to "${target.id}"; or give "${target.id}" lines that depend on the choice (requires or unless a flag the choice sets).`
          : `point this choice at a scene or dialogue node that shows what it did (for the patient, the other side, or later), with next: ${target.id}. Choices with truly the same consequence may share one such node, with lines that depend on their flags.`,
      });
    }
  }
  return findings;
}
