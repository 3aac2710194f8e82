import type { InsightsCourse } from './course';
import type { WrongTurn } from './report';
import { sayMessage, type MessageData, type Translate } from '../i18n/messages';

/** The content's own words (already in the page's language), or a message the page words. */
export type EventWords = string | MessageData;

/**
 * A short significant-event-style summary of a common wrong turn, for the interface group's
 * agenda: what happened (in the cohort, not to a patient), the requirement, the two-minute fix,
 * and who to talk to, from the trust's contacts in settings. Message data (insights.event.*), so
 * the page words it in its own language.
 */
export interface SignificantEventSummary<Words = EventWords> {
  title: Words;
  whatHappened: Words[];
  requirement: Words;
  twoMinuteFix: Words;
  /** One sentence per contact, said together. */
  whoToTalkTo: Words[];
  /** Null where the decision has changed since the learners' version: this page's notes would teach another choice. */
  teachingHref: string | null;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function significantEventSummary(
  course: InsightsCourse,
  turn: WrongTurn,
): SignificantEventSummary {
  const { choice } = turn;
  const contacts = [
    course.contacts.interfaceLead
      ? { key: 'insights.event.forProcess', params: { contact: course.contacts.interfaceLead } }
      : null,
    course.contacts.gpQueries
      ? { key: 'insights.event.forGpQueries', params: { contact: course.contacts.gpQueries } }
      : null,
  ].filter((contact) => contact !== null);
  return {
    title: {
      key: 'insights.event.title',
      params: { scenario: turn.scenarioTitle, percent: percent(turn.share) },
    },
    whatHappened: [
      {
        key: 'insights.event.chose',
        params: {
          learners: turn.learners,
          answered: turn.answered,
          percent: percent(turn.share),
          course: course.title,
          prompt: turn.prompt,
          choice: choice.text,
        },
      },
      choice.consequence === null
        ? {
            key: 'insights.event.followsChanged',
            keyParams: { note: turn.changedNote ?? 'insights.event.seeKey' },
          }
        : choice.consequenceScene
          ? {
              key: 'insights.event.followsIn',
              params: { scene: choice.consequenceScene, consequence: choice.consequence },
            }
          : { key: 'insights.event.follows', params: { consequence: choice.consequence } },
      { key: 'insights.event.notAnIncident' },
    ],
    // Where the choice has changed, this page's requirement and fix belong to other words: say so rather than borrow them.
    requirement: choice.requirement ??
      turn.changedNote ?? { key: 'insights.event.requirementInNotes' },
    twoMinuteFix: turn.twoMinuteFix ?? turn.changedNote ?? { key: 'insights.event.fixInNotes' },
    whoToTalkTo: contacts.length
      ? contacts
      : [{ key: 'insights.event.interfaceLead', params: { organisation: course.organisation } }],
    teachingHref: turn.teachingHref,
  };
}

const say = (t: Translate, words: EventWords) =>
  typeof words === 'string' ? words : sayMessage(t, words);

/** The summary in the page's language. */
export function wordSummary(
  t: Translate,
  summary: SignificantEventSummary,
): SignificantEventSummary<string> {
  return {
    title: say(t, summary.title),
    whatHappened: summary.whatHappened.map((words) => say(t, words)),
    requirement: say(t, summary.requirement),
    twoMinuteFix: say(t, summary.twoMinuteFix),
    whoToTalkTo: summary.whoToTalkTo.map((words) => say(t, words)),
    teachingHref: summary.teachingHref,
  };
}

/** The summary as plain text in the page's language, to paste into an agenda. */
export function significantEventText(
  t: Translate,
  summary: SignificantEventSummary,
  teachingUrl: string | null,
): string {
  const worded = wordSummary(t, summary);
  return [
    worded.title,
    '',
    t('insights.report.event.whatHappened'),
    ...worded.whatHappened,
    '',
    t('insights.report.event.requirement'),
    worded.requirement,
    '',
    t('insights.report.event.twoMinuteFix'),
    worded.twoMinuteFix,
    '',
    t('insights.report.event.whoToTalkTo'),
    worded.whoToTalkTo.join(' '),
    '',
    ...(teachingUrl ? [t('insights.event.teachingNotesAt', { url: teachingUrl }), ''] : []),
  ].join('\n');
}
