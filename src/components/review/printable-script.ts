/**
 * One model of a scenario's script on paper, for the reviewer's script (src/pages/review/[id]/script.astro)
 * and the facilitator guide (src/pages/facilitator/guide/[id].astro): every node once, in the
 * order of the map, with the references the map uses and where each is reached from. Pure, so
 * the two pages cannot drift on which nodes they print or how they name them.
 */
import type { Conditions, Scenario, ScenarioNode } from '../../schemas/scenario';
import { nodeById, routesOf } from '../../dialogue/scenario-graph';
import { choiceLetter, nodeRefs } from '../../vocabulary/node-references';
import { layoutScenarioMap } from '../scenario-map/scenario-map-layout';
import type { Translate } from '../../i18n/messages';
import { optionReference } from '../../vocabulary/labels';

/** A way into a node: from a conversation or scene (ref only), or a decision's option (ref and letter). */
export interface ScriptArrival {
  ref: string;
  option?: string;
}

/** A way on from a conversation or scene. */
export interface ScriptRoute {
  target: string;
  /** The target's reference, or "?" for a target no node has. */
  ref: string;
  conditions: Conditions;
}

export interface ScriptStep {
  node: ScenarioNode;
  ref: string;
  /** Where the scenario starts. */
  isStart: boolean;
  reachedFrom: ScriptArrival[];
  /** A conversation's or scene's routes on, in order; empty for decisions and endings. */
  routes: ScriptRoute[];
  /** Set on a decision's choices that score the most there. */
  bestChoices: ReadonlySet<string>;
}

/** Node ids in the full map's order: by column, then row, so branches sit side by side. */
export function mapOrder(scenario: Scenario): string[] {
  return [...layoutScenarioMap(scenario, 'full').nodes]
    .sort((a, b) => a.column - b.column || a.row - b.row)
    .map((node) => node.id);
}

/**
 * The script: every node of the scenario exactly once, those on the map in its order and any the
 * map leaves out after them (a script that drops a node would let a reviewer sign off words they
 * never saw). Targets no node has (a broken route) are not nodes, so they are not steps.
 */
export function printableScript(
  scenario: Scenario,
  order: readonly string[] = mapOrder(scenario),
): ScriptStep[] {
  const refs = nodeRefs(scenario);
  const refOf = (id: string) => refs.get(id) ?? '?';
  const reachedFrom = new Map<string, ScriptArrival[]>();
  const arrive = (target: string, arrival: ScriptArrival) =>
    reachedFrom.set(target, [...(reachedFrom.get(target) ?? []), arrival]);
  for (const node of scenario.nodes) {
    if (node.kind === 'decision')
      node.choices.forEach((choice, index) =>
        arrive(choice.target, { ref: refOf(node.id), option: choiceLetter(index) }),
      );
    else if (node.kind !== 'ending')
      routesOf(node.next).forEach((route) => arrive(route.target, { ref: refOf(node.id) }));
  }
  const onMap = order.filter((id) => nodeById(scenario, id));
  const ids = [...new Set([...onMap, ...scenario.nodes.map((node) => node.id)])];
  return ids.map((id) => {
    const node = nodeById(scenario, id)!;
    const best =
      node.kind === 'decision' ? Math.max(...node.choices.map((choice) => choice.score)) : 0;
    return {
      node,
      ref: refOf(id),
      isStart: id === scenario.start,
      reachedFrom: reachedFrom.get(id) ?? [],
      routes:
        node.kind === 'dialogue' || node.kind === 'scene'
          ? routesOf(node.next).map(({ target, ...conditions }) => ({
              target,
              ref: refOf(target),
              conditions,
            }))
          : [],
      bestChoices: new Set(
        node.kind === 'decision'
          ? node.choices.filter((choice) => choice.score === best).map((choice) => choice.id)
          : [],
      ),
    };
  });
}

/** A node's heading after its reference and kind: ": prompt", ": title", ": when, where", or nothing for a conversation. */
export function stepHeadingText(node: ScenarioNode): string {
  return node.kind === 'scene'
    ? `: ${node.when}, ${node.where}`
    : node.kind === 'decision'
      ? `: ${node.prompt}`
      : node.kind === 'ending'
        ? `: ${node.title}`
        : '';
}

/** "After D1 option A or C2": the ways into a step, as both printed scripts word them. */
export function arrivalText(t: Translate, reachedFrom: readonly ScriptArrival[]): string {
  const from = reachedFrom.map((arrival) =>
    arrival.option ? optionReference(t, arrival.ref, arrival.option) : arrival.ref,
  );
  return t('review.script.after', { from: from.join(t('map.or')) });
}
