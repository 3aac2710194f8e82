import { describe, expect, it } from 'vitest';
import {
  decideStep,
  pendingChangeAfter,
  type CaseAction,
  type StepMessages,
  type StepView,
} from '../../../src/components/case/step-announcement';

const messages: StepMessages = {
  node: 'Node.',
  feedback: 'Why it matters.',
  held: 'Scene playing.',
  prefix: (action: CaseAction) =>
    action === 'undid' ? 'Undone. ' : action === 'restarted' ? 'Started again. ' : '',
};
const view = (over: Partial<StepView> = {}): StepView => ({
  sceneKey: '2:call',
  heldScene: null,
  step: 'node',
  movesOnByContinue: true,
  ...over,
});
const change = (action: CaseAction | null, released = false) => ({ action, released });

describe('gathering a change to announce', () => {
  it('has nothing new when nothing happened', () => {
    expect(pendingChangeAfter(null, { grew: false, action: null, released: false })).toBeNull();
  });

  it('keeps a change that waits for the scene, adding what follows', () => {
    const waiting = pendingChangeAfter(null, { grew: false, action: 'chose', released: false });
    expect(pendingChangeAfter(waiting, { grew: false, action: null, released: false })).toEqual(
      change('chose'),
    );
    expect(pendingChangeAfter(waiting, { grew: false, action: null, released: true })).toEqual(
      change('chose', true),
    );
  });

  it('takes a step on (a longer trail) without an action as a change', () => {
    expect(pendingChangeAfter(null, { grew: true, action: null, released: false })).toEqual(
      change(null),
    );
  });
});

describe('what is announced, and where focus goes', () => {
  it('announces a new node and puts focus on Continue in a flowing conversation', () => {
    expect(decideStep(change('continued'), '1:start|done|node', view(), messages)).toEqual({
      announcement: 'Node.',
      lastAnnounced: '2:call|done|node',
      focus: 'continue',
    });
  });

  it('puts focus on the heading of a decision or an ending', () => {
    expect(
      decideStep(change('continued'), null, view({ movesOnByContinue: false }), messages).focus,
    ).toBe('step-heading');
  });

  it('puts focus on the Play button of a scene that waits, and says what the scene is doing', () => {
    const decision = decideStep(
      change('continued'),
      null,
      view({ heldScene: 'waiting' }),
      messages,
    );
    expect(decision.announcement).toBe('Scene playing.');
    expect(decision.focus).toBe('play-button');
  });

  it('leaves focus to the player while a scene plays', () => {
    expect(
      decideStep(change('chose'), null, view({ heldScene: 'playing' }), messages).focus,
    ).toBeNull();
  });

  it("announces a choice's feedback as its own step, with focus on its heading", () => {
    const decision = decideStep(change('continued'), null, view({ step: 'feedback' }), messages);
    expect(decision.announcement).toBe('Why it matters.');
    expect(decision.focus).toBe('feedback-heading');
  });

  it('after a watched scene that flows on, leaves focus on the player', () => {
    expect(decideStep(change('scene-ended'), null, view(), messages).focus).toBeNull();
    expect(
      decideStep(change('scene-ended'), null, view({ movesOnByContinue: false }), messages).focus,
    ).toBe('step-heading');
  });

  it('moves focus when a held scene lets its step go', () => {
    expect(decideStep(change(null, true), null, view(), messages).focus).toBe('continue');
  });

  it('announces but leaves focus alone for a step the learner did not take (a restored visit)', () => {
    const decision = decideStep(change(null), null, view(), messages);
    expect(decision.announcement).toBe('Node.');
    expect(decision.focus).toBeNull();
  });

  it('says that the learner undid or started again before the step', () => {
    expect(decideStep(change('undid'), null, view(), messages).announcement).toBe('Undone. Node.');
    expect(decideStep(change('restarted'), null, view(), messages).announcement).toBe(
      'Started again. Node.',
    );
  });

  describe('with no change pending', () => {
    it('says when the visit’s scene starts playing, once', () => {
      const first = decideStep(
        null,
        '2:call|waiting|node',
        view({ heldScene: 'playing' }),
        messages,
      );
      expect(first).toEqual({
        announcement: 'Scene playing.',
        lastAnnounced: '2:call|playing|node',
        focus: null,
      });
      expect(
        decideStep(null, first.lastAnnounced, view({ heldScene: 'playing' }), messages)
          .announcement,
      ).toBeNull();
    });

    it('says nothing when the scene lets go within the visit (the released change says it)', () => {
      expect(decideStep(null, '2:call|playing|node', view(), messages).announcement).toBeNull();
    });

    it('says nothing about another visit, and keeps what was last announced', () => {
      expect(
        decideStep(null, '1:start|done|node', view({ heldScene: 'playing' }), messages),
      ).toEqual({
        announcement: null,
        lastAnnounced: '1:start|done|node',
        focus: null,
      });
    });

    it('remembers the first visit seen without announcing it', () => {
      expect(decideStep(null, null, view(), messages)).toEqual({
        announcement: null,
        lastAnnounced: '2:call|done|node',
        focus: null,
      });
    });
  });
});
