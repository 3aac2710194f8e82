import { describe, expect, it } from 'vitest';
import { backAction, mostVoted, nextAction, nextLabel, showsScene, stepAfterUndo, stepsFor, type PresenterStep } from '../../src/facilitator/presenter-steps';

const kinds = (steps: PresenterStep[]) => steps.map((step) => (step.kind === 'options' ? `options:${step.revealed}` : step.kind));
const open = { held: false, optionIds: ['a', 'b', 'c'], votes: {} };

describe('presenter steps', () => {
  it('shows a conversation, then the feedback on the choice that led to it', () => {
    expect(kinds(stepsFor('dialogue', 0, false))).toEqual(['content']);
    expect(kinds(stepsFor('scene', 0, true))).toEqual(['content', 'feedback']);
  });

  it('reveals a decision one option at a time, then closes the vote to choose', () => {
    expect(kinds(stepsFor('decision', 3, false))).toEqual(['options:0', 'options:1', 'options:2', 'options:3', 'choose']);
    expect(kinds(stepsFor('decision', 2, true))).toEqual(['feedback', 'options:0', 'options:1', 'options:2', 'choose']);
  });

  it('ends with the ending and then the debrief', () => {
    expect(kinds(stepsFor('ending', 0, false))).toEqual(['ending', 'debrief']);
    expect(kinds(stepsFor('ending', 0, true))).toEqual(['feedback', 'ending', 'debrief']);
  });

  it('plays a node’s scene at its own steps, not in feedback before it or in the debrief', () => {
    const ending = stepsFor('ending', 0, true);
    expect(ending.map((_, index) => showsScene(ending, index))).toEqual([false, true, false]);
    const scene = stepsFor('scene', 0, true);
    expect(scene.map((_, index) => showsScene(scene, index))).toEqual([true, true]);
  });

  it('moves step by step, then moves the room on', () => {
    const steps = stepsFor('scene', 0, true);
    expect(nextAction(steps, 0, open)).toEqual({ type: 'step', to: 1 });
    expect(nextAction(steps, 1, open)).toEqual({ type: 'continue' });
  });

  it('shows the words of a waiting or playing scene before moving on', () => {
    const steps = stepsFor('scene', 0, true);
    expect(nextAction(steps, 0, { ...open, held: true })).toEqual({ type: 'release-scene' });
  });

  it('follows the most-voted option on Next, or asks for a number on a tie', () => {
    const steps = stepsFor('decision', 3, false);
    const choose = steps.length - 1;
    expect(nextAction(steps, choose, { ...open, votes: { a: 2, b: 5, c: 1 } })).toEqual({ type: 'follow', choiceId: 'b' });
    expect(nextAction(steps, choose, { ...open, votes: { a: 4, b: 4 } })).toEqual({ type: 'needs-choice' });
    expect(nextAction(steps, choose, open)).toEqual({ type: 'needs-choice' });
  });

  it('stops at the debrief', () => {
    const steps = stepsFor('ending', 0, false);
    expect(nextAction(steps, 1, open)).toEqual({ type: 'none' });
  });

  it('goes back a step, and from a node’s first step undoes the room’s last choice', () => {
    expect(backAction(2, true)).toEqual({ type: 'step', to: 1 });
    expect(backAction(0, true)).toEqual({ type: 'undo' });
    expect(backAction(0, false)).toEqual({ type: 'none' });
  });

  it('returns to an undone decision with every option shown and voting open', () => {
    const steps = stepsFor('decision', 4, true);
    expect(steps[stepAfterUndo(steps)]).toEqual({ kind: 'options', revealed: 4 });
  });

  it('finds the single most-voted option', () => {
    expect(mostVoted({ a: 1, b: 3 }, ['a', 'b'])).toBe('b');
    expect(mostVoted({ a: 3, b: 3 }, ['a', 'b'])).toBeNull();
    expect(mostVoted({ a: 0 }, ['a', 'b'])).toBeNull();
    expect(mostVoted({ a: 2, b: 2, c: 5 }, ['a', 'b', 'c'])).toBe('c');
  });

  it('labels the Next button with what it will do', () => {
    const decision = stepsFor('decision', 3, true);
    const labels = decision.map((_, index) => nextLabel(nextAction(decision, index, { ...open, votes: { b: 2 } }), decision));
    expect(labels).toEqual(['Show the decision', 'Show option 1', 'Show option 2', 'Show option 3', 'Close the vote', 'Follow the option with most votes']);
    const scene = stepsFor('scene', 0, true);
    expect(nextLabel(nextAction(scene, 0, { ...open, held: true }), scene)).toBe('Show the words of the scene');
    expect(nextLabel(nextAction(scene, 0, open), scene)).toBe('Show why it matters');
    expect(nextLabel(nextAction(scene, 1, open), scene)).toBe('Continue');
    const ending = stepsFor('ending', 0, true);
    expect(ending.map((_, index) => nextLabel(nextAction(ending, index, open), ending))).toEqual(['Show the ending', 'Show the debrief map', 'End of the scenario']);
  });
});
