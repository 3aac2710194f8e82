import { describe, expect, it } from 'vitest';
// The package's main entry: its per-version entries are typed as default exports but export names.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Scorm12Api, Scorm2004Api } from '../../src/tracking/api-discovery';
import {
  createScorm12Tracker,
  createScorm2004Tracker,
  scorm12Limits,
} from '../../src/tracking/scorm-trackers';
import type { CourseStatus } from '../../src/progress/course-status';
import type { ProgressReport } from '../../src/tracking/tracker';

/** scorm-again as a stand-in LMS, with what the LMS would hold at launch. */
function lms12(values: Record<string, string> = {}) {
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromFlattenedJSON({
    'cmi.core.student_id': 'learner-1',
    'cmi.core.student_name': 'Okafor, Amara',
    'cmi.core.lesson_status': 'not attempted',
    ...values,
  });
  const flat = () => api.getFlattenedCMI() as Record<string, unknown>;
  return { api, tracker: createScorm12Tracker(api as unknown as Scorm12Api), flat };
}
function lms2004(values: Record<string, string> = {}) {
  const api = new Scorm2004API({ logLevel: 5 });
  api.loadFromFlattenedJSON({
    'cmi.learner_id': 'learner-1',
    'cmi.learner_name': 'Okafor, Amara',
    ...values,
  });
  const flat = () => api.getFlattenedCMI() as Record<string, unknown>;
  return { api, tracker: createScorm2004Tracker(api as unknown as Scorm2004Api), flat };
}

const incomplete: CourseStatus = {
  completed: false,
  success: 'unknown',
  score: 50,
  progress: 0.5,
  suspend: true,
};
const passed: CourseStatus = {
  completed: true,
  success: 'passed',
  score: 72.5,
  progress: 1,
  suspend: false,
};
const report = (status: CourseStatus, extra: Partial<ProgressReport> = {}): ProgressReport => ({
  status,
  location: 'scenarios/fit-note/',
  suspendData: '1~1.0.0~t5k2wq~',
  sessionMilliseconds: 65_430,
  ...extra,
});

const cmiTimespan = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;

describe('the SCORM 1.2 tracker', () => {
  it('reads what the LMS holds at launch', () => {
    const { tracker } = lms12({
      'cmi.core.entry': 'resume',
      'cmi.suspend_data': 'abc',
      'cmi.core.lesson_location': 'scenarios/',
      'cmi.core.lesson_status': 'passed',
    });
    expect(tracker.initialize()).toBe(true);
    expect(tracker.start()).toEqual({
      learnerId: 'learner-1',
      learnerName: 'Okafor, Amara',
      suspendData: 'abc',
      location: 'scenarios/',
      prior: { completed: true, success: 'passed' },
      entry: 'resume',
      mode: 'normal',
      credit: 'credit',
      interactionCount: 0,
      languagePreference: '',
    });
  });

  it("reads the learner's language preference from cmi.student_preference.language", () => {
    const { tracker } = lms12({ 'cmi.student_preference.language': 'cy-GB' });
    tracker.initialize();
    expect(tracker.start().languagePreference).toBe('cy-GB');
  });

  it('reads the entry, lesson mode and credit the LMS launched with, and anything unknown as the default', () => {
    const review = lms12({
      'cmi.core.entry': '',
      'cmi.core.lesson_mode': 'review',
      'cmi.core.credit': 'no-credit',
    });
    review.tracker.initialize();
    expect(review.tracker.start()).toMatchObject({
      entry: '',
      mode: 'review',
      credit: 'no-credit',
    });
    const first = lms12({ 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_mode': 'browse' });
    first.tracker.initialize();
    expect(first.tracker.start()).toMatchObject({
      entry: 'ab-initio',
      mode: 'browse',
      credit: 'credit',
    });
  });

  it('reports an attempt in progress: incomplete, suspended, score on 0-100, strict session time', () => {
    const { tracker, flat } = lms12();
    tracker.initialize();
    expect(tracker.writeProgress(report(incomplete))).toEqual({ ok: true, rejected: [] });
    expect(tracker.commit()).toBe(true);
    expect(flat()).toMatchObject({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.exit': 'suspend',
      'cmi.core.score.raw': '50',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.lesson_location': 'scenarios/fit-note/',
      'cmi.suspend_data': '1~1.0.0~t5k2wq~',
      'cmi.core.session_time': '00:01:05.43',
    });
    expect(flat()['cmi.core.session_time']).toMatch(cmiTimespan);
  });

  it('reports a finished module as passed or failed, and exit "" (1.2 has no "normal")', () => {
    const { tracker, flat } = lms12();
    tracker.initialize();
    tracker.writeProgress(report(passed));
    expect(flat()).toMatchObject({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.exit': '',
      'cmi.core.score.raw': '72.5',
    });
    tracker.writeProgress(report({ ...passed, success: 'failed' }));
    expect(flat()['cmi.core.lesson_status']).toBe('failed');
    tracker.writeProgress(report({ ...passed, success: 'unknown' }));
    expect(flat()['cmi.core.lesson_status']).toBe('completed');
  });

  it(`does not send suspend data over ${scorm12Limits.suspendData} characters, which scorm-again would accept`, () => {
    const { tracker, flat } = lms12();
    tracker.initialize();
    const outcome = tracker.writeProgress(report(incomplete, { suspendData: 'x'.repeat(4097) }));
    expect(outcome.ok).toBe(false);
    expect(outcome.rejected[0]).toContain('4097 characters');
    expect(flat()['cmi.suspend_data']).toBe('');
    expect(tracker.writeProgress(report(incomplete, { suspendData: 'x'.repeat(4096) })).ok).toBe(
      true,
    );
  });

  it('leaves the bookmark alone on the home page (""), keeping the last other page', () => {
    const { tracker, flat } = lms12();
    tracker.initialize();
    tracker.writeProgress(report(incomplete));
    expect(tracker.writeProgress(report(incomplete, { location: '' }))).toEqual({
      ok: true,
      rejected: [],
    });
    expect(flat()['cmi.core.lesson_location']).toBe('scenarios/fit-note/');
  });

  it('reports what the LMS refused, and an API that throws as a refusal', () => {
    const broken = {
      LMSInitialize: () => 'true',
      LMSFinish: () => 'true',
      LMSGetValue: () => {
        throw new Error('gone');
      },
      LMSSetValue: () => 'false',
      LMSCommit: () => {
        throw new Error('gone');
      },
      LMSGetLastError: () => '101',
      LMSGetErrorString: () => 'General exception',
    };
    const tracker = createScorm12Tracker(broken);
    expect(tracker.start().suspendData).toBe('');
    const outcome = tracker.writeProgress(report(incomplete));
    expect(outcome.ok).toBe(false);
    expect(outcome.rejected).toContain('cmi.suspend_data: 101 General exception');
    expect(tracker.commit()).toBe(false);
  });
});

describe('the SCORM 2004 tracker', () => {
  it('reads what the LMS holds at launch', () => {
    const { tracker } = lms2004({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'failed',
      'cmi.suspend_data': 'abc',
      'cmi.location': 'scenarios/',
    });
    tracker.initialize();
    expect(tracker.start()).toMatchObject({
      learnerName: 'Okafor, Amara',
      suspendData: 'abc',
      location: 'scenarios/',
      prior: { completed: true, success: 'failed' },
    });
  });

  it("reads the learner's language preference from cmi.learner_preference.language", () => {
    const { tracker } = lms2004({ 'cmi.learner_preference.language': 'cy' });
    tracker.initialize();
    expect(tracker.start().languagePreference).toBe('cy');
  });

  it('reads cmi.entry, cmi.mode and cmi.credit', () => {
    const { tracker } = lms2004({
      'cmi.entry': 'ab-initio',
      'cmi.mode': 'review',
      'cmi.credit': 'no-credit',
    });
    tracker.initialize();
    expect(tracker.start()).toMatchObject({
      entry: 'ab-initio',
      mode: 'review',
      credit: 'no-credit',
    });
  });

  it('never sets cmi.location to "" (the home page), which scorm-again refuses', () => {
    const { tracker, flat } = lms2004();
    tracker.initialize();
    tracker.writeProgress(report(incomplete));
    expect(tracker.writeProgress(report(incomplete, { location: '' }))).toEqual({
      ok: true,
      rejected: [],
    });
    expect(flat()['cmi.location']).toBe('scenarios/fit-note/');
  });

  it('reports completion, success, progress and a scaled score separately', () => {
    const { tracker, flat } = lms2004();
    tracker.initialize();
    expect(tracker.writeProgress(report(incomplete))).toEqual({ ok: true, rejected: [] });
    expect(flat()).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.progress_measure': '0.5',
      'cmi.score.raw': '50',
      'cmi.score.scaled': '0.5',
      'cmi.exit': 'suspend',
      'cmi.session_time': 'PT1M5.43S',
      'cmi.location': 'scenarios/fit-note/',
    });
    tracker.writeProgress(report(passed));
    expect(flat()).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.scaled': '0.725',
      'cmi.exit': 'normal',
    });
    expect(tracker.commit()).toBe(true);
    expect(tracker.terminate()).toBe(true);
  });
});
