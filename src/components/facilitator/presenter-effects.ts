import type { DialogueEvent } from '../../dialogue/dialogue-machine';
import {
  fullscreenUnavailable,
  videoCouldNotPlay,
  type BackLanding,
  type Message,
  type PresenterEffect,
} from '../../facilitator/presenter-machine';
import { addVotes, setVotes, type RunView, type ScenarioRun } from '../../facilitator/room-session';
import { toggleFullscreen } from './projector-fit';
import { pauseScene, playScene, resumeScene, type SceneHandle } from './scene-control';

/** What the presenter's effects act on: the page, the dialogue and the room's run (use-presenter.ts). */
export interface PresenterHands {
  /** The facilitator has acted: scenes may play by themselves, and the resume notice goes. */
  markActed: () => void;
  rememberTimerLength: (ms: number) => void;
  send: (event: DialogueEvent) => void;
  /** Moves the dialogue back to the node before this one; false when there is none. */
  stepBackToPreviousNode: () => boolean;
  /** Where the next node's view starts, after Back. */
  landBack: (landing: BackLanding) => void;
  commitRun: (change: (current: ScenarioRun) => ScenarioRun) => void;
  /** The node the room is at, for votes. */
  nodeId: string;
  /** The scene's player, as the page has it now. */
  scene: () => SceneHandle;
  /** This scene visit's play has been tried: Next then shows its words instead. */
  markSceneTried: () => void;
  announce: (message: Message) => void;
  root: HTMLElement | null;
  heading: HTMLElement | null;
  runAgain: () => void;
  download: (format: 'txt' | 'json') => void;
}

/**
 * Applies one of the presenter's effects (presenter-machine.ts) to the page. Changes to the
 * room's view of the step are gathered in `viewPatch`, to be committed once. Returns false when
 * the effect could not be done, so its announcement is not made.
 */
export function applyPresenterEffect(
  effect: PresenterEffect,
  viewPatch: Partial<RunView>,
  hands: PresenterHands,
): boolean {
  switch (effect.type) {
    case 'acted':
      hands.markActed();
      return true;
    case 'show-step':
      viewPatch.step = effect.step;
      return true;
    case 'release-scene':
      viewPatch.released = true;
      return true;
    case 'set-timer':
      if (effect.rememberLength) hands.rememberTimerLength(effect.rememberLength);
      viewPatch.timer = effect.timer;
      return true;
    case 'continue':
      hands.send({ type: 'dialogue.continued' });
      return true;
    case 'follow':
      hands.send({ type: 'choice.selected', choiceId: effect.choiceId });
      return true;
    case 'undo-choice':
      hands.landBack('undo');
      hands.send({ type: 'choice.undone' });
      return true;
    case 'previous-node':
      if (!hands.stepBackToPreviousNode()) return false;
      hands.landBack('previous-node');
      return true;
    case 'add-votes':
      hands.commitRun((current) => addVotes(current, hands.nodeId, effect.choiceId, effect.change));
      return true;
    case 'set-votes':
      hands.commitRun((current) => setVotes(current, hands.nodeId, effect.choiceId, effect.count));
      return true;
    case 'play-scene':
      hands.markSceneTried();
      playScene(hands.scene());
      return true;
    case 'pause-scene':
      pauseScene(hands.scene());
      return true;
    case 'resume-scene':
      void resumeScene(hands.scene()).catch(() => hands.announce(videoCouldNotPlay));
      return true;
    case 'toggle-fullscreen':
      void toggleFullscreen(hands.root).then(
        (done) => done || hands.announce(fullscreenUnavailable),
      );
      return true;
    case 'focus-heading':
      hands.heading?.focus({ preventScroll: true });
      return true;
    case 'run-again':
      hands.runAgain();
      return true;
    case 'download':
      hands.download(effect.format);
      return true;
  }
}
