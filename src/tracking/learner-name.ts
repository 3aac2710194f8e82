import { findLauncherSession } from './launcher-session';

export interface LearnerName {
  /** As the LMS holds it, usually "Last, First". */
  asRecorded: string;
  /** In reading order, "First Last", for a certificate. */
  display: string;
}

/** Control characters and runs of spaces have no place on a certificate. */
const tidy = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- the control characters are what it removes
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Turns the LMS's "Last, First" into "First Last". Only the first comma splits: everything after
 * it counts as given names. A name without a comma is used as it is.
 */
export function formatLearnerName(recorded: string | null | undefined): LearnerName | null {
  const asRecorded = tidy(recorded ?? '').slice(0, 250);
  if (!asRecorded) return null;
  const comma = asRecorded.indexOf(',');
  if (comma < 0) return { asRecorded, display: asRecorded };
  const last = asRecorded.slice(0, comma).trim();
  const first = asRecorded.slice(comma + 1).trim();
  return { asRecorded, display: [first, last].filter(Boolean).join(' ') };
}

/**
 * The learner's name from the LMS, for the certificate; null outside an LMS. It is plain text:
 * render it as text (a React text node, textContent), never as HTML.
 */
export function getLearnerName(): LearnerName | null {
  try {
    return formatLearnerName(findLauncherSession()?.snapshot().learnerName);
  } catch {
    return null;
  }
}
