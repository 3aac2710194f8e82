import type { Scenario } from '../schemas/scenario';
import type { Review } from '../schemas/teaching-page';
import type { Problem } from '../schemas/problem';
import { formatReviewDate } from './review-rules';

/**
 * Review dates against the April contract change (CONTENT-RULES.md rule 4; docs/authoring.md).
 * The NHS Standard Contract changes every April, so a teaching page that cites it, in its own
 * text or in its scenario's sources, must be due for review by the 31 March that ends the
 * contract year it was reviewed in: a review on 6 December 2026 checked the 2026/27 contract, so
 * it is due by 31 March 2027.
 */

/** What counts as citing the contract: its name, a service condition, or an SC clause number. */
const contractCitation = /standard contract|service conditions?\b|\bSC ?\d+(?:\.\d+)?|\(SC\)/i;

/** The 31 March that ends the contract year (April to March) a day falls in. */
export function endOfContractYear(day: Date): Date {
  const year = day.getUTCMonth() >= 3 ? day.getUTCFullYear() + 1 : day.getUTCFullYear();
  return new Date(Date.UTC(year, 2, 31));
}

/** Where a page first cites the contract: its own text, or a source in its scenario. */
export function contractCitationIn(
  pageText: string,
  scenario: Scenario | undefined,
): { quote: string; where: string } | undefined {
  const inPage = contractCitation.exec(pageText);
  if (inPage) return { quote: inPage[0], where: 'the page' };
  for (const node of scenario?.nodes ?? []) {
    if (node.kind !== 'decision') continue;
    for (const [source, where] of [
      [node.source, `the source of decision "${node.id}"`],
      ...node.choices.map(
        (choice) => [choice.source, `the source of choice "${choice.id}" in "${node.id}"`] as const,
      ),
    ] as const) {
      const match = source ? contractCitation.exec(source) : null;
      if (match) return { quote: match[0], where: `${where} in scenarios/${scenario!.id}.yaml` };
    }
  }
  return undefined;
}

export interface ContractReviewedPage {
  file: string;
  /** The whole file: frontmatter (sources) and body. */
  text: string;
  review: Review;
  scenario: Scenario | undefined;
  lineOf: (path: (string | number)[]) => number | undefined;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A warning when a page citing the contract is next reviewed after the contract has changed. */
export function checkContractReview(page: ContractReviewedPage): Problem[] {
  const citation = contractCitationIn(page.text, page.scenario);
  if (!citation) return [];
  const deadline = endOfContractYear(page.review.reviewedOn);
  if (page.review.reviewBy <= deadline) return [];
  return [
    {
      severity: 'warning',
      file: page.file,
      line: page.lineOf(['review', 'reviewBy']),
      field: 'review.reviewBy',
      message: `the page cites the contract ("${citation.quote}" in ${citation.where}), which changes every April, but its review is due by ${formatReviewDate(page.review.reviewBy)}, after the contract year it was reviewed in ends on ${formatReviewDate(deadline)}.`,
      fix: `set reviewBy: ${isoDate(deadline)} (or earlier), so the page is checked against each April's contract.`,
    },
  ];
}
