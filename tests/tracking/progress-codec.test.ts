import { describe, expect, it } from 'vitest';
import type { ScenarioRecord } from '../../src/progress/progress-store';
import type { Scenario } from '../../src/schemas/scenario';
import { worstCaseProgress } from '../../bench/suspend-data';
import { buildCourseInfo } from '../../src/tracking/course-info';
import { decodeProgress, encodeProgress } from '../../src/tracking/progress-codec';
import { scorm12Limits } from '../../src/tracking/scorm-trackers';
import { currentContent, flagRoute, flagRouteCopy, tinyCourse } from './support/courses';

const savedAt = Date.UTC(2026, 10, 21, 10, 0, 0);
const course = tinyCourse();

const inProgress: ScenarioRecord = {
  choices: ['phone'],
  scored: ['phone'],
  at: 'second-call',
  updatedAt: '2026-11-21T09:00:00.000Z',
};
const finished: ScenarioRecord = {
  choices: ['letter', 'discharge'],
  scored: ['letter', 'discharge'],
  at: 'poor-ending',
  finished: { ending: 'poor-ending', outcome: 'poor', score: 2, maxScore: 20 },
  updatedAt: '2026-11-21T08:00:00.000Z',
};

describe('the progress codec', () => {
  it('is short, versioned and uses only characters no LMS mangles', () => {
    const text = encodeProgress(course, {
      savedAt,
      records: { 'flag-route': inProgress, 'flag-route-copy': finished },
    });
    expect(text).toMatch(/^2~1\.0\.0~[0-9a-z]+~[0-9a-z._]+$/);
    expect(text.length).toBeLessThan(60);
  });

  it('round-trips every scenario: path, position, scored run and its finish, and which changed last', () => {
    const decoded = decodeProgress(
      course,
      encodeProgress(course, {
        savedAt,
        records: { 'flag-route': inProgress, 'flag-route-copy': finished },
      }),
    );
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.progress.savedAt).toBe(savedAt);
    const { updatedAt: first, ...firstRecord } = decoded.progress.records['flag-route']!;
    const { updatedAt: second, ...secondRecord } = decoded.progress.records['flag-route-copy']!;
    expect(firstRecord).toEqual({ choices: ['phone'], scored: ['phone'], at: 'second-call' });
    expect(secondRecord).toEqual({
      choices: ['letter', 'discharge'],
      scored: ['letter', 'discharge'],
      at: 'poor-ending',
      finished: finished.finished,
    });
    // Only the order of changes survives: flag-route changed after flag-route-copy.
    expect(first! > second!).toBe(true);
  });

  it('keeps the scored run and its finish while the learner practises', () => {
    const replaying: ScenarioRecord = {
      choices: [],
      scored: ['phone', 'rebook'],
      at: 'opening',
      finished: { ending: 'good-ending', outcome: 'recommended', score: 20, maxScore: 20 },
    };
    const decoded = decodeProgress(
      course,
      encodeProgress(course, { savedAt, records: { 'flag-route': replaying } }),
    );
    expect(decoded.ok && decoded.progress.records['flag-route']).toMatchObject({
      scored: ['phone', 'rebook'],
      finished: replaying.finished,
    });
  });

  it('keeps a scored run the practice path has left, and costs one character when it has not', () => {
    const wentBack: ScenarioRecord = {
      choices: ['phone', 'rebook'],
      scored: ['letter'],
      at: 'good-ending',
    };
    const decoded = decodeProgress(
      course,
      encodeProgress(course, { savedAt, records: { 'flag-route': wentBack } }),
    );
    expect(decoded.ok && decoded.progress.records['flag-route']).toMatchObject({
      choices: ['phone', 'rebook'],
      scored: ['letter'],
    });
    const entry = encodeProgress(course, { savedAt, records: { 'flag-route': inProgress } }).split(
      '~',
    )[3]!;
    expect(entry.split('.')[3]).toBe('1');
  });

  it('still reads progress saved in format 1, before the scored run was kept', () => {
    const text = encodeProgress(course, { savedAt, records: { 'flag-route': finished } });
    const [, version, time, entry] = text.split('~');
    const [scenario, choices, at, , finish] = entry!.split('.');
    const decoded = decodeProgress(
      course,
      ['1', version, time, [scenario, choices, at, finish].join('.')].join('~'),
    );
    expect(decoded.ok && decoded.progress.records['flag-route']).toEqual({
      choices: ['letter', 'discharge'],
      at: 'poor-ending',
      finished: finished.finished,
      updatedAt: expect.any(String),
    });
  });

  it('leaves out scenarios the learner only opened', () => {
    const text = encodeProgress(course, {
      savedAt,
      records: { 'flag-route': { choices: [], at: 'opening' } },
    });
    expect(text.endsWith('~')).toBe(true);
    expect(decodeProgress(course, text)).toEqual({ ok: true, progress: { savedAt, records: {} } });
  });

  it('survives authors reordering choices, nodes and scenarios, because it stores ids, not positions', () => {
    const text = encodeProgress(course, { savedAt, records: { 'flag-route': finished } });
    const reorder = (scenario: Scenario): Scenario => ({
      ...scenario,
      nodes: [...scenario.nodes]
        .reverse()
        .map((node) =>
          node.kind === 'decision' ? { ...node, choices: [...node.choices].reverse() } : node,
        ),
    });
    const rebuilt = buildCourseInfo(
      {
        module: { id: 'tiny-module', title: 'Tiny module', version: '1.0.0' },
        passMark: 70,
        scenarios: [
          { id: 'flag-route-copy', required: true },
          { id: 'flag-route', required: true },
        ],
      },
      [reorder(flagRoute), reorder(flagRouteCopy)],
    );
    const decoded = decodeProgress(rebuilt, text);
    expect(decoded.ok && decoded.progress.records['flag-route']?.choices).toEqual([
      'letter',
      'discharge',
    ]);
  });

  it('refuses progress from another content version or format', () => {
    const text = encodeProgress(course, { savedAt, records: { 'flag-route': inProgress } });
    expect(decodeProgress(tinyCourse({ version: '1.1.0' }), text)).toEqual({
      ok: false,
      reason: 'other-version',
    });
    expect(decodeProgress(course, `3${text.slice(1)}`)).toEqual({
      ok: false,
      reason: 'other-format',
    });
    expect(decodeProgress(course, '')).toEqual({ ok: false, reason: 'empty' });
    expect(decodeProgress(course, null)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    ['random text', 'hello world'],
    ['a truncated string', '2~1.0.0~toulnk~olo.7h'],
    ['an unknown scenario', '2~1.0.0~toulnk~zzz..abc.0'],
    ['an unknown choice', `2~1.0.0~toulnk~%S.zzz.%N.0`],
    ['an unknown scored choice', `2~1.0.0~toulnk~%S..%N.0zzz`],
    ['a scored run sharing more choices than the path has', `2~1.0.0~toulnk~%S..%N.1`],
    ['an entry without its scored run', `2~1.0.0~toulnk~%S..%N`],
    ['a score above the maximum', `2~1.0.0~toulnk~%S..%E.0.%Ez`],
    ['a scenario twice', `2~1.0.0~toulnk~%S..%N.0_%S..%N.0`],
    ['a format-1 score above the maximum', `1~1.0.0~toulnk~%S..%E.%Ez`],
    ['JSON from somewhere else', '{"choices":[]}'],
  ])('treats %s as corrupt, without throwing', (_name, pattern) => {
    const sample = encodeProgress(course, { savedAt, records: { 'flag-route': finished } })
      .split('~')[3]!
      .split('.');
    const text = pattern
      .replace(/%S/g, sample[0]!)
      .replace(/%N/g, sample[2]!)
      .replace(/%E/g, sample[4]!.slice(0, 3));
    const decoded = decodeProgress(course, text);
    expect(decoded.ok).toBe(false);
  });
});

describe('the worst case for the current content', () => {
  const { course: current, scenarios } = currentContent();
  const text = worstCaseProgress(current, scenarios);

  it(`fits SCORM 1.2's real suspend_data limit of ${scorm12Limits.suspendData} characters (scorm-again allows 64000)`, () => {
    expect(text.length).toBeLessThanOrEqual(scorm12Limits.suspendData);
  });

  it('stays well below it, inside the 1500-character performance budget', () => {
    console.log(
      `worst-case suspend_data for ${current.scenarios.length} scenarios: ${text.length} characters`,
    );
    expect(text.length).toBeLessThanOrEqual(1500);
  });

  it('decodes to exactly what was stored', () => {
    const decoded = decodeProgress(current, text);
    expect(decoded.ok).toBe(true);
    if (decoded.ok)
      expect(Object.keys(decoded.progress.records)).toHaveLength(current.scenarios.length);
  });
});
