import type { ClinicalSignOff, Settings } from '../schemas/settings';
import { formatLongDate } from '../vocabulary/format';

/**
 * A trust's local clinical sign-off of a scenario, as the scenario page, the about page and the
 * review pages say it. Pure, so pages and tests share it. Nothing here claims a review that did
 * not happen: without an entry in the settings' clinicalSignOff, a scenario is awaiting sign-off.
 */

/** The words every page uses for a scenario no local clinician has signed off. */
export const awaitingSignOffText = 'Awaiting local clinical sign-off';

/**
 * The note teaching pages add to reviewedBy while the content is only checked against the brief,
 * e.g. "Across the Interface content team, checked against the content brief (awaiting local
 * clinical sign-off)". Pages show the sign-off on its own, so they leave the note out.
 */
const awaitingNote =
  /\s*(?:\(\s*awaiting local clinical sign-off\s*\)|[,;]\s*awaiting local clinical sign-off\b)/i;

/** reviewedBy without the "(awaiting local clinical sign-off)" note, which the sign-off line replaces. */
export function reviewerWithoutSignOffNote(reviewedBy: string): string {
  return reviewedBy.replace(awaitingNote, '').trim();
}

export type SignOffStatus =
  | { signed: true; signOff: ClinicalSignOff; organisation: string; text: string }
  | { signed: false; text: string };

/** The sign-off line in another language: its words, and how it writes a date. */
export interface SignOffWording {
  awaiting: string;
  /** With {organisation}, {name}, {role} and {date}. */
  signed: (values: { organisation: string; name: string; role: string; date: string }) => string;
  formatDate: (date: Date) => string;
}

const englishWording: SignOffWording = {
  awaiting: awaitingSignOffText,
  signed: ({ organisation, name, role, date }) =>
    `Signed off for use at ${organisation} by ${name}, ${role}, on ${date}`,
  formatDate: (date) => formatLongDate(date),
};

/** Whether, by whom and when the organisation in the settings signed a scenario off. */
export function signOffStatus(
  settings: Pick<Settings, 'clinicalSignOff' | 'organisation'>,
  scenarioId: string,
  wording: SignOffWording = englishWording,
): SignOffStatus {
  const signOff = settings.clinicalSignOff?.[scenarioId];
  if (!signOff) return { signed: false, text: wording.awaiting };
  const organisation = settings.organisation.shortName;
  return {
    signed: true,
    signOff,
    organisation,
    text: wording.signed({
      organisation,
      name: signOff.name,
      role: signOff.role,
      date: wording.formatDate(signOff.date),
    }),
  };
}
