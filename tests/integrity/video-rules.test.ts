import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../src/schemas/scenario';
import { loadScenarios } from '../../src/integrity/content-files';
import { checkContent } from '../../src/integrity/check-content';
import { checkVlog } from '../../src/integrity/video-rules';

// Each scenario here differs from clean.yaml in one way, named in its first-line comment.
const root = fileURLToPath(new URL('../fixtures/video-rules/', import.meta.url));

function fixture(name: string): Scenario {
  return loadScenarios(root, [name])[0]!;
}

describe('checkVlog', () => {
  it('finds nothing wrong with valid captions, chapters and segments that fit the video', () => {
    expect(checkVlog(root, fixture('clean'))).toEqual([]);
  });

  it('names the line of the captions file and what is wrong with it', () => {
    expect(checkVlog(root, fixture('bad-captions'))).toEqual([
      {
        severity: 'error',
        path: ['vlog', 'captions'],
        message:
          'public/videos/bad-captions.vtt line 6: the start time "00:00:01,000" is not a WebVTT time: write hh:mm:ss.ttt or mm:ss.ttt with two-digit minutes and seconds and three-digit milliseconds, e.g. 00:01:02.500.',
        fix: 'correct line 6 of public/videos/bad-captions.vtt; browsers silently drop captions they cannot read (see docs/videos.md).',
      },
    ]);
  });

  it('reports a chapters file with no cues', () => {
    expect(checkVlog(root, fixture('empty-chapters'))).toEqual([
      {
        severity: 'error',
        path: ['vlog', 'chapters'],
        message: 'public/videos/empty-chapters.vtt has no cues.',
        fix: 'add one cue per scene, or remove vlog.chapters (see docs/videos.md).',
      },
    ]);
  });

  it('reports the later of two overlapping segments, naming the other node', () => {
    expect(checkVlog(root, fixture('overlapping-pair'))).toEqual([
      {
        severity: 'error',
        path: ['nodes', 1, 'segment', 'start'],
        message:
          'the segment 1 s (00:00:01.000) to 2 s (00:00:02.000) overlaps the segment of node "phone-gp" (0 s (00:00:00.000) to 1.2 s (00:00:01.200)).',
        fix: 'give each node its own stretch of the video: make this segment start at or after 1.2 s (00:00:01.200), or end the other one earlier (see docs/videos.md).',
      },
    ]);
  });

  it('reports identical segments on different nodes as overlapping', () => {
    const scenario = fixture('clean');
    scenario.nodes[1]!.segment = { start: 0, end: 1 };
    expect(checkVlog(root, scenario).map((finding) => finding.path)).toEqual([
      ['nodes', 1, 'segment', 'start'],
    ]);
  });

  it('reports a segment that ends after the video', () => {
    expect(checkVlog(root, fixture('segment-past-end'))).toEqual([
      {
        severity: 'error',
        path: ['nodes', 1, 'segment', 'end'],
        message:
          'the segment ends at 2.5 s (00:00:02.500), but public/videos/clean/vlog.mp4 is only 2 s (00:00:02.000) long.',
        fix: 'set segment times within the video; if the video was cut shorter, re-time every scene (see docs/videos.md).',
      },
    ]);
  });

  it('reports a segment that starts after the video at its start', () => {
    expect(checkVlog(root, fixture('start-past-end')).map((finding) => finding.path)).toEqual([
      ['nodes', 1, 'segment', 'start'],
    ]);
  });

  it('allows an end a few milliseconds past the video, as players round the length they show', () => {
    const scenario = fixture('clean');
    scenario.nodes[1]!.segment = { start: 1, end: 2.04 };
    expect(checkVlog(root, scenario)).toEqual([]);
  });

  it('reports a video whose length cannot be read', () => {
    expect(checkVlog(root, fixture('not-a-video'))).toEqual([
      {
        severity: 'error',
        path: ['vlog', 'video'],
        message:
          'public/videos/not-a-video.mp4 is not an MP4 file whose length can be read, so the scene times cannot be checked.',
        fix: 'export the video as an H.264/AAC MP4 (see docs/videos.md).',
      },
    ]);
  });
});

describe('checkContent with vlog checks', () => {
  const vlogProblems = checkContent(root).problems.filter(
    (problem) => problem.field?.startsWith('vlog') || problem.field?.startsWith('segment'),
  );

  it('reports vlog findings with the scenario file, line, node and field', () => {
    expect(
      vlogProblems.map(({ file, line, node, field }) => ({ file, line, node, field })),
    ).toEqual([
      { file: 'scenarios/bad-captions.yaml', line: 12, node: undefined, field: 'vlog.captions' },
      { file: 'scenarios/empty-chapters.yaml', line: 13, node: undefined, field: 'vlog.chapters' },
      { file: 'scenarios/not-a-video.yaml', line: 11, node: undefined, field: 'vlog.video' },
      { file: 'scenarios/overlapping-pair.yaml', line: 23, node: 'reply', field: 'segment.start' },
      { file: 'scenarios/segment-past-end.yaml', line: 23, node: 'reply', field: 'segment.end' },
      { file: 'scenarios/start-past-end.yaml', line: 23, node: 'reply', field: 'segment.start' },
    ]);
  });
});
