import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scorm2004API } from 'scorm-again';
import type { Scorm2004Api } from '../../src/tracking/api-discovery';
import { decodeProgress } from '../../src/tracking/progress-codec';
import { createScorm2004Tracker } from '../../src/tracking/scorm-trackers';
import { activityCopyKey, createTrackingSession } from '../../src/tracking/session';
import { fixture } from '../helpers/load-scenario';
import { contentAtVersion1, currentContent } from './support/courses';
import { memoryStorage } from './support/fakes';

/**
 * A real attempt as Moodle 4.5.6 stored it: one learner's "Track details" download for the SCORM
 * 2004 package (a passed attempt, 77.67, every element Moodle keeps), from the cohort run that
 * found issue 13. Moodle launched the next attempt with entry ab-initio and no suspend data, and
 * a review of this one with mode review; the module must not carry the pass into the first or
 * write anything in the second.
 */
function trackDetails(): Record<string, string> {
  const text = readFileSync(
    fixture('tracking/moodle-4.5-scorm2004-track-details.csv'),
    'utf8',
  ).replace(/^\uFEFF/, '');
  const [header, ...rows] = text.trimEnd().split('\n');
  expect(header).toBe('Element,Value');
  return Object.fromEntries(
    rows.map((row) => {
      const comma = row.indexOf(',');
      const value = row.slice(comma + 1);
      return [
        row.slice(0, comma),
        value.startsWith('"') ? value.slice(1, -1).replace(/""/g, '"') : value,
      ];
    }),
  );
}

// The attempt was stored by version 1.0.0 of the content, so it is replayed against that content.
const { course } = contentAtVersion1();
const stored = trackDetails();
const contentLocation = '/pluginfile.php/91/mod_scorm/content/1/';
const copyKey = activityCopyKey(course.moduleId, 'ati-a-01', contentLocation);

/** Moodle's SCORM 2004 API at a launch, in scorm-again, recording every SetValue and Commit. */
function moodleLaunch(values: Record<string, string>) {
  const api = new Scorm2004API({ logLevel: 5, autocommit: false });
  api.loadFromFlattenedJSON({
    'cmi.learner_id': 'ati-a-01',
    'cmi.learner_name': 'Ní Bhriain, Aoife',
    ...values,
  });
  const writes: string[] = [];
  const recording = {
    Initialize: (parameter: string) => api.Initialize(parameter),
    Terminate: (parameter: string) => api.Terminate(parameter),
    GetValue: (element: string) => api.GetValue(element),
    SetValue: (element: string, value: string) => {
      writes.push(element);
      return api.SetValue(element, value);
    },
    Commit: (parameter: string) => {
      writes.push('Commit');
      return api.Commit(parameter);
    },
    GetLastError: () => api.GetLastError(),
    GetErrorString: (code: string) => api.GetErrorString(code),
    GetDiagnostic: (code: string) => api.GetDiagnostic(code),
  };
  const tracker = createScorm2004Tracker(recording as unknown as Scorm2004Api);
  expect(tracker.initialize()).toBe(true);
  return { tracker, writes, cmi: () => api.getFlattenedCMI() as Record<string, string> };
}

/** What the attempt's own launches left in this browser: its progress, under this activity. */
const browserWithThatAttempt = () =>
  memoryStorage({
    [copyKey]: JSON.stringify({
      suspendData: stored['cmi.suspend_data'],
      location: stored['cmi.location'],
    }),
  });

describe('a passed Moodle 4.5 attempt, relaunched', () => {
  it('is what the fixture says: passed, 77.67, every scenario in its suspend data', () => {
    expect(stored).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.raw': '77.67',
    });
    const decoded = decodeProgress(course, stored['cmi.suspend_data']);
    expect(
      decoded.ok && Object.keys(decoded.progress.records).length,
      `suspend data from a real Moodle attempt at version 1.0.0: ${JSON.stringify(decoded.ok || decoded.reason)}`,
    ).toBe(course.scenarios.length);
    // The content has changed since: the current version must refuse it rather than replay
    // choices into renamed nodes (docs/lms.md, "Saved progress").
    expect(decodeProgress(currentContent().course, stored['cmi.suspend_data'])).toEqual({
      ok: false,
      reason: 'other-version',
    });
  });

  it("as Moodle's next attempt (entry ab-initio, no suspend data) starts empty, reports incomplete with no score, and says why", () => {
    const lms = moodleLaunch({
      'cmi.entry': 'ab-initio',
      'cmi.mode': 'normal',
      'cmi.credit': 'credit',
    });
    const session = createTrackingSession({
      course,
      tracker: lms.tracker,
      storage: browserWithThatAttempt(),
      contentLocation,
      log: () => {},
    });
    for (const scenario of course.scenarios) expect(session.load(scenario.id)).toBeNull();
    const cmi = lms.cmi();
    expect(cmi).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.exit': 'suspend',
    });
    expect(cmi['cmi.score.raw'] ?? '').toBe('');
    const written = decodeProgress(course, cmi['cmi.suspend_data']);
    expect(written.ok && written.progress.records).toEqual({});
    expect(lms.writes.filter((element) => element.startsWith('cmi.interactions.'))).toEqual([]);
    expect(session.snapshot().notices).toEqual(['new-attempt']);
  });

  it("in Moodle's review (mode review, no credit) shows the attempt and writes nothing at all", () => {
    const lms = moodleLaunch({
      'cmi.entry': '',
      'cmi.mode': 'review',
      'cmi.credit': 'no-credit',
      'cmi.completion_status': stored['cmi.completion_status']!,
      'cmi.success_status': stored['cmi.success_status']!,
      'cmi.suspend_data': stored['cmi.suspend_data']!,
      'cmi.location': stored['cmi.location']!,
    });
    const session = createTrackingSession({
      course,
      tracker: lms.tracker,
      storage: browserWithThatAttempt(),
      contentLocation,
      log: () => {},
    });
    expect(session.load('clinic-letter')?.finished).toBeTruthy();
    session.setLocation('scenarios/');
    session.flush();
    session.finish();
    expect(lms.writes).toEqual([]);
  });

  it('in another activity with the same package, sees none of it', () => {
    const lms = moodleLaunch({
      'cmi.entry': 'resume',
      'cmi.mode': 'normal',
      'cmi.credit': 'credit',
    });
    const session = createTrackingSession({
      course,
      tracker: lms.tracker,
      storage: browserWithThatAttempt(),
      contentLocation: '/pluginfile.php/97/mod_scorm/content/1/',
      log: () => {},
    });
    for (const scenario of course.scenarios) expect(session.load(scenario.id)).toBeNull();
    expect(lms.cmi()).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
    });
  });
});
