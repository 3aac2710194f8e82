import { describe, expect, it } from 'vitest';
import {
  checkOptionBalance,
  lengthRatioLimit,
  optionBalance,
  optionLengthSummary,
} from '../../src/integrity/option-balance-rules';
import type { Choice, Scenario } from '../../src/schemas/scenario';
import { fixture, loadScenario } from '../helpers/load-scenario';

const tiny = loadScenario(fixture('integrity/base/scenarios/tiny.yaml'));

/** Options of a given length (in characters) and score. */
const option = (id: string, length: number, score: number): Choice => ({
  id,
  text: 'x'.repeat(length),
  feedback: 'Why.',
  score,
  target: 'good',
});

/** The tiny scenario with its decisions' options replaced, one list per decision. */
function withDecisions(...decisions: Choice[][]): Scenario {
  const ending = tiny.nodes.find((node) => node.kind === 'ending')!;
  return {
    ...tiny,
    nodes: [
      ...decisions.map((choices, index) => ({
        id: `d${index + 1}`,
        kind: 'decision' as const,
        prompt: 'What now?',
        choices,
      })),
      ending,
    ],
  };
}

const summary = (scenario: Scenario) =>
  checkOptionBalance(scenario).map(
    (finding) => `${finding.path.join('.') || 'scenario'}: ${finding.message}`,
  );

describe('options that cannot be gamed', () => {
  it('warns when the best option is the strictly longest by more than the ratio, with the figures', () => {
    expect(
      summary(
        withDecisions(
          [option('best', 160, 10), option('other', 100, 2)],
          [option('best', 50, 10), option('other', 100, 2)],
          [option('best', 50, 10), option('other', 100, 2)],
        ),
      ),
    ).toEqual([
      'nodes.0.choices.0.text: the best option "best" (score 10) is the longest, 160 characters against a mean of 100 for the others: 1.6× (more than 1.15×), so its length gives the answer away.',
    ]);
  });

  it(`says nothing of a decision at ${lengthRatioLimit}× or less, but still counts it as longest`, () => {
    const scenario = withDecisions([option('best', 115, 10), option('other', 100, 2)]);
    expect(optionBalance(scenario)[0]!.longestBest).toMatchObject({ length: 115, othersMean: 100 });
    expect(summary(scenario)).toEqual([
      'scenario: the best option is the longest in 1 of 1 decisions ("d1"), more than half, so a learner can pass by picking the longest option.',
    ]);
  });

  it('does not count a best option that only ties for longest, nor a longest option that is not best', () => {
    const balance = optionBalance(
      withDecisions(
        [option('best', 100, 10), option('other', 100, 2)],
        [option('best', 50, 10), option('long-wrong', 120, 2)],
      ),
    );
    expect(balance.map((entry) => entry.longestBest)).toEqual([undefined, undefined]);
  });

  it('counts any of several equally scored best options, measured against all the others', () => {
    const [entry] = optionBalance(
      withDecisions([
        option('best', 200, 10),
        option('also-best', 100, 10),
        option('other', 100, 2),
      ]),
    );
    expect(entry!.longestBest).toMatchObject({ choice: { id: 'best' }, othersMean: 100, ratio: 2 });
  });

  it('warns about the scenario only when the best option is longest in more than half its decisions', () => {
    const longest = [option('best', 110, 10), option('other', 100, 2)];
    const not = [option('best', 90, 10), option('other', 100, 2)];
    expect(summary(withDecisions(longest, not, not, longest))).toEqual([]);
    expect(summary(withDecisions(longest, longest, not))).toEqual([
      'scenario: the best option is the longest in 2 of 3 decisions ("d1", "d2"), more than half, so a learner can pass by picking the longest option.',
    ]);
  });

  it('sums up every scenario for check:content, warning or not', () => {
    const longest = [option('best', 110, 10), option('other', 100, 2)];
    const not = [option('best', 90, 10), option('other', 100, 2)];
    expect(optionLengthSummary([tiny, { ...withDecisions(longest, not, not), id: 'other' }])).toBe(
      'Best option the longest (decisions): tiny 0 of 2, other 1 of 3.',
    );
  });
});
