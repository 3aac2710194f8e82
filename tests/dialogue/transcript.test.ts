import { describe, expect, it } from 'vitest';
import type { DecisionNode } from '../../src/schemas/scenario';
import { buildTranscript, showsConsequenceOf } from '../../src/dialogue/transcript';
import { fixture, loadScenario } from '../helpers/load-scenario';

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));
const node = (id: string) => scenario.nodes.find((candidate) => candidate.id === id)!;

/** The transcript as kinds and ids, in order: what the learner sees, top to bottom. */
function shown(trail: string[], path: Array<{ decision: string; choice: string }>) {
  return buildTranscript(scenario, { trail, path }).map((entry) =>
    entry.kind === 'node' ? `node ${entry.node.id}` : `${entry.kind} ${entry.choice.id}`,
  );
}

describe('where a choice’s feedback goes', () => {
  it('after a node whose lines depend on the choice: the consequence comes first', () => {
    expect(showsConsequenceOf(node('first-call') as DecisionNode, node('later'))).toBe(true);
    expect(
      shown(['opening', 'first-call', 'later'], [{ decision: 'first-call', choice: 'phone' }]),
    ).toEqual(['node opening', 'node first-call', 'choice phone', 'node later', 'feedback phone']);
  });

  it('before a node every choice leads to with nothing that depends on it: the conversation moves on after', () => {
    expect(showsConsequenceOf(node('second-call') as DecisionNode, node('wrap-up'))).toBe(false);
    const path = [
      { decision: 'first-call', choice: 'phone' },
      { decision: 'second-call', choice: 'rebook' },
    ];
    expect(
      shown(['opening', 'first-call', 'later', 'second-call', 'wrap-up'], path).slice(-4),
    ).toEqual(['node second-call', 'choice rebook', 'feedback rebook', 'node wrap-up']);
  });
});
