import { describe, expect, it } from 'vitest';
import { courseCodeClashes } from '../../src/tracking/course-info';
import { codeClashes, codeTable, shortCode } from '../../src/tracking/short-code';
import { currentContent, tinyCourse } from './support/courses';

describe('course information for tracking', () => {
  it('has ids, scores and response letters, in the settings order', () => {
    const course = tinyCourse({ secondRequired: false });
    expect(
      course.scenarios.map(({ id, required, maxScore }) => ({ id, required, maxScore })),
    ).toEqual([
      { id: 'flag-route', required: true, maxScore: 20 },
      { id: 'flag-route-copy', required: false, maxScore: 20 },
    ]);
    expect(course.scenarios[0]!.endings).toEqual({
      'good-ending': 'recommended',
      'poor-ending': 'poor',
    });
    expect(course.scenarios[0]!.decisions[1]).toEqual({
      id: 'second-call',
      best: 10,
      choices: [
        { id: 'rebook', score: 10, response: 'a' },
        { id: 'discharge', score: 0, response: 'b' },
        { id: 'rebook-blind', score: 5, response: 'c' },
      ],
    });
  });

  it('the current content has no short-code clashes, so saved progress can tell every id apart', () => {
    expect(courseCodeClashes(currentContent().course)).toEqual([]);
  });
});

describe('short codes', () => {
  it('depend only on the id: three base-36 characters, the same every time', () => {
    expect(shortCode('check-record')).toMatch(/^[0-9a-z]{3}$/);
    expect(shortCode('check-record')).toBe(shortCode('check-record'));
    expect(shortCode('check-record')).not.toBe(shortCode('check-records'));
  });

  it('are found when two ids share one, and such a code resolves to nothing', () => {
    // Search a small space for a real clash rather than trusting a hand-picked pair.
    const seen = new Map<string, string>();
    let pair: [string, string] | null = null;
    for (let n = 0; !pair; n += 1) {
      const id = `id-${n}`;
      const other = seen.get(shortCode(id));
      if (other) pair = [other, id];
      seen.set(shortCode(id), id);
    }
    expect(codeClashes([...pair, 'unrelated'])).toEqual([pair]);
    expect(codeTable(pair).get(shortCode(pair[0]))).toBeNull();
    expect(
      courseCodeClashes({
        ...tinyCourse(),
        scenarios: tinyCourse().scenarios.map((scenario) => ({
          ...scenario,
          nodes: [...scenario.nodes, ...pair],
        })),
      }),
    ).toHaveLength(2);
  });
});
