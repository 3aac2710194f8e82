import type { ScenarioNode } from '../schemas/scenario';
import type { PresenterCommand } from './keymap';
import { messageIn, type Message } from './presenter-message';
import {
  backAction,
  nextAction,
  stepAfterUndo,
  vlogKeyAction,
  type NextAction,
  type PresenterStep,
  type SceneState,
} from './presenter-steps';
import { resetTimer, setTimerLength, toggleTimer, type TimerState } from './timer';

/**
 * The presenter's rules, as a pure reducer: given where the room is and what the facilitator did
 * (a key or a button), the presenter's own state after it (armed modes, overlays), the effects
 * to apply (move a step, send the dialogue machine an event, play the scene, go full screen...)
 * and what to announce. React and the DOM stay in use-presenter.ts, which applies the effects.
 */

/** The presenter's own state: what the next key means, and which modal overlay is up. */
export interface PresenterModes {
  /** Minus was pressed: the next number key takes a vote away. */
  removeArmed: boolean;
  /** P was pressed: the next number key follows that option instead of counting a hand. */
  chooseArmed: boolean;
  helpOpen: boolean;
  blank: boolean;
}

export const initialModes: PresenterModes = {
  removeArmed: false,
  chooseArmed: false,
  helpOpen: false,
  blank: false,
};

/** Where the room is, as the rules need to know it: read from the dialogue snapshot and the run. */
export interface PresenterSituation {
  nodeKind: ScenarioNode['kind'];
  steps: readonly PresenterStep[];
  /** The index of the step on screen. */
  step: number;
  /** The options offered at this decision, in order (empty elsewhere). */
  options: readonly { id: string; text: string }[];
  votes: Readonly<Record<string, number>>;
  /** This node is the first after a choice. */
  afterChoice: boolean;
  /** The dialogue machine can undo the room's last choice. */
  canUndo: boolean;
  hasPreviousNode: boolean;
  timer: TimerState;
  /** The time now, for the timer. */
  now: number;
  scene: {
    /** This step shows a vlog scene. */
    present: boolean;
    /** The vlog panel's player is ready to take play and pause. */
    controllable: boolean;
    /** The scene has neither played to its end nor had its words shown. */
    held: boolean;
    /** Next plays it: it waits, and has not been tried at this visit. */
    playable: boolean;
  } & SceneState;
}

/** What the facilitator did: a key's command, or one of the presenter's buttons. */
export type PresenterEvent =
  | PresenterCommand
  | { type: 'follow'; choiceId: string }
  | { type: 'vote-button'; choiceId: string; change: number }
  | { type: 'timer-button' }
  | { type: 'set-votes'; choiceId: string; count: number }
  | { type: 'timer-reset-button' }
  | { type: 'timer-length'; durationMs: number }
  | { type: 'help-opened' }
  | { type: 'help-closed' }
  | { type: 'blank-closed' }
  | { type: 'run-again' }
  | { type: 'download'; format: 'txt' | 'json' };

/** Where the room lands after Back to another node: all options shown (an undone choice) or the node before's last screen. */
export type BackLanding = 'undo' | 'previous-node';

/** What the hook does for the rules: the only ways the presenter changes the page or the record. */
export type PresenterEffect =
  /** The facilitator acted: scenes may now play by themselves, and the resume notice goes. */
  | { type: 'acted' }
  | { type: 'show-step'; step: number }
  /** The scene's words are on screen: Next moves on from here. */
  | { type: 'release-scene' }
  | { type: 'set-timer'; timer: TimerState; rememberLength?: number }
  | { type: 'continue' }
  | { type: 'follow'; choiceId: string }
  | { type: 'undo-choice' }
  | { type: 'previous-node' }
  | { type: 'add-votes'; choiceId: string; change: number }
  | { type: 'set-votes'; choiceId: string; count: number }
  | { type: 'play-scene' }
  | { type: 'pause-scene' }
  /** Carry on a paused scene; if the browser refuses, say so. */
  | { type: 'resume-scene' }
  | { type: 'toggle-fullscreen' }
  | { type: 'focus-heading' }
  | { type: 'run-again' }
  | { type: 'download'; format: 'txt' | 'json' };

export interface PresenterOutcome {
  modes: PresenterModes;
  effects: PresenterEffect[];
  announcement?: Message;
}

const buttonEvents = new Set<PresenterEvent['type']>([
  'vote-button',
  'timer-button',
  'set-votes',
  'timer-reset-button',
  'timer-length',
  'help-opened',
  'help-closed',
  'blank-closed',
  'run-again',
  'download',
]);

const say = messageIn('presenter.announce');

/**
 * The keys a modal overlay (the help, the blank screen) takes while it is up: only its own.
 * `handled` says the key was used (so the browser should not act on it too); null: no overlay is up.
 */
export function overlayKey(
  modes: PresenterModes,
  command: PresenterCommand | null,
): { modes: PresenterModes; handled: boolean } | null {
  if (modes.helpOpen)
    return command?.type === 'help'
      ? { modes: { ...modes, helpOpen: false }, handled: true }
      : { modes, handled: false };
  if (modes.blank) {
    const shows =
      command?.type === 'blank' ||
      command?.type === 'escape' ||
      command?.type === 'next' ||
      command?.type === 'back';
    return shows ? { modes: { ...modes, blank: false }, handled: true } : { modes, handled: false };
  }
  return null;
}

/** The presenter's rules: what an event does where the room is. */
export function presenterReducer(
  situation: PresenterSituation,
  modes: PresenterModes,
  event: PresenterEvent,
): PresenterOutcome {
  // Any other key disarms Minus and P, so a mode never lies in wait for a later, unrelated number.
  // The buttons beside the options and the timer leave them armed.
  const keeps = (...types: PresenterEvent['type'][]) =>
    buttonEvents.has(event.type) || types.includes(event.type);
  const disarmed: PresenterModes = {
    ...modes,
    removeArmed: keeps('number', 'remove-vote', 'remove-mode') && modes.removeArmed,
    chooseArmed: keeps('number', 'choose') && modes.chooseArmed,
  };
  const outcome = (
    effects: PresenterEffect[],
    announcement?: Message,
    changed: Partial<PresenterModes> = {},
  ): PresenterOutcome => ({
    modes: { ...disarmed, ...changed },
    effects,
    ...(announcement ? { announcement } : {}),
  });
  const isDecision = situation.nodeKind === 'decision';

  switch (event.type) {
    case 'next':
      return next(situation, outcome);
    case 'back':
      return back(situation, outcome);
    case 'number':
      // Counting is the default, even once the vote has closed: following an option takes P
      // first (or Next, or a Follow button), so a hand counted late never moves the room on.
      if (modes.removeArmed)
        return vote(situation, event.option, -1, outcome, { removeArmed: false });
      if (modes.chooseArmed && isDecision) {
        const choice = situation.options[event.option - 1];
        return choice
          ? follow(situation, choice.id, outcome)
          : outcome([], say('noSuchOption', { number: event.option }));
      }
      return vote(situation, event.option, 1, outcome);
    case 'remove-vote':
      return vote(situation, event.option, -1, outcome);
    case 'vote-button':
      return vote(
        situation,
        situation.options.findIndex((choice) => choice.id === event.choiceId) + 1,
        event.change,
        outcome,
      );
    case 'set-votes':
      return outcome([
        { type: 'acted' },
        { type: 'set-votes', choiceId: event.choiceId, count: event.count },
      ]);
    case 'remove-mode':
      return isDecision
        ? outcome([], say('removeArmed'), { chooseArmed: false, removeArmed: true })
        : outcome([]);
    case 'choose':
    case 'reveal-all': {
      if (!isDecision || situation.scene.held) return outcome([]);
      const choosing = event.type === 'choose';
      const target = choosing
        ? situation.steps.findIndex((candidate) => candidate.kind === 'choose')
        : stepAfterUndo(situation.steps);
      const effects: PresenterEffect[] = [{ type: 'acted' }];
      if (target > situation.step || choosing) effects.push({ type: 'show-step', step: target });
      return outcome(
        effects,
        say(choosing ? 'chooseArmed' : 'allOptionsShown'),
        choosing ? { chooseArmed: true } : {},
      );
    }
    case 'follow':
      return follow(situation, event.choiceId, outcome);
    case 'timer':
    case 'timer-button': {
      if (!isDecision) return outcome([], say('timerAtDecisions'));
      const timer = toggleTimer(situation.timer, situation.now);
      return outcome(
        [{ type: 'acted' }, { type: 'set-timer', timer }],
        say(timer.startedAt === null ? 'timerPaused' : 'timerStarted'),
      );
    }
    case 'timer-reset':
      return isDecision
        ? outcome([{ type: 'set-timer', timer: resetTimer(situation.timer) }], say('timerReset'))
        : outcome([]);
    case 'timer-reset-button':
      return outcome([{ type: 'set-timer', timer: resetTimer(situation.timer) }]);
    case 'timer-length':
      return outcome([
        {
          type: 'set-timer',
          timer: setTimerLength(situation.timer, event.durationMs, situation.now),
          rememberLength: event.durationMs,
        },
      ]);
    case 'fullscreen':
      return outcome([{ type: 'toggle-fullscreen' }]);
    case 'vlog':
      return vlogKey(situation, outcome);
    case 'words':
      if (!situation.scene.present) return outcome([], say('noScene'));
      return situation.scene.held
        ? outcome([{ type: 'acted' }, ...showWords()], say('wordsShown'))
        : outcome([{ type: 'acted' }], say('wordsShown'));
    case 'help':
      return outcome([], undefined, { helpOpen: !modes.helpOpen });
    case 'help-opened':
      return outcome([], undefined, { helpOpen: true });
    case 'help-closed':
      return outcome([], undefined, { helpOpen: false });
    case 'blank':
      return outcome([], undefined, { blank: !modes.blank });
    case 'blank-closed':
      return outcome([], undefined, { blank: false });
    case 'escape':
      return outcome([{ type: 'focus-heading' }]);
    case 'run-again':
      return outcome([{ type: 'acted' }, { type: 'run-again' }], say('runAgain'));
    case 'download':
      return outcome([{ type: 'download', format: event.format }]);
  }
}

type Build = (
  effects: PresenterEffect[],
  announcement?: Message,
  changed?: Partial<PresenterModes>,
) => PresenterOutcome;

const showWords = (): PresenterEffect[] => [{ type: 'pause-scene' }, { type: 'release-scene' }];

/** What Next does (presenter-steps.ts decides; this names its effects and words). */
export function nextOf(situation: PresenterSituation): NextAction {
  return nextAction(situation.steps, situation.step, {
    held: situation.scene.held,
    playable: situation.scene.playable,
    optionIds: situation.options.map((choice) => choice.id),
    votes: situation.votes,
  });
}

function next(situation: PresenterSituation, outcome: Build): PresenterOutcome {
  const action = nextOf(situation);
  const acted: PresenterEffect = { type: 'acted' };
  switch (action.type) {
    case 'play-scene':
      return outcome([acted, { type: 'play-scene' }]);
    case 'release-scene':
      return outcome([acted, ...showWords()], say('wordsShown'));
    case 'step': {
      const target = situation.steps[action.to]!;
      const announcement =
        target.kind === 'options' && target.revealed > 0
          ? say('optionShown', {
              number: target.revealed,
              text: situation.options[target.revealed - 1]?.text ?? '',
            })
          : target.kind === 'choose'
            ? say('votingClosed')
            : undefined;
      return outcome([acted, { type: 'show-step', step: action.to }], announcement);
    }
    case 'continue':
      return outcome([acted, { type: 'continue' }]);
    case 'follow':
      return follow(situation, action.choiceId, outcome);
    case 'needs-choice':
      return outcome([acted], say('needsChoice'));
    case 'none':
      return outcome([acted], say('endOfScenario'));
  }
}

function back(situation: PresenterSituation, outcome: Build): PresenterOutcome {
  const action = backAction(situation.step, {
    afterChoice: situation.afterChoice,
    canUndo: situation.canUndo,
    hasPreviousNode: situation.hasPreviousNode,
  });
  const acted: PresenterEffect = { type: 'acted' };
  switch (action.type) {
    case 'step': {
      const current = situation.steps[situation.step]!;
      const target = situation.steps[action.to]!;
      const announcement =
        current.kind === 'options'
          ? say('optionHidden', { number: current.revealed })
          : target.kind === 'options'
            ? say('votingOpen')
            : undefined;
      return outcome([acted, { type: 'show-step', step: action.to }], announcement);
    }
    case 'undo':
      return outcome([acted, { type: 'undo-choice' }], say('choiceUndone'));
    case 'previous-node':
      return outcome([acted, { type: 'previous-node' }], say('backAScreen'));
    case 'none':
      return outcome([acted], say('startOfScenario'));
  }
}

function vote(
  situation: PresenterSituation,
  option: number,
  change: number,
  outcome: Build,
  changed: Partial<PresenterModes> = {},
): PresenterOutcome {
  if (situation.nodeKind !== 'decision') return outcome([], say('votesAtDecisions'), changed);
  const step = situation.steps[situation.step];
  const revealed =
    step?.kind === 'options'
      ? step.revealed
      : step?.kind === 'choose'
        ? situation.options.length
        : 0;
  const choice = situation.options[option - 1];
  if (!choice || option > revealed)
    return outcome(
      [],
      choice ? say('optionNotShown', { number: option }) : say('noSuchOption', { number: option }),
      changed,
    );
  const count = Math.max(0, (situation.votes[choice.id] ?? 0) + change);
  return outcome(
    [{ type: 'acted' }, { type: 'add-votes', choiceId: choice.id, change }],
    say(count === 1 ? 'voteCountOne' : 'voteCount', { number: option, count }),
    changed,
  );
}

function follow(situation: PresenterSituation, choiceId: string, outcome: Build): PresenterOutcome {
  const index = situation.options.findIndex((choice) => choice.id === choiceId);
  if (index < 0) return outcome([]);
  const count = situation.votes[choiceId] ?? 0;
  const announcement =
    count === 0
      ? say('follows', { number: index + 1 })
      : say(count === 1 ? 'followsWithOneVote' : 'followsWithVotes', { number: index + 1, count });
  return outcome([{ type: 'acted' }, { type: 'follow', choiceId }], announcement, {
    removeArmed: false,
    chooseArmed: false,
  });
}

function vlogKey(situation: PresenterSituation, outcome: Build): PresenterOutcome {
  const { scene } = situation;
  if (!scene.present || !scene.controllable) return outcome([], say('noScene'));
  const acted: PresenterEffect = { type: 'acted' };
  switch (vlogKeyAction(scene)) {
    case 'wait':
      return outcome([acted], say('sceneLoading'));
    case 'pause':
      return outcome([acted, { type: 'pause-scene' }], say('scenePaused'));
    case 'resume':
      return outcome([acted, { type: 'resume-scene' }]);
    case 'play':
      return outcome([acted, { type: 'play-scene' }]);
    case 'replay':
      return outcome([acted, { type: 'play-scene' }], say('sceneReplaying'));
  }
}

/** The step a node's screen starts at: its first, or after Back, all its options (an undone choice) or its last, words shown. */
export function arrivalView(
  back: BackLanding | null,
  steps: readonly PresenterStep[],
): { step: number; released: boolean } {
  const step =
    back === 'undo' ? stepAfterUndo(steps) : back === 'previous-node' ? steps.length - 1 : 0;
  return { step, released: back === 'previous-node' };
}

/**
 * Whether a scene plays by itself as the room reaches it: once the facilitator has acted (the key
 * press lets the browser start the sound) and chosen to watch, unless its words are already shown.
 */
export function playsOnArrival(
  scene: { present: boolean; released: boolean; phase: SceneState['phase'] | null },
  acted: boolean,
  watching: boolean,
): boolean {
  return scene.present && acted && watching && !scene.released && scene.phase === 'waiting';
}

/** Said when a held scene stops holding the room: it played to its end (not when the facilitator showed its words). */
export function sceneFinishedAnnouncement(
  wasHeld: boolean,
  held: boolean,
  acted: boolean,
  released: boolean,
): Message | undefined {
  return wasHeld && !held && acted && !released ? say('sceneFinished') : undefined;
}

/** The announcement when full screen cannot be had. */
export const fullscreenUnavailable: Message = say('fullscreenUnavailable');
/** The announcement when the browser refuses to carry on a paused scene. */
export const videoCouldNotPlay: Message = say('videoCouldNotPlay');

export type { Message };

/** The line under the bar saying where the room is. */
export function progressMessage(
  nodeKind: ScenarioNode['kind'],
  step: PresenterStep,
  decisionNumber: number,
  optionCount: number,
): Message {
  const key = messageIn('presenter.progress');
  if (step.kind === 'debrief') return key(`debrief.${step.section}`);
  if (nodeKind === 'decision') {
    if (step.kind === 'options')
      return key('decisionOptions', {
        number: decisionNumber,
        shown: step.revealed,
        count: optionCount,
      });
    if (step.kind === 'choose') return key('decisionChoosing', { number: decisionNumber });
    return key('decision', { number: decisionNumber });
  }
  if (nodeKind === 'ending') return key('ending');
  if (step.kind === 'feedback') return key('feedback');
  return key(nodeKind === 'scene' ? 'scene' : 'conversation');
}
