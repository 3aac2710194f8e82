import type { Scenario, ScenarioNode } from '../../schemas/scenario';
import type { TranscriptEntry } from '../../dialogue/transcript';
import type { Translate } from '../../i18n/messages';
import { announceFeedback, announceNode, describeHeldScene, type HeldScene } from './describe';
import type { StepMessages } from './step-announcement';

interface StepMessagesInput {
  scenario: Scenario;
  node: ScenarioNode;
  transcript: readonly TranscriptEntry[];
  /** The transcript's entry for the node the learner is at. */
  currentIndex: number;
  /** The transcript's entry for the "Why it matters" being read, or -1. */
  feedbackIndex: number;
  heldScene: HeldScene | null;
  isPractice: (decisionId: string) => boolean;
  t: Translate;
}

/** Everything the case's current step could be announced as (use-step-announcer.ts picks one). */
export function caseStepMessages(input: StepMessagesInput): StepMessages {
  const { scenario, node, transcript, heldScene, isPractice, t } = input;
  const entry = transcript[input.currentIndex];
  const feedbackEntry = transcript[input.feedbackIndex];
  return {
    node: entry?.kind === 'node' ? announceNode(scenario, entry.node, entry.lines, t) : '',
    feedback:
      feedbackEntry?.kind === 'feedback'
        ? announceFeedback(
            feedbackEntry.decision,
            feedbackEntry.choice,
            isPractice(feedbackEntry.decision.id),
            t,
          )
        : '',
    held: heldScene ? describeHeldScene(node, heldScene, t) : '',
    prefix: (action) =>
      action === 'restarted'
        ? `${t('case.announce.restarted')} `
        : action === 'undid'
          ? `${t('case.announce.undone')} `
          : action === 'returned'
            ? `${t('practice.returned')} `
            : '',
  };
}

/**
 * Where the current step sits in the transcript. The feedback step's entry comes after the
 * consequence it explains, or, when the choice leads straight on (to a decision, an ending, a new
 * topic), before the node, which then waits (`nodeWaits`).
 */
export function stepPlaces(transcript: readonly TranscriptEntry[], feedbackFor: string | null) {
  const feedbackIndex = feedbackFor
    ? transcript.findIndex(
        (entry) => entry.kind === 'feedback' && entry.decision.id === feedbackFor,
      )
    : -1;
  const currentIndex = transcript.findLastIndex((entry) => entry.kind === 'node' && entry.current);
  return {
    feedbackIndex,
    currentIndex,
    nodeWaits: feedbackIndex >= 0 && feedbackIndex < currentIndex,
  };
}
