import { describe, expect, it } from 'vitest';
import type { ScenarioRecord } from '../../src/progress/progress-store';
import { encodeProgress } from '../../src/tracking/progress-codec';
import {
  activityCopyKey,
  createTrackingSession,
  legacyCopyKey,
  type SessionOptions,
} from '../../src/tracking/session';
import { createLocalTracker, type LmsStart } from '../../src/tracking/tracker';
import { tinyCourse } from './support/courses';
import { fakeTracker, manualTimers, memoryStorage } from './support/fakes';

const course = tinyCourse();
const contentLocation = '/pluginfile.php/512/mod_scorm/content/3/';
const copyKey = activityCopyKey(course.moduleId, 'learner-1', contentLocation);
const record: ScenarioRecord = {
  choices: ['phone'],
  at: 'second-call',
  updatedAt: '2026-11-21T09:00:00.000Z',
};
const finished = (score: number): ScenarioRecord => ({
  choices: [],
  at: 'opening',
  finished: { ending: 'good-ending', outcome: 'recommended', score, maxScore: 20 },
});
const encoded = (records: Record<string, ScenarioRecord>, savedAt: number, version = '1.0.0') =>
  encodeProgress(version === course.version ? course : tinyCourse({ version }), {
    savedAt,
    records,
  });

function start(lms: Partial<LmsStart> = {}, options: Partial<SessionOptions> = {}) {
  const fake = fakeTracker(lms);
  const timers = manualTimers();
  const storage = memoryStorage();
  const logged: string[] = [];
  const session = createTrackingSession({
    course,
    tracker: fake.tracker,
    storage,
    now: () => 1_800_000_000_000 + timers.now(),
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    log: (message) => logged.push(message),
    contentLocation,
    ...options,
  });
  return { session, fake, timers, storage, logged };
}

/** A browser copy under the current key, as an earlier launch of this activity left it. */
const copyOf = (records: Record<string, ScenarioRecord>, savedAt: number, location = '') =>
  JSON.stringify({ suspendData: encoded(records, savedAt), location });
/** Every required scenario finished with full marks: a passed course. */
const allPassed = () => ({ 'flag-route': finished(20), 'flag-route-copy': finished(20) });

describe('a tracking session', () => {
  it('opens by telling the LMS the attempt is under way and may be resumed', () => {
    const { fake, session } = start();
    expect(fake.log.commits).toBe(1);
    expect(fake.last().status).toEqual({
      completed: false,
      success: 'unknown',
      score: null,
      progress: 0,
      suspend: true,
    });
    expect(fake.last().suspendData).toMatch(/^2~1\.0\.0~[0-9a-z]+~$/);
    expect(session.snapshot()).toMatchObject({
      mode: 'scorm12',
      notices: [],
      ended: false,
      learnerName: 'Okafor, Amara',
    });
  });

  it('resumes from the LMS: every scenario and the bookmarked page', () => {
    const { session } = start({
      entry: 'resume',
      suspendData: encoded({ 'flag-route': record }, 1_700_000_000_000),
      location: 'scenarios/flag-route/',
    });
    expect(session.load('flag-route')).toMatchObject({ choices: ['phone'], at: 'second-call' });
    expect(session.load('flag-route-copy')).toBeNull();
    expect(session.snapshot().location).toBe('scenarios/flag-route/');
  });

  it("on a resumed attempt, puts back from this browser's copy what the LMS lost (the last saves failed)", () => {
    const storage = memoryStorage({
      [copyKey]: copyOf({ 'flag-route': finished(20) }, 1_700_000_100_000, 'scenarios/'),
    });
    const { session, fake, logged } = start(
      { entry: 'resume', suspendData: encoded({ 'flag-route': record }, 1_700_000_000_000) },
      { storage },
    );
    expect(session.load('flag-route')?.finished?.score).toBe(20);
    expect(session.snapshot().location).toBe('scenarios/');
    expect(fake.last().suspendData).toBe(
      encoded({ 'flag-route': finished(20) }, 1_800_000_000_000),
    );
    expect(logged.join('\n')).toContain('put back from this browser');
  });

  it('on a resumed attempt whose suspend data the LMS lost altogether, puts it all back from the copy', () => {
    const storage = memoryStorage({
      [copyKey]: copyOf({ 'flag-route': record }, 1_700_000_100_000, 'scenarios/flag-route/'),
    });
    const { session } = start({ entry: 'resume', suspendData: '' }, { storage });
    expect(session.load('flag-route')).toMatchObject({ choices: ['phone'], at: 'second-call' });
    expect(session.snapshot().location).toBe('scenarios/flag-route/');
  });

  it('prefers the LMS when it is newer (the learner carried on on another computer)', () => {
    const storage = memoryStorage({
      [copyKey]: copyOf({ 'flag-route': record }, 1_700_000_000_000),
    });
    const { session } = start(
      { entry: 'resume', suspendData: encoded({ 'flag-route': finished(5) }, 1_700_000_100_000) },
      { storage },
    );
    expect(session.load('flag-route')?.finished?.score).toBe(5);
  });

  describe('a new attempt (entry ab-initio) after a passed one in this browser', () => {
    const storage = () =>
      memoryStorage({ [copyKey]: copyOf(allPassed(), 1_700_000_100_000, 'scenarios/flag-route/') });

    it('starts empty and reports nothing it has not earned: incomplete, no score, no interactions', () => {
      const { session, fake } = start(
        { entry: 'ab-initio', suspendData: '', prior: { completed: false, success: 'unknown' } },
        { storage: storage() },
      );
      expect(session.load('flag-route')).toBeNull();
      expect(session.snapshot().location).toBe('');
      expect(fake.log.progress).toHaveLength(1);
      expect(fake.last().status).toEqual({
        completed: false,
        success: 'unknown',
        score: null,
        progress: 0,
        suspend: true,
      });
      expect(fake.last().suspendData).toBe(encoded({}, 1_800_000_000_000));
      expect(fake.last().location).toBe('');
      expect(fake.log.interactions).toEqual([]);
    });

    it("tells the learner it is a new attempt, and the copy becomes this attempt's", () => {
      const store = storage();
      const { session } = start({ entry: 'ab-initio' }, { storage: store });
      expect(session.snapshot().notices).toEqual(['new-attempt']);
      expect(JSON.parse(store.getItem(copyKey)!)).toEqual({
        suspendData: encoded({}, 1_800_000_000_000),
        location: '',
      });
    });

    it("starts empty even when the LMS carries the earlier attempt's suspend data over", () => {
      const { session, fake } = start({
        entry: 'ab-initio',
        suspendData: encoded(allPassed(), 1_700_000_000_000),
        prior: { completed: true, success: 'passed' },
      });
      expect(session.load('flag-route')).toBeNull();
      expect(fake.last().status).toEqual({
        completed: false,
        success: 'unknown',
        score: null,
        progress: 0,
        suspend: true,
      });
      expect(session.snapshot().notices).toEqual(['new-attempt']);
    });

    it('is not made to look passed by a status the LMS carries over from the earlier attempt', () => {
      const { fake } = start(
        { entry: 'ab-initio', prior: { completed: true, success: 'passed' } },
        { storage: storage() },
      );
      expect(fake.last().status).toMatchObject({
        completed: false,
        success: 'unknown',
        score: null,
      });
    });
  });

  it('says nothing about a new attempt on the first one', () => {
    const { session } = start({ entry: 'ab-initio' });
    expect(session.snapshot().notices).toEqual([]);
  });

  it('never applies a copy kept under the old key (per module and learner only), and removes it', () => {
    const legacy = legacyCopyKey(course.moduleId, 'learner-1');
    const store = memoryStorage({ [legacy]: copyOf(allPassed(), 1_700_000_100_000) });
    const { session, fake } = start({ entry: 'resume', suspendData: '' }, { storage: store });
    expect(session.load('flag-route')).toBeNull();
    expect(fake.last().status.score).toBeNull();
    expect(store.items.has(legacy)).toBe(false);
  });

  it('keeps a separate copy for each activity: the same package launched from another content path sees none of it', () => {
    const store = memoryStorage({ [copyKey]: copyOf(allPassed(), 1_700_000_100_000) });
    const { session, fake } = start(
      { entry: 'resume', suspendData: '' },
      { storage: store, contentLocation: '/pluginfile.php/877/mod_scorm/content/1/' },
    );
    expect(session.load('flag-route')).toBeNull();
    expect(fake.last().status).toMatchObject({ completed: false, success: 'unknown', score: null });
    session.save('flag-route', record);
    expect(JSON.parse(store.getItem(copyKey)!)).toEqual(
      JSON.parse(copyOf(allPassed(), 1_700_000_100_000)),
    );
  });

  describe("review and browse: the attempt's record stays exactly as it was", () => {
    it.each(['review', 'browse'] as const)(
      '%s shows what the LMS holds, writes and commits nothing, and says so',
      (mode) => {
        const store = memoryStorage({ [copyKey]: copyOf(allPassed(), 1_700_000_200_000) });
        const { session, fake, timers } = start(
          {
            entry: '',
            mode,
            credit: 'no-credit',
            suspendData: encoded({ 'flag-route': record }, 1_700_000_000_000),
            prior: { completed: true, success: 'passed' },
          },
          { storage: store },
        );
        expect(session.load('flag-route')).toMatchObject({ choices: ['phone'] });
        expect(session.load('flag-route-copy')).toBeNull();
        session.recordDecision({
          scenarioId: 'flag-route',
          decisionId: 'first-call',
          choiceId: 'phone',
          at: '2026-11-21T10:00:00.000Z',
        });
        session.save('flag-route', finished(20));
        session.setLocation('scenarios/');
        timers.advance(60_000);
        session.finish();
        expect(fake.log).toMatchObject({
          progress: [],
          interactions: [],
          commits: 0,
          terminates: 1,
        });
        expect(session.snapshot()).toMatchObject({ readOnly: true, notices: ['review', 'ended'] });
        expect(JSON.parse(store.getItem(copyKey)!)).toEqual(
          JSON.parse(copyOf(allPassed(), 1_700_000_200_000)),
        );
      },
    );
  });

  it('without credit, never takes progress from the copy', () => {
    const store = memoryStorage({ [copyKey]: copyOf(allPassed(), 1_700_000_100_000) });
    const { session } = start(
      { entry: 'resume', credit: 'no-credit', suspendData: '' },
      { storage: store },
    );
    expect(session.load('flag-route')).toBeNull();
  });

  it("starts afresh, says so and keeps the LMS's completion when the content version changed", () => {
    const { session, fake } = start({
      entry: 'resume',
      suspendData: encoded({ 'flag-route': record }, 1_700_000_000_000, '0.9.0'),
      prior: { completed: true, success: 'passed' },
    });
    expect(session.load('flag-route')).toBeNull();
    expect(session.snapshot().notices).toContain('progress-reset');
    expect(fake.last().status).toMatchObject({
      completed: true,
      success: 'passed',
      score: null,
      suspend: false,
    });
  });

  it.each(['garbage', '1~1.0.0~zz~!!', '{"a":1}', '1~1.0.0'])(
    'starts afresh from corrupt suspend data %j without throwing',
    (suspendData) => {
      const { session } = start({ entry: 'resume', suspendData });
      expect(session.load('flag-route')).toBeNull();
      expect(session.snapshot().notices).toContain('progress-reset');
    },
  );

  it("reports a decision and the save it causes in one commit, numbering interactions after the LMS's", () => {
    const { session, fake, timers } = start({ interactionCount: 4 });
    session.recordDecision({
      scenarioId: 'flag-route',
      decisionId: 'first-call',
      choiceId: 'phone',
      at: '2026-11-21T10:00:00.000Z',
    });
    session.save('flag-route', record);
    expect(fake.log.commits).toBe(1);
    timers.advance(50);
    expect(fake.log.commits).toBe(2);
    expect(
      fake.log.interactions.map(([index, interaction]) => [
        index,
        interaction.id,
        interaction.response,
      ]),
    ).toEqual([[4, 'urn:tiny-module:flag-route:first-call', 'a']]);
    expect(fake.last().suspendData).toContain('.');
  });

  it("keeps this browser's copy of every change at once, whatever the LMS does", () => {
    const { session, storage } = start();
    session.save('flag-route', record);
    const copy = JSON.parse(storage.getItem(copyKey)!) as { suspendData: string };
    expect(copy.suspendData).toBe(encoded({ 'flag-route': record }, 1_800_000_000_000));
  });

  it('retries a failed commit with growing waits, tells the learner, and clears the notice once saved', () => {
    const { session, fake, timers } = start();
    fake.faults.commit = 3;
    session.save('flag-route', record);
    timers.advance(20);
    expect(session.snapshot().notices).toEqual(['not-saved']);
    expect(timers.pending()).toEqual([1000]);
    timers.advance(1000);
    expect(timers.pending()).toEqual([2000]);
    timers.advance(2000);
    expect(timers.pending()).toEqual([4000]);
    timers.advance(4000);
    expect(fake.log.commits).toBe(5);
    expect(session.snapshot().notices).toEqual([]);
    expect(timers.pending()).toEqual([]);
  });

  it('treats a refused SetValue like a failed commit', () => {
    const { session, fake, timers, logged } = start();
    fake.faults.write = 1;
    session.save('flag-route', record);
    timers.advance(20);
    expect(session.snapshot().notices).toEqual(['not-saved']);
    expect(logged.join('\n')).toContain('cmi.suspend_data: 351');
    timers.advance(1000);
    expect(session.snapshot().notices).toEqual([]);
  });

  it('reuses an interaction number the LMS did not create', () => {
    const { session, fake } = start();
    fake.faults.interactionId = 1;
    session.recordDecision({
      scenarioId: 'flag-route',
      decisionId: 'first-call',
      choiceId: 'phone',
      at: '2026-11-21T10:00:00.000Z',
    });
    session.recordDecision({
      scenarioId: 'flag-route',
      decisionId: 'second-call',
      choiceId: 'rebook',
      at: '2026-11-21T10:01:00.000Z',
    });
    expect(fake.log.interactions.map(([index]) => index)).toEqual([0]);
  });

  it('ends the LMS session exactly once, with a last save, and keeps nothing after', () => {
    const { session, fake, timers, storage } = start();
    session.save('flag-route', record);
    timers.advance(5000);
    session.finish();
    session.finish('opened-elsewhere');
    expect(fake.log.terminates).toBe(1);
    expect(fake.last().sessionMilliseconds).toBe(5000);
    expect(session.snapshot()).toMatchObject({ ended: true, notices: ['ended'] });
    const copy = storage.getItem(copyKey);
    const commits = fake.log.commits;
    session.save('flag-route', finished(20));
    session.flush();
    timers.advance(60_000);
    expect(fake.log.commits).toBe(commits);
    expect(storage.getItem(copyKey)).toBe(copy);
  });

  it('finishes even when the LMS refuses the last save, after one more try', () => {
    const { session, fake } = start();
    fake.faults.commit = 5;
    session.finish();
    expect(fake.log.commits).toBe(3);
    expect(fake.log.terminates).toBe(1);
  });

  it('clears progress on reset but keeps a completion the LMS holds', () => {
    const { session, fake } = start({
      entry: 'resume',
      suspendData: encoded(allPassed(), 1_700_000_000_000),
      prior: { completed: true, success: 'passed' },
    });
    session.reset();
    expect(session.load('flag-route')).toBeNull();
    expect(fake.last().status).toMatchObject({ completed: true, success: 'passed', score: null });
  });

  it('saves the page the learner is on', () => {
    const { session, fake, timers, storage } = start();
    session.setLocation('scenarios/flag-route/');
    timers.advance(20);
    expect(fake.last().location).toBe('scenarios/flag-route/');
    expect(JSON.parse(storage.getItem(copyKey)!)).toMatchObject({
      location: 'scenarios/flag-route/',
    });
  });

  it("without an LMS, resumes from this browser's copy, the only record there is", () => {
    const storage = memoryStorage();
    const first = createTrackingSession({
      course,
      tracker: createLocalTracker(),
      storage,
      contentLocation,
    });
    first.save('flag-route', record);
    first.finish();
    const second = createTrackingSession({
      course,
      tracker: createLocalTracker(),
      storage,
      contentLocation,
    });
    expect(second.load('flag-route')).toMatchObject({ choices: ['phone'] });
    expect(second.snapshot().notices).toEqual([]);
  });

  it('in facilitator mode keeps nothing in the browser', () => {
    const fake = fakeTracker({}, 'none');
    const storage = memoryStorage();
    const session = createTrackingSession({ course, tracker: fake.tracker, storage });
    session.save('flag-route', record);
    expect(storage.items.size).toBe(0);
    expect(session.snapshot().notices).toEqual(['facilitator']);
    session.finish();
  });

  it("hands out copies, so a page cannot change the session's records behind its back", () => {
    const { session } = start();
    session.save('flag-route', record);
    session.load('flag-route')!.choices.push('letter');
    expect(session.load('flag-route')!.choices).toEqual(['phone']);
  });
});
