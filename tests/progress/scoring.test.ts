import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import {
  createDialogueMachine,
  type DialogueEvent,
  type DialogueSnapshot,
} from '../../src/dialogue/dialogue-machine';
import { progressOf } from '../../src/dialogue/progress';
import { maxScore } from '../../src/dialogue/scenario-graph';
import type { ScenarioRecord } from '../../src/progress/progress-store';
import {
  isOnScoredRun,
  isPractising,
  isScoredStep,
  recordAfterMove,
  scoredRunOf,
  scoresNextChoice,
} from '../../src/progress/scoring';
import { decodeProgress, encodeProgress } from '../../src/tracking/progress-codec';
import { courseStatus, noPriorStatus } from '../../src/progress/course-status';
import { flagRoute, tinyCourse } from '../tracking/support/courses';

const machine = createDialogueMachine(flagRoute);
const best = maxScore(flagRoute);
const next = { type: 'dialogue.continued' } as const;
const choose = (choiceId: string) => ({ type: 'choice.selected', choiceId }) as const;
const undo = { type: 'choice.undone' } as const;
const restart = { type: 'dialogue.restarted' } as const;

/**
 * Plays on from a snapshot as the case island does: before each choice it asks whether the choice
 * is scored (and so reported to the LMS), and it saves after every move.
 */
function play(from: DialogueSnapshot, saved: ScenarioRecord | null, ...events: DialogueEvent[]) {
  let snapshot = from;
  let record = recordAfterMove(flagRoute, snapshot, { scored: scoredRunOf(saved), maxScore: best });
  const reported: string[] = [];
  for (const event of events) {
    if (
      event.type === 'choice.selected' &&
      scoresNextChoice(scoredRunOf(record), progressOf(snapshot).choices)
    )
      reported.push(event.choiceId);
    [snapshot] = transition(machine, snapshot, event);
    record = recordAfterMove(flagRoute, snapshot, { scored: scoredRunOf(record), maxScore: best });
  }
  return { snapshot, record, reported };
}

const [start] = initialTransition(machine);
const recommendedRun = [next, choose('phone'), next, choose('rebook'), next] as const;
const poorRun = [next, choose('letter'), next, choose('discharge'), next] as const;

describe('the first answer counts', () => {
  it('scores and reports the first run, one interaction per decision', () => {
    const run = play(start, null, ...poorRun);
    expect(run.reported).toEqual(['letter', 'discharge']);
    expect(run.record).toEqual({
      choices: ['letter', 'discharge'],
      scored: ['letter', 'discharge'],
      at: 'poor-ending',
      finished: { ending: 'poor-ending', outcome: 'poor', score: 2, maxScore: best },
    });
  });

  it('does not let going back after the points are shown change the score or report again', () => {
    // Letter (2 points) is shown, the learner goes back and phones instead, and finishes well.
    const run = play(
      start,
      null,
      next,
      choose('letter'),
      undo,
      choose('phone'),
      next,
      choose('rebook'),
      next,
    );
    expect(run.snapshot.context.score).toBe(20);
    expect(run.reported).toEqual(['letter']);
    expect(run.record).toMatchObject({
      choices: ['phone', 'rebook'],
      scored: ['letter'],
      at: 'good-ending',
    });
    expect(run.record.finished).toBeUndefined();
  });

  it('carries the scored run on when the learner plays its choices again, and finishes it there', () => {
    const practice = play(
      start,
      null,
      next,
      choose('letter'),
      undo,
      choose('phone'),
      next,
      choose('rebook'),
      next,
    );
    const back = play(
      practice.snapshot,
      practice.record,
      restart,
      next,
      choose('letter'),
      next,
      choose('rebook-blind'),
      next,
    );
    expect(back.reported).toEqual(['rebook-blind']);
    expect(back.record.scored).toEqual(['letter', 'rebook-blind']);
    expect(back.record.finished).toEqual({
      ending: 'poor-ending',
      outcome: 'poor',
      score: 7,
      maxScore: best,
    });
  });

  it('keeps the finish of the scored run whatever a replay after the ending does', () => {
    const first = play(start, null, ...poorRun);
    const replay = play(first.snapshot, first.record, restart, ...recommendedRun);
    expect(replay.reported).toEqual([]);
    expect(replay.snapshot.context.score).toBe(best);
    expect(replay.record).toEqual({
      choices: ['phone', 'rebook'],
      scored: ['letter', 'discharge'],
      at: 'good-ending',
      finished: first.record.finished,
    });
  });

  it('tells scored steps from practice in the path shown', () => {
    const run = { choices: ['letter', 'discharge'] };
    expect([0, 1].map((index) => isScoredStep(run, ['letter', 'discharge'], index))).toEqual([
      true,
      true,
    ]);
    expect([0, 1].map((index) => isScoredStep(run, ['letter', 'rebook-blind'], index))).toEqual([
      true,
      false,
    ]);
    expect([0, 1].map((index) => isScoredStep(run, ['phone', 'discharge'], index))).toEqual([
      false,
      false,
    ]);
    expect(isOnScoredRun(run, ['letter'])).toBe(true);
    expect(isOnScoredRun(run, ['phone'])).toBe(false);
  });

  it('calls a run practice once it leaves the scored run, or plays on after its ending', () => {
    const open = { choices: ['letter'] };
    expect(isPractising(open, ['letter'], 'later')).toBe(false);
    expect(isPractising(open, [], 'first-call')).toBe(false);
    expect(isPractising(open, ['phone'], 'later')).toBe(true);
    const done = {
      choices: ['letter', 'discharge'],
      finished: { ending: 'poor-ending', outcome: 'poor', score: 2, maxScore: 20 } as const,
    };
    expect(isPractising(done, ['letter', 'discharge'], 'poor-ending')).toBe(false);
    expect(isPractising(done, [], 'opening')).toBe(true);
    expect(isPractising(done, ['phone', 'rebook'], 'good-ending')).toBe(true);
  });

  it('reads records saved before the rule sensibly', () => {
    const finish = {
      ending: 'good-ending',
      outcome: 'recommended',
      score: 20,
      maxScore: 20,
    } as const;
    expect(scoredRunOf({ choices: ['phone'], at: 'later' })).toEqual({ choices: ['phone'] });
    expect(
      scoredRunOf({ choices: ['phone', 'rebook'], at: 'good-ending', finished: finish }),
    ).toEqual({ choices: ['phone', 'rebook'], finished: finish });
    // Finished, then replaying: the old record cannot say which choices scored, and nothing more will.
    expect(scoredRunOf({ choices: ['letter'], at: 'later', finished: finish })).toEqual({
      choices: [],
      finished: finish,
    });
    expect(
      scoresNextChoice(scoredRunOf({ choices: ['letter'], at: 'later', finished: finish }), [
        'letter',
      ]),
    ).toBe(false);
  });

  it('reports the scored finish to the LMS, through suspend data, not the better replay', () => {
    const course = tinyCourse({ passMark: 80, secondRequired: false });
    const first = play(start, null, ...poorRun);
    const replay = play(first.snapshot, first.record, restart, ...recommendedRun);
    const text = encodeProgress(course, {
      savedAt: Date.UTC(2026, 0, 5),
      records: { [flagRoute.id]: replay.record },
    });
    const decoded = decodeProgress(course, text);
    if (!decoded.ok) throw new Error(`could not decode ${text}: ${decoded.reason}`);
    expect(decoded.progress.records[flagRoute.id]?.scored).toEqual(['letter', 'discharge']);
    expect(courseStatus(course, decoded.progress.records, noPriorStatus)).toMatchObject({
      completed: true,
      success: 'failed',
      score: 10,
    });
  });
});
