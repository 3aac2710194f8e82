import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Scenario } from '../schemas/scenario';
import { readMp4Duration } from '../video/mp4-duration';
import { formatVttTimestamp, parseVtt } from '../video/vtt';
import type { Problem } from '../schemas/problem';
import type { Finding } from './scenario-rules';

/**
 * Scene times may run this far past the last frame. Players and editors round the length they
 * show, so an author who types the length they read should not be told off for a few frames.
 */
export const segmentEndTolerance = 0.05;

const docs = 'see docs/videos.md';

/** Seconds as authors read them in a player: "75.5 s (00:01:15.500)". */
const seconds = (value: number) => `${Number(value.toFixed(3))} s (${formatVttTimestamp(value)})`;

/** The vlog's files, which the schema says are relative to public/. */
const publicFile = (root: string, asset: string) => path.join(root, 'public', asset);

function checkVttFile(root: string, scenario: Scenario, field: 'captions' | 'chapters'): Finding[] {
  const asset = scenario.vlog[field];
  if (!asset) return [];
  const result = parseVtt(readFileSync(publicFile(root, asset), 'utf8'));
  const what = field === 'captions' ? 'captions' : 'chapters';
  if (!result.ok) {
    return result.errors.map((error) => ({
      severity: 'error',
      path: ['vlog', field],
      message: `public/${asset} line ${error.line}: ${error.message}`,
      fix: `correct line ${error.line} of public/${asset}; browsers silently drop ${what} they cannot read (${docs}).`,
    }));
  }
  if (!result.cues.length) {
    return [
      {
        severity: 'error',
        path: ['vlog', field],
        message: `public/${asset} has no cues.`,
        fix:
          field === 'captions'
            ? `caption every line spoken in the video (${docs}).`
            : `add one cue per scene, or remove vlog.chapters (${docs}).`,
      },
    ];
  }
  return [];
}

/** Scene times must lie within the video, or the player waits for a pause point it never reaches. */
function checkSegmentsFitVideo(root: string, scenario: Scenario): Finding[] {
  const segmented = scenario.nodes.flatMap((node, index) =>
    node.segment ? [{ index, segment: node.segment }] : [],
  );
  if (!segmented.length) return [];
  const duration = readMp4Duration(publicFile(root, scenario.vlog.video));
  if (duration === null) {
    return [
      {
        severity: 'error',
        path: ['vlog', 'video'],
        message: `public/${scenario.vlog.video} is not an MP4 file whose length can be read, so the scene times cannot be checked.`,
        fix: `export the video as an H.264/AAC MP4 (${docs}).`,
      },
    ];
  }
  const findings: Finding[] = [];
  for (const { index, segment } of segmented) {
    const limit = duration + segmentEndTolerance;
    const field = segment.start > limit ? 'start' : segment.end > limit ? 'end' : undefined;
    if (!field) continue;
    findings.push({
      severity: 'error',
      path: ['nodes', index, 'segment', field],
      message: `the segment ${field === 'start' ? 'starts' : 'ends'} at ${seconds(segment[field])}, but public/${scenario.vlog.video} is only ${seconds(duration)} long.`,
      fix: `set segment times within the video; if the video was cut shorter, re-time every scene (${docs}).`,
    });
  }
  return findings;
}

/**
 * Two different nodes may not share any stretch of the video, not even an identical one: the
 * learner would watch it twice, and it almost always means a mistyped time. Nodes that should show
 * the same footage are better joined into one node that both branches lead to. Touching is fine
 * (one segment ending exactly where the next starts).
 */
function checkSegmentsDoNotOverlap(scenario: Scenario): Finding[] {
  const segmented = scenario.nodes
    .flatMap((node, index) => (node.segment ? [{ index, id: node.id, segment: node.segment }] : []))
    .sort((a, b) => a.segment.start - b.segment.start || a.index - b.index);
  const findings: Finding[] = [];
  for (const [position, later] of segmented.entries()) {
    for (const earlier of segmented.slice(0, position)) {
      if (earlier.segment.end <= later.segment.start) continue;
      findings.push({
        severity: 'error',
        path: ['nodes', later.index, 'segment', 'start'],
        message: `the segment ${seconds(later.segment.start)} to ${seconds(later.segment.end)} overlaps the segment of node "${earlier.id}" (${seconds(earlier.segment.start)} to ${seconds(earlier.segment.end)}).`,
        fix: `give each node its own stretch of the video: make this segment start at or after ${seconds(earlier.segment.end)}, or end the other one earlier (${docs}).`,
      });
    }
  }
  return findings;
}

/**
 * Checks a scenario's vlog files against each other and against the scenario: readable captions
 * and chapters, and scene times that fit the video without overlapping. Assumes every file the
 * scenario names exists (check-content reports missing files first).
 */
export function checkVlog(root: string, scenario: Scenario): Finding[] {
  return [
    ...checkVttFile(root, scenario, 'captions'),
    ...checkVttFile(root, scenario, 'chapters'),
    ...checkSegmentsFitVideo(root, scenario),
    ...checkSegmentsDoNotOverlap(scenario),
  ];
}

/**
 * For `npm run package`: an optional scenario's missing vlog file, only a warning for the site
 * build, becomes an error. A package goes to learners, and a scene with no film cannot play.
 */
export function refuseMissingVlogs(problems: readonly Problem[]): Problem[] {
  return problems.map((problem) =>
    problem.code === 'vlog-missing'
      ? {
          ...problem,
          severity: 'error' as const,
          message: problem.message.replace(
            / The scenario is optional, so the site builds without it, but npm run package refuses it\.$/,
            ' A package cannot go out with a scene that has no film.',
          ),
        }
      : problem,
  );
}
