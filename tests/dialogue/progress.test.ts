import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import {
  createDialogueMachine,
  currentNodeId,
  type DialogueEvent,
} from '../../src/dialogue/dialogue-machine';
import { eventsToReplay, progressOf, restoreProgress } from '../../src/dialogue/progress';
import { fixture, loadScenario } from '../helpers/load-scenario';

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));
const machine = createDialogueMachine(scenario);

describe('saved progress', () => {
  it('is the list of choices and the node reached', () => {
    let [snapshot] = initialTransition(machine);
    for (const event of [
      { type: 'dialogue.continued' },
      { type: 'choice.selected', choiceId: 'phone' },
      { type: 'dialogue.continued' },
    ] as const)
      [snapshot] = transition(machine, snapshot, event);
    expect(progressOf(snapshot)).toEqual({ choices: ['phone'], at: 'second-call' });
  });

  it('restores exactly the same place, path, flags and score', () => {
    const restored = restoreProgress(machine, scenario, {
      choices: ['phone', 'rebook'],
      at: 'wrap-up',
    });
    expect(restored && currentNodeId(restored)).toBe('wrap-up');
    expect(restored?.context).toEqual({
      trail: ['opening', 'first-call', 'later', 'second-call', 'wrap-up'],
      path: [
        { decision: 'first-call', choice: 'phone' },
        { decision: 'second-call', choice: 'rebook' },
      ],
      flags: ['phoned'],
      score: 20,
    });
  });

  it('restores a place part-way through dialogue after the last choice', () => {
    const restored = restoreProgress(machine, scenario, { choices: ['letter'], at: 'later' });
    expect(restored && currentNodeId(restored)).toBe('later');
  });

  it.each([
    ['a choice that no longer exists', { choices: ['email'], at: 'later' }],
    ['a choice its flags do not allow', { choices: ['letter', 'rebook'], at: 'wrap-up' }],
    ['a node that is not on the way', { choices: ['phone'], at: 'poor-ending' }],
    ['a node that no longer exists', { choices: [], at: 'renamed-node' }],
    [
      'more choices than the path has',
      { choices: ['phone', 'rebook', 'phone'], at: 'good-ending' },
    ],
  ])('discards %s instead of crashing', (_label, progress) => {
    expect(restoreProgress(machine, scenario, progress)).toBeNull();
  });
});

describe('the way back to the scored answers', () => {
  const play = (events: readonly DialogueEvent[]) =>
    events.reduce(
      (snapshot, event) => transition(machine, snapshot, event)[0],
      initialTransition(machine)[0],
    );

  it('replays the choices from the start and stops where that run carries on', () => {
    const events = eventsToReplay(machine, scenario, ['phone'])!;
    const snapshot = play(events);
    expect(progressOf(snapshot)).toEqual({ choices: ['phone'], at: 'second-call' });
    expect(snapshot.context.score).toBe(10);
  });

  it('stops at the ending when the choices reach one, and at the first decision when there are none', () => {
    expect(currentNodeId(play(eventsToReplay(machine, scenario, ['letter', 'discharge'])!))).toBe(
      'poor-ending',
    );
    expect(currentNodeId(play(eventsToReplay(machine, scenario, [])!))).toBe('first-call');
  });

  it('is null when the choices no longer fit the scenario', () => {
    expect(eventsToReplay(machine, scenario, ['no-such-choice'])).toBeNull();
    // Rebook needs the flag that phoning sets.
    expect(eventsToReplay(machine, scenario, ['letter', 'rebook'])).toBeNull();
  });
});
