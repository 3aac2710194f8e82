import { describe, expect, it } from 'vitest';
import {
  awaitingSignOffText,
  reviewerWithoutSignOffNote,
  signOffStatus,
} from '../../src/settings/sign-off';

const organisation = { name: 'Testshire Hospitals NHS Trust', shortName: 'Testshire' };
const signOff = {
  name: 'Dr Ruth Adeyemi',
  role: 'Consultant physician',
  date: new Date('2026-12-04T00:00:00Z'),
};

describe('local clinical sign-off as the pages say it', () => {
  it('says a scenario with no entry is awaiting sign-off, with or without any entries at all', () => {
    expect(signOffStatus({ organisation }, 'fit-note')).toEqual({
      signed: false,
      text: 'Awaiting local clinical sign-off',
    });
    expect(
      signOffStatus({ organisation, clinicalSignOff: { results: signOff } }, 'fit-note').text,
    ).toBe(awaitingSignOffText);
  });

  it('names who signed it off, their role, the date and for which organisation', () => {
    expect(
      signOffStatus({ organisation, clinicalSignOff: { 'fit-note': signOff } }, 'fit-note'),
    ).toEqual({
      signed: true,
      signOff,
      organisation: 'Testshire',
      text: 'Signed off for use at Testshire by Dr Ruth Adeyemi, Consultant physician, on 4 December 2026',
    });
  });

  it("takes the awaiting note out of the content team's reviewedBy, since the sign-off line says it", () => {
    expect(
      reviewerWithoutSignOffNote(
        'Across the Interface content team, checked against the content brief (awaiting local clinical sign-off)',
      ),
    ).toBe('Across the Interface content team, checked against the content brief');
    expect(
      reviewerWithoutSignOffNote(
        'The content team, checked against the content brief, awaiting local clinical sign-off',
      ),
    ).toBe('The content team, checked against the content brief');
    expect(reviewerWithoutSignOffNote('Dr A Reviewer, GP educator')).toBe(
      'Dr A Reviewer, GP educator',
    );
  });
});
