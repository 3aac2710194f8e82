import { describe, expect, it } from 'vitest';
import {
  createSessionProgressStore,
  findLauncherSession,
  launcherGlobal,
} from '../../src/tracking/launcher-session';
import { createTrackingSession } from '../../src/tracking/session';
import { tinyCourse } from './support/courses';
import { fakeTracker, memoryStorage } from './support/fakes';

function launcher(...args: Parameters<typeof fakeTracker>) {
  const fake = fakeTracker(...args);
  const session = createTrackingSession({
    course: tinyCourse(),
    tracker: fake.tracker,
    storage: memoryStorage(),
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
  return { fake, session };
}

describe("module pages finding the launcher's session", () => {
  it('find it in a parent window', () => {
    const { session } = launcher();
    const top: Record<string, unknown> = { [launcherGlobal]: { protocol: 1, session } };
    top['parent'] = top;
    const page = { parent: top };
    expect(findLauncherSession(page)).toBe(session);
  });

  it('find nothing on the open web, or behind a cross-origin frame, or from another protocol', () => {
    const alone: Record<string, unknown> = {};
    alone['parent'] = alone;
    expect(findLauncherSession(alone)).toBeNull();
    const foreign = new Proxy({} as Record<string, unknown>, {
      get: (_target, key) =>
        key === 'parent'
          ? undefined
          : (() => {
              throw new DOMException('cross-origin', 'SecurityError');
            })(),
    });
    expect(findLauncherSession({ parent: foreign })).toBeNull();
    const future: Record<string, unknown> = { [launcherGlobal]: { protocol: 2, session: {} } };
    future['parent'] = future;
    expect(findLauncherSession(future)).toBeNull();
    expect(findLauncherSession(undefined)).toBeNull();
  });
});

describe('the progress store inside a launcher', () => {
  it('saves and loads through the session, as copies', () => {
    const { session } = launcher();
    const store = createSessionProgressStore(session);
    const record = { choices: ['phone'], at: 'second-call' };
    store.save('flag-route', record);
    record.choices.push('changed');
    expect(store.load('flag-route')).toEqual({ choices: ['phone'], at: 'second-call' });
    store.clear('flag-route');
    expect(store.load('flag-route')).toBeNull();
  });

  it('says where it keeps progress, as the learner is told', () => {
    expect(createSessionProgressStore(launcher().session).where).toBe('lms');
    expect(createSessionProgressStore(launcher({}, 'local').session).where).toBe(
      'browser-lms-unreachable',
    );
    expect(createSessionProgressStore(launcher({}, 'none').session).where).toBe('nowhere');
    expect(createSessionProgressStore(launcher({ mode: 'review' }).session).where).toBe('review');
  });

  it('resets every scenario through the session', () => {
    const { session } = launcher();
    const store = createSessionProgressStore(session);
    store.save('flag-route', { choices: ['phone'], at: 'second-call' });
    store.reset();
    expect(store.load('flag-route')).toBeNull();
  });

  it('reports decisions with the time as text, because Date objects do not cross frames', () => {
    const { session, fake } = launcher();
    createSessionProgressStore(session).recordDecision({
      scenarioId: 'flag-route',
      decisionId: 'first-call',
      choiceId: 'letter',
      at: new Date(Date.UTC(2026, 10, 21, 10)).toISOString(),
    });
    expect(fake.log.interactions[0]![1]).toMatchObject({
      response: 'b',
      correct: false,
      at: new Date(Date.UTC(2026, 10, 21, 10)),
    });
  });
});
