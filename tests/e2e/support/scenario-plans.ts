import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Choice, Outcome, Scenario } from '../../../src/schemas/scenario';
import { exploreStates, recommendedPath, type GraphEdge } from '../../../src/dialogue/scenario-graph';

/** Reads a scenario straight from its YAML, as authored; e2e plans follow the content, not a copy of it. */
export function readScenario(id: string): Scenario {
  return parse(readFileSync(new URL(`../../../scenarios/${id}.yaml`, import.meta.url), 'utf8')) as Scenario;
}

/** The choices of the recommended path. */
export function recommendedChoices(scenario: Scenario): Choice[] {
  return recommendedPath(scenario).choices;
}

/** Some path of choices from the start to an ending with the given outcome. */
export function choicesToOutcome(scenario: Scenario, outcome: Outcome): Choice[] {
  const { edges } = exploreStates(scenario);
  const key = (state: GraphEdge['from']) => `${state.node}|${state.flags.join(',')}`;
  const search = (state: GraphEdge['from'], taken: Choice[]): Choice[] | null => {
    const node = scenario.nodes.find((candidate) => candidate.id === state.node);
    if (node?.kind === 'ending') return node.outcome === outcome ? taken : null;
    for (const edge of edges.filter((candidate) => key(candidate.from) === key(state))) {
      const found = search(edge.to, edge.choice ? [...taken, edge.choice] : taken);
      if (found) return found;
    }
    return null;
  };
  const found = search({ node: scenario.start, flags: [] }, []);
  if (!found) throw new Error(`No path to a ${outcome} ending in ${scenario.id}`);
  return found;
}

/**
 * For every node the room can reach, the choices of one shortest way there, so a test can open
 * the presenter at any node (its run is replayed from these choices).
 */
export function choicesToEveryNode(scenario: Scenario): Map<string, string[]> {
  const { edges } = exploreStates(scenario);
  const key = (state: GraphEdge['from']) => `${state.node}|${state.flags.join(',')}`;
  const found = new Map<string, string[]>([[scenario.start, []]]);
  const queue: { state: GraphEdge['from']; choices: string[] }[] = [{ state: { node: scenario.start, flags: [] }, choices: [] }];
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
