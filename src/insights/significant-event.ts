import type { InsightsCourse } from './course';
import type { WrongTurn } from './report';

/**
 * A short significant-event-style summary of a common wrong turn, for the interface group's
 * agenda: what happened (in the cohort, not to a patient), the requirement, the two-minute fix,
 * and who to talk to, from the trust's contacts in settings.
 */
export interface SignificantEventSummary {
  title: string;
  whatHappened: string[];
  requirement: string;
  twoMinuteFix: string;
  whoToTalkTo: string;
  /** Null where the decision has changed since the learners' version: this page's notes would teach another choice. */
  teachingHref: string | null;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function significantEventSummary(
  course: InsightsCourse,
  turn: WrongTurn,
): SignificantEventSummary {
  const { choice } = turn;
  return {
    title: `${turn.scenarioTitle}: ${percent(turn.share)} of learners took the same wrong turn`,
    whatHappened: [
      `${turn.learners} of ${turn.answered} learners (${percent(turn.share)}) who reached this decision in ${course.title}, "${turn.prompt}", chose: "${choice.text}"`,
      choice.consequence === null
        ? `What follows in the scenario: ${turn.changedNote ?? "see the key's wording."}`
        : `What follows in the scenario${choice.consequenceScene ? ` (${choice.consequenceScene})` : ''}: ${choice.consequence}`,
      'This is what learners chose in a training scenario, not an incident; no learner or patient is named. It shows where induction teaching, or the local process, may need attention.',
    ],
    // Where the choice has changed, this page's requirement and fix belong to other words: say so rather than borrow them.
    requirement:
      choice.requirement ??
      turn.changedNote ??
      "The scenario's teaching notes set out the requirement behind this decision.",
    twoMinuteFix:
      turn.twoMinuteFix ??
      turn.changedNote ??
      "The scenario's teaching notes give the quick way to get this right.",
    whoToTalkTo:
      [
        course.contacts.interfaceLead ? `For the process: ${course.contacts.interfaceLead}.` : null,
        course.contacts.gpQueries
          ? `For questions from general practice: ${course.contacts.gpQueries}.`
          : null,
      ]
        .filter(Boolean)
        .join(' ') || `${course.organisation}'s interface lead.`,
    teachingHref: turn.teachingHref,
  };
}

/** The summary as plain text, to paste into an agenda. */
export function significantEventText(
  summary: SignificantEventSummary,
  teachingUrl: string | null,
): string {
  return [
    summary.title,
    '',
    'What happened',
    ...summary.whatHappened,
    '',
    'The requirement',
    summary.requirement,
    '',
    'The two-minute fix',
    summary.twoMinuteFix,
    '',
    'Who to talk to',
    summary.whoToTalkTo,
    '',
    ...(teachingUrl ? [`Teaching notes: ${teachingUrl}`, ''] : []),
  ].join('\n');
}
