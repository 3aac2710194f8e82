/**
 * Which boxes of the scenario map are joined, before any geometry (./scenario-map-layout.ts): in
 * "full" mode every choice and route, in "decisions" mode each choice drawn through conversations
 * and scenes to the next decision or ending it can lead to.
 */
import type { Conditions, Scenario } from '../../schemas/scenario';
import { nodeById, possibleTargets, routesOf } from '../../dialogue/scenario-graph';
import { choiceLetter } from '../../vocabulary/node-references';

/** A choice drawn along an edge, with the letter the map gives it at its decision (A, B, C, D). */
export interface EdgeChoice {
  decision: string;
  choice: string;
  letter: string;
}

/** An edge between two boxes, before it is placed. */
export interface AbstractEdge {
  from: string;
  to: string;
  choices: EdgeChoice[];
  conditional: boolean;
}

const hasConditions = (conditions: Conditions) =>
  Boolean(conditions.requires?.length || conditions.unless?.length);

/** Every node's outgoing edges in full mode: choices and routes, merged per pair of nodes. */
export function fullEdges(scenario: Scenario): AbstractEdge[] {
  const edges = new Map<string, AbstractEdge>();
  const add = (from: string, to: string, choice: EdgeChoice | null, conditional: boolean) => {
    const key = `${from}->${to}`;
    const edge = edges.get(key) ?? { from, to, choices: [], conditional: false };
    if (choice) edge.choices.push(choice);
    edge.conditional ||= conditional;
    edges.set(key, edge);
  };
  for (const node of scenario.nodes) {
    if (node.kind === 'decision') {
      node.choices.forEach((choice, index) =>
        add(
          node.id,
          choice.target,
          { decision: node.id, choice: choice.id, letter: choiceLetter(index) },
          false,
        ),
      );
    } else if (node.kind !== 'ending') {
      const routes = routesOf(node.next);
      for (const route of routes)
        add(node.id, route.target, null, routes.length > 1 && hasConditions(route));
    }
  }
  return [...edges.values()];
}

/** The decisions and endings a node leads to through conversations and scenes, and whether a conditional route is on the way. */
function nextKeyNodes(scenario: Scenario, from: string): { id: string; conditional: boolean }[] {
  const found = new Map<string, boolean>();
  const walk = (id: string, conditional: boolean, visiting: Set<string>) => {
    const node = nodeById(scenario, id);
    if (visiting.has(id)) return;
    // A target no node has is kept, so the map can mark the broken route.
    if (!node || node.kind === 'decision' || node.kind === 'ending') {
      found.set(id, (found.get(id) ?? true) && conditional);
      return;
    }
    const routes = routesOf(node.next);
    const next = new Set(visiting).add(id);
    for (const route of routes)
      walk(route.target, conditional || (routes.length > 1 && hasConditions(route)), next);
  };
  walk(from, false, new Set());
  return [...found].map(([id, conditional]) => ({ id, conditional }));
}

/** Edges between the start, decisions and endings, each choice drawn to where it can lead. */
export function decisionEdges(scenario: Scenario): {
  keyNodes: Set<string>;
  edges: AbstractEdge[];
} {
  const keyNodes = new Set([
    scenario.start,
    ...scenario.nodes
      .filter((node) => node.kind === 'decision' || node.kind === 'ending')
      .map((node) => node.id),
  ]);
  const edges = new Map<string, AbstractEdge>();
  const add = (from: string, to: string, choice: EdgeChoice | null, conditional: boolean) => {
    const key = `${from}->${to}`;
    const edge = edges.get(key) ?? { from, to, choices: [], conditional };
    if (choice) edge.choices.push(choice);
    edge.conditional &&= conditional;
    edges.set(key, edge);
  };
  for (const node of scenario.nodes) {
    if (!keyNodes.has(node.id) || node.kind === 'ending') continue;
    if (node.kind === 'decision') {
      node.choices.forEach((choice, index) => {
        for (const next of nextKeyNodes(scenario, choice.target)) {
          add(
            node.id,
            next.id,
            { decision: node.id, choice: choice.id, letter: choiceLetter(index) },
            next.conditional,
          );
        }
      });
    } else {
      for (const target of possibleTargets(node.next)) {
        for (const next of nextKeyNodes(scenario, target))
          add(node.id, next.id, null, next.conditional);
      }
    }
  }
  return { keyNodes, edges: [...edges.values()] };
}
