import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Conditions, Scenario, ScenarioNode } from '../schemas/scenario';
import { meetsConditions, requireNode, routesOf, withFlags, type Flags } from './scenario-graph';

/** One decision taken: which decision node, which choice. */
export interface ChoiceStep {
  decision: string;
  choice: string;
}

export interface DialogueContext {
  /** Node ids in the order the learner met them; bounded because scenarios are acyclic. */
  trail: string[];
  /** The decisions taken so far, in order. */
  path: ChoiceStep[];
  /** Flags set by the choices in `path`, sorted. */
  flags: Flags;
  /** Sum of the scores of the choices in `path`. */
  score: number;
}

export type DialogueEvent =
  | { type: 'dialogue.continued' }
  | { type: 'choice.selected'; choiceId: string }
  | { type: 'choice.undone' }
  | { type: 'dialogue.restarted' };

/** Flags and score follow from the path, so undo and restore recompute them rather than patch them. */
export function foldPath(
  scenario: Scenario,
  path: readonly ChoiceStep[],
): Pick<DialogueContext, 'flags' | 'score'> {
  let flags: Flags = [];
  let score = 0;
  for (const step of path) {
    const node = requireNode(scenario, step.decision);
    const choice =
      node.kind === 'decision'
        ? node.choices.find((candidate) => candidate.id === step.choice)
        : undefined;
    if (!choice) throw new Error(`No choice "${step.choice}" at "${step.decision}"`);
    flags = withFlags(flags, choice.sets);
    score += choice.score;
  }
  return { flags, score };
}

function transitionsFor(node: ScenarioNode) {
  switch (node.kind) {
    case 'ending':
      return {};
    case 'decision':
      return {
        'choice.selected': node.choices.map((choice) => ({
          guard: {
            type: 'isAvailableChoice' as const,
            params: { choiceId: choice.id, requires: choice.requires, unless: choice.unless },
          },
          target: choice.target,
          actions: {
            type: 'recordChoice' as const,
            params: { decision: node.id, choice: choice.id, target: choice.target },
          },
        })),
      };
    default: {
      return {
        'dialogue.continued': routesOf(node.next).map((route) => ({
          guard: {
            type: 'routeApplies' as const,
            params: { requires: route.requires, unless: route.unless },
          },
          target: route.target,
          actions: { type: 'enterNode' as const, params: { node: route.target } },
        })),
      };
    }
  }
}

function tagsFor(node: ScenarioNode): string[] {
  if (node.kind === 'ending') return ['ending', `outcome:${node.outcome}`];
  return [node.kind];
}

function initialContext(scenario: Scenario): DialogueContext {
  return { trail: [scenario.start], path: [], flags: [], score: 0 };
}

/**
 * Compiles a scenario into a flat XState machine: one state per node, the learner's path in
 * context. Video timing stays outside: the UI sends `dialogue.continued` when a scene has played
 * or been skipped, so every path can be tested without a player.
 */
export function createDialogueMachine(scenario: Scenario) {
  const decisionIds = scenario.nodes
    .filter((node) => node.kind === 'decision')
    .map((node) => node.id);
  const states = Object.fromEntries(
    scenario.nodes.map((node) => [node.id, { tags: tagsFor(node), on: transitionsFor(node) }]),
  );

  return setup({
    types: {
      context: {} as DialogueContext,
      events: {} as DialogueEvent,
    },
    guards: {
      isAvailableChoice: ({ context, event }, params: { choiceId: string } & Conditions) =>
        event.type === 'choice.selected' &&
        event.choiceId === params.choiceId &&
        meetsConditions(context.flags, params),
      routeApplies: ({ context }, params: Conditions) => meetsConditions(context.flags, params),
      lastDecisionIs: ({ context }, params: { decision: string }) =>
        context.path.at(-1)?.decision === params.decision,
    },
    actions: {
      recordChoice: assign(
        ({ context }, params: { decision: string; choice: string; target: string }) => {
          const path = [...context.path, { decision: params.decision, choice: params.choice }];
          return { path, trail: [...context.trail, params.target], ...foldPath(scenario, path) };
        },
      ),
      enterNode: assign(({ context }, params: { node: string }) => ({
        trail: [...context.trail, params.node],
      })),
      undoLastChoice: assign(({ context }) => {
        const last = context.path.at(-1);
        if (!last) return {};
        const path = context.path.slice(0, -1);
        const trail = context.trail.slice(0, context.trail.lastIndexOf(last.decision) + 1);
        return { path, trail, ...foldPath(scenario, path) };
      }),
      resetProgress: assign(() => initialContext(scenario)),
    },
  }).createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: initialContext(scenario),
    on: {
      'choice.undone': decisionIds.map((decision) => ({
        guard: { type: 'lastDecisionIs' as const, params: { decision } },
        target: `.${decision}`,
        actions: 'undoLastChoice' as const,
      })),
      'dialogue.restarted': { target: `.${scenario.start}`, actions: 'resetProgress' as const },
    },
    states,
  });
}

export type DialogueMachine = ReturnType<typeof createDialogueMachine>;
export type DialogueSnapshot = SnapshotFrom<DialogueMachine>;

/** The id of the node the learner is at. The machine is flat, so the state value is the node id. */
export function currentNodeId(snapshot: DialogueSnapshot): string {
  return String(snapshot.value);
}
