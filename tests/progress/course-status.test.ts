import { describe, expect, it } from 'vitest';
import type { ScenarioRecord } from '../../src/progress/progress-store';
import { courseStatus, noPriorStatus } from '../../src/progress/course-status';
import { tinyCourse } from '../tracking/support/courses';

const finishedWith = (score: number): ScenarioRecord => ({
  choices: [],
  at: 'opening',
  finished: { ending: 'good-ending', outcome: 'recommended', score, maxScore: 20 },
});
const started: ScenarioRecord = { choices: ['phone'], at: 'second-call' };

describe('status rules', () => {
  const course = tinyCourse({ passMark: 70 });

  it('is incomplete, with no score yet, until a required scenario is finished', () => {
    expect(courseStatus(course, { 'flag-route': started }, noPriorStatus)).toEqual({
      completed: false,
      success: 'unknown',
      score: null,
      progress: 0,
      suspend: true,
    });
  });

  it('reports progress but no score while required scenarios remain: the score is out of all of them', () => {
    expect(courseStatus(course, { 'flag-route': finishedWith(20) }, noPriorStatus)).toEqual({
      completed: false,
      success: 'unknown',
      score: null,
      progress: 0.5,
      suspend: true,
    });
    expect(courseStatus(course, { 'flag-route': finishedWith(1) }, noPriorStatus).score).toBeNull();
  });

  it('completes when every required scenario has an ending, and passes at the pass mark', () => {
    expect(
      courseStatus(
        course,
        { 'flag-route': finishedWith(20), 'flag-route-copy': finishedWith(8) },
        noPriorStatus,
      ),
    ).toEqual({
      completed: true,
      success: 'passed',
      score: 70,
      progress: 1,
      suspend: false,
    });
  });

  it('fails below the pass mark, to two decimal places', () => {
    const status = courseStatus(
      course,
      { 'flag-route': finishedWith(20), 'flag-route-copy': finishedWith(7) },
      noPriorStatus,
    );
    expect(status).toMatchObject({ completed: true, success: 'failed', score: 67.5 });
    expect(
      courseStatus(
        tinyCourse({ passMark: 0 }),
        { 'flag-route': finishedWith(0), 'flag-route-copy': finishedWith(1) },
        noPriorStatus,
      ).score,
    ).toBe(2.5);
  });

  it('counts only required scenarios', () => {
    const optional = tinyCourse({ secondRequired: false });
    expect(courseStatus(optional, { 'flag-route': finishedWith(14) }, noPriorStatus)).toMatchObject(
      { completed: true, success: 'passed', score: 70, progress: 1 },
    );
  });

  it('uses the scored (first-answer) result each record keeps', () => {
    expect(
      courseStatus(
        course,
        { 'flag-route': finishedWith(0), 'flag-route-copy': finishedWith(20) },
        noPriorStatus,
      ).score,
    ).toBe(50);
  });

  it('never takes back a completion or a pass the LMS already holds', () => {
    const fresh = courseStatus(course, {}, { completed: true, success: 'passed' });
    expect(fresh).toEqual({
      completed: true,
      success: 'passed',
      score: null,
      progress: 1,
      suspend: false,
    });
    const replayedBadly = courseStatus(
      course,
      { 'flag-route': finishedWith(0), 'flag-route-copy': finishedWith(0) },
      { completed: true, success: 'passed' },
    );
    expect(replayedBadly).toMatchObject({ completed: true, success: 'passed', score: 0 });
  });

  it('lets a learner who failed an earlier LMS attempt pass a later one', () => {
    expect(
      courseStatus(
        course,
        { 'flag-route': finishedWith(20), 'flag-route-copy': finishedWith(20) },
        { completed: true, success: 'failed' },
      ),
    ).toMatchObject({ success: 'passed', score: 100 });
  });
});
