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
