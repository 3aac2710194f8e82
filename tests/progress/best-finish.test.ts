import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { createDialogueMachine, type DialogueEvent, type DialogueSnapshot } from '../../src/dialogue/dialogue-machine';
import { maxScore } from '../../src/dialogue/scenario-graph';
import { keepBestFinish, recordAfterMove, type Finish } from '../../src/progress/best-finish';
import type { ScenarioRecord } from '../../src/progress/progress-store';
import { decodeProgress, encodeProgress } from '../../src/tracking/progress-codec';
import { courseStatus, noPriorStatus } from '../../src/tracking/status-rules';
import { flagRoute, tinyCourse } from '../tracking/support/courses';

const machine = createDialogueMachine(flagRoute);
const best = maxScore(flagRoute);
const next = { type: 'dialogue.continued' } as const;
const choose = (choiceId: string) => ({ type: 'choice.selected', choiceId }) as const;
const restart = { type: 'dialogue.restarted' } as const;

/** Plays on from a snapshot, saving after every move as the case island does. */
function playAndSave(from: DialogueSnapshot, kept: Finish | undefined, ...events: DialogueEvent[]) {
  let snapshot = from;
  let record: ScenarioRecord = recordAfterMove(flagRoute, snapshot, { kept, maxScore: best });
  for (const event of events) {
    [snapshot] = transition(machine, snapshot, event);
    record = recordAfterMove(flagRoute, snapshot, { kept: record.finished, maxScore: best });
  }
  return { snapshot, record };
}

const recommendedRun = [next, choose('phone'), next, choose('rebook'), next] as const;
const poorRun = [next, choose('letter'), next, choose('discharge'), next] as const;

describe('keeping the best finish', () => {
  const good: Finish = { ending: 'good-ending', outcome: 'recommended', score: 20, maxScore: 20 };
  const poor: Finish = { ending: 'poor-ending', outcome: 'poor', score: 2, maxScore: 20 };

  it('keeps a better earlier finish over a worse replay, and takes a better replay', () => {
    expect(keepBestFinish(good, poor)).toBe(good);
    expect(keepBestFinish(poor, good)).toBe(good);
  });

  it('takes the first finish, and keeps what it has before an ending', () => {
    expect(keepBestFinish(undefined, poor)).toBe(poor);
    expect(keepBestFinish(poor, undefined)).toBe(poor);
    expect(keepBestFinish(undefined, undefined)).toBeUndefined();
  });

  it('breaks a tie on score by outcome, then keeps the earlier finish', () => {
    const acceptable: Finish = { ending: 'fair-ending', outcome: 'acceptable', score: 10, maxScore: 20 };
    const poorSameScore: Finish = { ...acceptable, ending: 'poor-ending', outcome: 'poor' };
    expect(keepBestFinish(poorSameScore, acceptable)).toBe(acceptable);
    expect(keepBestFinish(acceptable, poorSameScore)).toBe(acceptable);
    expect(keepBestFinish(acceptable, { ...acceptable })).toBe(acceptable);
  });

  it('compares shares of the points available when the maximum changed between runs', () => {
    const halfOfForty: Finish = { ending: 'good-ending', outcome: 'recommended', score: 20, maxScore: 40 };
    const fifteenOfTwenty: Finish = { ending: 'good-ending', outcome: 'recommended', score: 15, maxScore: 20 };
    expect(keepBestFinish(halfOfForty, fifteenOfTwenty)).toBe(fifteenOfTwenty);
  });
});

describe('the record saved while replaying a finished scenario', () => {
  const [start] = initialTransition(machine);
  const firstRun = playAndSave(start, undefined, ...recommendedRun);
  const replay = playAndSave(firstRun.snapshot, firstRun.record.finished, restart, ...poorRun);

  it('follows the replay but keeps the best finish', () => {
    expect(firstRun.record.finished).toEqual({ ending: 'good-ending', outcome: 'recommended', score: best, maxScore: best });
    expect(replay.snapshot.context.score).toBe(2);
    expect(replay.record).toEqual({
      choices: ['letter', 'discharge'],
      at: 'poor-ending',
      finished: { ending: 'good-ending', outcome: 'recommended', score: best, maxScore: best },
    });
  });

  it('reports the best finish to the LMS, through suspend data, as the score and a pass', () => {
    const course = tinyCourse({ passMark: 80, secondRequired: false });
    const text = encodeProgress(course, { savedAt: Date.UTC(2026, 0, 5), records: { [flagRoute.id]: replay.record } });
    const decoded = decodeProgress(course, text);
    if (!decoded.ok) throw new Error(`could not decode ${text}: ${decoded.reason}`);
    expect(decoded.progress.records[flagRoute.id]?.finished?.score).toBe(best);
    expect(courseStatus(course, decoded.progress.records, noPriorStatus)).toMatchObject({ completed: true, success: 'passed', score: 100 });
  });

  it('moves up when a replay does better', () => {
    const poorFirst = playAndSave(start, undefined, ...poorRun);
    const better = playAndSave(poorFirst.snapshot, poorFirst.record.finished, restart, ...recommendedRun);
    expect(poorFirst.record.finished?.score).toBe(2);
    expect(better.record.finished).toEqual({ ending: 'good-ending', outcome: 'recommended', score: best, maxScore: best });
  });

  it('keeps the best finish mid-replay, before the replay reaches an ending', () => {
    const midReplay = playAndSave(firstRun.snapshot, firstRun.record.finished, restart, next, choose('letter'));
    expect(midReplay.record).toMatchObject({ choices: ['letter'], at: 'later', finished: { score: best } });
  });
});
