import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayChoices } from '../../src/dialogue/replay';
import {
  exploreStates,
  longestChoicePath,
  recommendedPath,
} from '../../src/dialogue/scenario-graph';
import { currentNodeId } from '../../src/dialogue/selectors';
import { fixture, loadScenario } from '../helpers/load-scenario';

const tiny = loadScenario(fixture('scenarios/flag-route.yaml'));
const scenariosDir = new URL('../../scenarios/', import.meta.url).pathname;
const real = readdirSync(scenariosDir)
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => loadScenario(`${scenariosDir}${name}`));

describe('replaying a list of choices through the machine', () => {
  it('follows choices with the flags they set, to an ending', () => {
    expect(replayChoices(tiny, ['phone', 'rebook'])).toMatchObject({
      trail: ['opening', 'first-call', 'later', 'second-call', 'wrap-up', 'good-ending'],
      steps: [
        { decision: 'first-call', choice: 'phone' },
        { decision: 'second-call', choice: 'rebook' },
      ],
      finished: true,
      complete: true,
    });
  });

  it('stops at the decision not decided yet', () => {
    expect(replayChoices(tiny, ['letter'])).toMatchObject({
      trail: ['opening', 'first-call', 'later', 'second-call'],
      finished: false,
      complete: true,
    });
  });

  it('stops where a choice is not offered (its flag was never set)', () => {
    const replay = replayChoices(tiny, ['letter', 'rebook']);
    expect(replay).toMatchObject({
      trail: ['opening', 'first-call', 'later', 'second-call'],
      steps: [{ decision: 'first-call', choice: 'letter' }],
      complete: false,
    });
    expect(currentNodeId(replay.snapshot)).toBe('second-call');
  });

  it('records the events it sent, which replay to the same place', () => {
    expect(replayChoices(tiny, ['letter']).events).toEqual([
      { type: 'dialogue.continued' },
      { type: 'choice.selected', choiceId: 'letter' },
      { type: 'dialogue.continued' },
    ]);
  });
});

describe.each(real.map((scenario) => [scenario.id, scenario] as const))(
  'replays of %s end where the integrity walk says',
  (_id, scenario) => {
    const { states } = exploreStates(scenario);
    const endStates = new Set(
      states
        .filter((state) => scenario.nodes.find((node) => node.id === state.node)?.kind === 'ending')
        .map((state) => `${state.node}|${state.flags.join(',')}`),
    );

    it('the recommended path reaches the recommended ending', () => {
      const { choices, ending } = recommendedPath(scenario);
      const replay = replayChoices(
        scenario,
        choices.map((choice) => choice.id),
      );
      expect(replay.finished).toBe(true);
      expect(replay.trail.at(-1)).toBe(ending?.id);
    });

    it('the longest path reaches the ending the graph walk finds, in a state the walk explored', () => {
      const { choices, ending } = longestChoicePath(scenario);
      const replay = replayChoices(scenario, choices);
      expect(replay.complete).toBe(true);
      expect(replay.trail.at(-1)).toBe(ending);
      expect(
        endStates.has(`${replay.trail.at(-1)}|${replay.snapshot.context.flags.join(',')}`),
      ).toBe(true);
    });
  },
);
