import { exploreStates, meetsConditions } from '../dialogue/scenario-graph';
import type { Choice, DecisionNode, Scenario } from '../schemas/scenario';
import type { Finding } from './scenario-rules';

/**
 * Choices that matter later (CONTENT-RULES.md rule 3; docs/authoring.md). In every scenario some
 * earlier choice should open or close a later option (you phoned the patient, so now you can…),
 * so the learner sees that what they did changes what is possible.
 */

/** A later choice that an earlier choice opens or closes, with the flags it tests. */
export interface ChoiceThatDepends {
  decision: DecisionNode;
  choice: Choice;
  flags: string[];
}

/**
 * The choices that are offered on some paths to their decision and not on others, because of a
 * flag an earlier choice set. A condition that holds on every path changes nothing, so it does
 * not count.
 */
export function choicesOpenedOrClosedEarlier(scenario: Scenario): ChoiceThatDepends[] {
  const { states } = exploreStates(scenario);
  return scenario.nodes.flatMap((decision) => {
    if (decision.kind !== 'decision') return [];
    const arrivals = states.filter((state) => state.node === decision.id);
    return decision.choices.flatMap((choice) => {
      const flags = [...(choice.requires ?? []), ...(choice.unless ?? [])];
      if (!flags.length) return [];
      const offered = arrivals.map((state) => meetsConditions(state.flags, choice));
      return offered.includes(true) && offered.includes(false) ? [{ decision, choice, flags }] : [];
    });
  });
}

/** A warning naming the scenario when no earlier choice opens or closes a later option. */
export function checkLaterChoices(scenario: Scenario): Finding[] {
  if (choicesOpenedOrClosedEarlier(scenario).length) return [];
  const flagsSet = [
    ...new Set(
      scenario.nodes.flatMap((node) =>
        node.kind === 'decision' ? node.choices.flatMap((choice) => choice.sets ?? []) : [],
      ),
    ),
  ];
  const testedByChoices = scenario.nodes.flatMap((node) =>
    node.kind === 'decision'
      ? node.choices.filter((choice) => choice.requires?.length || choice.unless?.length)
      : [],
  );
  const figures = [
    flagsSet.length
      ? `choices set the flags ${flagsSet.map((flag) => `"${flag}"`).join(', ')}`
      : 'no choice sets a flag',
    testedByChoices.length
      ? `${testedByChoices.length} choice${testedByChoices.length === 1 ? ' tests' : 's test'} a flag, but on every path the same way`
      : 'no choice tests one (requires or unless on a choice)',
  ].join(', and ');
  return [
    {
      severity: 'warning',
      path: [],
      message: `no earlier choice in the scenario "${scenario.id}" opens or closes a later option: ${figures}.`,
      fix: 'let an earlier choice set a flag (sets: [phoned-patient]) that a later choice requires or is ruled out by (requires: [phoned-patient] or unless: [phoned-patient]), so what the learner did changes what they can do next (docs/authoring.md, "Choices that matter later").',
    },
  ];
}
