import type { Scenario } from '../schemas/scenario';
import { nodeById, resolveNext, withFlags } from '../dialogue/scenario-graph';

/**
 * The cohort's path through a scenario, for the scenario map: from the start, the choice most
 * learners took at each decision, until a decision whose figures are hidden or an ending.
 */
export function cohortPath(
  scenario: Scenario,
  cohortChoices: Readonly<Record<string, string>>,
): string[] {
  const choices: string[] = [];
  let flags = withFlags([], []);
  let id = scenario.start;
  const visited = new Set<string>();
  while (!visited.has(id)) {
    visited.add(id);
    const node = nodeById(scenario, id);
    if (!node || node.kind === 'ending') break;
    if (node.kind === 'decision') {
      const choice = node.choices.find((candidate) => candidate.id === cohortChoices[node.id]);
      if (!choice) break;
      choices.push(choice.id);
      flags = withFlags(flags, choice.sets);
      id = choice.target;
    } else {
      id = resolveNext(node.next, flags);
    }
  }
  return choices;
}
