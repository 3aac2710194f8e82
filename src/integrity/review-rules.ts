import type { Translate } from '../i18n/messages';
import { countLabel } from '../vocabulary/labels';
import type { Review } from '../schemas/teaching-page';
import type { Problem } from '../schemas/problem';
import { formatLongDate } from '../vocabulary/format';

/**
 * Clinical review dates. Every scenario's teaching page records who reviewed it, when, and when it
 * must be reviewed again (the content brief's Review section); contract requirements change every
 * April, so content past its date must not quietly reach learners.
 *
 * - Within 30 days of review-by: a warning, so there is time to arrange the review.
 * - Past review-by: an "overdue" problem. `npm run package` stops on it unless --allow-overdue is
 *   given (and then prints which scenarios are overdue); `npm run check:content` reports it as an
 *   error unless --allow-overdue; the site build only warns, so a developer can still build.
 */

/** How many days before review-by the checks start warning. */
export const reviewWarningDays = 30;

/** Lets tests (and anyone asking "what will be overdue by my next induction?") set the date. */
export const todayVariable = 'ACROSS_TODAY';

const dayMs = 24 * 60 * 60 * 1000;

/** Midnight UTC on a date's calendar day: review dates are days, not moments. */
const startOfDay = (date: Date) =>
  Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/** Today, or the date in ACROSS_TODAY (YYYY-MM-DD) when it is set. */
export function today(): Date {
  const fixed = process.env[todayVariable];
  if (fixed) {
    const date = new Date(`${fixed}T00:00:00Z`);
    if (Number.isNaN(date.getTime()))
      throw new Error(`${todayVariable} must be a date written as YYYY-MM-DD, not "${fixed}".`);
    return date;
  }
  return new Date();
}

export const formatReviewDate = (date: Date) => formatLongDate(date);

const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

/** What the page's reviewedBy says when nobody has reviewed it yet (npm run new:scenario writes this). */
export const notYetReviewed = /^\s*not yet reviewed\b/i;
export const notYetReviewedText =
  "Not yet reviewed: replace with the reviewing clinician's name and role";

/**
 * Who reviewed a page and when, for a sentence in the page's language (`t`, review.status):
 * "Last reviewed by Dr A Patel, GP on 1 May 2026", or, while the starter text is still there, "Not
 * yet reviewed by a clinician" (never "Last reviewed by Not yet reviewed").
 */
export function reviewedBy(
  t: Translate,
  review: Review,
  lead: string,
  formatDate: (date: Date) => string = formatReviewDate,
): string {
  return notYetReviewed.test(review.reviewedBy)
    ? t('review.status.notReviewedBy')
    : t('review.status.reviewedBy', {
        lead,
        name: review.reviewedBy,
        date: formatDate(review.reviewedOn),
      });
}

/** The reviewer's name for a table cell, or "Not yet reviewed" (in the page's language) while the starter text is there. */
export const reviewerName = (t: Translate, review: Review): string =>
  notYetReviewed.test(review.reviewedBy) ? t('review.status.notReviewed') : review.reviewedBy;

/** Starts every text in the files npm run new:scenario writes, until the author replaces it. */
export const starterMarker = 'Starter text:';

/**
 * A warning while a file still has starter text outside its comments: it plays, but it is not
 * ready for a clinician to review, let alone for learners (packaging stops on the missing review).
 */
export function starterTextProblems(file: string, text: string): Problem[] {
  const lines = text
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.includes(starterMarker) && !/^\s*#/.test(line));
  if (!lines.length) return [];
  return [
    {
      severity: 'warning',
      file,
      line: lines[0]!.number,
      message: `the file still has starter text in ${lines.length} place${lines.length === 1 ? '' : 's'}.`,
      fix: `replace each "${starterMarker} …" with the real case (docs/authoring.md walks through it), then ask a clinician to review it.`,
    },
  ];
}

export type ReviewCode = NonNullable<Problem['code']>;

/** A review problem is a Problem with a code, so packaging can find the ones that stop it. */
export type ReviewProblem = Problem & { code: ReviewCode; scenario: string; reviewBy: Date };

export interface ReviewedPage {
  /** The teaching page, e.g. "content/scenarios/fit-note.mdx". */
  file: string;
  scenario: string;
  review: Review;
  /** Whether the settings in force include the scenario; one left out never reaches learners. */
  included: boolean;
  /** The line of a field in the page's frontmatter. */
  lineOf: (path: (string | number)[]) => number | undefined;
}

const howToReview = (file: string) =>
  `ask a clinician to review the scenario and ${file}, then record it in review: reviewedBy (their name and role), reviewedOn (the date), and reviewBy (at most 12 months later).`;

/** The review problems of one teaching page on a given day. */
export function checkReview(page: ReviewedPage, on: Date): ReviewProblem[] {
  const { file, review } = page;
  const daysLeft = Math.round((startOfDay(review.reviewBy) - startOfDay(on)) / dayMs);
  const due = formatReviewDate(review.reviewBy);
  const base = { file, scenario: page.scenario, reviewBy: review.reviewBy };
  const problems: ReviewProblem[] = [];
  if (notYetReviewed.test(review.reviewedBy)) {
    problems.push({
      ...base,
      code: 'review-missing',
      severity: 'warning',
      line: page.lineOf(['review', 'reviewedBy']),
      field: 'review.reviewedBy',
      message: `no clinician has reviewed this scenario yet ("${review.reviewedBy.trim()}").`,
      fix: `${howToReview(file)} Packaging stops until then unless --allow-overdue is given.`,
    });
  }
  if (daysLeft < 0) {
    problems.push({
      ...base,
      code: 'review-overdue',
      severity: page.included ? 'error' : 'warning',
      line: page.lineOf(['review', 'reviewBy']),
      field: 'review.reviewBy',
      message: `the clinical review was due by ${due}: it is ${days(-daysLeft)} overdue${page.included ? '' : ' (the scenario is not in the module, so learners do not see it)'}.`,
      fix: `${howToReview(file)} To package the module meanwhile: npm run package -- --allow-overdue.`,
    });
  } else if (daysLeft <= reviewWarningDays && !problems.length) {
    // (Not reviewed at all already says more than "due soon".)
    problems.push({
      ...base,
      code: 'review-due-soon',
      severity: 'warning',
      line: page.lineOf(['review', 'reviewBy']),
      field: 'review.reviewBy',
      message:
        daysLeft === 0
          ? `the clinical review is due today (${due}).`
          : `the clinical review is due by ${due}, in ${days(daysLeft)}.`,
      fix: `arrange it now: ${howToReview(file)} After that date, packaging stops until it is done.`,
    });
  }
  return problems;
}

export const isReviewProblem = (problem: Problem): problem is ReviewProblem =>
  !!problem.code?.startsWith('review-') && 'reviewBy' in problem;

/** The problems that stop packaging: an included scenario overdue for review, or never reviewed. */
export const stopsPackaging = (problem: Problem): problem is ReviewProblem =>
  isReviewProblem(problem) &&
  ((problem.code === 'review-overdue' && problem.severity === 'error') ||
    problem.code === 'review-missing');

/**
 * The problems with overdue reviews set aside as warnings: for the site build (a developer can
 * still build) and for --allow-overdue. Nothing else changes.
 */
export function allowOverdue(problems: readonly Problem[]): Problem[] {
  return problems.map((problem) =>
    isReviewProblem(problem) && problem.code === 'review-overdue'
      ? { ...problem, severity: 'warning' as const }
      : problem,
  );
}

/** One line per scenario whose review stops packaging, for the overdue status printed with --allow-overdue. */
export function reviewStatusLines(problems: readonly Problem[], on: Date): string[] {
  return problems.filter(stopsPackaging).map((problem) => {
    if (problem.code === 'review-missing')
      return `  ${problem.scenario} (${problem.file}): not yet reviewed by a clinician.`;
    const overdue = Math.round((startOfDay(on) - startOfDay(problem.reviewBy)) / dayMs);
    return `  ${problem.scenario} (${problem.file}): review was due by ${formatReviewDate(problem.reviewBy)}, ${days(overdue)} overdue.`;
  });
}

export type ReviewState = 'in-date' | 'due-soon' | 'overdue' | 'not-reviewed';

/**
 * Where a page's review stands on a day, in the page's words (`t`, review.status; `formatDate`
 * the page's long date), for the reviewers' pages: "Overdue: review was due by …".
 */
export function reviewStatus(
  review: Review,
  on: Date,
  t: Translate,
  formatDate: (date: Date) => string = formatReviewDate,
): { state: ReviewState; label: string; detail: string; text: string } {
  const daysLeft = Math.round((startOfDay(review.reviewBy) - startOfDay(on)) / dayMs);
  const state: ReviewState = notYetReviewed.test(review.reviewedBy)
    ? 'not-reviewed'
    : daysLeft < 0
      ? 'overdue'
      : daysLeft <= reviewWarningDays
        ? 'due-soon'
        : 'in-date';
  const label = t(`review.status.${state}.label`);
  const detail = t(`review.status.${state}.detail`, {
    due: formatDate(review.reviewBy),
    days: countLabel(t, 'day', Math.abs(daysLeft)),
  });
  return { state, label, detail, text: t('review.status.text', { label, detail }) };
}
