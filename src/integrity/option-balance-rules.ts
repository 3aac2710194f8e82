import type { Choice, DecisionNode, Scenario } from '../schemas/scenario';
import type { Finding } from './scenario-rules';

/**
 * Options that cannot be gamed (CONTENT-RULES.md rule 1; docs/authoring.md). A tired learner who
 * learns that the longest option is the right one passes by pattern, not judgement; in the
 * December 2026 audit the best option was the longest in 27 of 31 decisions, usually a "do
 * everything" bundle. Length is measured in characters of the option's text, over every choice
 * of the decision (a choice offered only after an earlier choice is counted too: some learners
 * see it beside the others).
 */

/** A best option more than this many times the others' mean length gives itself away. */
export const lengthRatioLimit = 1.15;

/** One decision's option lengths, and whether a best option is the strictly longest. */
export interface DecisionBalance {
  nodeIndex: number;
  decision: DecisionNode;
  /** The best choice that is strictly longer than every other option, if there is one. */
  longestBest?: {
    choice: Choice;
    index: number;
    length: number;
    othersMean: number;
    ratio: number;
  };
}

const lengthOf = (choice: Choice) => choice.text.length;

/** The figures for every decision in the scenario, in file order. */
export function optionBalance(scenario: Scenario): DecisionBalance[] {
  return scenario.nodes.flatMap((node, nodeIndex) => {
    if (node.kind !== 'decision') return [];
    const best = Math.max(...node.choices.map((choice) => choice.score));
    const longest = Math.max(...node.choices.map(lengthOf));
    const strictlyLongest = node.choices.filter((choice) => lengthOf(choice) === longest);
    const choice =
      strictlyLongest.length === 1 && strictlyLongest[0]!.score === best
        ? strictlyLongest[0]!
        : undefined;
    if (!choice) return [{ nodeIndex, decision: node }];
    const others = node.choices.filter((other) => other !== choice);
    const othersMean = others.reduce((sum, other) => sum + lengthOf(other), 0) / others.length;
    const length = lengthOf(choice);
    return [
      {
        nodeIndex,
        decision: node,
        longestBest: {
          choice,
          index: node.choices.indexOf(choice),
          length,
          othersMean,
          ratio: length / othersMean,
        },
      },
    ];
  });
}

const howToRewrite =
  'make the other options as specific and as well reasoned as a tired, well-meaning doctor\'s real choice, and trim the best one to the decision itself, not a "do everything" bundle; do not pad (docs/authoring.md, "Options that cannot be gamed").';

/**
 * Warnings: a decision whose best option is the longest by more than lengthRatioLimit, and a
 * scenario where the best option is the longest in more than half its decisions.
 */
export function checkOptionBalance(scenario: Scenario): Finding[] {
  const balance = optionBalance(scenario);
  const findings: Finding[] = [];
  for (const { nodeIndex, longestBest } of balance) {
    if (!longestBest || longestBest.ratio <= lengthRatioLimit) continue;
    const { choice, index, length, othersMean, ratio } = longestBest;
    findings.push({
      severity: 'warning',
      path: ['nodes', nodeIndex, 'choices', index, 'text'],
      message: `the best option "${choice.id}" (score ${choice.score}) is the longest, ${length} characters against a mean of ${Math.round(othersMean)} for the others: ${ratio.toFixed(1)}× (more than ${lengthRatioLimit}×), so its length gives the answer away.`,
      fix: `rewrite the options of this decision: ${howToRewrite}`,
    });
  }
  const longestBest = balance.filter((entry) => entry.longestBest);
  const allowed = Math.floor(balance.length / 2);
  if (longestBest.length > allowed) {
    findings.push({
      severity: 'warning',
      path: [],
      message: `the best option is the longest in ${longestBest.length} of ${balance.length} decisions (${longestBest.map((entry) => `"${entry.decision.id}"`).join(', ')}), more than half, so a learner can pass by picking the longest option.`,
      fix: `rewrite until the best option is the longest in at most ${allowed} of ${balance.length} decisions (aim for one at most): ${howToRewrite}`,
    });
  }
  return findings;
}

/**
 * The per-scenario figure, for check:content to print whether or not it warns: in how many of
 * its decisions each scenario's best option is the longest, e.g. "results 1 of 3".
 */
export function optionLengthSummary(scenarios: readonly Scenario[]): string {
  const figures = scenarios.map((scenario) => {
    const balance = optionBalance(scenario);
    return `${scenario.id} ${balance.filter((entry) => entry.longestBest).length} of ${balance.length}`;
  });
  return `Best option the longest (decisions): ${figures.join(', ')}.`;
}
