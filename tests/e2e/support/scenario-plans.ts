import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Choice, DecisionNode, Outcome, Scenario, ScenarioNode } from '../../../src/schemas/scenario';
import { exploreStates, recommendedPath, type GraphEdge } from '../../../src/dialogue/scenario-graph';

/** Reads a scenario straight from its YAML, as authored; e2e plans follow the content, not a copy of it. */
export function readScenario(id: string): Scenario {
  return parse(readFileSync(new URL(`../../../scenarios/${id}.yaml`, import.meta.url), 'utf8')) as Scenario;
}

/** The choices of the recommended path. */
export function recommendedChoices(scenario: Scenario): Choice[] {
  return recommendedPath(scenario).choices;
}

/**
 * Some path of choices from the start to a node the test wants: the choices made on the way,
 * beginning with the choice ids in `startingWith` when given.
 */
export function choicesTo(scenario: Scenario, wanted: (node: ScenarioNode) => boolean, what: string, startingWith: readonly string[] = []): Choice[] {
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
  return choicesTo(scenario, (node) => node.kind === 'ending' && node.outcome === outcome, `a ${outcome} ending`);
}

/** The first decision in the module's scenarios with a choice that leads straight to another decision. */
export function choiceLeadingToDecision(): { scenario: Scenario; decision: DecisionNode; choice: Choice } | null {
  const ids = readdirSync(new URL('../../../scenarios/', import.meta.url)).filter((file) => file.endsWith('.yaml') && !file.startsWith('_'));
  for (const file of ids) {
    const scenario = readScenario(file.replace(/\.yaml$/, ''));
    for (const node of scenario.nodes) {
      if (node.kind !== 'decision') continue;
      const choice = node.choices.find((candidate) => scenario.nodes.find((target) => target.id === candidate.target)?.kind === 'decision');
      if (choice) return { scenario, decision: node, choice };
    }
  }
  return null;
}
