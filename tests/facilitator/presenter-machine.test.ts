import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/i18n/catalogue';
import { translator } from '../../src/i18n/messages';
import {
  arrivalView,
  initialModes,
  overlayKey,
  playsOnArrival,
  presenterReducer,
  progressMessage,
  sceneFinishedAnnouncement,
  type PresenterEvent,
  type PresenterModes,
  type PresenterOutcome,
  type PresenterSituation,
} from '../../src/facilitator/presenter-machine';
import { stepsFor } from '../../src/facilitator/presenter-steps';
import { newTimer } from '../../src/facilitator/timer';

const english = translator(loadCatalogue(process.cwd(), 'en').messages);
const welsh = translator(loadCatalogue(process.cwd(), 'cy').messages);

const options = [
  { id: 'a', text: 'Ring the ward' },
  { id: 'b', text: 'Write to the practice' },
  { id: 'c', text: 'Do nothing' },
];
const noScene = {
  present: false,
  controllable: false,
  held: false,
  playable: false,
  phase: 'done',
  released: false,
  paused: false,
} as const;

/** At a decision, with `revealed` options shown (or the vote closed, at 'choose'). */
function atDecision(
  revealed: number | 'choose',
  change: Partial<PresenterSituation> = {},
): PresenterSituation {
  const steps = stepsFor('decision', options.length, false);
  return {
    nodeKind: 'decision',
    steps,
    step: revealed === 'choose' ? steps.length - 1 : revealed,
    options,
    votes: {},
    afterChoice: false,
    canUndo: false,
    hasPreviousNode: true,
    timer: newTimer(60_000),
    now: 1_000,
    scene: noScene,
    ...change,
  };
}

/** At a scene's first screen, the scene in the given state. */
function atScene(
  scene: Partial<PresenterSituation['scene']> = {},
  change: Partial<PresenterSituation> = {},
): PresenterSituation {
  return {
    ...atDecision(0),
    nodeKind: 'scene',
    steps: stepsFor('scene', 0, true),
    step: 0,
    options: [],
    afterChoice: true,
    canUndo: true,
    scene: {
      present: true,
      controllable: true,
      held: true,
      playable: true,
      phase: 'waiting',
      released: false,
      paused: false,
      ...scene,
    },
    ...change,
  };
}

const reduce = (
  situation: PresenterSituation,
  event: PresenterEvent,
  modes: PresenterModes = initialModes,
) => presenterReducer(situation, modes, event);
const said = (outcome: PresenterOutcome) =>
  outcome.announcement ? english(outcome.announcement.key, outcome.announcement.params) : undefined;
const effects = (outcome: PresenterOutcome) => outcome.effects.map((effect) => effect.type);

describe('the presenter rules: Next', () => {
  it('shows the next option and reads it out', () => {
    const outcome = reduce(atDecision(1), { type: 'next' });
    expect(outcome.effects).toEqual([{ type: 'acted' }, { type: 'show-step', step: 2 }]);
    expect(said(outcome)).toBe('Option 2: Write to the practice');
  });

  it('moves to a screen that says itself (the feedback) without announcing', () => {
    const outcome = reduce(atScene({ held: false, phase: 'done' }, { step: 0 }), { type: 'next' });
    expect(outcome.effects).toEqual([{ type: 'acted' }, { type: 'show-step', step: 1 }]);
    expect(outcome.announcement).toBeUndefined();
  });

  it('closes the vote after the last option, saying how to choose', () => {
    expect(said(reduce(atDecision(3), { type: 'next' }))).toBe(
      'Voting closed. Press P then the number of the option the room will follow. A number alone still counts a hand.',
    );
  });

  it('follows the most-voted option once the vote is closed, and says so with its votes', () => {
    const outcome = reduce(atDecision('choose', { votes: { b: 3, a: 1 } }), { type: 'next' });
    expect(outcome.effects).toEqual([{ type: 'acted' }, { type: 'follow', choiceId: 'b' }]);
    expect(said(outcome)).toBe('The room follows option 2, with 3 votes.');
  });

  it('asks for a choice on a tie, and moves nowhere', () => {
    const outcome = reduce(atDecision('choose', { votes: { a: 2, b: 2 } }), { type: 'next' });
    expect(effects(outcome)).toEqual(['acted']);
    expect(said(outcome)).toBe(
      'No option has the most votes. Press P then the number of the option the room will follow.',
    );
  });

  it('plays a waiting scene first, then shows its words (pausing it) once tried', () => {
    expect(reduce(atScene(), { type: 'next' }).effects).toEqual([
      { type: 'acted' },
      { type: 'play-scene' },
    ]);
    const release = reduce(atScene({ playable: false, phase: 'playing' }), { type: 'next' });
    expect(effects(release)).toEqual(['acted', 'pause-scene', 'release-scene']);
    expect(said(release)).toBe('The words of the scene are on screen.');
  });

  it('continues past a finished node, and says when the debrief is the end', () => {
    expect(
      reduce(atScene({ held: false, phase: 'done' }, { step: 1 }), { type: 'next' }).effects,
    ).toEqual([{ type: 'acted' }, { type: 'continue' }]);
    const steps = stepsFor('ending', 0, false);
    const end = reduce(
      { ...atDecision(0), nodeKind: 'ending', options: [], steps, step: steps.length - 1 },
      { type: 'next' },
    );
    expect(effects(end)).toEqual(['acted']);
    expect(said(end)).toBe('This is the end of the scenario.');
  });
});

describe('the presenter rules: Back', () => {
  it('hides the last option shown, and opens the vote again from the closed vote', () => {
    const hide = reduce(atDecision(2), { type: 'back' });
    expect(hide.effects).toEqual([{ type: 'acted' }, { type: 'show-step', step: 1 }]);
    expect(said(hide)).toBe('Option 2 hidden.');
    expect(said(reduce(atDecision('choose'), { type: 'back' }))).toBe('Voting open again.');
  });

  it('undoes the choice from the screen right after it (votes kept), and goes back a screen otherwise', () => {
    const undo = reduce(atScene({ held: false }), { type: 'back' });
    expect(effects(undo)).toEqual(['acted', 'undo-choice']);
    expect(said(undo)).toBe(
      "The room's last choice is undone. Back at the decision, with its votes.",
    );
    const previous = reduce(atDecision(0), { type: 'back' });
    expect(effects(previous)).toEqual(['acted', 'previous-node']);
    expect(said(previous)).toBe('Back a screen.');
  });

  it('says when the room is at the start', () => {
    const outcome = reduce(atDecision(0, { hasPreviousNode: false }), { type: 'back' });
    expect(effects(outcome)).toEqual(['acted']);
    expect(said(outcome)).toBe('This is the start of the scenario.');
  });

  it('lands after Back on all options (an undone choice) or the last screen with words shown (the node before)', () => {
    const steps = stepsFor('decision', 3, true);
    expect(arrivalView('undo', steps)).toEqual({ step: 4, released: false });
    expect(arrivalView('previous-node', steps)).toEqual({ step: steps.length - 1, released: true });
    expect(arrivalView(null, steps)).toEqual({ step: 0, released: false });
  });
});

describe('the presenter rules: votes and modes', () => {
  it('counts a hand for a shown option, in the singular and plural', () => {
    const one = reduce(atDecision(2), { type: 'number', option: 2 });
    expect(one.effects).toEqual([
      { type: 'acted' },
      { type: 'add-votes', choiceId: 'b', change: 1 },
    ]);
    expect(said(one)).toBe('Option 2: 1 vote.');
    expect(said(reduce(atDecision(2, { votes: { b: 1 } }), { type: 'number', option: 2 }))).toBe(
      'Option 2: 2 votes.',
    );
  });

  it('still counts a hand after the vote has closed, never moving the room on', () => {
    expect(effects(reduce(atDecision('choose'), { type: 'number', option: 3 }))).toEqual([
      'acted',
      'add-votes',
    ]);
  });

  it('refuses a vote for an option not shown, one that does not exist, or away from a decision', () => {
    expect(said(reduce(atDecision(1), { type: 'number', option: 2 }))).toBe(
      'Option 2 is not shown yet.',
    );
    expect(said(reduce(atDecision(3), { type: 'number', option: 4 }))).toBe(
      'There is no option 4.',
    );
    const away = reduce(atScene(), { type: 'number', option: 1 });
    expect(away.effects).toEqual([]);
    expect(said(away)).toBe('Votes are taken at decisions.');
  });

  it('takes a vote away with Shift, never below nought', () => {
    const outcome = reduce(atDecision(3), { type: 'remove-vote', option: 1 });
    expect(outcome.effects).toContainEqual({ type: 'add-votes', choiceId: 'a', change: -1 });
    expect(said(outcome)).toBe('Option 1: 0 votes.');
  });

  it('arms Minus for one number, which then takes a vote away and disarms', () => {
    const armed = reduce(atDecision(3), { type: 'remove-mode' });
    expect(armed.modes.removeArmed).toBe(true);
    expect(said(armed)).toBe('Press a number to take a vote away from that option.');
    const used = reduce(
      atDecision(3, { votes: { c: 2 } }),
      { type: 'number', option: 3 },
      armed.modes,
    );
    expect(used.effects).toContainEqual({ type: 'add-votes', choiceId: 'c', change: -1 });
    expect(used.modes.removeArmed).toBe(false);
    expect(reduce(atScene(), { type: 'remove-mode' }).modes.removeArmed).toBe(false);
  });

  it('arms P: all options shown, the vote closed, and the next number follows that option', () => {
    const armed = reduce(atDecision(1), { type: 'choose' });
    expect(armed.modes.chooseArmed).toBe(true);
    expect(armed.effects).toEqual([{ type: 'acted' }, { type: 'show-step', step: 4 }]);
    expect(said(armed)).toBe('Press the number of the option the room will follow.');
    const followed = reduce(
      atDecision('choose', { votes: { c: 1 } }),
      { type: 'number', option: 3 },
      armed.modes,
    );
    expect(followed.effects).toEqual([{ type: 'acted' }, { type: 'follow', choiceId: 'c' }]);
    expect(said(followed)).toBe('The room follows option 3, with 1 vote.');
    expect(followed.modes.chooseArmed).toBe(false);
    expect(said(reduce(atDecision('choose'), { type: 'number', option: 4 }, armed.modes))).toBe(
      'There is no option 4.',
    );
  });

  it('disarms Minus and P on any other key, but not on the buttons beside the options', () => {
    const armed = { ...initialModes, removeArmed: true, chooseArmed: true };
    expect(reduce(atDecision(3), { type: 'timer' }, armed).modes).toEqual(initialModes);
    expect(reduce(atDecision(3), { type: 'choose' }, armed).modes).toMatchObject({
      removeArmed: false,
      chooseArmed: true,
    });
    expect(reduce(atDecision(3), { type: 'remove-mode' }, armed).modes).toMatchObject({
      removeArmed: true,
      chooseArmed: false,
    });
    expect(
      reduce(atDecision(3), { type: 'vote-button', choiceId: 'a', change: 1 }, armed).modes,
    ).toEqual(armed);
  });

  it('shows all options with A, without going back from the closed vote', () => {
    const all = reduce(atDecision(1), { type: 'reveal-all' });
    expect(all.effects).toEqual([{ type: 'acted' }, { type: 'show-step', step: 3 }]);
    expect(said(all)).toBe('All the options are shown.');
    expect(effects(reduce(atDecision('choose'), { type: 'reveal-all' }))).toEqual(['acted']);
    expect(reduce(atScene(), { type: 'reveal-all' }).effects).toEqual([]);
  });

  it('follows an option from its button, and types a count into its box', () => {
    expect(said(reduce(atDecision('choose'), { type: 'follow', choiceId: 'a' }))).toBe(
      'The room follows option 1.',
    );
    expect(reduce(atDecision('choose'), { type: 'follow', choiceId: 'zz' }).effects).toEqual([]);
    expect(reduce(atDecision(3), { type: 'set-votes', choiceId: 'b', count: 7 }).effects).toEqual([
      { type: 'acted' },
      { type: 'set-votes', choiceId: 'b', count: 7 },
    ]);
    expect(said(reduce(atDecision(3), { type: 'vote-button', choiceId: 'c', change: 1 }))).toBe(
      'Option 3: 1 vote.',
    );
  });
});

describe('the presenter rules: the timer', () => {
  it('starts and pauses the discussion timer at a decision only', () => {
    const started = reduce(atDecision(3), { type: 'timer' });
    expect(said(started)).toBe('Timer started.');
    expect(started.effects[1]).toMatchObject({ type: 'set-timer', timer: { startedAt: 1_000 } });
    const running = { ...atDecision(3), timer: { ...newTimer(60_000), startedAt: 0 } };
    expect(said(reduce(running, { type: 'timer-button' }))).toBe('Timer paused.');
    expect(said(reduce(atScene(), { type: 'timer' }))).toBe(
      'The discussion timer is used at decisions.',
    );
  });

  it('resets with Shift + T (said) or its button (silent), and takes a new length that later decisions keep', () => {
    expect(said(reduce(atDecision(3), { type: 'timer-reset' }))).toBe('Timer reset.');
    expect(reduce(atScene(), { type: 'timer-reset' }).effects).toEqual([]);
    expect(reduce(atDecision(3), { type: 'timer-reset-button' }).announcement).toBeUndefined();
    expect(
      reduce(atDecision(3), { type: 'timer-length', durationMs: 120_000 }).effects[0],
    ).toMatchObject({ type: 'set-timer', rememberLength: 120_000, timer: { durationMs: 120_000 } });
  });
});

describe('the presenter rules: the vlog scene', () => {
  it('plays, pauses, resumes and replays with V', () => {
    expect(effects(reduce(atScene(), { type: 'vlog' }))).toEqual(['acted', 'play-scene']);
    const pause = reduce(atScene({ phase: 'playing' }), { type: 'vlog' });
    expect(effects(pause)).toEqual(['acted', 'pause-scene']);
    expect(said(pause)).toBe('Scene paused. Press V to carry on.');
    expect(effects(reduce(atScene({ phase: 'playing', paused: true }), { type: 'vlog' }))).toEqual([
      'acted',
      'resume-scene',
    ]);
    const replay = reduce(atScene({ phase: 'done', held: false }), { type: 'vlog' });
    expect(effects(replay)).toEqual(['acted', 'play-scene']);
    expect(said(replay)).toBe('Replaying the scene.');
    expect(said(reduce(atScene({ phase: 'loading' }), { type: 'vlog' }))).toBe(
      'The scene is loading.',
    );
  });

  it('says there is no scene when the step has none or its player is not ready', () => {
    expect(said(reduce(atDecision(0), { type: 'vlog' }))).toBe(
      'There is no vlog scene at this step.',
    );
    expect(reduce(atScene({ controllable: false }), { type: 'vlog' }).effects).toEqual([]);
    expect(said(reduce(atDecision(0), { type: 'words' }))).toBe(
      'There is no vlog scene at this step.',
    );
  });

  it('shows the words with W: stopping a held scene, or just saying so', () => {
    expect(effects(reduce(atScene(), { type: 'words' }))).toEqual([
      'acted',
      'pause-scene',
      'release-scene',
    ]);
    const shown = reduce(atScene({ held: false, phase: 'done' }), { type: 'words' });
    expect(effects(shown)).toEqual(['acted']);
    expect(said(shown)).toBe('The words of the scene are on screen.');
  });

  it('plays a scene on arrival only after the facilitator has acted and chosen to watch', () => {
    const waiting = { present: true, released: false, phase: 'waiting' as const };
    expect(playsOnArrival(waiting, true, true)).toBe(true);
    expect(playsOnArrival(waiting, false, true)).toBe(false);
    expect(playsOnArrival(waiting, true, false)).toBe(false);
    expect(playsOnArrival({ ...waiting, released: true }, true, true)).toBe(false);
    expect(playsOnArrival({ ...waiting, phase: null }, true, true)).toBe(false);
  });

  it('announces the words when a scene plays to its end, not when the facilitator showed them', () => {
    expect(english(sceneFinishedAnnouncement(true, false, true, false)!.key)).toBe(
      'The scene has finished. Its words are on screen.',
    );
    expect(sceneFinishedAnnouncement(true, false, true, true)).toBeUndefined();
    expect(sceneFinishedAnnouncement(false, false, true, false)).toBeUndefined();
    expect(sceneFinishedAnnouncement(true, false, false, false)).toBeUndefined();
  });
});

describe('the presenter rules: overlays, screen and record', () => {
  it('toggles the help and the blank screen, opens and closes them from their buttons', () => {
    const help = reduce(atDecision(0), { type: 'help' });
    expect(help.modes.helpOpen).toBe(true);
    expect(reduce(atDecision(0), { type: 'help' }, help.modes).modes.helpOpen).toBe(false);
    expect(reduce(atDecision(0), { type: 'help-opened' }).modes.helpOpen).toBe(true);
    expect(reduce(atDecision(0), { type: 'help-closed' }, help.modes).modes.helpOpen).toBe(false);
    const blank = reduce(atDecision(0), { type: 'blank' });
    expect(blank.modes.blank).toBe(true);
    expect(reduce(atDecision(0), { type: 'blank-closed' }, blank.modes).modes.blank).toBe(false);
  });

  it('lets a modal overlay take only its own keys', () => {
    const help = { ...initialModes, helpOpen: true };
    expect(overlayKey(help, { type: 'help' })).toEqual({ modes: initialModes, handled: true });
    expect(overlayKey(help, { type: 'next' })).toEqual({ modes: help, handled: false });
    const blank = { ...initialModes, blank: true };
    for (const type of ['blank', 'escape', 'next', 'back'] as const)
      expect(overlayKey(blank, { type })).toEqual({ modes: initialModes, handled: true });
    expect(overlayKey(blank, { type: 'number', option: 1 })).toEqual({
      modes: blank,
      handled: false,
    });
    expect(overlayKey(blank, null)).toEqual({ modes: blank, handled: false });
    expect(overlayKey(initialModes, { type: 'next' })).toBeNull();
  });

  it('names full screen, focus, a new run and a download as effects', () => {
    expect(reduce(atDecision(0), { type: 'fullscreen' }).effects).toEqual([
      { type: 'toggle-fullscreen' },
    ]);
    expect(reduce(atDecision(0), { type: 'escape' }).effects).toEqual([{ type: 'focus-heading' }]);
    const again = reduce(atDecision(0), { type: 'run-again' });
    expect(effects(again)).toEqual(['acted', 'run-again']);
    expect(said(again)).toBe('A new run of the scenario has started.');
    expect(reduce(atDecision(0), { type: 'download', format: 'json' }).effects).toEqual([
      { type: 'download', format: 'json' },
    ]);
  });
});

describe('the presenter progress line', () => {
  const say = (...args: Parameters<typeof progressMessage>) => {
    const message = progressMessage(...args);
    return english(message.key, message.params);
  };
  it('says where the room is', () => {
    expect(say('decision', { kind: 'options', revealed: 2 }, 3, 4)).toBe(
      'Decision 3: 2 of 4 options shown',
    );
    expect(say('decision', { kind: 'choose' }, 1, 3)).toBe(
      'Decision 1: choosing the option to follow',
    );
    expect(say('decision', { kind: 'feedback' }, 2, 3)).toBe('Decision 2');
    expect(say('ending', { kind: 'debrief', section: 'questions' }, 1, 0)).toBe(
      'Debrief: questions for the room',
    );
    expect(say('ending', { kind: 'ending' }, 1, 0)).toBe('Ending');
    expect(say('scene', { kind: 'feedback' }, 1, 0)).toBe('Why it matters');
    expect(say('scene', { kind: 'content' }, 1, 0)).toBe('Scene');
    expect(say('dialogue', { kind: 'content' }, 1, 0)).toBe('Conversation');
  });
});

describe('the presenter in Welsh', () => {
  it('has every announcement in both catalogues, with the same slots', () => {
    const outcome = reduce(atDecision('choose', { votes: { b: 3 } }), { type: 'next' });
    expect(welsh(outcome.announcement!.key, outcome.announcement!.params)).toBe(
      "Mae'r ystafell yn dilyn opsiwn 2, gyda 3 pleidlais.",
    );
  });
});
