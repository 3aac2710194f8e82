import type { HeldScene } from './describe';

/**
 * What a screen reader hears, and where focus goes, after each step of the case. Pure rules, so
 * they can be tested without a browser; CaseDialogue applies them (use-step-announcer.ts).
 */

/** What the learner (or a scene watched to its end) just did. */
export type CaseAction = 'continued' | 'chose' | 'undid' | 'restarted' | 'returned' | 'scene-ended';

/** A change not yet announced or focused: it waits until the scene's phase for the new step is known. */
export interface PendingChange {
  action: CaseAction | null;
  /** A scene that held the step back has let it go (played or skipped). */
  released: boolean;
}

/** Where the learner's next action is. */
export type FocusTarget = 'play-button' | 'feedback-heading' | 'continue' | 'step-heading';

/** The step now shown. */
export interface StepView {
  /** The node visit (src/components/case/CaseDialogue.tsx's sceneKey). */
  sceneKey: string;
  /** The current node's scene, while it holds the step back. */
  heldScene: HeldScene | null;
  /** Reading a choice's "Why it matters", or the node the learner is at. */
  step: 'feedback' | 'node';
  /** The node goes on with Continue (a dialogue or a scene), not with a decision or an ending. */
  movesOnByContinue: boolean;
}

/** Everything a step could be announced as, in the page's language. */
export interface StepMessages {
  node: string;
  feedback: string;
  /** What the held scene is doing, when there is one. */
  held: string;
  /** Said before the step after an action that moved the learner elsewhere ("Started again."). */
  prefix: (action: CaseAction) => string;
}

export interface StepDecision {
  /** The live region's new text, or null to leave it be. */
  announcement: string | null;
  /** The visit, scene and step last announced, for the next decision. */
  lastAnnounced: string | null;
  focus: FocusTarget | null;
}

/** Folds what happened in a render into the change still waiting to be announced. */
export function pendingChangeAfter(
  pending: PendingChange | null,
  news: { grew: boolean; action: CaseAction | null; released: boolean },
): PendingChange | null {
  if (!news.grew && !news.action && !news.released) return pending;
  return {
    action: news.action ?? pending?.action ?? null,
    released: news.released || !!pending?.released,
  };
}

/**
 * Announces what is new, and puts focus where the learner's next action is: the scene's Play
 * button; the heading of a decision, an ending or a choice's "Why it matters"; Continue while the
 * conversation flows. A scene that plays takes focus to the player itself (VlogPanel).
 */
export function decideStep(
  pending: PendingChange | null,
  lastAnnounced: string | null,
  view: StepView,
  messages: StepMessages,
): StepDecision {
  const visit = `${view.sceneKey}|${view.heldScene ?? 'done'}|${view.step}`;
  // The consequence is announced as it appears, then why it matters as its own step.
  const message =
    view.step === 'feedback' ? messages.feedback : view.heldScene ? messages.held : messages.node;
  if (!pending) {
    // Within one visit, say when its scene starts playing, or waits again because it could not.
    const sameVisit = lastAnnounced?.startsWith(`${view.sceneKey}|`) ?? false;
    return {
      announcement: sameVisit && view.heldScene && lastAnnounced !== visit ? message : null,
      lastAnnounced: sameVisit || lastAnnounced === null ? visit : lastAnnounced,
      focus: null,
    };
  }
  const prefix = pending.action ? messages.prefix(pending.action) : '';
  return { announcement: prefix + message, lastAnnounced: visit, focus: focusAfter(pending, view) };
}

function focusAfter(change: PendingChange, view: StepView): FocusTarget | null {
  // A change the learner did not make (a saved visit restored) leaves focus alone.
  if (!change.action && !change.released) return null;
  if (view.heldScene === 'waiting') return 'play-button';
  if (view.heldScene === 'playing') return null;
  if (view.step === 'feedback') return 'feedback-heading';
  // After a watched scene the case moves on by itself; focus moves only when a decision or an
  // ending needs the learner, so a watcher's focus stays on the player meanwhile.
  if (change.action === 'scene-ended' && view.movesOnByContinue) return null;
  return view.movesOnByContinue ? 'continue' : 'step-heading';
}
