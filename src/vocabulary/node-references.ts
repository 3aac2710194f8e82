/**
 * How the module names the parts of a scenario wherever it shows them (the map, the review script,
 * the facilitator guide, the presenter, the debrief): D1 for a decision, E2 for an ending, option
 * A for a choice, and a node's words in one line. Pure; numbered the same everywhere.
 */
import type { Scenario, ScenarioNode } from '../schemas/scenario';
import { longestDepths, nodeById } from '../dialogue/scenario-graph';

/** The letter a node's reference starts with: Decision, Ending, Scene, Conversation. */
export const kindLetter: Record<ScenarioNode['kind'], string> = {
  decision: 'D',
  ending: 'E',
  scene: 'S',
  dialogue: 'C',
};

/** A for the first choice of a decision, B for the second, as authored (conditional ones included). */
export const choiceLetter = (index: number) => String.fromCharCode(65 + index);

/** The letter of a choice at its decision, or "?" when the decision does not offer it. */
export function letterOfChoice(scenario: Scenario, decisionId: string, choiceId: string): string {
  const decision = nodeById(scenario, decisionId);
  const index =
    decision?.kind === 'decision'
      ? decision.choices.findIndex((choice) => choice.id === choiceId)
      : -1;
  return index < 0 ? '?' : choiceLetter(index);
}

/**
 * A stable short reference for every node (D1, D2… for decisions; E1… endings; S1… scenes; C1…
 * conversations), numbered by depth from the start then by discovery, so the guide, the map and
 * the presenter agree. Nodes the start cannot reach are numbered after the others.
 */
export function nodeRefs(scenario: Scenario): Map<string, string> {
  const { depth, order } = longestDepths(scenario);
  const unreachable = scenario.nodes.map((node) => node.id).filter((id) => !depth.has(id));
  const sorted = [...order].sort(
    (a, b) => depth.get(a)! - depth.get(b)! || order.indexOf(a) - order.indexOf(b),
  );
  const counters: Record<string, number> = {};
  const refs = new Map<string, string>();
  for (const id of [...sorted, ...unreachable]) {
    const letter = kindLetter[nodeById(scenario, id)!.kind];
    counters[letter] = (counters[letter] ?? 0) + 1;
    refs.set(id, `${letter}${counters[letter]}`);
  }
  return refs;
}

/**
 * The words a node stands for, in one line: a decision's prompt, an ending's title, a scene's time
 * and place, a conversation's first line. `untitled` names a conversation with no lines.
 */
export function nodeTitle(
  scenario: Scenario,
  node: ScenarioNode,
  untitled = 'Conversation',
): string {
  switch (node.kind) {
    case 'decision':
      return node.prompt;
    case 'ending':
      return node.title;
    case 'scene':
      return `${node.when}, ${node.where}`;
    default: {
      const first = node.lines[0];
      const speaker =
        scenario.cast.find((member) => member.id === first?.speaker)?.name ?? first?.speaker ?? '';
      return first ? `${speaker}: ${first.text}` : untitled;
    }
  }
}
