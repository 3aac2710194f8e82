import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohortPath } from '../../src/insights/cohort-path';
import { recommendedPath } from '../../src/dialogue/scenario-graph';
import { loadScenario } from '../helpers/load-scenario';
import { root } from './course-fixture';

const scenario = loadScenario(path.join(root, 'scenarios', 'second-problem.yaml'));

describe("the cohort's path on the scenario map", () => {
  it('follows the most chosen choice at each decision from the start', () => {
    const recommended = recommendedPath(scenario).choices;
    const byDecision = Object.fromEntries(
      recommended.map((choice) => [
        scenario.nodes.find((node) => node.kind === 'decision' && node.choices.includes(choice))!
          .id,
        choice.id,
      ]),
    );
    expect(cohortPath(scenario, byDecision)).toEqual(recommended.map((choice) => choice.id));
  });

  it('stops at the first decision whose figures are hidden', () => {
    expect(cohortPath(scenario, {})).toEqual([]);
  });
});
