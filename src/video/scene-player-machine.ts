import { assign, setup, type SnapshotFrom } from 'xstate';

/**
 * One node's vlog scene, from the learner's point of view. Pure: it knows nothing of React,
 * video.js or the DOM; the hook that runs it (src/components/vlog/use-scene-player.ts) supplies
 * the effects through `machine.provide` and reports what the video does as events.
 *
 * The states are the video's (waiting for the learner, loading, playing, paused, done, failed);
 * whether the scene still holds back the case is `released` in context: a scene watched to its
 * end or skipped stays released for the visit, so a replay or a jump from the transcript plays
 * freely without holding the case again.
 */

export interface Segment {
  start: number;
  end: number;
}

/** What the case sees of the scene: waiting for the learner, loading, playing, or done (watched or skipped). */
export type ScenePhase = 'waiting' | 'loading' | 'playing' | 'done';

/** What the learner is told went wrong: the video failed, or has been buffering too long. */
export type SceneProblem = 'failed' | 'stalled';

/** How a new visit's scene begins: wait for Play, play at once (watch mode), or skip to its text. */
export type SceneStart = 'wait' | 'play' | 'skip';

export interface ScenePlayerContext {
  segment: Segment | null;
  /** The scene no longer holds back the case: it was watched to its end, or skipped. */
  released: boolean;
  /** Where playback pauses: the scene's end, or null for free viewing (a jump from the transcript). */
  stopAt: number | null;
  /** Where the next playback starts. */
  from: number;
  /** The next playback reloads the file first (after a failure or stall). */
  reload: boolean;
  /** The player has been shown: it stays on the page once a scene has been asked to play. */
  shown: boolean;
  /** Counts node visits, so a visit whose phase is unchanged is still reported as new. */
  visit: number;
}

export type ScenePlayerEvent =
  | { type: 'scene.entered'; segment: Segment | null; start: SceneStart }
  /** Play the scene from its start, stopping at its end. */
  | { type: 'scene.played' }
  /** Play from a moment in the file (the transcript), without stopping at the scene's end. */
  | { type: 'scene.playedFrom'; seconds: number }
  /** Try again after a failure or a stall: reloads the file, then plays the scene. */
  | { type: 'scene.retried' }
  /** Read it instead: the scene releases the case and the video stops. */
  | { type: 'scene.skipped' }
  /** The video has reached the scene's end. */
  | { type: 'scene.reachedEnd' }
  /** The player is ready and has been told to play. */
  | { type: 'player.ready' }
  /** The browser refused to start playing (autoplay policy): the video sits paused. */
  | { type: 'playback.refused' }
  | { type: 'video.playing' }
  | { type: 'video.paused' }
  /** The video has run out of data and is buffering. */
  | { type: 'video.waiting' }
  /** The video's time moved on. */
  | { type: 'video.progressed' }
  | { type: 'video.failed' };

/** How long a scene may buffer before the learner is offered to try again or read instead. */
export const stallMilliseconds = 10_000;

export const scenePlayerMachine = setup({
  types: {
    context: {} as ScenePlayerContext,
    events: {} as ScenePlayerEvent,
  },
  actions: {
    /** Loads the player if need be, seeks to `from` and plays; reports player.ready or a failure. */
    startPlayback: () => {},
    pausePlayback: () => {},
    /** The scene played to its end (not skipped): the case may move on by itself. */
    notifySceneEnded: () => {},
    /** Aims the next playback at the whole current scene; `reload` fetches the file again first. */
    aimAtWholeScene: assign(({ context }, params: { reload: boolean }) => ({
      stopAt: context.segment!.end,
      from: context.segment!.start,
      reload: params.reload,
      shown: true,
    })),
  },
  guards: {
    hasScene: ({ context }) => context.segment !== null,
    stopsAtSceneEnd: ({ context }) => context.stopAt !== null,
    /** The end reached is the one the case waits for, not that of a replay. */
    endsHeldScene: ({ context }) => context.stopAt !== null && !context.released,
  },
  delays: {
    stall: stallMilliseconds,
  },
}).createMachine({
  id: 'scenePlayer',
  context: {
    segment: null,
    released: true,
    stopAt: null,
    from: 0,
    reload: false,
    shown: false,
    visit: 0,
  },
  initial: 'done',
  on: {
    'scene.entered': [
      {
        guard: ({ event }) => event.segment === null,
        target: '.done',
        actions: assign(({ context, event }) => ({
          segment: event.segment,
          released: true,
          stopAt: null,
          visit: context.visit + 1,
        })),
      },
      {
        guard: ({ event }) => event.start === 'skip',
        target: '.done',
        actions: [
          assign(({ context, event }) => ({
            segment: event.segment,
            released: true,
            stopAt: null,
            visit: context.visit + 1,
          })),
          'pausePlayback',
        ],
      },
      {
        guard: ({ event }) => event.start === 'play',
        target: '.loading',
        actions: [
          assign(({ context, event }) => ({
            segment: event.segment,
            released: false,
            stopAt: event.segment!.end,
            from: event.segment!.start,
            shown: true,
            visit: context.visit + 1,
          })),
          'startPlayback',
        ],
      },
      {
        target: '.waiting',
        actions: assign(({ context, event }) => ({
          segment: event.segment,
          released: false,
          stopAt: null,
          visit: context.visit + 1,
        })),
      },
    ],
    'scene.played': {
      guard: 'hasScene',
      target: '.loading',
      actions: [{ type: 'aimAtWholeScene', params: { reload: false } }, 'startPlayback'],
    },
    'scene.playedFrom': {
      target: '.loading',
      actions: [
        assign(({ event }) => ({ stopAt: null, from: event.seconds, reload: false, shown: true })),
        'startPlayback',
      ],
    },
    // A retry fetches the file again: the failure may have been the download.
    'scene.retried': {
      guard: 'hasScene',
      target: '.loading',
      actions: [{ type: 'aimAtWholeScene', params: { reload: true } }, 'startPlayback'],
    },
    'scene.skipped': {
      target: '.done',
      actions: [assign({ released: true, stopAt: null }), 'pausePlayback'],
    },
    'video.failed': { target: '.failed' },
  },
  states: {
    waiting: {},
    loading: {
      on: {
        'player.ready': { target: 'playing' },
      },
    },
    playing: {
      initial: 'flowing',
      on: {
        'video.paused': { target: 'paused' },
        'playback.refused': { target: 'paused' },
        'scene.reachedEnd': [
          {
            guard: 'endsHeldScene',
            target: 'done',
            actions: [
              assign({ released: true, stopAt: null }),
              'pausePlayback',
              'notifySceneEnded',
            ],
          },
          {
            guard: 'stopsAtSceneEnd',
            target: 'done',
            actions: [assign({ stopAt: null }), 'pausePlayback'],
          },
        ],
      },
      states: {
        flowing: {
          on: { 'video.waiting': { target: 'buffering' } },
        },
        // Buffering for a moment is normal; for long, the learner is offered a way out.
        buffering: {
          after: { stall: { target: 'stalled' } },
          on: {
            'video.playing': { target: 'flowing' },
            'video.progressed': { target: 'flowing' },
          },
        },
        stalled: {
          on: {
            'video.playing': { target: 'flowing' },
            'video.progressed': { target: 'flowing' },
          },
        },
      },
    },
    paused: {
      on: {
        'video.playing': { target: 'playing' },
        // Seeking to the end while paused still ends the scene.
        'scene.reachedEnd': [
          {
            guard: 'endsHeldScene',
            target: 'done',
            actions: [assign({ released: true, stopAt: null }), 'notifySceneEnded'],
          },
          { guard: 'stopsAtSceneEnd', target: 'done', actions: assign({ stopAt: null }) },
        ],
      },
    },
    done: {},
    failed: {},
  },
});

export type ScenePlayerSnapshot = SnapshotFrom<typeof scenePlayerMachine>;

/** The scene's phase for the case: a released scene is done whatever its replay is doing. */
export function scenePhaseOf(snapshot: ScenePlayerSnapshot): ScenePhase {
  if (snapshot.context.released) return 'done';
  if (snapshot.matches('loading')) return 'loading';
  if (snapshot.matches('playing') || snapshot.matches('paused')) return 'playing';
  if (snapshot.matches('done')) return 'done';
  // waiting, or failed before the scene was seen: the learner can try again or read instead.
  return 'waiting';
}

export function sceneProblemOf(snapshot: ScenePlayerSnapshot): SceneProblem | null {
  if (snapshot.matches('failed')) return 'failed';
  if (snapshot.matches({ playing: 'stalled' })) return 'stalled';
  return null;
}
