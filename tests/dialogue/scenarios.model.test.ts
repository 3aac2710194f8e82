import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import {
  createDialogueMachine,
  currentNodeId,
  type DialogueEvent,
} from '../../src/dialogue/dialogue-machine';
import { maxScore } from '../../src/dialogue/scenario-graph';
import { loadScenarioFile, scenarioFiles } from '../../src/integrity/content-files';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = scenarioFiles(root);

/**
 * Model tests: xstate/graph walks every state each scenario's machine can reach through its
 * choices and "continue", so these hold for every path, not only the ones a person tried.
 */
describe.each(files)('scenario %s', (file) => {
  const scenario = loadScenarioFile(root, file);
  const machine = createDialogueMachine(scenario);
  const events: DialogueEvent[] = [
    { type: 'dialogue.continued' },
    ...scenario.nodes.flatMap((node) =>
      node.kind === 'decision'
        ? node.choices.map((choice) => ({ type: 'choice.selected' as const, choiceId: choice.id }))
        : [],
    ),
  ];
  const reachable = getShortestPaths(machine, { events }).map((path) => path.state);

  it('can reach every ending', () => {
    const endingsReached = new Set(
      reachable.filter((state) => state.hasTag('ending')).map(currentNodeId),
    );
    const endings = scenario.nodes.filter((node) => node.kind === 'ending').map((node) => node.id);
    expect([...endingsReached].sort()).toEqual([...endings].sort());
  });

  it('has no dead ends: every state that is not an ending has a way on', () => {
    const stuck = reachable
      .filter((state) => !state.hasTag('ending') && !events.some((event) => state.can(event)))
      .map((state) => `${currentNodeId(state)} with flags [${state.context.flags.join(', ')}]`);
    expect(stuck).toEqual([]);
  });

  it('visits every node on some path', () => {
    const visited = new Set(reachable.map(currentNodeId));
    expect(scenario.nodes.map((node) => node.id).filter((id) => !visited.has(id))).toEqual([]);
  });

  it('computes the maximum score the best path actually earns', () => {
    const best = Math.max(
      ...reachable.filter((state) => state.hasTag('ending')).map((state) => state.context.score),
    );
    expect(maxScore(scenario)).toBe(best);
  });
});

it('finds the scenario files', () => {
  expect(files.length).toBeGreaterThan(0);
});
