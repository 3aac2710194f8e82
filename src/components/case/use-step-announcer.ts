import { useEffect, useRef, useState, type RefObject } from 'react';
import type { VlogControls } from '../vlog/VlogPanel';
import { revealAndFocus } from './reveal';
import {
  decideStep,
  pendingChangeAfter,
  type CaseAction,
  type FocusTarget,
  type PendingChange,
  type StepMessages,
  type StepView,
} from './step-announcement';

export interface StepElements {
  section: RefObject<HTMLElement | null>;
  continueButton: RefObject<HTMLButtonElement | null>;
  currentHeading: RefObject<HTMLElement | null>;
  feedbackHeading: RefObject<HTMLElement | null>;
  vlog: RefObject<VlogControls | null>;
}

interface Options {
  view: StepView;
  /** How many nodes the learner has visited: a longer trail is a step on. */
  trailLength: number;
  /** The scene the step shows has said what it does with the visit (waits, plays or is skipped). */
  sceneKnown: boolean;
  /** Straight after a choice that leads straight on, its feedback comes before the node, which waits. */
  nodeWaits: boolean;
  /** The messages for the step, built only when they are to be announced. */
  messages: () => StepMessages;
  /** What the learner just did, taken (and cleared) by the next render's announcement. */
  lastAction: RefObject<CaseAction | null>;
  elements: StepElements;
  /** Changes whenever what is shown may have changed. */
  renderKey: unknown;
}

/** Applies the rules of step-announcement.ts: returns the live region's text and moves focus. */
export function useStepAnnouncer({
  view,
  trailLength,
  sceneKnown,
  nodeWaits,
  messages,
  lastAction,
  elements,
  renderKey,
}: Options): string {
  const [announcement, setAnnouncement] = useState('');
  const pendingChange = useRef<PendingChange | null>(null);
  const lastAnnounced = useRef<string | null>(null);
  const held = view.heldScene !== null;
  const previous = useRef({ trailLength, held: false });

  useEffect(() => {
    const grew = trailLength > previous.current.trailLength;
    const released = previous.current.held && !held;
    previous.current = { trailLength, held };
    const action = lastAction.current;
    lastAction.current = null;
    pendingChange.current = pendingChangeAfter(pendingChange.current, { grew, action, released });
    if (!sceneKnown) return;

    const decision = decideStep(pendingChange.current, lastAnnounced.current, view, messages());
    pendingChange.current = null;
    lastAnnounced.current = decision.lastAnnounced;
    if (decision.announcement !== null) setAnnouncement(decision.announcement);
    if (decision.focus) moveFocus(decision.focus, view, nodeWaits, elements);
    // renderKey stands for everything shown; the view's fields are compared by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    renderKey,
    trailLength,
    held,
    view.heldScene,
    view.sceneKey,
    view.step,
    view.movesOnByContinue,
    sceneKnown,
    nodeWaits,
  ]);

  return announcement;
}

/** Focus goes to the target, with the new step scrolled to the top; only ever to something visible. */
function moveFocus(
  target: FocusTarget,
  view: StepView,
  nodeWaits: boolean,
  elements: StepElements,
) {
  const currentStep =
    elements.section.current?.querySelector<HTMLElement>(
      view.step === 'feedback'
        ? '.app-case__feedback.app-step--current'
        : '.app-step.app-step--current',
    ) ?? null;
  switch (target) {
    case 'play-button':
      elements.vlog.current?.focusPlayButton(currentStep);
      return;
    case 'feedback-heading': {
      // Straight after a choice that leads straight on, "You chose" (just above) stays in view too.
      const chosen = nodeWaits ? currentStep?.previousElementSibling : null;
      revealAndFocus(
        elements.feedbackHeading.current,
        'start',
        chosen instanceof HTMLElement && chosen.matches('.app-case__chosen') ? chosen : currentStep,
      );
      return;
    }
    case 'continue':
      revealAndFocus(elements.continueButton.current, 'start', currentStep);
      return;
    case 'step-heading':
      revealAndFocus(elements.currentHeading.current, 'start', currentStep);
  }
}
