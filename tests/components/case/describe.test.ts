import { describe, expect, it } from 'vitest';
import { announceFeedback } from '../../../src/components/case/describe';
import { fixture, loadScenario } from '../../helpers/load-scenario';
import { translate } from '../../helpers/catalogue';

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));
const decision = scenario.nodes.find(
  (node) => node.kind === 'decision' && node.id === 'first-call',
);

describe("what a screen reader hears for a choice's feedback", () => {
  if (decision?.kind !== 'decision') throw new Error('fixture changed');
  const letter = decision.choices.find((choice) => choice.id === 'letter')!;

  it('says why it matters with the points out of the best choice', () => {
    expect(announceFeedback(decision, letter, false, translate('en'))).toBe(
      'Why it matters, 2 of 10 points. Risky.',
    );
  });

  it('says when the choice is practice, not scored', () => {
    expect(announceFeedback(decision, letter, true, translate('en'))).toBe(
      'Why it matters, Practice, not scored: 2 of 10 points. Risky.',
    );
  });
});
