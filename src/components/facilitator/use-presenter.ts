import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { initialTransition, transition } from 'xstate';
import type { DecisionNode, Scenario } from '../../schemas/scenario';
import {
  createDialogueMachine,
  type DialogueEvent,
  type DialogueSnapshot,
} from '../../dialogue/dialogue-machine';
import { canUndo, currentNode, currentNodeId, offeredChoices } from '../../dialogue/selectors';
import { nodeById } from '../../dialogue/scenario-graph';
import { showsScene, stepsFor, type PresenterStep } from '../../facilitator/presenter-steps';
import {
  arrivalView,
  initialModes,
  playsOnArrival,
  presenterReducer,
  sceneFinishedAnnouncement,
  type BackLanding,
  type Message,
  type PresenterEvent,
  type PresenterModes,
  type PresenterSituation,
} from '../../facilitator/presenter-machine';
import { snapshotAtPreviousNode } from '../../facilitator/step-back';
import {
  followPath,
  meetDecision,
  reachEnding,
  type RunView,
} from '../../facilitator/room-session';
import { defaultTimerMs, newTimer } from '../../facilitator/timer';
import type { VlogControls } from '../vlog/VlogPanel';
import { vlogMode } from '../vlog/vlog-preferences';
import { useScenePhase } from '../vlog/use-scene-phase';
import { revealAndFocus, scrollWithinPage } from '../case/reveal';
import { useTranslate } from '../../i18n/MessagesContext';
import { downloadSessionRecord } from './download';
import {
  pauseScene,
  playScene,
  sceneControllable,
  scenePhaseOf,
  type SceneHandle,
} from './scene-control';
import { useRoomRun } from './use-room-run';
import { applyPresenterEffect } from './presenter-effects';

export interface PresenterOptions {
  scenario: Scenario;
  module: { title: string; version?: string };
}

/**
 * The presenter's state and the hands that apply its rules (presenter-machine.ts) to the page:
 * the room's run in local storage, the dialogue machine, the vlog panel, focus and full screen.
 */
export function usePresenter({ scenario, module }: PresenterOptions) {
  const t = useTranslate();
  const machine = useMemo(() => createDialogueMachine(scenario), [scenario]);
  const { openedSnapshot, run, runId, notice, setNotice, commitRun, startNewRun, sessionRecord } =
    useRoomRun(scenario, machine);
  // The room's place, moved on with the machine's pure transitions: Back across a conversation
  // sets a rebuilt snapshot (see step-back.ts), which an actor could not take. The machine has
  // no timers or invocations, so nothing is lost by not running it as an actor.
  const [snapshot, setSnapshot] = useState<DialogueSnapshot>(
    () => openedSnapshot ?? initialTransition(machine)[0],
  );
  const send = (event: DialogueEvent) =>
    setSnapshot((current) => transition(machine, current, event)[0]);
  const [announcement, setAnnouncement] = useState('');
  const [modes, setModesState] = useState<PresenterModes>(initialModes);
  // Read by the key listener between renders: two quick keys must see each other's modes.
  const modesRef = useRef(modes);
  const setModes = (next: PresenterModes) => {
    modesRef.current = next;
    setModesState(next);
  };
  // Whether the scene's video is paused (the panel's onPausedChange), for the V key and the words under the video.
  const [videoPaused, setVideoPaused] = useState(false);
  /** The scene visit whose play Next or V has already tried: Next then shows its words instead. */
  const [triedScene, setTriedScene] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const vlogControls = useRef<VlogControls>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** Where the next node's view starts after Back. */
  const backPending = useRef<BackLanding | null>(null);
  const acted = useRef(false);
  const timerLength = useRef(defaultTimerMs);
  const sceneHandle = (): SceneHandle => ({
    root: rootRef.current,
    controls: vlogControls.current,
  });

  const nodeId = currentNodeId(snapshot);
  const node = currentNode(scenario, snapshot);
  const { trail, path } = snapshot.context;
  const visit = `${trail.length}:${nodeId}`;
  const previousNode = trail.length > 1 ? nodeById(scenario, trail[trail.length - 2]!) : undefined;
  const afterChoice =
    previousNode?.kind === 'decision' && path.at(-1)?.decision === previousNode.id;
  const lastDecision = afterChoice ? (previousNode as DecisionNode) : null;
  const lastChoice = lastDecision
    ? (lastDecision.choices.find((choice) => choice.id === path.at(-1)!.choice) ?? null)
    : null;
  const offered = useMemo(() => offeredChoices(scenario, snapshot), [scenario, snapshot]);
  const steps = useMemo(
    () => stepsFor(node.kind, offered.length, afterChoice),
    [node.kind, offered.length, afterChoice],
  );

  const view: RunView =
    run.view && run.view.visit === visit
      ? { ...run.view, step: Math.min(run.view.step, steps.length - 1) }
      : { visit, step: 0, released: false, timer: newTimer(timerLength.current) };
  const step: PresenterStep = steps[view.step]!;
  const votes =
    (node.kind === 'decision'
      ? run.decisions.find((record) => record.decision === node.id)?.votes
      : undefined) ?? {};

  // The vlog scene for this step: a node's scene plays at its own steps, not during the feedback
  // that comes before a decision or ending, nor during the debrief.
  const sceneShown = showsScene(steps, view.step);
  const segment = sceneShown ? (node.segment ?? null) : null;
  const sceneKey = segment ? visit : `${visit}:${step.kind}`;
  const { scenePhase, onPhaseChange } = useScenePhase(segment, sceneKey);
  const held = Boolean(segment) && scenePhase !== 'done' && !view.released;
  const playable = held && scenePhase === 'waiting' && triedScene !== sceneKey;
  const announce = (message: Message) => {
    const text = t(message.key, message.params);
    setAnnouncement((current) => (current === text ? `${text}\u00a0` : text));
  };

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
      if (next.view?.visit !== visit)
        next = {
          ...next,
          view: { visit, ...arrivalView(back, steps), timer: newTimer(timerLength.current) },
        };
      return next;
    });
    // The snapshot and run are the inputs; everything else here is derived from them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot, runId]);

  // A step without the scene stops any scene still playing.
  useEffect(() => {
    if (!segment) pauseScene(sceneHandle());
  }, [sceneKey, segment]);

  // Once the trainer has chosen to watch, each scene plays as the room reaches it, after a reload
  // too: the panel only plays by itself once its player exists, and a reload starts without one.
  // The key press that brought the room here lets the browser start the sound.
  useEffect(() => {
    if (
      !playsOnArrival(
        { present: Boolean(segment), released: view.released, phase: scenePhaseOf(sceneHandle()) },
        acted.current,
        vlogMode() === 'watch',
      )
    )
      return;
    setTriedScene(sceneKey);
    playScene(sceneHandle());
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
    const finished = sceneFinishedAnnouncement(wasHeld.current, held, acted.current, view.released);
    if (finished) announce(finished);
    wasHeld.current = held;
    // Runs when the scene stops holding the room, not on every render: what to announce and
    // whether the trainer released the scene are read at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [held]);

  const situation = (): PresenterSituation => ({
    nodeKind: node.kind,
    steps,
    step: view.step,
    options: offered,
    votes,
    afterChoice,
    canUndo: canUndo(snapshot),
    hasPreviousNode: trail.length > 1,
    timer: view.timer,
    now: Date.now(),
    scene: {
      present: Boolean(segment),
      controllable: sceneControllable(sceneHandle()),
      held,
      playable,
      phase: scenePhase,
      released: view.released,
      paused: videoPaused,
    },
  });

  const hands = () => ({
    markActed: () => {
      acted.current = true;
      setNotice(null);
    },
    rememberTimerLength: (ms: number) => (timerLength.current = ms),
    send,
    stepBackToPreviousNode: () => {
      const previous = snapshotAtPreviousNode(machine, scenario, snapshot);
      if (previous) setSnapshot(previous);
      return Boolean(previous);
    },
    landBack: (landing: BackLanding) => (backPending.current = landing),
    commitRun,
    nodeId: node.id,
    scene: sceneHandle,
    markSceneTried: () => setTriedScene(sceneKey),
    announce,
    root: rootRef.current,
    heading: headingRef.current,
    runAgain: () => {
      startNewRun();
      send({ type: 'dialogue.restarted' });
    },
    download: (format: 'txt' | 'json') => downloadSessionRecord(t, sessionRecord(), module, format),
  });

  /** What the facilitator did, through the presenter's rules: new modes, effects applied, the announcement made. */
  const dispatch = (event: PresenterEvent) => {
    const outcome = presenterReducer(situation(), modesRef.current, event);
    setModes(outcome.modes);
    const viewPatch: Partial<RunView> = {};
    const page = hands();
    const done = outcome.effects
      .map((effect) => applyPresenterEffect(effect, viewPatch, page))
      .every(Boolean);
    if (Object.keys(viewPatch).length)
      commitRun((current) => ({ ...current, view: { ...view, ...viewPatch } }));
    if (outcome.announcement && done) announce(outcome.announcement);
  };
  /** The latest dispatch, for listeners added once. */
  const dispatchRef = useRef(dispatch);
  dispatchRef.current = dispatch;

  // prettier-ignore
  return {
    scenario, rootRef, headingRef, vlogControls, snapshot, node, nodeId, trail, path, steps, step, view,
    run, votes, offered, lastDecision, lastChoice, situation, segment, sceneShown, sceneKey, scenePhase, held, playable,
    videoPaused, onPausedChange: setVideoPaused, onPhaseChange, notice, announcement, modes, modesRef, setModes, dispatch, dispatchRef,
  };
}

export type Presenter = ReturnType<typeof usePresenter>;
