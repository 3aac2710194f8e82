import { fileURLToPath } from 'node:url';
import { loadScenarios } from '../../../src/integrity/content-files';
import type { Choice, Outcome, Scenario, ScenarioNode } from '../../../src/schemas/scenario';
import {
  exploreStates,
  recommendedPath,
  type GraphEdge,
} from '../../../src/dialogue/scenario-graph';
import { loadSettings } from '../../../src/settings/load-settings';
import { fillPlaceholders } from '../../../src/settings/placeholders';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Reads a scenario straight from its YAML, so e2e plans follow the content, not a copy of it,
 * with its {{placeholders}} filled from the national settings the site under test is built with:
 * the words a learner reads.
 */
export function readScenario(id: string): Scenario {
  return fillPlaceholders(loadScenarios(root, [id])[0]!, loadSettings(root));
}

/** The choices of the recommended path. */
export function recommendedChoices(scenario: Scenario): Choice[] {
  return recommendedPath(scenario).choices;
}

/**
 * Some path of choices from the start to a node the test wants: the choices made on the way,
 * beginning with the choice ids in `startingWith` when given.
 */
export function choicesTo(
  scenario: Scenario,
  wanted: (node: ScenarioNode) => boolean,
  what: string,
  startingWith: readonly string[] = [],
): Choice[] {
  const { edges } = exploreStates(scenario);
  const key = (state: GraphEdge['from']) => `${state.node}|${state.flags.join(',')}`;
  const search = (state: GraphEdge['from'], taken: Choice[]): Choice[] | null => {
    const node = scenario.nodes.find((candidate) => candidate.id === state.node);
    if (node && wanted(node)) return taken;
    if (node?.kind === 'ending') return null;
    for (const edge of edges.filter((candidate) => key(candidate.from) === key(state))) {
      const required = startingWith[taken.length];
      if (edge.choice && required !== undefined && edge.choice.id !== required) continue;
      const found = search(edge.to, edge.choice ? [...taken, edge.choice] : taken);
      if (found) return found;
    }
    return null;
  };
  const found = search({ node: scenario.start, flags: [] }, []);
  if (!found) throw new Error(`No path to ${what} in ${scenario.id}`);
  return found;
}

/** Some path of choices from the start to an ending with the given outcome. */
export function choicesToOutcome(scenario: Scenario, outcome: Outcome): Choice[] {
  return choicesTo(
    scenario,
    (node) => node.kind === 'ending' && node.outcome === outcome,
    `a ${outcome} ending`,
  );
}

/**
 * For every node the room can reach, the choices of one shortest way there, so a test can open
 * the presenter at any node (its run is replayed from these choices).
 */
export function choicesToEveryNode(scenario: Scenario): Map<string, string[]> {
  const { edges } = exploreStates(scenario);
  const key = (state: GraphEdge['from']) => `${state.node}|${state.flags.join(',')}`;
  const found = new Map<string, string[]>([[scenario.start, []]]);
  const queue: { state: GraphEdge['from']; choices: string[] }[] = [
    { state: { node: scenario.start, flags: [] }, choices: [] },
  ];
  const seen = new Set([key(queue[0]!.state)]);
  while (queue.length) {
    const { state, choices } = queue.shift()!;
    for (const edge of edges.filter((candidate) => key(candidate.from) === key(state))) {
      if (seen.has(key(edge.to))) continue;
      seen.add(key(edge.to));
      const next = edge.choice ? [...choices, edge.choice.id] : choices;
      if (!found.has(edge.to.node)) found.set(edge.to.node, next);
      queue.push({ state: edge.to, choices: next });
    }
  }
  return found;
}
