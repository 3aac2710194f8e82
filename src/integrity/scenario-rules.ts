import {
  exploreStates,
  meetsConditions,
  successors,
  targetsOf,
  type GraphState,
} from '../dialogue/scenario-graph';
import type { Conditions, Next, Scenario, ScenarioNode } from '../schemas/scenario';
import { didYouMean } from '../schemas/did-you-mean';

/** A finding located by its path in the scenario file, e.g. ['nodes', 3, 'choices', 1, 'target']. */
export interface Finding {
  severity: 'error' | 'warning';
  path: (string | number)[];
  message: string;
  fix: string;
}

const quoteList = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

function duplicates<T>(items: readonly T[], key: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, index) => seen.set(key(item), [...(seen.get(key(item)) ?? []), index]));
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1));
}

type FindingPath = (string | number)[];

/** A place in the file that names a speaker, a node or flags. */
interface Reference {
  path: FindingPath;
  speaker?: string;
  target?: { id: string; path: FindingPath };
  conditions?: Conditions;
}

/** Every place a speaker, target or flag condition appears, with its path, so rules can point at it. */
function* references(scenario: Scenario): Generator<Reference> {
  for (const [nodeIndex, node] of scenario.nodes.entries()) {
    const at = (...rest: (string | number)[]) => ['nodes', nodeIndex, ...rest];
    const lines = node.kind === 'decision' ? [] : (node.lines ?? []);
    for (const [lineIndex, line] of lines.entries()) {
      yield { path: at('lines', lineIndex), speaker: line.speaker, conditions: line };
    }
    if (node.kind === 'decision') {
      for (const [choiceIndex, choice] of node.choices.entries()) {
        yield {
          path: at('choices', choiceIndex),
          target: { id: choice.target, path: at('choices', choiceIndex, 'target') },
          conditions: choice,
        };
      }
    }
    if (node.kind === 'dialogue' || node.kind === 'scene') {
      const next: Next = node.next;
      if (typeof next === 'string')
        yield { path: at('next'), target: { id: next, path: at('next') } };
      else {
        for (const [routeIndex, route] of next.entries()) {
          yield {
            path: at('next', routeIndex),
            target: { id: route.target, path: at('next', routeIndex, 'target') },
            conditions: route,
          };
        }
      }
    }
  }
}

/** Ids, references and flags: the mistakes that make a scenario impossible to compile. */
function checkReferences(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const nodeIds = scenario.nodes.map((node) => node.id);
  const castIds = scenario.cast.map((member) => member.id);

  for (const [id, indexes] of duplicates(scenario.nodes, (node) => node.id)) {
    for (const index of indexes.slice(1)) {
      findings.push({
        severity: 'error',
        path: ['nodes', index, 'id'],
        message: `the node id "${id}" is used ${indexes.length} times.`,
        fix: `give each node its own id; rename this one and update any target that should point to it.`,
      });
    }
  }
  for (const [id, indexes] of duplicates(scenario.cast, (member) => member.id)) {
    findings.push({
      severity: 'error',
      path: ['cast', indexes[1]!, 'id'],
      message: `the cast id "${id}" is used ${indexes.length} times.`,
      fix: 'give each cast member their own id.',
    });
  }
  for (const [nodeIndex, node] of scenario.nodes.entries()) {
    if (node.kind !== 'decision') continue;
    for (const [id, indexes] of duplicates(node.choices, (choice) => choice.id)) {
      findings.push({
        severity: 'error',
        path: ['nodes', nodeIndex, 'choices', indexes[1]!, 'id'],
        message: `the choice id "${id}" is used ${indexes.length} times in this decision.`,
        fix: 'give each choice in a decision its own id.',
      });
    }
  }
  if (!nodeIds.includes(scenario.start)) {
    findings.push({
      severity: 'error',
      path: ['start'],
      message: `start names "${scenario.start}", which is not a node in this scenario.`,
      fix: didYouMean(
        scenario.start,
        nodeIds,
        `set start to the id of the first node, one of: ${quoteList(nodeIds)}.`,
      ),
    });
  }

  const flagsSet = new Set(
    scenario.nodes.flatMap((node) =>
      node.kind === 'decision' ? node.choices.flatMap((choice) => choice.sets ?? []) : [],
    ),
  );
  for (const reference of references(scenario)) {
    if (reference.speaker !== undefined && !castIds.includes(reference.speaker)) {
      findings.push({
        severity: 'error',
        path: [...reference.path, 'speaker'],
        message: `the speaker "${reference.speaker}" is not in the cast.`,
        fix: didYouMean(
          reference.speaker,
          castIds,
          `use one of the cast ids (${quoteList(castIds)}) or add "${reference.speaker}" to cast.`,
        ),
      });
    }
    if (reference.target && !nodeIds.includes(reference.target.id)) {
      findings.push({
        severity: 'error',
        path: reference.target.path,
        message: `"${reference.target.id}" is not a node in this scenario.`,
        fix: didYouMean(
          reference.target.id,
          nodeIds,
          `point it at an existing node (${quoteList(nodeIds)}) or add a node with id "${reference.target.id}".`,
        ),
      });
    }
    for (const field of ['requires', 'unless'] as const) {
      for (const [flagIndex, flag] of (reference.conditions?.[field] ?? []).entries()) {
        if (!flagsSet.has(flag)) {
          findings.push({
            severity: 'error',
            path: [...reference.path, field, flagIndex],
            message: `the flag "${flag}" is tested here but no choice sets it.`,
            fix: `add "${flag}" to the sets list of the choice that should make this happen, or correct the spelling.`,
          });
        }
      }
    }
  }
  return findings;
}

/** A loop would let a score grow without end and a learner go round for ever; undo covers going back. */
function findCycle(scenario: Scenario): string[] | null {
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'open') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'open');
    stack.push(id);
    for (const target of targetsOf(byId.get(id)!)) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const node of scenario.nodes) {
    const cycle = visit(node.id);
    if (cycle) return cycle;
  }
  return null;
}

/** Reachability, dead ends and endings, following the flags each path actually sets. */
function checkPaths(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const nodePath = (id: string) => ['nodes', scenario.nodes.findIndex((node) => node.id === id)];

  if (!scenario.nodes.some((node) => node.kind === 'ending')) {
    return [
      {
        severity: 'error',
        path: ['nodes'],
        message: 'the scenario has no ending, so no learner can finish it.',
        fix: 'add at least one node with kind: ending (outcome, title, summary, learningPoints) and point a choice at it.',
      },
    ];
  }

  const cycle = findCycle(scenario);
  if (cycle) {
    return [
      {
        severity: 'error',
        path: nodePath(cycle[0]!),
        message: `the story loops: ${cycle.join(' → ')}.`,
        fix: 'make every path move forward to an ending; learners can already undo a choice, so a loop back is not needed.',
      },
    ];
  }

  const { states, edges } = exploreStates(scenario);
  const reached = new Set(states.map((state) => state.node));
  for (const node of scenario.nodes) {
    if (!reached.has(node.id)) {
      findings.push({
        severity: 'error',
        path: nodePath(node.id),
        message: `the node "${node.id}" cannot be reached from the start "${scenario.start}".`,
        fix: 'point a choice or next at it, check the flags its way in requires, or delete it.',
      });
    }
  }

  // Work backwards from the endings to find every state that can still finish.
  const key = (state: GraphState) => `${state.node}|${state.flags.join(',')}`;
  const canFinish = new Set(
    states
      .filter((state) => scenario.nodes.find((node) => node.id === state.node)?.kind === 'ending')
      .map(key),
  );
  let grew = true;
  while (grew) {
    grew = false;
    for (const edge of edges) {
      if (canFinish.has(key(edge.to)) && !canFinish.has(key(edge.from))) {
        canFinish.add(key(edge.from));
        grew = true;
      }
    }
  }
  const reported = new Set<string>();
  for (const state of states) {
    if (canFinish.has(key(state)) || reported.has(state.node)) continue;
    reported.add(state.node);
    const node = scenario.nodes.find((candidate) => candidate.id === state.node) as ScenarioNode;
    const flagsNote = state.flags.length ? ` when the flags ${quoteList(state.flags)} are set` : '';
    const stuckHere = node.kind === 'decision' && successors(scenario, state).length === 0;
    findings.push({
      severity: 'error',
      path: nodePath(node.id),
      message: stuckHere
        ? `the decision "${node.id}" offers no choice${flagsNote}: every choice's requires or unless rules it out.`
        : `no ending can be reached from "${node.id}"${flagsNote}.`,
      fix: stuckHere
        ? 'give at least one choice no conditions, or loosen the conditions so one is always offered.'
        : 'make sure every path from this node leads, through choices or next, to a node with kind: ending.',
    });
  }

  for (const [nodeIndex, node] of scenario.nodes.entries()) {
    if (node.kind !== 'decision') continue;
    for (const [choiceIndex, choice] of node.choices.entries()) {
      const offered = states.some(
        (state) => state.node === node.id && meetsConditions(state.flags, choice),
      );
      if (reached.has(node.id) && !offered) {
        findings.push({
          severity: 'warning',
          path: ['nodes', nodeIndex, 'choices', choiceIndex],
          message: `the choice "${choice.id}" is never offered: no path reaches this decision with its flags.`,
          fix: 'check its requires and unless against the choices that lead here.',
        });
      }
    }
  }
  return findings;
}

/**
 * Every structural rule for a scenario that has already passed its schema. Graph rules run only
 * when references are sound, because a missing target would otherwise be reported many times over.
 */
export function checkScenario(scenario: Scenario): Finding[] {
  const referenceFindings = checkReferences(scenario);
  if (referenceFindings.some((finding) => finding.severity === 'error')) return referenceFindings;
  return [...referenceFindings, ...checkPaths(scenario)];
}
