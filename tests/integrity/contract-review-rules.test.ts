import { describe, expect, it } from 'vitest';
import {
  checkContractReview,
  contractCitationIn,
  endOfContractYear,
} from '../../src/integrity/contract-review-rules';
import { fixture, loadScenario } from '../helpers/load-scenario';

const tiny = loadScenario(fixture('integrity/base/scenarios/tiny.yaml'));
const day = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('review dates against the April contract change', () => {
  it('ends a contract year on the 31 March after April to December, and on the coming one from January to March', () => {
    expect(
      ['2026-04-01', '2026-12-06', '2027-01-15', '2027-03-31', '2027-04-01'].map((date) =>
        iso(endOfContractYear(day(date))),
      ),
    ).toEqual(['2027-03-31', '2027-03-31', '2027-03-31', '2027-03-31', '2028-03-31']);
  });

  it('knows the contract by its name, a service condition or an SC clause, not by other words', () => {
    expect(
      [
        'the NHS Standard Contract',
        'service conditions',
        'a service condition (SC)',
        '(SC11.7 in the 2017–19 contract)',
        'SC 8.4',
      ].map((text) => contractCitationIn(text, undefined)?.quote),
    ).toEqual(['Standard Contract', 'service conditions', 'service condition', 'SC11.7', 'SC 8.4']);
    expect(
      ['the GMC contract of employment', 'a disc 3 scan', 'SCI Gateway'].map((text) =>
        contractCitationIn(text, undefined),
      ),
    ).toEqual([undefined, undefined, undefined]);
  });

  it('looks in the sources of decisions and choices in the scenario', () => {
    const scenario = {
      ...tiny,
      nodes: tiny.nodes.map((node) =>
        node.kind === 'decision' && node.id === 'follow'
          ? {
              ...node,
              choices: node.choices.map((choice, index) =>
                index === 1 ? { ...choice, source: 'Service Conditions, since 2017/18' } : choice,
              ),
            }
          : node,
      ),
    };
    expect(contractCitationIn('No contract here.', scenario)).toEqual({
      quote: 'Service Conditions',
      where: 'the source of choice "write" in "follow" in scenarios/tiny.yaml',
    });
  });

  it('warns only when a page citing the contract is next reviewed after its contract year ends', () => {
    const page = (reviewBy: string, text = 'Since 2017/18 (SC11.7 in the 2017–19 contract).') => ({
      file: 'content/scenarios/tiny.mdx',
      text,
      scenario: tiny,
      lineOf: () => 7,
      review: {
        reviewedBy: 'Dr A Reviewer',
        reviewedOn: day('2026-12-06'),
        reviewBy: day(reviewBy),
      },
    });
    expect(checkContractReview(page('2027-03-31'))).toEqual([]);
    expect(checkContractReview(page('2027-12-01', 'Please, write to me.'))).toEqual([]);
    expect(checkContractReview(page('2027-04-01'))).toEqual([
      {
        severity: 'warning',
        file: 'content/scenarios/tiny.mdx',
        line: 7,
        field: 'review.reviewBy',
        message:
          'the page cites the contract ("SC11.7" in the page), which changes every April, but its review is due by 1 April 2027, after the contract year it was reviewed in ends on 31 March 2027.',
        fix: "set reviewBy: 2027-03-31 (or earlier), so the page is checked against each April's contract.",
      },
    ]);
  });
});
