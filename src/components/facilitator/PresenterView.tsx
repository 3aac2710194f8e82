import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { initialTransition, transition } from 'xstate';
import type { Choice, DecisionNode, Scenario } from '../../schemas/scenario';
import { createDialogueMachine, currentNodeId, type DialogueEvent, type DialogueSnapshot } from '../../dialogue/dialogue-machine';
import { restoreProgress } from '../../dialogue/progress';
import { nodeById, recommendedPath, visibleLines } from '../../dialogue/scenario-graph';
import { commandForKey, keyBelongsToElement, type KeyInput, type PresenterCommand } from '../../facilitator/keymap';
import { backAction, nextAction, nextLabel, showsScene, stepAfterUndo, stepsFor, vlogKeyAction, type PresenterStep } from '../../facilitator/presenter-steps';
import { snapshotAtPreviousNode } from '../../facilitator/step-back';
import {
  addRun,
  addVotes,
  followPath,
  hasContent,
  latestRun,
  meetDecision,
  reachEnding,
  setVotes,
  updateRun,
  upsertRun,
  type FacilitatorSession,
  type RunView,
  type ScenarioRun,
} from '../../facilitator/room-session';
import { buildSessionRecord, recordFileName, sessionRecordText } from '../../facilitator/session-record';
import { createSessionStore, type SessionStore } from '../../facilitator/session-store';
import { defaultTimerMs, newTimer, resetTimer, setTimerLength, toggleTimer } from '../../facilitator/timer';
import { discussionPrompt } from '../../facilitator/discussion-prompts';
import { VlogPanel, type ScenePhase, type VlogControls, type VlogSources } from '../vlog/VlogPanel';
import { vlogMode } from '../vlog/vlog-preferences';

/**
 * The keys video.js's controls act on when one of them has focus (a button, the progress and
 * volume sliders, the menus). The player's own surface keeps none of the presenter's keys: Space
 * there is Next, as the docs say, not video.js's pause.
 */
const videoControlKeys = new Set([' ', 'Enter', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** The player's surface (the element video.js makes focusable, or the video in it), not a control on it. */
const isPlayerSurface = (target: HTMLElement) => target.tagName === 'VIDEO' || target.classList.contains('video-js');
import { outcomeLabel, sideLabel } from '../case/describe';
import { revealAndFocus, scrollWithinPage } from '../case/reveal';
import { DecisionPanel } from './DecisionPanel';
import { Debrief, type TeachingSummary } from './Debrief';
import { FacilitatorErrorBoundary } from './FacilitatorErrorBoundary';
import { FeedbackPanel } from './FeedbackPanel';
import { HelpDialog } from './HelpDialog';
import { SpokenLines } from './SpokenLines';
import { downloadText } from './download';
import { MessagesProvider } from '../../i18n/MessagesContext';
import type { Messages } from '../../i18n/messages';
import { moduleKey, moduleStorage, readText, writeText } from '../../storage/browser-storage';

export interface PresenterViewProps {
  scenario: Scenario;
  /** The vlog's files, as URLs relative to the page. */
  vlog: VlogSources;
  teaching: TeachingSummary;
  /** The facilitator start page and this scenario's printable guide. */
  startHref: string;
  guideHref: string;
  /** A scenario to present next, for the debrief's way on. */
  next?: { title: string; href: string };
  module: { title: string; version?: string };
  /** The page's interface strings for the vlog player (player.*), in its language. */
  messages: Messages;
}

type TextSize = 'compact' | 'normal' | 'large' | 'larger' | 'largest';
const textSizeKey = moduleKey('facilitator:text-size');
// Compact and Normal fit a decision's question and its options on a short screen (1280 by 720,
// 1024 by 768); the larger sizes are for a big room with a tall screen.
const textSizes: { value: TextSize; label: string }[] = [
  { value: 'compact', label: 'Compact' },
  { value: 'normal', label: 'Normal' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
  { value: 'largest', label: 'Largest' },
];

/** Below this height (a 1280 by 720 or 1024 by 768 projector), Large cannot fit a decision's question and three options. */
const shortScreenPixels = 800;

/** The size the facilitator chose on this computer, or one that fits the screen: Compact on a short screen, Large otherwise. */
function storedTextSize(): TextSize {
  const fitting: TextSize = (globalThis.innerHeight ?? Infinity) <= shortScreenPixels ? 'compact' : 'large';
  const value = readText(moduleStorage(), textSizeKey);
  return textSizes.find((size) => size.value === value)?.value ?? fitting;
}

/** Where storage is blocked, the size lasts for this page. */
function rememberTextSize(size: TextSize) {
  writeText(moduleStorage(), textSizeKey, size);
}


type Notice = 'resumed' | 'discarded' | null;

/** Opens the session and the room's run of this scenario, replaying its path through the machine. */
function useOpenedRun(scenario: Scenario, store: SessionStore, machine: ReturnType<typeof createDialogueMachine>) {
  return useState(() => {
    const now = new Date();
    let session = store.current(now);
    let run = latestRun(session, scenario.id);
    let notice: Notice = null;
    let snapshot: DialogueSnapshot | undefined;
    if (run) {
      const restored = restoreProgress(machine, scenario, { choices: run.choices, at: run.at });
      if (restored) {
        snapshot = restored;
        if (hasContent(run) || (run.view?.step ?? 0) > 0 || run.at !== scenario.start) notice = 'resumed';
      } else {
        notice = 'discarded';
        run = undefined;
      }
    }
    if (!run) ({ session, run } = addRun(session, scenario, now));
    store.save(session);
    return { session, runId: run.id, snapshot, notice };
  })[0];
}

function PresenterStage({ scenario, vlog, teaching, startHref, guideHref, next: nextScenario, module }: Omit<PresenterViewProps, 'messages'>) {
  const store = useMemo(() => createSessionStore(), []);
  const machine = useMemo(() => createDialogueMachine(scenario), [scenario]);
  const recommended = useMemo(() => recommendedPath(scenario).choices.map((choice) => choice.id), [scenario]);
  const opened = useOpenedRun(scenario, store, machine);
  // The room's place, moved on with the machine's pure transitions: Back across a conversation
  // sets a rebuilt snapshot (see step-back.ts), which an actor could not take. The machine has
  // no timers or invocations, so nothing is lost by not running it as an actor.
  const [snapshot, setSnapshot] = useState<DialogueSnapshot>(() => opened.snapshot ?? initialTransition(machine)[0]);
  const send = (event: DialogueEvent) => setSnapshot((current) => transition(machine, current, event)[0]);
  const [session, setSession] = useState<FacilitatorSession>(opened.session);
  const [runId, setRunId] = useState(opened.runId);
  const [notice, setNotice] = useState<Notice>(opened.notice);
  const [announcement, setAnnouncement] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const [blank, setBlank] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const [removeArmed, setRemoveArmed] = useState(false);
  // P was pressed: the next number key follows that option instead of counting a hand.
  const [chooseArmed, setChooseArmed] = useState(false);
  const [videoPaused, setVideoPaused] = useState(false);
  const [textSize, setTextSize] = useState<TextSize>('large');
  const [scene, setScene] = useState<{ key: string; phase: ScenePhase } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const vlogRef = useRef<HTMLDivElement>(null);
  const vlogControls = useRef<VlogControls>(null);
  /** The scene visit whose play Next or V has already tried: Next then shows its words instead. */
  const [triedScene, setTriedScene] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const blankRef = useRef<HTMLDialogElement>(null);
  /** Where the next node's view starts after Back: all options shown (an undone choice) or its last screen. */
  const backPending = useRef<'undo' | 'previous-node' | null>(null);
  const acted = useRef(false);
  const timerLength = useRef(defaultTimerMs);

  useEffect(() => setTextSize(storedTextSize()), []);

  /** The session as stored, with this presenter's run in it (another tab may have added runs). */
  const storedSession = useCallback(
    (current: FacilitatorSession) => {
      const stored = store.load();
      const base = stored && stored.id === current.id ? stored : current;
      const own = current.runs.find((candidate) => candidate.id === runId);
      return own ? upsertRun(base, own) : base;
    },
    [store, runId],
  );
  useEffect(() => store.save(storedSession(session)), [store, session, storedSession]);

  const nodeId = currentNodeId(snapshot);
  const node = nodeById(scenario, nodeId)!;
  const { trail, path, flags } = snapshot.context;
  const visit = `${trail.length}:${nodeId}`;
  const previousNode = trail.length > 1 ? nodeById(scenario, trail[trail.length - 2]!) : undefined;
  const afterChoice = previousNode?.kind === 'decision' && path.at(-1)?.decision === previousNode.id;
  const lastDecision = afterChoice ? (previousNode as DecisionNode) : null;
  const lastChoice = lastDecision ? lastDecision.choices.find((choice) => choice.id === path.at(-1)!.choice) ?? null : null;
  const offered: Choice[] = useMemo(
    () => (node.kind === 'decision' ? node.choices.filter((choice) => snapshot.can({ type: 'choice.selected', choiceId: choice.id })) : []),
    [node, snapshot],
  );
  const steps = useMemo(() => stepsFor(node.kind, offered.length, afterChoice), [node.kind, offered.length, afterChoice]);

  const run: ScenarioRun = session.runs.find((candidate) => candidate.id === runId)!;
  const view: RunView =
    run.view && run.view.visit === visit
      ? { ...run.view, step: Math.min(run.view.step, steps.length - 1) }
      : { visit, step: 0, released: false, timer: newTimer(timerLength.current) };
  const step: PresenterStep = steps[view.step]!;
  const decisionRecord = node.kind === 'decision' ? run.decisions.find((record) => record.decision === node.id) : undefined;
  const votes = decisionRecord?.votes ?? {};
  const roomDecisionNumber = path.length + 1;

  // The vlog scene for this step: a node's scene plays at its own steps, not during the feedback
  // that comes before a decision or ending, nor during the debrief.
  const segment = showsScene(steps, view.step) ? node.segment ?? null : null;
  const sceneKey = segment ? visit : `${visit}:${step.kind}`;
  const sceneKeyRef = useRef(sceneKey);
  sceneKeyRef.current = sceneKey;
  const scenePhase: ScenePhase = !segment ? 'done' : scene?.key === sceneKey ? scene.phase : vlogMode() === 'read' ? 'done' : 'waiting';
  const held = Boolean(segment) && scenePhase !== 'done' && !view.released;
  const playable = held && scenePhase === 'waiting' && triedScene !== sceneKey;
  const onPhaseChange = useCallback((phase: ScenePhase) => setScene({ key: sceneKeyRef.current, phase }), []);

  const commitRun = useCallback(
    (change: (current: ScenarioRun) => ScenarioRun) => setSession((current) => updateRun(current, runId, change, new Date())),
    [runId],
  );
  const commitView = (patch: Partial<RunView>) => commitRun((current) => ({ ...current, view: { ...view, ...patch } }));
  const announce = (text: string) => setAnnouncement((current) => (current === text ? `${text}\u00a0` : text));

  // Keep the run in step with the machine: the path, the decision met and its options, the ending.
  // A layout effect, so the new node's screen is settled before the browser paints or takes the
  // next key: with a plain effect, Back to a decision showed "0 of 3 options" for a frame before
  // "3 of 3", and a clicker's quick second press acted on that passing screen.
  useLayoutEffect(() => {
    const back = backPending.current;
    backPending.current = null;
    commitRun((current) => {
      let next = followPath(current, path, nodeId);
      if (node.kind === 'decision') next = meetDecision(next, node, offered);
      if (node.kind === 'ending') next = reachEnding(next, node, new Date());
      if (next.view?.visit !== visit) {
        // Back to the node before lands on its last screen, with its words shown: the room has seen it.
        const step = back === 'undo' ? stepAfterUndo(steps) : back === 'previous-node' ? steps.length - 1 : 0;
        next = { ...next, view: { visit, step, released: back === 'previous-node', timer: newTimer(timerLength.current) } };
      }
      return next;
    });
    // The snapshot and run are the inputs; everything else here is derived from them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot, runId]);

  // Whether the scene's video is paused part-way, for the V key and the words under the video.
  useEffect(() => {
    const video = rootRef.current?.querySelector('video');
    if (!video) return;
    const update = () => setVideoPaused(video.paused && !video.ended);
    video.addEventListener('play', update);
    video.addEventListener('pause', update);
    return () => {
      video.removeEventListener('play', update);
      video.removeEventListener('pause', update);
    };
  }, []);

  // A choice made in a select with the mouse gives the keys back to the presenter: focus left on
  // the select would otherwise take the clicker's keys and the number keys. A keyboard user who
  // changes it with the arrow keys keeps focus there, to carry on.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let pointed: EventTarget | null = null;
    const onPointerDown = (event: PointerEvent) => {
      pointed = event.target instanceof HTMLSelectElement ? event.target : null;
    };
    const onKeyDown = () => {
      pointed = null;
    };
    const onChange = (event: Event) => {
      if (!(event.target instanceof HTMLSelectElement) || event.target !== pointed) return;
      pointed = null;
      const heading = headingRef.current;
      if (heading) heading.focus({ preventScroll: true });
      else event.target.blur();
    };
    root.addEventListener('pointerdown', onPointerDown, true);
    root.addEventListener('keydown', onKeyDown, true);
    root.addEventListener('change', onChange, true);
    return () => {
      root.removeEventListener('pointerdown', onPointerDown, true);
      root.removeEventListener('keydown', onKeyDown, true);
      root.removeEventListener('change', onChange, true);
    };
  }, []);

  // A step without the scene stops any scene still playing.
  useEffect(() => {
    if (!segment) rootRef.current?.querySelector('video')?.pause();
  }, [sceneKey, segment]);

  // Once the trainer has chosen to watch, each scene plays as the room reaches it, after a reload
  // too: the panel only plays by itself once its player exists, and a reload starts without one.
  // The key press that brought the room here lets the browser start the sound.
  useEffect(() => {
    if (!segment || !acted.current || view.released || vlogMode() !== 'watch') return;
    if (vlogControls.current?.phase !== 'waiting') return;
    setTriedScene(sceneKey);
    vlogControls.current.play();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sceneKey]);

  // Focus follows the facilitator to each new screen; within a decision, new options are
  // announced and scrolled into view instead, so focus stays put for the next key.
  const focusKey = `${visit}|${step.kind}|${step.kind === 'debrief' ? step.section : ''}`;
  useEffect(() => {
    if (!acted.current) return;
    // Only the presenter's own page scrolls, never a page it is framed in (reveal.ts).
    if (step.kind === 'options' && step.revealed > 0) {
      scrollWithinPage(rootRef.current?.querySelector(`[data-testid="option-${step.revealed}"]`));
      return;
    }
    revealAndFocus(headingRef.current, 'start');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey, step.kind === 'options' ? step.revealed : -1]);

  // Announce a held scene's words when it finishes playing.
  const wasHeld = useRef(held);
  useEffect(() => {
    // Not when the facilitator showed the words (Next or W): that says so itself.
    if (wasHeld.current && !held && acted.current && !view.released) announce('The scene has finished. Its words are on screen.');
    wasHeld.current = held;
  }, [held]);

  useEffect(() => {
    const onChange = () => setFullscreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    const dialog = blankRef.current;
    if (!dialog) return;
    if (blank && !dialog.open) {
      dialog.showModal();
      // The dialog itself takes focus, so its button stays out of sight on the black screen until tabbed to.
      dialog.focus();
    }
    if (!blank && dialog.open) dialog.close();
  }, [blank]);

  // Projector-fit: full screen, the step must fit the screen without scrolling, so the text size
  // chosen is the largest used and the type shrinks until the step fits. Not while a scene plays:
  // the film keeps its size.
  const [screenSize, setScreenSize] = useState('');
  useEffect(() => {
    const onResize = () => setScreenSize(`${globalThis.innerWidth}x${globalThis.innerHeight}`);
    globalThis.addEventListener('resize', onResize);
    return () => globalThis.removeEventListener('resize', onResize);
  }, []);
  // Full screen, once a scene's words are on screen and its film is not playing, the player and its
  // buttons (the trainer's, with keys for each) make way for the words.
  const vlogAside = fullscreen && !held && (scenePhase !== 'playing' || videoPaused);
  const fitKey = `${fullscreen}|${textSize}|${visit}|${view.step}|${held}|${vlogAside}|${removeArmed}|${chooseArmed}|${screenSize}`;
  useLayoutEffect(() => {
    const root = rootRef.current;
    // Whether the stage is full screen is read from the document, not from the state that follows
    // the fullscreenchange event: that event comes a rendering frame later (later still on a busy
    // machine), and a text size chosen in between would otherwise go unfitted.
    if (root) fitToScreen(root, document.fullscreenElement === root && !held);
  }, [fitKey]);
  useEffect(() => () => fitToScreen(null, false), []);

  const pauseScene = () => rootRef.current?.querySelector('video')?.pause();

  const act = () => {
    acted.current = true;
    setNotice(null);
  };

  const follow = (choiceId: string) => {
    const index = offered.findIndex((choice) => choice.id === choiceId);
    if (index < 0) return;
    act();
    setRemoveArmed(false);
    setChooseArmed(false);
    const count = votes[choiceId] ?? 0;
    announce(`The room follows option ${index + 1}${count ? `, with ${count} ${count === 1 ? 'vote' : 'votes'}` : ''}.`);
    send({ type: 'choice.selected', choiceId });
  };

  const goNext = () => {
    act();
    const action = nextAction(steps, view.step, { held, playable, optionIds: offered.map((choice) => choice.id), votes });
    switch (action.type) {
      case 'play-scene':
        playSceneNow();
        return;
      case 'release-scene':
        showWords();
        return;
      case 'step': {
        const target = steps[action.to]!;
        commitView({ step: action.to });
        if (target.kind === 'options' && target.revealed > 0) {
          announce(`Option ${target.revealed}: ${offered[target.revealed - 1]?.text ?? ''}`);
        } else if (target.kind === 'choose') {
          announce('Voting closed. Press P then the number of the option the room will follow. A number alone still counts a hand.');
        }
        return;
      }
      case 'continue':
        send({ type: 'dialogue.continued' });
        return;
      case 'follow':
        follow(action.choiceId);
        return;
      case 'needs-choice':
        announce('No option has the most votes. Press P then the number of the option the room will follow.');
        return;
      case 'none':
        announce('This is the end of the scenario.');
        return;
    }
  };

  const goBack = () => {
    act();
    const action = backAction(view.step, { afterChoice, canUndo: snapshot.can({ type: 'choice.undone' }), hasPreviousNode: trail.length > 1 });
    if (action.type === 'step') {
      commitView({ step: action.to });
      const target = steps[action.to]!;
      if (step.kind === 'options') announce(`Option ${step.revealed} hidden.`);
      else if (target.kind === 'options') announce('Voting open again.');
    } else if (action.type === 'undo') {
      backPending.current = 'undo';
      announce("The room's last choice is undone. Back at the decision, with its votes.");
      send({ type: 'choice.undone' });
    } else if (action.type === 'previous-node') {
      const previous = snapshotAtPreviousNode(machine, scenario, snapshot);
      if (!previous) return;
      backPending.current = 'previous-node';
      announce('Back a screen.');
      setSnapshot(previous);
    } else {
      announce('This is the start of the scenario.');
    }
  };

  const vote = (option: number, change: number) => {
    if (node.kind !== 'decision') {
      announce('Votes are taken at decisions.');
      return;
    }
    const revealed = step.kind === 'options' ? step.revealed : step.kind === 'choose' ? offered.length : 0;
    const choice = offered[option - 1];
    if (!choice || option > revealed) {
      announce(choice ? `Option ${option} is not shown yet.` : `There is no option ${option}.`);
      return;
    }
    act();
    const count = Math.max(0, (votes[choice.id] ?? 0) + change);
    commitRun((current) => addVotes(current, node.id, choice.id, change));
    announce(`Option ${option}: ${count} ${count === 1 ? 'vote' : 'votes'}.`);
  };

  /** Plays this step's scene through the panel, which keeps its phase and the scene's stop point right. */
  const playSceneNow = () => {
    setTriedScene(sceneKey);
    vlogControls.current?.play();
  };

  /** Shows the scene's words: the scene stops, and Next moves on from here. */
  const showWords = () => {
    pauseScene();
    commitView({ released: true });
    announce('The words of the scene are on screen.');
  };

  const wordsKey = () => {
    if (!segment) {
      announce('There is no vlog scene at this step.');
      return;
    }
    act();
    if (held) showWords();
    else announce('The words of the scene are on screen.');
  };

  const vlogKey = () => {
    const controls = vlogControls.current;
    if (!segment || !controls) {
      announce('There is no vlog scene at this step.');
      return;
    }
    act();
    const action = vlogKeyAction({ phase: scenePhase, released: view.released, paused: videoPaused });
    switch (action) {
      case 'wait':
        announce('The scene is loading.');
        return;
      case 'pause':
        controls.pause();
        announce('Scene paused. Press V to carry on.');
        return;
      case 'resume':
        void controls.resume().catch(() => announce('The video could not play. Press W to show the words.'));
        return;
      case 'play':
      case 'replay':
        if (action === 'replay') announce('Replaying the scene.');
        playSceneNow();
        return;
    }
  };

  const toggleFullscreen = async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else if (document.fullscreenEnabled && rootRef.current?.requestFullscreen) await rootRef.current.requestFullscreen();
      else announce('Full screen is not available here. Try your browser’s own full screen key, often F11.');
    } catch {
      announce('Full screen is not available here. Try your browser’s own full screen key, often F11.');
    }
  };

  const toggleTimerNow = () => {
    if (node.kind !== 'decision') {
      announce('The discussion timer is used at decisions.');
      return;
    }
    act();
    const next = toggleTimer(view.timer, Date.now());
    commitView({ timer: next });
    announce(next.startedAt === null ? 'Timer paused.' : 'Timer started.');
  };

  const resetTimerNow = () => commitView({ timer: resetTimer(view.timer) });

  const changeTimerLength = (durationMs: number) => {
    timerLength.current = durationMs;
    commitView({ timer: setTimerLength(view.timer, durationMs, Date.now()) });
  };

  const download = (format: 'txt' | 'json') => {
    const record = buildSessionRecord(storedSession(session), module, new Date());
    if (format === 'txt') downloadText(recordFileName(record, 'txt'), sessionRecordText(record), 'text/plain;charset=utf-8');
    else downloadText(recordFileName(record, 'json'), `${JSON.stringify(record, null, 2)}\n`, 'application/json');
  };

  const runAgain = () => {
    act();
    const { session: next, run: fresh } = addRun(session, scenario, new Date());
    setSession(next);
    setRunId(fresh.id);
    send({ type: 'dialogue.restarted' });
    announce('A new run of the scenario has started.');
  };

  const runCommand = (command: PresenterCommand) => {
    if (command.type !== 'number' && command.type !== 'remove-vote' && command.type !== 'remove-mode') setRemoveArmed(false);
    if (command.type !== 'number' && command.type !== 'choose') setChooseArmed(false);
    switch (command.type) {
      case 'next':
        goNext();
        return;
      case 'back':
        goBack();
        return;
      case 'number':
        // Counting is the default, even once the vote has closed: following an option takes P
        // first (or Next, or a Follow button), so a hand counted late never moves the room on.
        if (removeArmed) {
          setRemoveArmed(false);
          vote(command.option, -1);
        } else if (chooseArmed && node.kind === 'decision') {
          const choice = offered[command.option - 1];
          if (choice) follow(choice.id);
          else announce(`There is no option ${command.option}.`);
        } else {
          vote(command.option, 1);
        }
        return;
      case 'remove-vote':
        vote(command.option, -1);
        return;
      case 'remove-mode':
        if (node.kind === 'decision') {
          setChooseArmed(false);
          setRemoveArmed(true);
          announce('Press a number to take a vote away from that option.');
        }
        return;
      case 'choose':
      case 'reveal-all': {
        if (node.kind !== 'decision' || held) return;
        act();
        const target = command.type === 'choose' ? steps.findIndex((candidate) => candidate.kind === 'choose') : stepAfterUndo(steps);
        if (target > view.step || command.type === 'choose') commitView({ step: target });
        if (command.type === 'choose') setChooseArmed(true);
        announce(command.type === 'choose' ? 'Press the number of the option the room will follow.' : 'All the options are shown.');
        return;
      }
      case 'timer':
        toggleTimerNow();
        return;
      case 'timer-reset':
        if (node.kind === 'decision') {
          resetTimerNow();
          announce('Timer reset.');
        }
        return;
      case 'fullscreen':
        void toggleFullscreen();
        return;
      case 'vlog':
        vlogKey();
        return;
      case 'words':
        wordsKey();
        return;
      case 'help':
        setHelpOpen((open) => !open);
        return;
      case 'blank':
        setBlank((current) => !current);
        return;
      case 'escape':
        headingRef.current?.focus({ preventScroll: true });
        return;
    }
  };

  const commandRef = useRef(runCommand);
  commandRef.current = runCommand;
  const overlays = useRef({ helpOpen, blank });
  overlays.current = { helpOpen, blank };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const input: KeyInput = { key: event.key, code: event.code, shiftKey: event.shiftKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey };
      const command = commandForKey(input);
      // The help dialog and the blank screen are modal: only their own keys work.
      if (overlays.current.helpOpen) {
        if (command?.type === 'help') {
          event.preventDefault();
          setHelpOpen(false);
        }
        return;
      }
      if (overlays.current.blank) {
        if (command?.type === 'blank' || command?.type === 'escape' || command?.type === 'next' || command?.type === 'back') {
          event.preventDefault();
          setBlank(false);
        }
        return;
      }
      const target = event.target instanceof HTMLElement ? event.target : null;
      // A control on the player (a button, a slider, a menu) keeps the keys that work it; every
      // other presenter key, V included, still works from it.
      if (target?.closest('.video-js') && !isPlayerSurface(target) && videoControlKeys.has(event.key)) return;
      if (target && keyBelongsToElement(input, { tagName: target.tagName, isContentEditable: target.isContentEditable, type: (target as HTMLInputElement).type, role: target.getAttribute('role') })) return;
      if (!command) return;
      if (command.type === 'escape' && target && (target.tagName === 'INPUT' || target.tagName === 'SELECT')) {
        event.preventDefault();
        target.blur();
        headingRef.current?.focus({ preventScroll: true });
        return;
      }
      event.preventDefault();
      // Holding a key down must not race through the scenario or pile up votes.
      if (event.repeat) return;
      commandRef.current(command);
    };
    // On the player's surface, video.js takes Space (pause) and F (its own full screen) and stops
    // them there; the presenter hears them first, so they do what the key list says.
    const onKeyOnPlayer = (event: KeyboardEvent) => {
      if (!(event.target instanceof HTMLElement) || !event.target.closest('.video-js') || !isPlayerSurface(event.target)) return;
      onKey(event);
      if (event.defaultPrevented) event.stopPropagation();
    };
    document.addEventListener('keydown', onKeyOnPlayer, true);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKeyOnPlayer, true);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  const next = nextAction(steps, view.step, { held, playable, optionIds: offered.map((choice) => choice.id), votes });
  const canGoBack = backAction(view.step, { afterChoice, canUndo: snapshot.can({ type: 'choice.undone' }), hasPreviousNode: trail.length > 1 }).type !== 'none';
  const learner = scenario.cast.find((member) => member.side === scenario.learnerSide);
  const lines = node.kind === 'decision' ? [] : visibleLines(node.lines, flags);
  const progress =
    step.kind === 'debrief'
      ? `Debrief: ${step.section === 'map' ? 'the map' : step.section === 'questions' ? 'questions for the room' : 'votes and the session record'}`
      : node.kind === 'decision'
        ? `Decision ${roomDecisionNumber}${step.kind === 'options' ? `: ${step.revealed} of ${offered.length} options shown` : step.kind === 'choose' ? ': choosing the option to follow' : ''}`
        : node.kind === 'ending'
          ? 'Ending'
          : step.kind === 'feedback'
            ? 'Why it matters'
            : node.kind === 'scene'
              ? 'Scene'
              : 'Conversation';

  return (
    <div className="app-presenter" ref={rootRef} data-text-size={textSize} data-step={step.kind} data-node={nodeId} data-fullscreen={fullscreen || undefined}>
      <div className="app-presenter__bar">
        <p className="app-presenter__title">
          <span className="app-presenter__mode">Facilitator mode</span> {scenario.title}
        </p>
        <p className="app-presenter__progress" data-testid="presenter-progress">
          {progress}
        </p>
        <div className="app-presenter__tools">
          <button type="button" className="nhsuk-button nhsuk-button--secondary app-presenter__small-button" onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
            Keys <kbd aria-hidden="true">?</kbd>
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary app-presenter__small-button" onClick={() => void toggleFullscreen()}>
            {fullscreen ? 'Leave full screen' : 'Full screen'} <kbd aria-hidden="true">F</kbd>
          </button>
          <div className="app-presenter__text-size">
            <label className="nhsuk-label" htmlFor="presenter-text-size">
              Text size
            </label>
            <select
              id="presenter-text-size"
              className="nhsuk-select"
              value={textSize}
              onChange={(event) => {
                const size = event.target.value as TextSize;
                setTextSize(size);
                rememberTextSize(size);
              }}
            >
              {textSizes.map((size) => (
                <option key={size.value} value={size.value}>
                  {size.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>

      {notice === 'resumed' && (
        <div className="nhsuk-inset-text app-presenter__notice">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>The room's session is where you left it, with its votes. To start this scenario afresh, finish it and choose "Run this scenario again", or start a new session from the facilitator start page.</p>
        </div>
      )}
      {notice === 'discarded' && (
        <div className="nhsuk-inset-text app-presenter__notice" role="status">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>This scenario has changed since the room's last run, so it starts from the beginning.</p>
        </div>
      )}

      <section className="app-presenter__stage" aria-label="Presenter screen">
        {trail.length === 1 && step.kind === 'content' && learner && (
          <p className="app-presenter__role">
            The room plays <strong>{learner.name}</strong>, {learner.role} ({sideLabel[learner.side]} side).
          </p>
        )}

        {step.kind === 'feedback' && !showsScene(steps, view.step) && lastDecision && lastChoice && (
          <FeedbackPanel decision={lastDecision} choice={lastChoice} record={run.decisions.find((record) => record.decision === lastDecision.id)} headingRef={headingRef} />
        )}

        {(step.kind === 'content' || (step.kind === 'feedback' && showsScene(steps, view.step))) && (
          <div className="app-presenter__content">
            {node.kind === 'scene' ? (
              <>
                <p className="app-presenter__kicker">
                  Scene{node.perspective ? ` · seen from ${sideLabel[node.perspective].toLowerCase()}` : ''}
                </p>
                <h2 className="app-presenter__heading" tabIndex={-1} ref={step.kind === 'content' ? headingRef : undefined}>
                  {node.when}, {node.where}
                </h2>
              </>
            ) : (
              <h2 className="app-presenter__heading" tabIndex={-1} ref={step.kind === 'content' ? headingRef : undefined}>
                {trail.length === 1 ? 'The conversation begins' : 'The conversation continues'}
              </h2>
            )}
          </div>
        )}

        {node.kind === 'ending' && step.kind === 'ending' && (
          <div className={`app-presenter__ending app-presenter__ending--${node.outcome}`}>
            <p className="app-presenter__kicker">
              Ending · <span className="app-presenter__outcome">{outcomeLabel[node.outcome]}</span>
            </p>
            <h2 className="app-presenter__heading" tabIndex={-1} ref={headingRef}>
              {node.title}
            </h2>
            <p className="app-presenter__summary">{node.summary}</p>
          </div>
        )}

        {node.kind === 'decision' && (step.kind === 'options' || step.kind === 'choose') && (
          <DecisionPanel
            decision={node}
            number={roomDecisionNumber}
            options={offered}
            revealed={step.kind === 'options' ? step.revealed : offered.length}
            choosing={step.kind === 'choose'}
            votes={votes}
            discussion={discussionPrompt(scenario.learnerSide, path.length)}
            timer={view.timer}
            removeArmed={removeArmed}
            chooseArmed={chooseArmed}
            headingRef={headingRef}
            onVote={(choiceId, change) => vote(offered.findIndex((choice) => choice.id === choiceId) + 1, change)}
            onSetVotes={(choiceId, count) => {
              act();
              commitRun((current) => setVotes(current, node.id, choiceId, count));
            }}
            onFollow={follow}
            onTimerToggle={toggleTimerNow}
            onTimerReset={resetTimerNow}
            onTimerLength={changeTimerLength}
          />
        )}

        <div className="app-presenter__vlog" ref={vlogRef} hidden={!segment || vlogAside}>
          <VlogPanel
            title={scenario.title}
            sources={vlog}
            segment={segment}
            sceneKey={sceneKey}
            onPhaseChange={onPhaseChange}
            onSceneEnded={noop}
            onTimeUpdate={noop}
            seekRequest={null}
            controls={vlogControls}
          />
        </div>

        {(step.kind === 'content' || step.kind === 'feedback' || step.kind === 'ending') && showsScene(steps, view.step) && (
          held ? (
            // Nothing while the scene plays: the room watches the video, not instructions.
            scenePhase === 'playing' && !videoPaused ? null : (
              <p className="app-presenter__held app-trainer-hint">
                {scenePhase === 'playing' ? (
                  <>
                    The scene is paused. Press <kbd>V</kbd> to carry on, or <kbd>W</kbd> to show its words.
                  </>
                ) : scenePhase === 'loading' ? (
                  <>
                    The scene is loading. Press <kbd>W</kbd> to show its words instead.
                  </>
                ) : playable ? (
                  <>
                    This part is in the vlog scene. Press <kbd>Space</kbd> (or the clicker's forward button) to play it, or <kbd>W</kbd> to show its words instead.
                  </>
                ) : (
                  <>
                    The scene did not start. Press <kbd>V</kbd> to try again, or <kbd>Space</kbd> to show its words.
                  </>
                )}
              </p>
            )
          ) : (
            <SpokenLines scenario={scenario} lines={lines} />
          )
        )}

        {node.kind === 'ending' && step.kind === 'ending' && (
          <div className="app-presenter__points">
            <h3>Key learning points</h3>
            <ul>
              {node.learningPoints.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </div>
        )}

        {step.kind === 'feedback' && showsScene(steps, view.step) && lastDecision && lastChoice && (
          <FeedbackPanel decision={lastDecision} choice={lastChoice} record={run.decisions.find((record) => record.decision === lastDecision.id)} headingRef={headingRef} />
        )}

        {step.kind === 'debrief' && (
          <Debrief
            scenario={scenario}
            run={run}
            teaching={teaching}
            section={step.section}
            recommendedChoices={recommended}
            headingRef={headingRef}
            onDownload={download}
            onRunAgain={runAgain}
            startHref={startHref}
            guideHref={guideHref}
            next={nextScenario}
          />
        )}
      </section>

      <div className="app-presenter__controls">
        <button type="button" className="nhsuk-button nhsuk-button--secondary app-presenter__back" onClick={goBack} disabled={!canGoBack}>
          Back <kbd aria-hidden="true">Page Up</kbd>
        </button>
        <button type="button" className="nhsuk-button app-presenter__next" onClick={goNext} disabled={next.type === 'none' || next.type === 'needs-choice'} data-testid="presenter-next">
          {nextLabel(next, steps)} <kbd aria-hidden="true">Space</kbd>
        </button>
      </div>

      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <dialog ref={blankRef} className="app-presenter__blank" aria-label="Screen blanked" tabIndex={-1} onClose={() => setBlank(false)}>
        <p className="nhsuk-u-visually-hidden">The screen is blanked. Press B, Full stop or Escape to show it again.</p>
        <button type="button" className="nhsuk-button nhsuk-button--reverse app-presenter__unblank" onClick={() => setBlank(false)}>
          Show the screen again
        </button>
      </dialog>
      <div className="nhsuk-u-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="presenter-announcer">
        {announcement}
      </div>
    </div>
  );
}

/** The smallest root font size projector-fit shrinks to, in pixels: still legible from a room's middle rows. */
const smallestFitPixels = 12;

/**
 * Shrinks the page's root font size (everything on the presenter is sized in rem) to the largest
 * that lets the presenter's content fit its box, no smaller than the smallest fit size; with
 * `fit` false, gives the text size back to the stylesheet. A binary search: a handful of layouts.
 */
function fitToScreen(root: HTMLElement | null, fit: boolean) {
  const html = document.documentElement;
  html.style.removeProperty('font-size');
  if (!root || !fit || root.scrollHeight <= root.clientHeight) return;
  const fits = (size: number) => {
    html.style.setProperty('font-size', `${size}px`);
    return root.scrollHeight <= root.clientHeight;
  };
  let tooBig = Number.parseFloat(getComputedStyle(html).fontSize);
  let fitting = smallestFitPixels;
  if (!(tooBig > fitting) || !fits(fitting)) return;
  while (tooBig - fitting > 0.5) {
    const middle = (tooBig + fitting) / 2;
    if (fits(middle)) fitting = middle;
    else tooBig = middle;
  }
  fits(fitting);
}

// The presenter never moves on by itself when a scene ends: the facilitator sets the pace (the
// scene's words appear, and Next moves on). Nor does it follow the video's time.
const noop = () => undefined;

/** The presenter view island: the room's run of one scenario, driven from the keyboard or a clicker. */
export default function PresenterView({ messages, ...props }: PresenterViewProps) {
  return (
    <MessagesProvider messages={messages}>
      <FacilitatorErrorBoundary startHref={props.startHref}>
        <PresenterStage {...props} />
      </FacilitatorErrorBoundary>
    </MessagesProvider>
  );
}
