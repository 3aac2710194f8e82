import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../helpers/catalogue';
import {
  allowOverdue,
  checkReview,
  notYetReviewedText,
  reviewedBy,
  reviewerName,
  reviewStatus,
  starterTextProblems,
  stopsPackaging,
  today,
  todayVariable,
  type ReviewedPage,
} from '../../src/integrity/review-rules';

const en = translate('en');
const page = (review: Partial<ReviewedPage['review']> = {}, included = true): ReviewedPage => ({
  file: 'content/scenarios/tiny.mdx',
  scenario: 'tiny',
  included,
  lineOf: (path) => (path.at(-1) === 'reviewBy' ? 9 : 7),
  review: {
    reviewedBy: 'Dr A Reviewer, GP educator',
    reviewedOn: new Date('2026-11-20'),
    reviewBy: new Date('2027-11-19'),
    ...review,
  },
});
const on = (date: string) => new Date(`${date}T00:00:00Z`);
const codes = (date: string, reviewed = page()) =>
  checkReview(reviewed, on(date)).map((problem) => `${problem.severity} ${problem.code}`);

afterEach(() => {
  delete process.env[todayVariable];
});

describe('clinical review dates', () => {
  it('says nothing more than 30 days before review-by', () => {
    expect(codes('2027-10-19')).toEqual([]);
  });

  it('warns from 30 days before review-by, up to and including the day itself', () => {
    expect(codes('2027-10-20')).toEqual(['warning review-due-soon']);
    expect(checkReview(page(), on('2027-11-19'))[0]!.message).toBe(
      'the clinical review is due today (19 November 2027).',
    );
  });

  it('is overdue from the day after review-by, which stops packaging', () => {
    const problems = checkReview(page(), on('2027-11-20'));
    expect(problems.map((problem) => problem.message)).toEqual([
      'the clinical review was due by 19 November 2027: it is 1 day overdue.',
    ]);
    expect(problems.filter(stopsPackaging)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', line: 9, field: 'review.reviewBy' });
  });

  it('only warns about an overdue scenario the module leaves out', () => {
    expect(codes('2027-12-01', page({}, false))).toEqual(['warning review-overdue']);
    expect(checkReview(page({}, false), on('2027-12-01')).filter(stopsPackaging)).toEqual([]);
  });

  it('warns about a page no clinician has reviewed, and stops packaging on it', () => {
    const problems = checkReview(page({ reviewedBy: notYetReviewedText }), on('2027-11-01'));
    expect(problems.map((problem) => `${problem.severity} ${problem.code}`)).toEqual([
      'warning review-missing',
    ]);
    expect(problems.filter(stopsPackaging)).toHaveLength(1);
  });

  it('sets overdue reviews aside as warnings, for the site build and --allow-overdue', () => {
    const problems = checkReview(page(), on('2028-01-01'));
    expect(allowOverdue(problems).map((problem) => problem.severity)).toEqual(['warning']);
  });

  it('describes where each review stands, in words', () => {
    expect(reviewStatus(page().review, on('2027-01-01'), en).text).toBe(
      'In date: next review by 19 November 2027',
    );
    expect(reviewStatus(page().review, on('2027-11-09'), en).text).toBe(
      'Due soon: review by 19 November 2027, in 10 days',
    );
    expect(reviewStatus(page().review, on('2027-11-21'), en).text).toBe(
      'Overdue: review was due by 19 November 2027, 2 days ago',
    );
    expect(
      reviewStatus(page({ reviewedBy: notYetReviewedText }).review, on('2027-01-01'), en).state,
    ).toBe('not-reviewed');
  });

  it('describes it in the page’s language and date format', () => {
    const welsh = reviewStatus(
      page().review,
      on('2027-11-21'),
      translate('cy'),
      () => '19 Tachwedd 2027',
    );
    expect(welsh.text).toBe(
      'Yn hwyr: roedd yr adolygiad i fod erbyn 19 Tachwedd 2027, 2 diwrnod yn ôl',
    );
    const starter = { ...page().review, reviewedBy: notYetReviewedText };
    expect(reviewedBy(translate('cy'), starter, 'Cynnwys wedi’i adolygu')).toBe(
      'Heb ei adolygu eto gan glinigydd',
    );
  });

  it('takes today from ACROSS_TODAY when it is set, and rejects a date it cannot read', () => {
    process.env[todayVariable] = '2027-12-01';
    expect(today().toISOString()).toBe('2027-12-01T00:00:00.000Z');
    process.env[todayVariable] = '1 December 2027';
    expect(() => today()).toThrow(
      'ACROSS_TODAY must be a date written as YYYY-MM-DD, not "1 December 2027".',
    );
  });
});

describe('starter text', () => {
  it('counts it outside YAML comments and points at the first', () => {
    const text =
      '# replace every "Starter text:" below\nid: x\ntitle: "Starter text: a title"\nsummary: "Starter text: a summary"\n';
    expect(starterTextProblems('scenarios/x.yaml', text)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 3,
        message: 'the file still has starter text in 2 places.',
      }),
    ]);
    expect(starterTextProblems('scenarios/x.yaml', 'id: x\n')).toEqual([]);
  });

  it('never says "Last reviewed by Not yet reviewed"', () => {
    const reviewedOn = new Date('2026-05-01T00:00:00Z');
    const reviewBy = new Date('2027-05-01T00:00:00Z');
    expect(
      reviewedBy(en, { reviewedBy: 'Dr A Patel, GP', reviewedOn, reviewBy }, 'Last reviewed'),
    ).toBe('Last reviewed by Dr A Patel, GP on 1 May 2026');
    const starter = { reviewedBy: notYetReviewedText, reviewedOn, reviewBy };
    expect(reviewedBy(en, starter, 'Content reviewed')).toBe('Not yet reviewed by a clinician');
    expect(reviewerName(translate('en'), starter)).toBe('Not yet reviewed');
    expect(reviewerName(translate('cy'), starter)).toBe('Heb ei adolygu eto');
  });
});
