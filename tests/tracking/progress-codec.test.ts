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

const inProgress: ScenarioRecord = { choices: ['phone'], at: 'second-call', updatedAt: '2026-11-21T09:00:00.000Z' };
const finished: ScenarioRecord = {
  choices: ['letter', 'discharge'],
  at: 'poor-ending',
  finished: { ending: 'poor-ending', outcome: 'poor', score: 2, maxScore: 20 },
  updatedAt: '2026-11-21T08:00:00.000Z',
};

describe('the progress codec', () => {
  it('is short, versioned and uses only characters no LMS mangles', () => {
    const text = encodeProgress(course, { savedAt, records: { 'flag-route': inProgress, 'flag-route-copy': finished } });
    expect(text).toMatch(/^1~1\.0\.0~[0-9a-z]+~[0-9a-z._]+$/);
    expect(text.length).toBeLessThan(60);
  });

  it('round-trips every scenario: path, position, last finish, and which changed last', () => {
    const decoded = decodeProgress(course, encodeProgress(course, { savedAt, records: { 'flag-route': inProgress, 'flag-route-copy': finished } }));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.progress.savedAt).toBe(savedAt);
    const { updatedAt: first, ...firstRecord } = decoded.progress.records['flag-route']!;
    const { updatedAt: second, ...secondRecord } = decoded.progress.records['flag-route-copy']!;
    expect(firstRecord).toEqual({ choices: ['phone'], at: 'second-call' });
    expect(secondRecord).toEqual({ choices: ['letter', 'discharge'], at: 'poor-ending', finished: finished.finished });
    // Only the order of changes survives: flag-route changed after flag-route-copy.
    expect(first! > second!).toBe(true);
  });

  it('keeps a finish while the learner replays', () => {
    const replaying: ScenarioRecord = { choices: [], at: 'opening', finished: { ending: 'good-ending', outcome: 'recommended', score: 20, maxScore: 20 } };
    const decoded = decodeProgress(course, encodeProgress(course, { savedAt, records: { 'flag-route': replaying } }));
    expect(decoded.ok && decoded.progress.records['flag-route']?.finished).toEqual(replaying.finished);
  });

  it('leaves out scenarios the learner only opened', () => {
    const text = encodeProgress(course, { savedAt, records: { 'flag-route': { choices: [], at: 'opening' } } });
    expect(text.endsWith('~')).toBe(true);
    expect(decodeProgress(course, text)).toEqual({ ok: true, progress: { savedAt, records: {} } });
  });

  it('survives authors reordering choices, nodes and scenarios, because it stores ids, not positions', () => {
    const text = encodeProgress(course, { savedAt, records: { 'flag-route': finished } });
    const reorder = (scenario: Scenario): Scenario => ({
      ...scenario,
      nodes: [...scenario.nodes].reverse().map((node) => (node.kind === 'decision' ? { ...node, choices: [...node.choices].reverse() } : node)),
    });
    const rebuilt = buildCourseInfo(
      { module: { id: 'tiny-module', title: 'Tiny module', version: '1.0.0' }, passMark: 70, scenarios: [{ id: 'flag-route-copy', required: true }, { id: 'flag-route', required: true }] },
      [reorder(flagRoute), reorder(flagRouteCopy)],
    );
    const decoded = decodeProgress(rebuilt, text);
    expect(decoded.ok && decoded.progress.records['flag-route']?.choices).toEqual(['letter', 'discharge']);
  });

  it('refuses progress from another content version or format', () => {
    const text = encodeProgress(course, { savedAt, records: { 'flag-route': inProgress } });
    expect(decodeProgress(tinyCourse({ version: '1.1.0' }), text)).toEqual({ ok: false, reason: 'other-version' });
    expect(decodeProgress(course, `2${text.slice(1)}`)).toEqual({ ok: false, reason: 'other-format' });
    expect(decodeProgress(course, '')).toEqual({ ok: false, reason: 'empty' });
    expect(decodeProgress(course, null)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    ['random text', 'hello world'],
    ['a truncated string', '1~1.0.0~toulnk~olo.7h'],
    ['an unknown scenario', '1~1.0.0~toulnk~zzz..abc'],
    ['an unknown choice', `1~1.0.0~toulnk~%S.zzz.%N`],
    ['a score above the maximum', `1~1.0.0~toulnk~%S..%E.%Ez`],
    ['a scenario twice', `1~1.0.0~toulnk~%S..%N_%S..%N`],
    ['JSON from somewhere else', '{"choices":[]}'],
  ])('treats %s as corrupt, without throwing', (_name, pattern) => {
    const sample = encodeProgress(course, { savedAt, records: { 'flag-route': finished } }).split('~')[3]!.split('.');
    const text = pattern.replace(/%S/g, sample[0]!).replace(/%N/g, sample[2]!).replace(/%E/g, sample[3]!.slice(0, 3));
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
    console.log(`worst-case suspend_data for ${current.scenarios.length} scenarios: ${text.length} characters`);
    expect(text.length).toBeLessThanOrEqual(1500);
  });

  it('decodes to exactly what was stored', () => {
    const decoded = decodeProgress(current, text);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(Object.keys(decoded.progress.records)).toHaveLength(current.scenarios.length);
  });
});
