/**
 * When everything in the vlog happens, from the script and the length of each synthesised chunk.
 * Pure and in whole milliseconds, so the same script and the same audio always give the same
 * captions, chapters and segment times, byte for byte.
 */
import type { Scenario } from '../../src/schemas/scenario';
import type { VttCue } from '../../src/video/vtt';
import type { Utterance, VlogScene, VlogScript } from './vlog-script';

/** Fixed pauses, in milliseconds. */
export const pauses = {
  /** Between chunks of one line: a breath between sentences. */
  betweenChunks: 150,
  /** Between one line and the next, whoever speaks. */
  betweenLines: 350,
  /** Between scenes, outside every segment, so the player's pause never clips a word. */
  betweenScenes: 800,
  /** How long a scene's when-and-where card shows before anyone speaks. */
  titleCard: 2000,
  /** After the last scene, so the video outlasts the last segment. */
  afterLastScene: 800,
} as const;

export interface TimedUtterance extends Utterance {
  /** Unique in the captions file, e.g. "phone-gp-3". */
  cueId: string;
  startMs: number;
  endMs: number;
}

export interface TimedScene extends Omit<VlogScene, 'utterances' | 'titleCard'> {
  startMs: number;
  endMs: number;
  titleCard?: NonNullable<VlogScene['titleCard']> & { startMs: number; endMs: number };
  utterances: TimedUtterance[];
}

export interface Timeline {
  scenes: TimedScene[];
  durationMs: number;
}

/** Lays the scenes end to end; `lengthMs` says how long each utterance's audio lasts. */
export function layOutTimeline(
  script: VlogScript,
  lengthMs: (utterance: Utterance) => number,
): Timeline {
  const scenes: TimedScene[] = [];
  let cursor = 0;
  for (const scene of script.scenes) {
    const startMs = cursor;
    let titleCard: TimedScene['titleCard'];
    if (scene.titleCard) {
      titleCard = { ...scene.titleCard, startMs: cursor, endMs: cursor + pauses.titleCard };
      cursor += pauses.titleCard;
    }
    const utterances = scene.utterances.map((utterance, index) => {
      const previous = scene.utterances[index - 1];
      if (previous)
        cursor +=
          previous.lineIndex === utterance.lineIndex ? pauses.betweenChunks : pauses.betweenLines;
      const timed = {
        ...utterance,
        cueId: `${scene.nodeId}-${index + 1}`,
        startMs: cursor,
        endMs: cursor + Math.round(lengthMs(utterance)),
      };
      cursor = timed.endMs;
      return timed;
    });
    scenes.push({
      nodeIndex: scene.nodeIndex,
      nodeId: scene.nodeId,
      chapterTitle: scene.chapterTitle,
      ...(titleCard ? { titleCard } : {}),
      startMs,
      endMs: cursor,
      utterances,
    });
    cursor += pauses.betweenScenes;
  }
  const lastEnd = scenes.at(-1)?.endMs ?? 0;
  return { scenes, durationMs: lastEnd + pauses.afterLastScene };
}

/** One caption cue per utterance, voiced with the speaker's name. */
export function captionCues(timeline: Timeline, cast: Scenario['cast']): VttCue[] {
  const names = new Map(cast.map((member) => [member.id, member.name]));
  return timeline.scenes.flatMap((scene) =>
    scene.utterances.map((utterance) => ({
      id: utterance.cueId,
      start: utterance.startMs / 1000,
      end: utterance.endMs / 1000,
      text: utterance.text,
      voice: names.get(utterance.speakerId) ?? utterance.speakerId,
    })),
  );
}

/** One chapter per scene, identified by its node id so a player can map chapters to nodes. */
export function chapterCues(timeline: Timeline): VttCue[] {
  return timeline.scenes.map((scene) => ({
    id: scene.nodeId,
    start: scene.startMs / 1000,
    end: scene.endMs / 1000,
    text: scene.chapterTitle,
  }));
}

/** Each scene's stretch of the video in seconds, by the index of its node in the scenario. */
export function segmentsByNodeIndex(
  timeline: Timeline,
): Map<number, { start: number; end: number }> {
  return new Map(
    timeline.scenes.map((scene) => [
      scene.nodeIndex,
      { start: scene.startMs / 1000, end: scene.endMs / 1000 },
    ]),
  );
}
