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
  teachingHref: string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function significantEventSummary(course: InsightsCourse, turn: WrongTurn): SignificantEventSummary {
  const { choice } = turn;
  return {
    title: `${turn.scenarioTitle}: ${percent(turn.share)} of learners took the same wrong turn`,
    whatHappened: [
      `${turn.learners} of ${turn.answered} learners (${percent(turn.share)}) who reached this decision in ${course.title}, "${turn.prompt}", chose: "${choice.text}"`,
      `What follows in the scenario${choice.consequenceScene ? ` (${choice.consequenceScene})` : ''}: ${choice.consequence}`,
      'This is what learners chose in a training scenario, not an incident; no learner or patient is named. It shows where induction teaching, or the local process, may need attention.',
    ],
    requirement: choice.requirement ?? "The scenario's teaching notes set out the requirement behind this decision.",
    twoMinuteFix: turn.twoMinuteFix ?? "The scenario's teaching notes give the quick way to get this right.",
    whoToTalkTo: [course.contacts.interfaceLead ? `For the process: ${course.contacts.interfaceLead}.` : null, course.contacts.gpQueries ? `For questions from general practice: ${course.contacts.gpQueries}.` : null].filter(Boolean).join(' ') || `${course.organisation}'s interface lead.`,
    teachingHref: turn.teachingHref,
  };
}

/** The summary as plain text, to paste into an agenda. */
export function significantEventText(summary: SignificantEventSummary, teachingUrl: string): string {
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
    `Teaching notes: ${teachingUrl}`,
    '',
  ].join('\n');
}
