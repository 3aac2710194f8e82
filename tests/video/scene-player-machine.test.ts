import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, type ActorRefFrom } from 'xstate';
import {
  sceneProblemOf,
  scenePhaseOf,
  scenePlayerMachine,
  stallMilliseconds,
  type SceneStart,
} from '../../src/video/scene-player-machine';

const scene = { start: 10, end: 20 };

/** A running scene player whose effects are recorded instead of touching a video. */
function startPlayer() {
  const effects: string[] = [];
  const actor = createActor(
    scenePlayerMachine.provide({
      actions: {
        startPlayback: ({ context }) =>
          effects.push(`start from ${context.from}${context.reload ? ' reloading' : ''}`),
        pausePlayback: () => effects.push('pause'),
        notifySceneEnded: () => effects.push('scene ended'),
      },
    }),
  ).start();
  return { actor, effects };
}

type Player = ActorRefFrom<typeof scenePlayerMachine>;
const phase = (actor: Player) => scenePhaseOf(actor.getSnapshot());
const problem = (actor: Player) => sceneProblemOf(actor.getSnapshot());
const enter = (actor: Player, start: SceneStart, segment: typeof scene | null = scene) =>
  actor.send({ type: 'scene.entered', segment, start });

/** Enters a scene, plays it, and lets the player report it is under way. */
function playing() {
  const player = startPlayer();
  enter(player.actor, 'wait');
  player.actor.send({ type: 'scene.played' });
  player.actor.send({ type: 'player.ready' });
  return player;
}

describe('the scene player', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  describe('a new visit', () => {
    it('waits for the learner in ask mode, holding the case back', () => {
      const { actor, effects } = startPlayer();
      enter(actor, 'wait');
      expect(actor.getSnapshot().value).toBe('waiting');
      expect(phase(actor)).toBe('waiting');
      expect(effects).toEqual([]);
    });

    it('plays at once in watch mode, from the scene start', () => {
      const { actor, effects } = startPlayer();
      enter(actor, 'play');
      expect(phase(actor)).toBe('loading');
      expect(effects).toEqual(['start from 10']);
      expect(actor.getSnapshot().context.shown).toBe(true);
    });

    it('skips to the text in read mode, stopping any video', () => {
      const { actor, effects } = startPlayer();
      enter(actor, 'skip');
      expect(phase(actor)).toBe('done');
      expect(effects).toEqual(['pause']);
    });

    it('is done at once for a node without a scene, leaving a free replay playing', () => {
      const { actor, effects } = startPlayer();
      enter(actor, 'wait', null);
      expect(phase(actor)).toBe('done');
      expect(effects).toEqual([]);
    });

    it('counts visits, so a visit with the same phase as the last is still a new one', () => {
      const { actor } = startPlayer();
      enter(actor, 'wait');
      enter(actor, 'wait');
      expect(actor.getSnapshot().context.visit).toBe(2);
    });
  });

  describe('playing a scene', () => {
    it('loads, then plays once the player is ready', () => {
      const { actor, effects } = playing();
      expect(effects).toEqual(['start from 10']);
      expect(actor.getSnapshot().matches({ playing: 'flowing' })).toBe(true);
      expect(phase(actor)).toBe('playing');
    });

    it('pauses and resumes, still holding the case', () => {
      const { actor } = playing();
      actor.send({ type: 'video.paused' });
      expect(actor.getSnapshot().value).toBe('paused');
      expect(phase(actor)).toBe('playing');
      actor.send({ type: 'video.playing' });
      expect(actor.getSnapshot().matches('playing')).toBe(true);
    });

    it('sits paused when the browser refuses to play it', () => {
      const { actor } = playing();
      actor.send({ type: 'playback.refused' });
      expect(actor.getSnapshot().value).toBe('paused');
    });

    it('ends at its end: pauses the video, releases the case, and says so', () => {
      const { actor, effects } = playing();
      actor.send({ type: 'scene.reachedEnd' });
      expect(phase(actor)).toBe('done');
      expect(effects).toEqual(['start from 10', 'pause', 'scene ended']);
      expect(actor.getSnapshot().context.stopAt).toBeNull();
    });

    it('ends when the learner moves to its end while paused, without pausing again', () => {
      const { actor, effects } = playing();
      actor.send({ type: 'video.paused' });
      actor.send({ type: 'scene.reachedEnd' });
      expect(phase(actor)).toBe('done');
      expect(effects).toEqual(['start from 10', 'scene ended']);
    });

    it('is skipped: the video stops and the case is released, without a scene-ended', () => {
      const { actor, effects } = playing();
      actor.send({ type: 'scene.skipped' });
      expect(phase(actor)).toBe('done');
      expect(effects).toEqual(['start from 10', 'pause']);
    });

    it('ignores a late end while still loading', () => {
      const { actor, effects } = startPlayer();
      enter(actor, 'play');
      actor.send({ type: 'scene.reachedEnd' });
      expect(phase(actor)).toBe('loading');
      expect(effects).toEqual(['start from 10']);
    });
  });

  describe('after the scene', () => {
    it('replays from its start, stopping at its end without moving the case on again', () => {
      const { actor, effects } = playing();
      actor.send({ type: 'scene.reachedEnd' });
      actor.send({ type: 'scene.played' });
      expect(phase(actor)).toBe('done');
      actor.send({ type: 'player.ready' });
      actor.send({ type: 'scene.reachedEnd' });
      expect(actor.getSnapshot().value).toBe('done');
      expect(effects).toEqual(['start from 10', 'pause', 'scene ended', 'start from 10', 'pause']);
    });

    it('plays on freely from a line of the transcript, never stopping at the scene end', () => {
      const { actor, effects } = playing();
      actor.send({ type: 'scene.reachedEnd' });
      actor.send({ type: 'scene.playedFrom', seconds: 3 });
      actor.send({ type: 'player.ready' });
      actor.send({ type: 'scene.reachedEnd' });
      expect(actor.getSnapshot().matches('playing')).toBe(true);
      expect(actor.getSnapshot().context.stopAt).toBeNull();
      expect(effects.at(-1)).toBe('start from 3');
    });
  });

  describe('stalls', () => {
    it('offers a way out once the video has buffered for the stall time, not before', () => {
      const { actor } = playing();
      actor.send({ type: 'video.waiting' });
      vi.advanceTimersByTime(stallMilliseconds - 1);
      expect(problem(actor)).toBeNull();
      vi.advanceTimersByTime(1);
      expect(problem(actor)).toBe('stalled');
      expect(phase(actor)).toBe('playing');
    });

    it('is no stall when the video moves on in time', () => {
      const { actor } = playing();
      actor.send({ type: 'video.waiting' });
      vi.advanceTimersByTime(stallMilliseconds / 2);
      actor.send({ type: 'video.progressed' });
      vi.advanceTimersByTime(stallMilliseconds);
      expect(problem(actor)).toBeNull();
    });

    it('clears when the video plays again after a stall', () => {
      const { actor } = playing();
      actor.send({ type: 'video.waiting' });
      vi.advanceTimersByTime(stallMilliseconds);
      actor.send({ type: 'video.playing' });
      expect(problem(actor)).toBeNull();
    });

    it('is forgotten when the learner reads instead', () => {
      const { actor } = playing();
      actor.send({ type: 'video.waiting' });
      actor.send({ type: 'scene.skipped' });
      vi.advanceTimersByTime(stallMilliseconds);
      expect(problem(actor)).toBeNull();
      expect(phase(actor)).toBe('done');
    });
  });

  describe('failures', () => {
    it('a failed video offers the text; the scene still holds the case, as waiting', () => {
      const { actor } = playing();
      actor.send({ type: 'video.failed' });
      expect(problem(actor)).toBe('failed');
      expect(phase(actor)).toBe('waiting');
    });

    it('a failure during a replay leaves the case released', () => {
      const { actor } = playing();
      actor.send({ type: 'scene.reachedEnd' });
      actor.send({ type: 'scene.played' });
      actor.send({ type: 'video.failed' });
      expect(problem(actor)).toBe('failed');
      expect(phase(actor)).toBe('done');
    });

    it('a refusal after the failure does not hide it', () => {
      const { actor } = playing();
      actor.send({ type: 'video.failed' });
      actor.send({ type: 'playback.refused' });
      expect(problem(actor)).toBe('failed');
    });

    it('trying again reloads the file and plays the scene from its start', () => {
      const { actor, effects } = playing();
      actor.send({ type: 'video.failed' });
      actor.send({ type: 'scene.retried' });
      expect(problem(actor)).toBeNull();
      expect(phase(actor)).toBe('loading');
      expect(effects.at(-1)).toBe('start from 10 reloading');
    });

    it('reading instead after a failure releases the case', () => {
      const { actor } = playing();
      actor.send({ type: 'video.failed' });
      actor.send({ type: 'scene.skipped' });
      expect(problem(actor)).toBeNull();
      expect(phase(actor)).toBe('done');
    });

    it('the next visit starts afresh', () => {
      const { actor } = playing();
      actor.send({ type: 'video.failed' });
      enter(actor, 'wait');
      expect(problem(actor)).toBeNull();
      expect(phase(actor)).toBe('waiting');
    });
  });
});
