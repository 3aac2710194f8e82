import { describe, expect, it } from 'vitest';
import {
  planAttempt,
  readCredit,
  readEntry,
  readLaunchMode,
  type AttemptFacts,
} from '../../src/tracking/attempt-rules';
import type { DecodeResult } from '../../src/tracking/progress-codec';
import { noPriorStatus } from '../../src/progress/course-status';

const saved = (savedAt: number, scenarios = ['flag-route']): DecodeResult => ({
  ok: true,
  progress: {
    savedAt,
    records: Object.fromEntries(
      scenarios.map((id) => [id, { choices: ['phone'], at: 'second-call' }]),
    ),
  },
});
const empty: DecodeResult = { ok: false, reason: 'empty' };
const otherVersion: DecodeResult = { ok: false, reason: 'other-version' };
const passed = { completed: true, success: 'passed' } as const;

const facts = (overrides: Partial<AttemptFacts>): AttemptFacts => ({
  entry: 'resume',
  mode: 'normal',
  credit: 'credit',
  lms: empty,
  prior: noPriorStatus,
  copy: null,
  ...overrides,
});

describe('the attempt rules: the LMS decides what an attempt is', () => {
  describe('a new attempt (entry ab-initio)', () => {
    it('starts empty even when this browser holds a newer, passed copy, and says it is a new attempt', () => {
      expect(
        planAttempt(
          facts({ entry: 'ab-initio', copy: saved(2000, ['flag-route', 'flag-route-copy']) }),
        ),
      ).toEqual({
        start: 'empty',
        readOnly: false,
        keepCopy: true,
        prior: noPriorStatus,
        announceNewAttempt: true,
        announceReset: false,
      });
    });

    it('keeps no pass the LMS carries over from an earlier attempt', () => {
      expect(planAttempt(facts({ entry: 'ab-initio', prior: passed })).prior).toEqual(
        noPriorStatus,
      );
    });

    it("starts empty even when the LMS carries an earlier attempt's suspend data over", () => {
      expect(
        planAttempt(
          facts({
            entry: 'ab-initio',
            lms: saved(1000, ['flag-route', 'flag-route-copy']),
            prior: passed,
          }),
        ),
      ).toMatchObject({
        start: 'empty',
        prior: noPriorStatus,
        announceNewAttempt: true,
      });
    });

    it('says nothing about saved progress it would not have used anyway', () => {
      expect(
        planAttempt(facts({ entry: 'ab-initio', lms: otherVersion, copy: otherVersion }))
          .announceReset,
      ).toBe(false);
    });

    it('says nothing of a new attempt on the first one (no copy, or a copy with nothing in it)', () => {
      expect(planAttempt(facts({ entry: 'ab-initio' })).announceNewAttempt).toBe(false);
      expect(
        planAttempt(facts({ entry: 'ab-initio', copy: saved(2000, []) })).announceNewAttempt,
      ).toBe(false);
    });
  });

  describe('a resumed attempt (entry resume)', () => {
    it("uses the LMS's progress when it is as new as the copy, or newer", () => {
      expect(planAttempt(facts({ lms: saved(2000), copy: saved(2000) })).start).toBe('lms');
      expect(planAttempt(facts({ lms: saved(3000), copy: saved(2000) })).start).toBe('lms');
    });

    it("recovers from the copy when the LMS's progress is older (its last commits failed)", () => {
      expect(planAttempt(facts({ lms: saved(1000), copy: saved(2000), prior: passed }))).toEqual({
        start: 'copy',
        readOnly: false,
        keepCopy: true,
        prior: passed,
        announceNewAttempt: false,
        announceReset: false,
      });
    });

    it('recovers from the copy when the LMS lost its progress altogether', () => {
      expect(planAttempt(facts({ lms: empty, copy: saved(2000) })).start).toBe('copy');
    });

    it('starts afresh and says so when neither can be read for this content version', () => {
      expect(
        planAttempt(facts({ lms: otherVersion, copy: otherVersion, prior: passed })),
      ).toMatchObject({ start: 'empty', announceReset: true, prior: passed });
    });

    it('without credit, never recovers from the copy', () => {
      expect(
        planAttempt(facts({ credit: 'no-credit', lms: saved(1000), copy: saved(2000) })).start,
      ).toBe('lms');
      expect(planAttempt(facts({ credit: 'no-credit', lms: empty, copy: saved(2000) })).start).toBe(
        'empty',
      );
    });
  });

  describe('entry "" (neither new nor resumed)', () => {
    it('uses only what the LMS holds', () => {
      expect(planAttempt(facts({ entry: '', lms: saved(1000), copy: saved(2000) })).start).toBe(
        'lms',
      );
      expect(planAttempt(facts({ entry: '', lms: empty, copy: saved(2000) }))).toMatchObject({
        start: 'empty',
        announceReset: false,
      });
    });

    it('says nothing about an old copy it does not use', () => {
      expect(planAttempt(facts({ entry: '', lms: empty, copy: otherVersion })).announceReset).toBe(
        false,
      );
    });
  });

  describe.each(['review', 'browse'] as const)('%s mode', (mode) => {
    it.each(['ab-initio', 'resume', ''] as const)(
      "with entry %j shows the LMS's record, writes nothing and keeps no copy",
      (entry) => {
        expect(
          planAttempt(
            facts({
              mode,
              entry,
              credit: 'no-credit',
              lms: saved(1000),
              copy: saved(2000),
              prior: passed,
            }),
          ),
        ).toEqual({
          start: 'lms',
          readOnly: true,
          keepCopy: false,
          prior: passed,
          announceNewAttempt: false,
          announceReset: false,
        });
      },
    );

    it('with nothing in the LMS shows nothing, not the copy', () => {
      expect(planAttempt(facts({ mode, lms: empty, copy: saved(2000) })).start).toBe('empty');
    });
  });
});

describe('reading the launch as the LMS gives it', () => {
  it('takes the standard words and treats anything else as the default', () => {
    expect(['ab-initio', 'resume', '', 'Resume', 'normal'].map(readEntry)).toEqual([
      'ab-initio',
      'resume',
      '',
      '',
      '',
    ]);
    expect(['normal', 'review', 'browse', '', 'REVIEW'].map(readLaunchMode)).toEqual([
      'normal',
      'review',
      'browse',
      'normal',
      'normal',
    ]);
    expect(['credit', 'no-credit', '', 'none'].map(readCredit)).toEqual([
      'credit',
      'no-credit',
      'credit',
      'credit',
    ]);
  });
});
