import { describe, expect, it } from 'vitest';
import { teachingPageSchema } from '../../src/schemas/teaching-page';

const validPage = () => ({
  scenario: 'tiny',
  title: 'Tiny',
  description: 'A tiny page.',
  learningOutcomes: ['Phone first.'],
  discussionQuestions: ['Why?'],
  review: { reviewedBy: 'Dr A Reviewer', reviewedOn: '2026-11-20', reviewBy: '2027-11-19' },
  sources: [{ title: 'NHS Standard Contract', publisher: 'NHS England', year: '2017–19' }],
});

function issuesOf(input: unknown) {
  const result = teachingPageSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('teaching page schema', () => {
  it('accepts a valid page and reads dates', () => {
    const parsed = teachingPageSchema.parse(validPage());
    expect(parsed.review.reviewBy).toEqual(new Date('2027-11-19'));
  });

  it('limits the review-by date to 12 months after the review', () => {
    const page = validPage();
    page.review.reviewBy = '2027-12-01';
    expect(issuesOf(page)).toEqual([
      'review.reviewBy: reviewBy must be no more than 12 months after reviewedOn',
    ]);
  });

  it('requires the review-by date to follow the review', () => {
    const page = validPage();
    page.review.reviewBy = '2026-01-01';
    expect(issuesOf(page)).toEqual(['review.reviewBy: reviewBy must be later than reviewedOn']);
  });

  it('rejects a date that is not a date', () => {
    const page = validPage();
    page.review.reviewedOn = 'last Tuesday';
    expect(issuesOf(page)).toContain('review.reviewedOn: must be a date written as YYYY-MM-DD');
  });

  it('requires sources', () => {
    expect(issuesOf({ ...validPage(), sources: [] })).toEqual([
      'sources: must list at least one source',
    ]);
  });
});
