import type { ScenarioNode } from '../schemas/scenario';

/**
 * The steps a facilitator moves through at one node of the room's path. The dialogue machine
 * knows the path (which node, which choices); these steps are how the presenter shows one node
 * to a room, a piece at a time. Pure, so "what does Next do here" is tested without a browser.
 */
export type PresenterStep =
  /** The conversation or scene: its vlog and its lines. */
  | { kind: 'content' }
  /** Why the room's last choice helps or harms, what the contract requires, the two-minute fix. */
  | { kind: 'feedback' }
  /** A decision's prompt with the first `revealed` options shown (0: the prompt alone). */
  | { kind: 'options'; revealed: number }
  /** Voting has closed: the facilitator picks the option the room will follow. */
  | { kind: 'choose' }
  /** The ending: how it turned out and the closing words. */
  | { kind: 'ending' }
  /** The debrief: the map, the votes, the discussion questions and the session record. */
  | { kind: 'debrief' };

/**
 * The steps at a node. `afterChoice` is true at the first node after a decision, which carries
 * that choice's feedback: after a conversation or scene (so the room sees what happened before it
 * is told why), and before a decision or ending that a choice leads to directly.
 */
export function stepsFor(kind: ScenarioNode['kind'], optionCount: number, afterChoice: boolean): PresenterStep[] {
  const feedback: PresenterStep[] = afterChoice ? [{ kind: 'feedback' }] : [];
  switch (kind) {
    case 'decision':
      return [...feedback, ...Array.from({ length: optionCount + 1 }, (_, revealed) => ({ kind: 'options' as const, revealed })), { kind: 'choose' }];
    case 'ending':
      return [...feedback, { kind: 'ending' }, { kind: 'debrief' }];
    default:
      return [{ kind: 'content' }, ...feedback];
  }
}

/** Whether a step shows the node's own vlog scene (feedback before a decision or ending does not; nor does the debrief). */
export function showsScene(steps: readonly PresenterStep[], index: number): boolean {
  const step = steps[index];
  if (!step || step.kind === 'debrief') return false;
  if (step.kind !== 'feedback') return true;
  return steps[0]?.kind === 'content';
}

/** The step the room returns to when its choice at a decision is undone: all options shown, votes open. */
export function stepAfterUndo(steps: readonly PresenterStep[]): number {
  const last = steps.findLastIndex((step) => step.kind === 'options');
  return last < 0 ? 0 : last;
}

/** The option with the most votes, or null when no option has a vote or the top is a tie. */
export function mostVoted(votes: Readonly<Record<string, number>>, optionIds: readonly string[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  for (const id of optionIds) {
    const count = votes[id] ?? 0;
    if (count > bestCount) {
      best = id;
      bestCount = count;
      tie = false;
    } else if (count === bestCount && count > 0) {
      tie = true;
    }
  }
  return tie ? null : best;
}

export type NextAction =
  /** Move to another step at this node. */
  | { type: 'step'; to: number }
  /** Show the text of a vlog scene that is waiting or playing. */
  | { type: 'release-scene' }
  /** Move the room on to the next node (`dialogue.continued`). */
  | { type: 'continue' }
  /** Follow this option (`choice.selected`). */
  | { type: 'follow'; choiceId: string }
  /** At "choose" with no single most-voted option: the facilitator must pick with a number key. */
  | { type: 'needs-choice' }
  /** Nothing further: the debrief is the end. */
  | { type: 'none' };

export interface NextContext {
  /** The current step shows a vlog scene that has not played to its end or been skipped. */
  held: boolean;
  /** The options offered at this decision, in order shown, and their votes. */
  optionIds: readonly string[];
  votes: Readonly<Record<string, number>>;
}

/** What Next (Space, Right arrow, Page Down, Enter) does at a step. */
export function nextAction(steps: readonly PresenterStep[], index: number, context: NextContext): NextAction {
  const step = steps[index];
  if (!step) return { type: 'none' };
  if (context.held && showsScene(steps, index) && step.kind !== 'feedback') return { type: 'release-scene' };
  if (step.kind === 'choose') {
    const choiceId = mostVoted(context.votes, context.optionIds);
    return choiceId ? { type: 'follow', choiceId } : { type: 'needs-choice' };
  }
  if (step.kind === 'debrief') return { type: 'none' };
  if (index < steps.length - 1) return { type: 'step', to: index + 1 };
  return { type: 'continue' };
}

export type BackAction = { type: 'step'; to: number } | { type: 'undo' } | { type: 'none' };

/** What Back (Left arrow, Page Up) does: one step back at this node, else undo the room's last choice. */
export function backAction(index: number, canUndo: boolean): BackAction {
  if (index > 0) return { type: 'step', to: index - 1 };
  return canUndo ? { type: 'undo' } : { type: 'none' };
}

/** Words for the Next button, saying what it will do. */
export function nextLabel(action: NextAction, steps: readonly PresenterStep[]): string {
  switch (action.type) {
    case 'release-scene':
      return 'Show the words of the scene';
    case 'continue':
      return 'Continue';
    case 'follow':
      return 'Follow the option with most votes';
    case 'needs-choice':
      return 'Press a number to choose';
    case 'none':
      return 'End of the scenario';
    case 'step': {
      const step = steps[action.to];
      switch (step?.kind) {
        case 'feedback':
          return 'Show why it matters';
        case 'options':
          return step.revealed === 0 ? 'Show the decision' : `Show option ${step.revealed}`;
        case 'choose':
          return 'Close the vote';
        case 'ending':
          return 'Show the ending';
        case 'debrief':
          return 'Show the debrief map';
        default:
          return 'Next';
      }
    }
  }
}
