import { describe, it, expect } from 'vitest';
import {
  captionCues,
  chapterCues,
  layOutTimeline,
  pauses,
  segmentsByNodeIndex,
} from '../../../scripts/videos/timeline';
import { buildVlogScript, type Utterance } from '../../../scripts/videos/vlog-script';
import { parseVtt, serializeVtt } from '../../../src/video/vtt';
import { fixtureScenario } from './scenario-fixture';

// A stand-in for the synthesised audio: 50 ms per character, with a fraction to round away.
const lengthMs = (utterance: Utterance) => utterance.text.length * 50 + 0.4;
const timeline = layOutTimeline(buildVlogScript(fixtureScenario), lengthMs);

describe('layOutTimeline', () => {
  it('places lines, cards and scenes end to end with the fixed pauses', () => {
    const [ward, later, quiet, end] = timeline.scenes;
    expect(ward!.utterances.map((utterance) => [utterance.startMs, utterance.endMs])).toEqual([
      [0, 850],
      [850 + pauses.betweenLines, 850 + pauses.betweenLines + 800],
    ]);
    expect(ward).toMatchObject({ startMs: 0, endMs: 2000 });
    expect(later).toMatchObject({
      startMs: 2000 + pauses.betweenScenes,
      titleCard: { startMs: 2800, endMs: 4800 },
    });
    // "Come in. How have you been since you came out of hospital?" is 58 characters.
    expect(later!.utterances[0]).toMatchObject({ startMs: 4800, endMs: 4800 + 58 * 50 });
    expect(quiet).toMatchObject({
      startMs: 7700 + pauses.betweenScenes,
      endMs: 8500 + pauses.titleCard,
      utterances: [],
    });
    const [first, second] = end!.utterances;
    expect(second!.startMs - first!.endMs).toBe(pauses.betweenChunks);
    expect(timeline.durationMs).toBe(end!.endMs + pauses.afterLastScene);
  });

  it('gives every cue an id from its node', () => {
    expect(
      timeline.scenes.flatMap((scene) => scene.utterances.map((utterance) => utterance.cueId)),
    ).toEqual(['ward-1', 'ward-2', 'later-1', 'end-1', 'end-2']);
  });

  it('gives the same times for the same script and audio', () => {
    expect(layOutTimeline(buildVlogScript(fixtureScenario), lengthMs)).toEqual(timeline);
  });

  it('leaves a scene gap between segments, so none overlap', () => {
    const segments = [...segmentsByNodeIndex(timeline).values()];
    for (const [index, segment] of segments.entries()) {
      expect(segment.end).toBeGreaterThan(segment.start);
      if (index)
        expect(segment.start - segments[index - 1]!.end).toBeCloseTo(
          pauses.betweenScenes / 1000,
          6,
        );
    }
  });
});

describe('tracks', () => {
  it('writes captions with the speaker as the voice, valid as WebVTT', () => {
    const cues = captionCues(timeline, fixtureScenario.cast);
    expect(cues[1]).toEqual({
      id: 'ward-2',
      start: 1.2,
      end: 2,
      text: 'Am I going home?',
      voice: 'Mrs Patel',
    });
    expect(parseVtt(serializeVtt(cues))).toEqual({ ok: true, cues });
  });

  it('writes one chapter per scene, identified by its node', () => {
    expect(chapterCues(timeline).map((cue) => [cue.id, cue.start, cue.end, cue.text])).toEqual([
      ['ward', 0, 2, 'Amara and Mrs Patel: “Hello, Mrs Patel.”'],
      ['later', 2.8, 7.7, 'Three weeks later — At the GP surgery'],
      ['quiet', 8.5, 10.5, 'That evening — The ward'],
      [
        'end',
        11.3,
        timeline.scenes[3]!.endMs / 1000,
        'Amara: “Next time I will write the action, the…”',
      ],
    ]);
  });

  it('keys segments by the node index in the scenario, in seconds', () => {
    expect([...segmentsByNodeIndex(timeline).keys()]).toEqual([0, 2, 3, 5]);
    expect(segmentsByNodeIndex(timeline).get(2)).toEqual({ start: 2.8, end: 7.7 });
  });
});
