import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import {
  createDialogueMachine,
  type DialogueEvent,
  type DialogueSnapshot,
} from '../../src/dialogue/dialogue-machine';
import { exploreStates } from '../../src/dialogue/scenario-graph';
import { canContinue, currentNodeId, offeredChoices } from '../../src/dialogue/selectors';
import { fixture, loadScenario } from '../helpers/load-scenario';

const scenariosDir = new URL('../../scenarios/', import.meta.url).pathname;
const scenarios = [
  loadScenario(fixture('scenarios/flag-route.yaml')),
  ...readdirSync(scenariosDir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .map((name) => loadScenario(`${scenariosDir}${name}`)),
];

const key = (node: string, flags: readonly string[]) => `${node}|${flags.join(',')}`;

/**
 * The integrity checks judge a scenario by the states exploreStates walks to; learners play the
 * machine. If the two disagreed, a check could pass a scenario whose machine does something else
 * (or fail one that plays fine). Both sides are walked exhaustively over (node, flags).
 */
describe.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
  '%s: the integrity walk and the machine agree',
  (_id, scenario) => {
    it('reach exactly the same (node, flags) states, with the same steps between them', () => {
      const machine = createDialogueMachine(scenario);
      const [start] = initialTransition(machine);
      const seen = new Map<string, DialogueSnapshot>([
        [key(currentNodeId(start), start.context.flags), start],
      ]);
      const machineEdges = new Set<string>();
      const queue = [start];
      while (queue.length) {
        const snapshot = queue.shift()!;
        const from = key(currentNodeId(snapshot), snapshot.context.flags);
        const events: DialogueEvent[] = [
          ...(canContinue(snapshot) ? [{ type: 'dialogue.continued' } as const] : []),
          ...offeredChoices(scenario, snapshot).map(
            (choice) => ({ type: 'choice.selected', choiceId: choice.id }) as const,
          ),
        ];
        for (const event of events) {
          const [next] = transition(machine, snapshot, event);
          const to = key(currentNodeId(next), next.context.flags);
          machineEdges.add(`${from}->${to}`);
          if (!seen.has(to)) {
            seen.set(to, next);
            queue.push(next);
          }
        }
      }

      const walked = exploreStates(scenario);
      expect([...seen.keys()].sort()).toEqual(
        walked.states.map((state) => key(state.node, state.flags)).sort(),
      );
      expect([...machineEdges].sort()).toEqual(
        [
          ...new Set(
            walked.edges.map(
              (edge) =>
                `${key(edge.from.node, edge.from.flags)}->${key(edge.to.node, edge.to.flags)}`,
            ),
          ),
        ].sort(),
      );
    });
  },
);
