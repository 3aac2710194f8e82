import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/i18n/catalogue';
import { translator } from '../../src/i18n/messages';
import {
  backAction,
  mostVoted,
  nextAction,
  nextLabel as nextMessage,
  showsScene,
  stepAfterUndo,
  stepsFor,
  vlogKeyAction,
  type PresenterStep,
} from '../../src/facilitator/presenter-steps';

const english = translator(loadCatalogue(process.cwd(), 'en').messages);
const nextLabel = (...args: Parameters<typeof nextMessage>) => {
  const message = nextMessage(...args);
  return english(message.key, message.params);
};
const kinds = (steps: PresenterStep[]) =>
  steps.map((step) =>
    step.kind === 'options'
      ? `options:${step.revealed}`
      : step.kind === 'debrief'
        ? `debrief:${step.section}`
        : step.kind,
  );
const open = { held: false, optionIds: ['a', 'b', 'c'], votes: {} };

describe('presenter steps', () => {
  it('shows a conversation, then the feedback on the choice that led to it', () => {
    expect(kinds(stepsFor('dialogue', 0, false))).toEqual(['content']);
    expect(kinds(stepsFor('scene', 0, true))).toEqual(['content', 'feedback']);
  });

  it('reveals a decision one option at a time, then closes the vote to choose', () => {
    expect(kinds(stepsFor('decision', 3, false))).toEqual([
      'options:0',
      'options:1',
      'options:2',
      'options:3',
      'choose',
    ]);
    expect(kinds(stepsFor('decision', 2, true))).toEqual([
      'feedback',
      'options:0',
      'options:1',
      'options:2',
      'choose',
    ]);
  });

  it('ends with the ending, then the debrief a section at a time: map, questions, record', () => {
    expect(kinds(stepsFor('ending', 0, false))).toEqual([
      'ending',
      'debrief:map',
      'debrief:questions',
      'debrief:record',
    ]);
    expect(kinds(stepsFor('ending', 0, true))).toEqual([
      'feedback',
      'ending',
      'debrief:map',
      'debrief:questions',
      'debrief:record',
    ]);
  });

  it('plays a node’s scene at its own steps, not in feedback before it or in the debrief', () => {
    const ending = stepsFor('ending', 0, true);
    expect(ending.map((_, index) => showsScene(ending, index))).toEqual([
      false,
      true,
      false,
      false,
      false,
    ]);
    const scene = stepsFor('scene', 0, true);
    expect(scene.map((_, index) => showsScene(scene, index))).toEqual([true, true]);
  });

  it('moves step by step, then moves the room on', () => {
    const steps = stepsFor('scene', 0, true);
    expect(nextAction(steps, 0, open)).toEqual({ type: 'step', to: 1 });
    expect(nextAction(steps, 1, open)).toEqual({ type: 'continue' });
  });

  it('plays a waiting scene (the clicker plays the film), then shows the words of a playing one before moving on', () => {
    const steps = stepsFor('scene', 0, true);
    expect(nextAction(steps, 0, { ...open, held: true, playable: true })).toEqual({
      type: 'play-scene',
    });
    expect(nextAction(steps, 0, { ...open, held: true, playable: false })).toEqual({
      type: 'release-scene',
    });
    expect(nextAction(steps, 0, { ...open, held: false, playable: true })).toEqual({
      type: 'step',
      to: 1,
    });
  });

  it('follows the most-voted option on Next, or asks for a number on a tie', () => {
    const steps = stepsFor('decision', 3, false);
    const choose = steps.length - 1;
    expect(nextAction(steps, choose, { ...open, votes: { a: 2, b: 5, c: 1 } })).toEqual({
      type: 'follow',
      choiceId: 'b',
    });
    expect(nextAction(steps, choose, { ...open, votes: { a: 4, b: 4 } })).toEqual({
      type: 'needs-choice',
    });
    expect(nextAction(steps, choose, open)).toEqual({ type: 'needs-choice' });
  });

  it('steps through the debrief’s sections, and stops after the last', () => {
    const steps = stepsFor('ending', 0, false);
    expect(nextAction(steps, 1, open)).toEqual({ type: 'step', to: 2 });
    expect(nextAction(steps, 2, open)).toEqual({ type: 'step', to: 3 });
    expect(nextAction(steps, 3, open)).toEqual({ type: 'none' });
  });

  it('goes back a screen at a time, undoing a choice only from the screen right after it', () => {
    const firstScreen = { afterChoice: false, canUndo: true, hasPreviousNode: true };
    expect(backAction(2, firstScreen)).toEqual({ type: 'step', to: 1 });
    // A decision reached through a conversation: back to the conversation, the choice before it kept.
    expect(backAction(0, firstScreen)).toEqual({ type: 'previous-node' });
    expect(backAction(0, { ...firstScreen, afterChoice: true })).toEqual({ type: 'undo' });
    expect(backAction(0, { afterChoice: false, canUndo: false, hasPreviousNode: false })).toEqual({
      type: 'none',
    });
  });

  it('plays, pauses and resumes the scene with V, and replays it once it ended or its words are shown', () => {
    expect(vlogKeyAction({ phase: 'waiting', released: false, paused: false })).toBe('play');
    expect(vlogKeyAction({ phase: 'loading', released: false, paused: false })).toBe('wait');
    expect(vlogKeyAction({ phase: 'playing', released: false, paused: false })).toBe('pause');
    expect(vlogKeyAction({ phase: 'playing', released: false, paused: true })).toBe('resume');
    expect(vlogKeyAction({ phase: 'playing', released: true, paused: true })).toBe('replay');
    expect(vlogKeyAction({ phase: 'done', released: false, paused: true })).toBe('replay');
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
    const labels = decision.map((_, index) =>
      nextLabel(nextAction(decision, index, { ...open, votes: { b: 2 } }), decision),
    );
    expect(labels).toEqual([
      'Show the decision',
      'Show option 1',
      'Show option 2',
      'Show option 3',
      'Close the vote',
      'Follow the option with most votes',
    ]);
    const scene = stepsFor('scene', 0, true);
    expect(nextLabel(nextAction(scene, 0, { ...open, held: true }), scene)).toBe(
      'Show the words of the scene',
    );
    expect(nextLabel(nextAction(scene, 0, { ...open, held: true, playable: true }), scene)).toBe(
      'Play the scene',
    );
    expect(nextLabel(nextAction(scene, 0, open), scene)).toBe('Show why it matters');
    expect(nextLabel(nextAction(scene, 1, open), scene)).toBe('Continue');
    const ending = stepsFor('ending', 0, true);
    expect(ending.map((_, index) => nextLabel(nextAction(ending, index, open), ending))).toEqual([
      'Show the ending',
      'Show the debrief map',
      'Show the questions for the room',
      'Show the votes and session record',
      'End of the scenario',
    ]);
    expect(nextLabel(nextAction(decision, decision.length - 1, open), decision)).toBe(
      'Press P and a number to choose',
    );
  });
});
