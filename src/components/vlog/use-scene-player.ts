import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { VlogPlayerApi } from './load-videojs';
import { rememberVlogMode, vlogMode, type VlogMode } from './vlog-preferences';
import {
  sceneProblemOf,
  scenePhaseOf,
  scenePlayerMachine,
  type ScenePhase,
  type ScenePlayerSnapshot,
  type SceneProblem,
  type Segment,
} from '../../video/scene-player-machine';

/** What the case or the presenter view can ask of the scene's playback, whatever the buttons say. */
export interface ScenePlayerControls {
  /** The current scene's phase, as of the last change. */
  readonly phase: ScenePhase;
  /** The video is not playing: paused, stopped at a scene's end, or not yet started. */
  readonly paused: boolean;
  /**
   * Plays the current scene from its start and stops at its end: a waiting scene as its Play
   * button does (remembering the choice to watch), a watched one again, a failed one afresh.
   */
  play(): void;
  /** Plays the current scene again from its start, stopping at its end. */
  replay(): void;
  pause(): void;
  /** Carries on from where the video was paused. */
  resume(): Promise<void>;
  /** Plays on from a moment in the file (the transcript's lines), without stopping at the scene's end. */
  seek(seconds: number): void;
}

interface Options {
  videoRef: RefObject<HTMLVideoElement | null>;
  videoUrl: string;
  segment: Segment | null;
  /** Changes with every node visit, so a scene revisited after undo starts again. */
  sceneKey: string;
  onPhaseChange: (phase: ScenePhase) => void;
  onSceneEnded: () => void;
  onTimeUpdate: (seconds: number) => void;
  onPausedChange?: ((paused: boolean) => void) | undefined;
}

const endToWatch = (snapshot: ScenePlayerSnapshot) =>
  snapshot.matches('playing') || snapshot.matches('paused') ? snapshot.context.stopAt : null;

/**
 * Runs the scene-player machine (src/video/scene-player-machine.ts) against the vlog's video:
 * makes the video.js player on first play, turns the video's events into the machine's, stops
 * each scene at its end, and reports the phase to the host.
 */
export function useScenePlayer({
  videoRef,
  videoUrl,
  segment,
  sceneKey,
  onPhaseChange,
  onSceneEnded,
  onTimeUpdate,
  onPausedChange,
}: Options) {
  const playerRef = useRef<VlogPlayerApi | null>(null);
  const stopWatching = useRef<(() => void) | null>(null);
  const attempt = useRef(0);
  const callbacks = useRef({ onPhaseChange, onSceneEnded, onTimeUpdate, onPausedChange, videoUrl });
  callbacks.current = { onPhaseChange, onSceneEnded, onTimeUpdate, onPausedChange, videoUrl };
  const [mode, setMode] = useState<VlogMode>('ask');
  const [time, setTime] = useState(0);

  const actor = useActorRef(
    scenePlayerMachine.provide({
      actions: {
        startPlayback: ({ context }) => void startPlayback(context.from, context.reload),
        pausePlayback: () => playerRef.current?.pause(),
        notifySceneEnded: () => callbacks.current.onSceneEnded(),
      },
    }),
  );

  /** Makes the player on first use and turns its events into the machine's; later scenes reuse it. */
  async function ensurePlayer(): Promise<VlogPlayerApi> {
    if (playerRef.current) return playerRef.current;
    const video = videoRef.current!;
    // Loaded with video.js, when a scene is about to play: a learner who reads never needs them,
    // and the case page's JavaScript before Play has a budget (bench/budgets.json).
    const [{ createVlogPlayer }, { watchSceneEnd }] = await Promise.all([
      import('./create-vlog-player'),
      import('../../video/scene-end-watch'),
    ]);
    const player = await createVlogPlayer(video);
    player.on('timeupdate', () => {
      const now = player.currentTime();
      callbacks.current.onTimeUpdate(now);
      setTime(now);
      actor.send({ type: 'video.progressed' });
    });
    player.on('waiting', () => actor.send({ type: 'video.waiting' }));
    player.on('playing', () => actor.send({ type: 'video.playing' }));
    player.on('play', () => callbacks.current.onPausedChange?.(false));
    player.on('pause', () => {
      callbacks.current.onPausedChange?.(true);
      // A pause event queued before the next scene's play() must not pause that scene.
      if (player.paused()) actor.send({ type: 'video.paused' });
    });
    player.on('error', () => actor.send({ type: 'video.failed' }));
    stopWatching.current = watchSceneEnd(
      video,
      () => endToWatch(actor.getSnapshot()),
      () => actor.send({ type: 'scene.reachedEnd' }),
    );
    playerRef.current = player;
    return player;
  }

  async function startPlayback(from: number, reload: boolean) {
    const mine = ++attempt.current;
    let player: VlogPlayerApi;
    try {
      player = await ensurePlayer();
    } catch {
      // video.js did not load (a dropped connection): the learner can try again or read instead.
      if (mine === attempt.current) actor.send({ type: 'video.failed' });
      return;
    }
    if (mine !== attempt.current) return;
    if (reload) {
      player.src({ src: callbacks.current.videoUrl, type: 'video/mp4' });
      player.load();
    }
    player.currentTime(from);
    actor.send({ type: 'player.ready' });
    try {
      await player.play();
    } catch {
      // Autoplay refused or the file failed: the video sits paused, or its error event follows.
      if (mine === attempt.current) actor.send({ type: 'playback.refused' });
    }
  }

  const phase = useSelector(actor, scenePhaseOf);
  const problem: SceneProblem | null = useSelector(actor, sceneProblemOf);
  const shown = useSelector(actor, (snapshot) => snapshot.context.shown);
  const visit = useSelector(actor, (snapshot) => snapshot.context.visit);

  // A new node: its scene waits, plays (for a learner who chose to watch), or is skipped.
  useEffect(() => {
    const preferred = vlogMode();
    setMode(preferred);
    const start =
      preferred === 'read' ? 'skip' : preferred === 'watch' && playerRef.current ? 'play' : 'wait';
    actor.send({ type: 'scene.entered', segment, start });
    // sceneKey marks a new visit even when the segment object is equal.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sceneKey]);

  // Every visit's phase is reported, even one unchanged from the last visit's.
  useEffect(() => {
    if (visit > 0) callbacks.current.onPhaseChange(phase);
  }, [phase, visit]);

  useEffect(
    () => () => {
      stopWatching.current?.();
      playerRef.current?.dispose();
    },
    [],
  );

  const actions = useMemo(() => {
    const watch = () => {
      rememberVlogMode('watch');
      setMode('watch');
      actor.send({ type: 'scene.played' });
    };
    const retry = () => actor.send({ type: 'scene.retried' });
    const replay = () => actor.send({ type: 'scene.played' });
    const controls: ScenePlayerControls = {
      get phase() {
        return scenePhaseOf(actor.getSnapshot());
      },
      get paused() {
        return playerRef.current?.paused() ?? true;
      },
      play: () => {
        const snapshot = actor.getSnapshot();
        if (sceneProblemOf(snapshot)) retry();
        else if (snapshot.matches('waiting')) watch();
        else replay();
      },
      replay,
      pause: () => playerRef.current?.pause(),
      resume: async () => {
        await playerRef.current?.play();
      },
      seek: (seconds) => actor.send({ type: 'scene.playedFrom', seconds }),
    };
    return {
      controls,
      watch,
      retry,
      readInstead: () => {
        rememberVlogMode('read');
        setMode('read');
        actor.send({ type: 'scene.skipped' });
      },
      /** From now on, scenes play as the learner reaches them. */
      playAsIGo: () => {
        rememberVlogMode('watch');
        setMode('watch');
      },
      /** Moves within the file without leaving the scene's stop (the scene's own position control). */
      moveTo: (seconds: number) => {
        if (!playerRef.current) return;
        playerRef.current.currentTime(seconds);
        setTime(seconds);
      },
    };
  }, [actor]);

  return { phase, problem, shown, mode, time, ...actions };
}
