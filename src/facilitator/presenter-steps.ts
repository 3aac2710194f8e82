import type { ScenarioNode } from '../schemas/scenario';
import { messageIn, type Message } from './presenter-message';

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
  /** The debrief, one section at a time: a clicker steps from the map to the questions to the record. */
  | { kind: 'debrief'; section: DebriefSection };

/**
 * The debrief's sections, in the order Next scrolls to them: the room's path on the map, the
 * questions to discuss, then the votes table with the session record and the ways on.
 */
export const debriefSections = ['map', 'questions', 'record'] as const;
export type DebriefSection = (typeof debriefSections)[number];

/**
 * The steps at a node. `afterChoice` is true at the first node after a decision, which carries
 * that choice's feedback: after a conversation or scene (so the room sees what happened before it
 * is told why), and before a decision or ending that a choice leads to directly.
 */
export function stepsFor(
  kind: ScenarioNode['kind'],
  optionCount: number,
  afterChoice: boolean,
): PresenterStep[] {
  const feedback: PresenterStep[] = afterChoice ? [{ kind: 'feedback' }] : [];
  switch (kind) {
    case 'decision':
      return [
        ...feedback,
        ...Array.from({ length: optionCount + 1 }, (_, revealed) => ({
          kind: 'options' as const,
          revealed,
        })),
        { kind: 'choose' },
      ];
    case 'ending':
      return [
        ...feedback,
        { kind: 'ending' },
        ...debriefSections.map((section) => ({ kind: 'debrief' as const, section })),
      ];
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
export function mostVoted(
  votes: Readonly<Record<string, number>>,
  optionIds: readonly string[],
): string | null {
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
  /** Play a vlog scene that is waiting: what a clicker's forward button does first at a scene. */
  | { type: 'play-scene' }
  /** Show the text of a vlog scene that is playing, or that could not play. */
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
  /**
   * The held scene is waiting for the facilitator and has not been tried at this visit: Next plays
   * it. Once tried (playing, or refused by the browser), Next shows its words instead, so a clicker
   * is never stuck on a video that cannot play.
   */
  playable?: boolean;
  /** The options offered at this decision, in order shown, and their votes. */
  optionIds: readonly string[];
  votes: Readonly<Record<string, number>>;
}

/** What Next (Space, Right arrow, Page Down, Enter: a clicker's forward button) does at a step. */
export function nextAction(
  steps: readonly PresenterStep[],
  index: number,
  context: NextContext,
): NextAction {
  const step = steps[index];
  if (!step) return { type: 'none' };
  if (context.held && showsScene(steps, index) && step.kind !== 'feedback')
    return context.playable ? { type: 'play-scene' } : { type: 'release-scene' };
  if (step.kind === 'choose') {
    const choiceId = mostVoted(context.votes, context.optionIds);
    return choiceId ? { type: 'follow', choiceId } : { type: 'needs-choice' };
  }
  if (index < steps.length - 1) return { type: 'step', to: index + 1 };
  return step.kind === 'debrief' ? { type: 'none' } : { type: 'continue' };
}

export type BackAction =
  /** Back a step at this node. */
  | { type: 'step'; to: number }
  /** Undo the room's last choice (`choice.undone`): back at that decision, its votes kept. */
  | { type: 'undo' }
  /** Back to the last screen of the node before, which the room reached without a choice. */
  | { type: 'previous-node' }
  | { type: 'none' };

export interface BackContext {
  /** This node is the first after a choice (its first screen is the one right after the choice). */
  afterChoice: boolean;
  /** The room has a choice the machine can undo. */
  canUndo: boolean;
  /** The room met another node before this one. */
  hasPreviousNode: boolean;
}

/**
 * What Back (Left arrow, Page Up) does: one screen back, like a slide deck. From a node's first
 * screen it goes to the node before; only when that screen is the one right after a choice does
 * it undo the choice, so stepping back through a conversation never throws away the room's path.
 */
export function backAction(index: number, context: BackContext): BackAction {
  if (index > 0) return { type: 'step', to: index - 1 };
  if (context.afterChoice) return context.canUndo ? { type: 'undo' } : { type: 'none' };
  return context.hasPreviousNode ? { type: 'previous-node' } : { type: 'none' };
}

/** Where the vlog scene stands, as the V key needs to know it. */
export interface SceneState {
  phase: 'waiting' | 'loading' | 'playing' | 'done';
  /** The facilitator showed the scene's words (Next) before it ended. */
  released: boolean;
  /** The video is paused part-way (by V or the player's own controls). */
  paused: boolean;
}

export type VlogKeyAction = 'play' | 'pause' | 'resume' | 'replay' | 'wait';

/**
 * What V does: play a waiting scene, pause and resume one that is playing, and replay it from its
 * start once it has ended or its words are on screen (the room may want to see it again).
 */
export function vlogKeyAction(scene: SceneState): VlogKeyAction {
  switch (scene.phase) {
    case 'waiting':
      return 'play';
    case 'loading':
      return 'wait';
    case 'done':
      return 'replay';
    case 'playing':
      if (scene.released) return 'replay';
      return scene.paused ? 'resume' : 'pause';
  }
}

const nextWords = messageIn('presenter.next');

/** Words for the Next button, saying what it will do. */
export function nextLabel(action: NextAction, steps: readonly PresenterStep[]): Message {
  switch (action.type) {
    case 'play-scene':
      return nextWords('playScene');
    case 'release-scene':
      return nextWords('showWords');
    case 'continue':
      return nextWords('continue');
    case 'follow':
      return nextWords('followMostVotes');
    case 'needs-choice':
      return nextWords('needsChoice');
    case 'none':
      return nextWords('end');
    case 'step': {
      const step = steps[action.to];
      switch (step?.kind) {
        case 'feedback':
          return nextWords('feedback');
        case 'options':
          return step.revealed === 0
            ? nextWords('decision')
            : nextWords('option', { number: step.revealed });
        case 'choose':
          return nextWords('closeVote');
        case 'ending':
          return nextWords('ending');
        case 'debrief':
          return nextWords(`debrief.${step.section}`);
        default:
          return nextWords('next');
      }
    }
  }
}
