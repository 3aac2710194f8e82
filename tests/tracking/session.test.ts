import { describe, expect, it } from 'vitest';
import type { ScenarioRecord } from '../../src/progress/progress-store';
import { encodeProgress } from '../../src/tracking/progress-codec';
import { browserCopyKey, createTrackingSession, type SessionOptions } from '../../src/tracking/session';
import type { LmsStart } from '../../src/tracking/tracker';
import { tinyCourse } from './support/courses';
import { fakeTracker, manualTimers, memoryStorage } from './support/fakes';

const course = tinyCourse();
const copyKey = browserCopyKey(course.moduleId, 'learner-1');
const record: ScenarioRecord = { choices: ['phone'], at: 'second-call', updatedAt: '2026-11-21T09:00:00.000Z' };
const finished = (score: number): ScenarioRecord => ({ choices: [], at: 'opening', finished: { ending: 'good-ending', outcome: 'recommended', score, maxScore: 20 } });
const encoded = (records: Record<string, ScenarioRecord>, savedAt: number, version = '1.0.0') =>
  encodeProgress(version === course.version ? course : tinyCourse({ version }), { savedAt, records });

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
    ...options,
  });
  return { session, fake, timers, storage, logged };
}

describe('a tracking session', () => {
  it('opens by telling the LMS the attempt is under way and may be resumed', () => {
    const { fake, session } = start();
    expect(fake.log.commits).toBe(1);
    expect(fake.last().status).toEqual({ completed: false, success: 'unknown', score: null, progress: 0, suspend: true });
    expect(fake.last().suspendData).toMatch(/^2~1\.0\.0~[0-9a-z]+~$/);
    expect(session.snapshot()).toMatchObject({ mode: 'scorm12', notices: [], ended: false, learnerName: 'Okafor, Amara' });
  });

  it('resumes from the LMS: every scenario and the bookmarked page', () => {
    const { session } = start({ suspendData: encoded({ 'flag-route': record }, 1_700_000_000_000), location: 'scenarios/flag-route/' });
    expect(session.load('flag-route')).toMatchObject({ choices: ['phone'], at: 'second-call' });
    expect(session.load('flag-route-copy')).toBeNull();
    expect(session.snapshot().location).toBe('scenarios/flag-route/');
  });

  it('resumes from this browser\'s copy when it is newer than the LMS\'s (the last saves failed)', () => {
    const storage = memoryStorage({
      [copyKey]: JSON.stringify({ suspendData: encoded({ 'flag-route': finished(20) }, 1_700_000_100_000), location: 'scenarios/' }),
    });
    const { session } = start({ suspendData: encoded({ 'flag-route': record }, 1_700_000_000_000) }, { storage });
    expect(session.load('flag-route')?.finished?.score).toBe(20);
    expect(session.snapshot().location).toBe('scenarios/');
  });

  it('prefers the LMS when it is newer (the learner carried on on another computer)', () => {
    const storage = memoryStorage({ [copyKey]: JSON.stringify({ suspendData: encoded({ 'flag-route': record }, 1_700_000_000_000), location: '' }) });
    const { session } = start({ suspendData: encoded({ 'flag-route': finished(5) }, 1_700_000_100_000) }, { storage });
    expect(session.load('flag-route')?.finished?.score).toBe(5);
  });

  it('starts afresh, says so and keeps the LMS\'s completion when the content version changed', () => {
    const { session, fake } = start({ suspendData: encoded({ 'flag-route': record }, 1_700_000_000_000, '0.9.0'), prior: { completed: true, success: 'passed' } });
    expect(session.load('flag-route')).toBeNull();
    expect(session.snapshot().notices).toContain('progress-reset');
    expect(fake.last().status).toMatchObject({ completed: true, success: 'passed', score: null, suspend: false });
  });

  it.each(['garbage', '1~1.0.0~zz~!!', '{"a":1}', '1~1.0.0'])('starts afresh from corrupt suspend data %j without throwing', (suspendData) => {
    const { session } = start({ suspendData });
    expect(session.load('flag-route')).toBeNull();
    expect(session.snapshot().notices).toContain('progress-reset');
  });

  it('reports a decision and the save it causes in one commit, numbering interactions after the LMS\'s', () => {
    const { session, fake, timers } = start({ interactionCount: 4 });
    session.recordDecision({ scenarioId: 'flag-route', decisionId: 'first-call', choiceId: 'phone', at: '2026-11-21T10:00:00.000Z' });
    session.save('flag-route', record);
    expect(fake.log.commits).toBe(1);
    timers.advance(50);
    expect(fake.log.commits).toBe(2);
    expect(fake.log.interactions.map(([index, interaction]) => [index, interaction.id, interaction.response])).toEqual([[4, 'urn:tiny-module:flag-route:first-call', 'a']]);
    expect(fake.last().suspendData).toContain('.');
  });

  it('keeps this browser\'s copy of every change at once, whatever the LMS does', () => {
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
    session.recordDecision({ scenarioId: 'flag-route', decisionId: 'first-call', choiceId: 'phone', at: '2026-11-21T10:00:00.000Z' });
    session.recordDecision({ scenarioId: 'flag-route', decisionId: 'second-call', choiceId: 'rebook', at: '2026-11-21T10:01:00.000Z' });
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
    const { session, fake } = start({ suspendData: encoded({ 'flag-route': finished(20), 'flag-route-copy': finished(20) }, 1_700_000_000_000), prior: { completed: true, success: 'passed' } });
    session.reset();
    expect(session.load('flag-route')).toBeNull();
    expect(fake.last().status).toMatchObject({ completed: true, success: 'passed', score: null });
  });

  it('saves the page the learner is on', () => {
    const { session, fake, timers, storage } = start();
    session.setLocation('scenarios/flag-route/');
    timers.advance(20);
    expect(fake.last().location).toBe('scenarios/flag-route/');
    expect(JSON.parse(storage.getItem(copyKey)!)).toMatchObject({ location: 'scenarios/flag-route/' });
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

  it('hands out copies, so a page cannot change the session\'s records behind its back', () => {
    const { session } = start();
    session.save('flag-route', record);
    session.load('flag-route')!.choices.push('letter');
    expect(session.load('flag-route')!.choices).toEqual(['phone']);
  });
});
