import type {
  Choice,
  Conditions,
  DecisionNode,
  EndingNode,
  Line,
  Next,
  Scenario,
  ScenarioNode,
} from '../schemas/scenario';

/** Flags are kept sorted so that equal sets serialise equally. */
export type Flags = readonly string[];

export function meetsConditions(flags: Flags, conditions: Conditions): boolean {
  const required = conditions.requires ?? [];
  const excluded = conditions.unless ?? [];
  return (
    required.every((flag) => flags.includes(flag)) && !excluded.some((flag) => flags.includes(flag))
  );
}

export function withFlags(flags: Flags, added: readonly string[] | undefined): Flags {
  if (!added?.length) return flags;
  return [...new Set([...flags, ...added])].sort();
}

export function nodeById(scenario: Scenario, id: string): ScenarioNode | undefined {
  return scenario.nodes.find((node) => node.id === id);
}

export function requireNode(scenario: Scenario, id: string): ScenarioNode {
  const node = nodeById(scenario, id);
  if (!node) throw new Error(`Scenario "${scenario.id}" has no node "${id}"`);
  return node;
}

/** One way on from a conversation or scene: its target, and the flags it is taken under. */
export type Route = Conditions & { target: string };

/**
 * A `next` as a list of routes. Authors may write a bare node id for the common case; this is the
 * one place that shorthand is unfolded, so everything else reads routes.
 */
export function routesOf(next: Next): Route[] {
  return typeof next === 'string' ? [{ target: next }] : next;
}

/** The node a dialogue or scene moves on to, given the flags set so far. */
export function resolveNext(next: Next, flags: Flags): string {
  const routes = routesOf(next);
  const route = routes.find((candidate) => meetsConditions(flags, candidate));
  // The schema requires an unconditional last route, so a route is always found.
  return (route ?? routes[routes.length - 1]!).target;
}

/** Every node id a `next` could lead to, whatever the flags. */
export function possibleTargets(next: Next): string[] {
  return routesOf(next).map((route) => route.target);
}

/** Every node id a node can lead to, whatever the flags (for integrity checks and diagrams). */
export function targetsOf(node: ScenarioNode): string[] {
  if (node.kind === 'ending') return [];
  if (node.kind === 'decision') return node.choices.map((choice) => choice.target);
  return possibleTargets(node.next);
}

export function availableChoices(decision: DecisionNode, flags: Flags): Choice[] {
  return decision.choices.filter((choice) => meetsConditions(flags, choice));
}

export function visibleLines(lines: readonly Line[] | undefined, flags: Flags): Line[] {
  return (lines ?? []).filter((line) => meetsConditions(flags, line));
}

/** A place in a playthrough: which node, with which flags set. */
export interface GraphState {
  node: string;
  flags: Flags;
}

export interface GraphEdge {
  from: GraphState;
  to: GraphState;
  /** The choice taken, when the edge leaves a decision. */
  choice?: Choice;
}

const stateKey = (state: GraphState) => `${state.node}|${state.flags.join(',')}`;

/** The states reachable in one step, with the choice (if any) that leads to each. */
export function successors(scenario: Scenario, state: GraphState): GraphEdge[] {
  const node = nodeById(scenario, state.node);
  if (!node || node.kind === 'ending') return [];
  if (node.kind === 'decision') {
    return availableChoices(node, state.flags).map((choice) => ({
      from: state,
      to: { node: choice.target, flags: withFlags(state.flags, choice.sets) },
      choice,
    }));
  }
  return [{ from: state, to: { node: resolveNext(node.next, state.flags), flags: state.flags } }];
}

/**
 * Every (node, flags) state reachable from the start, exactly, by following choices and routes
 * with the flags each path sets. Scenarios are small, so exhaustive exploration is cheap and
 * catches what a flag-blind graph walk would miss.
 */
export function exploreStates(scenario: Scenario): { states: GraphState[]; edges: GraphEdge[] } {
  const start: GraphState = { node: scenario.start, flags: [] };
  const seen = new Map<string, GraphState>([[stateKey(start), start]]);
  const edges: GraphEdge[] = [];
  const queue = [start];
  while (queue.length) {
    const state = queue.shift()!;
    for (const edge of successors(scenario, state)) {
      edges.push(edge);
      const key = stateKey(edge.to);
      if (!seen.has(key) && nodeById(scenario, edge.to.node)) {
        seen.set(key, edge.to);
        queue.push(edge.to);
      }
    }
  }
  return { states: [...seen.values()], edges };
}

/**
 * The best-scoring way through from a state: memoised over (node, flags), which is finite and,
 * because integrity checks reject cycles, acyclic.
 */
function bestPaths(scenario: Scenario) {
  const memo = new Map<string, { score: number; choices: Choice[]; ending: EndingNode | null }>();
  const best = (
    state: GraphState,
    visiting: Set<string>,
  ): { score: number; choices: Choice[]; ending: EndingNode | null } => {
    const key = stateKey(state);
    const known = memo.get(key);
    if (known) return known;
    const node = nodeById(scenario, state.node);
    if (node?.kind === 'ending') {
      const result = { score: 0, choices: [], ending: node };
      memo.set(key, result);
      return result;
    }
    if (visiting.has(key)) return { score: -Infinity, choices: [], ending: null };
    visiting.add(key);
    let result: { score: number; choices: Choice[]; ending: EndingNode | null } = {
      score: -Infinity,
      choices: [],
      ending: null,
    };
    for (const edge of successors(scenario, state)) {
      const onward = best(edge.to, visiting);
      const score = onward.score + (edge.choice?.score ?? 0);
      if (score > result.score) {
        result = {
          score,
          choices: edge.choice ? [edge.choice, ...onward.choices] : onward.choices,
          ending: onward.ending,
        };
      }
    }
    visiting.delete(key);
    memo.set(key, result);
    return result;
  };
  return best({ node: scenario.start, flags: [] }, new Set());
}

/** The highest total score any path through the scenario can earn. */
export function maxScore(scenario: Scenario): number {
  const best = bestPaths(scenario);
  return Number.isFinite(best.score) ? best.score : 0;
}

/** The choices of the best-scoring path: the path the module recommends. */
export function recommendedPath(scenario: Scenario): {
  choices: Choice[];
  ending: EndingNode | null;
} {
  const { choices, ending } = bestPaths(scenario);
  return { choices, ending };
}

/**
 * The path through the scenario with the most choices, and the ending it reaches: the most a
 * learner's progress can hold for it (the worst case for SCORM suspend_data).
 */
export function longestChoicePath(scenario: Scenario): { choices: string[]; ending: string } {
  const { edges } = exploreStates(scenario);
  const memo = new Map<string, { choices: string[]; ending: string }>();
  const walk = (state: GraphState): { choices: string[]; ending: string } => {
    const known = memo.get(stateKey(state));
    if (known) return known;
    let best = { choices: [] as string[], ending: state.node };
    for (const edge of edges.filter((candidate) => stateKey(candidate.from) === stateKey(state))) {
      const onward = walk(edge.to);
      const choices = edge.choice ? [edge.choice.id, ...onward.choices] : onward.choices;
      if (
        choices.length > best.choices.length ||
        (choices.length === best.choices.length && best.ending === state.node)
      )
        best = { choices, ending: onward.ending };
    }
    memo.set(stateKey(state), best);
    return best;
  };
  return walk({ node: scenario.start, flags: [] });
}

/**
 * Longest distance from the start for every node reachable from it along `targets`, and the
 * order the nodes were found in (breadth first). Integrity checks reject cycles; with a cycle,
 * the relaxation is still bounded. Used for node references and the map's columns.
 */
export function longestDepths(
  scenario: Scenario,
  targets: (node: ScenarioNode) => string[] = targetsOf,
): { depth: Map<string, number>; order: string[] } {
  const order: string[] = [];
  const seen = new Set<string>([scenario.start]);
  const queue = [scenario.start];
  while (queue.length) {
    const id = queue.shift()!;
    order.push(id);
    const node = nodeById(scenario, id);
    for (const target of node ? targets(node) : []) {
      if (!seen.has(target) && nodeById(scenario, target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  const depth = new Map<string, number>([[scenario.start, 0]]);
  // Relax edges |V| times (Bellman-Ford style for longest paths on a DAG); bounded even with a cycle.
  for (let pass = 0; pass < order.length; pass += 1) {
    let changed = false;
    for (const id of order) {
      const from = depth.get(id);
      const node = nodeById(scenario, id);
      if (from === undefined || !node) continue;
      for (const target of targets(node)) {
        if (!seen.has(target)) continue;
        if ((depth.get(target) ?? -1) < from + 1) {
          depth.set(target, from + 1);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return { depth, order };
}
