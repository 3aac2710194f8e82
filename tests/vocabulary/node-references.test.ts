import { describe, expect, it } from 'vitest';
import {
  choiceLetter,
  letterOfChoice,
  nodeRefs,
  nodeTitle,
} from '../../src/vocabulary/node-references';
import { nodeById } from '../../src/dialogue/scenario-graph';
import { fixture, loadScenario } from '../helpers/load-scenario';

const tiny = loadScenario(fixture('scenarios/flag-route.yaml'));

describe('naming the parts of a scenario', () => {
  it('gives stable short references by kind, numbered by depth from the start', () => {
    expect(Object.fromEntries(nodeRefs(tiny))).toEqual({
      opening: 'C1',
      'first-call': 'D1',
      later: 'S1',
      'second-call': 'D2',
      'wrap-up': 'C2',
      'good-ending': 'E1',
      'poor-ending': 'E2',
    });
  });

  it('numbers a node the start cannot reach after the others', () => {
    const stray = structuredClone(tiny);
    stray.nodes.push({
      id: 'stray',
      kind: 'ending',
      outcome: 'poor',
      title: 'Nowhere',
      summary: 'Unreached.',
      learningPoints: ['None.'],
    });
    expect(nodeRefs(stray).get('stray')).toBe('E3');
  });

  it('letters choices in authored order, conditional ones included', () => {
    expect([0, 1, 2, 3].map(choiceLetter)).toEqual(['A', 'B', 'C', 'D']);
    expect(letterOfChoice(tiny, 'second-call', 'rebook-blind')).toBe('C');
    expect(letterOfChoice(tiny, 'second-call', 'nothing')).toBe('?');
  });

  it("puts a node's words in one line", () => {
    const title = (id: string) => nodeTitle(tiny, nodeById(tiny, id)!);
    expect(title('first-call')).toBe('What do you do?');
    expect(title('good-ending')).toBe('Seen in time');
    expect(title('later')).toBe('Three weeks later, At the GP surgery');
    expect(title('opening')).toBe('Dr Amara Okafor: A patient missed clinic.');
  });
});
