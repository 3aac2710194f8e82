import type { ClinicalSignOff } from '../schemas/settings';
import type { Review } from '../schemas/teaching-page';
import type { Problem } from '../schemas/problem';
import { formatReviewDate } from './review-rules';

/**
 * A trust's clinical sign-off must be one that happened, of the content it will ship: for a
 * scenario that exists, on a day that has come, and not before the scenario's last content review
 * (a reviewer who signed on 1 December did not see the text changed on 6 December).
 */

export interface SignOffCheck {
  /** The sign-off entries in force, by scenario id. */
  signOffs: Record<string, ClinicalSignOff> | undefined;
  /** The scenario ids that exist (files in scenarios/). */
  scenarios: ReadonlySet<string>;
  /** Each scenario's teaching page review, by scenario id, where the page could be read. */
  reviews: ReadonlyMap<string, { file: string; review: Review }>;
  /** The file and line a settings field comes from (the trust's file where it sets it). */
  at: (fieldPath: (string | number)[]) => { file: string; line?: number; field: string };
}

export function checkSignOffs(
  { signOffs, scenarios, reviews, at }: SignOffCheck,
  on: Date,
): Problem[] {
  const problems: Problem[] = [];
  const today = Date.UTC(on.getUTCFullYear(), on.getUTCMonth(), on.getUTCDate());
  for (const [id, signOff] of Object.entries(signOffs ?? {})) {
    if (!scenarios.has(id)) {
      problems.push({
        severity: 'error',
        ...at(['clinicalSignOff', id]),
        message: `the sign-off names the scenario "${id}", but there is no scenarios/${id}.yaml.`,
        fix: `use the id of a scenario (${[...scenarios].join(', ') || 'none yet'}), or remove the entry.`,
      });
      continue;
    }
    if (signOff.date.getTime() > today) {
      problems.push({
        severity: 'error',
        ...at(['clinicalSignOff', id, 'date']),
        message: `the sign-off of "${id}" is dated ${formatReviewDate(signOff.date)}, which is in the future.`,
        fix: `record the day the clinician signed, once they have; until then leave the entry out, and the module says the scenario is awaiting local clinical sign-off.`,
      });
      continue;
    }
    const page = reviews.get(id);
    if (page && signOff.date < page.review.reviewedOn) {
      problems.push({
        severity: 'error',
        ...at(['clinicalSignOff', id, 'date']),
        message: `the sign-off of "${id}" is dated ${formatReviewDate(signOff.date)}, before the content was last reviewed on ${formatReviewDate(page.review.reviewedOn)} (${page.file}), so the clinician signed an earlier version.`,
        fix: `ask the clinician to read the current review script at /review/${id}/script/ and sign it again, then record the new date (docs/tailoring.md, "Recording clinical sign-off"); or remove the entry.`,
      });
    }
  }
  return problems;
}
