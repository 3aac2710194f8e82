import type { Outcome } from '../schemas/scenario';
import { hasContent, type FacilitatorSession } from './room-session';
import type { Translate } from '../i18n/messages';
import { countLabel, outcomeLabel } from '../vocabulary/labels';

/**
 * The session record a facilitator downloads for their teaching log: the date, the scenarios
 * run, each decision's prompt and options with the room's votes, the option followed and the
 * ending reached. No names of anyone, by design: the session never asks for one.
 */
export interface SessionRecord {
  format: 'across-the-interface/facilitator-session-record';
  version: 1;
  module: { title: string; version?: string };
  /** The session's date (YYYY-MM-DD, local time). */
  date: string;
  startedAt: string;
  lastActivityAt: string;
  exportedAt: string;
  scenarios: ScenarioRunRecord[];
}

export interface ScenarioRunRecord {
  id: string;
  title: string;
  startedAt: string;
  finished: boolean;
  ending: { title: string; outcome: Outcome } | null;
  decisions: DecisionVoteRecord[];
}

export interface DecisionVoteRecord {
  /** 1 for the room's first decision in this scenario, and so on. */
  number: number;
  prompt: string;
  totalVotes: number;
  options: { number: number; text: string; votes: number; followed: boolean; best: boolean }[];
  /** The number of the option the room followed, or null if it had not chosen yet. */
  followed: number | null;
  /** Whether the room followed an option other than the one with most votes. */
  followedMinority: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A date as YYYY-MM-DD in local time (the facilitator's day, not UTC's). */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function buildSessionRecord(
  session: FacilitatorSession,
  module: { title: string; version?: string },
  now: Date,
): SessionRecord {
  return {
    format: 'across-the-interface/facilitator-session-record',
    version: 1,
    module,
    date: localDate(new Date(session.startedAt)),
    startedAt: session.startedAt,
    lastActivityAt: session.updatedAt,
    exportedAt: now.toISOString(),
    scenarios: session.runs.filter(hasContent).map((run) => ({
      id: run.scenarioId,
      title: run.title,
      startedAt: run.startedAt,
      finished: run.ending !== null,
      ending: run.ending ? { title: run.ending.title, outcome: run.ending.outcome } : null,
      decisions: run.decisions.map((decision, index) => {
        const totalVotes = decision.options.reduce(
          (sum, option) => sum + (decision.votes[option.id] ?? 0),
          0,
        );
        const top = Math.max(
          0,
          ...decision.options.map((option) => decision.votes[option.id] ?? 0),
        );
        const followedIndex = decision.options.findIndex(
          (option) => option.id === decision.followed,
        );
        const followedVotes = followedIndex < 0 ? 0 : (decision.votes[decision.followed!] ?? 0);
        return {
          number: index + 1,
          prompt: decision.prompt,
          totalVotes,
          options: decision.options.map((option, optionIndex) => ({
            number: optionIndex + 1,
            text: option.text,
            votes: decision.votes[option.id] ?? 0,
            followed: option.id === decision.followed,
            best: option.best,
          })),
          followed: followedIndex < 0 ? null : followedIndex + 1,
          followedMinority: followedIndex >= 0 && totalVotes > 0 && followedVotes < top,
        };
      }),
    })),
  };
}

function timeOfDay(iso: string): string {
  const date = new Date(iso);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * "Saturday 21 November 2026", the GOV.UK and NHS style, from the catalogue's day and month
 * names, so every browser writes it the same in either language.
 */
function longDate(t: Translate, iso: string): string {
  const date = new Date(iso);
  return t('presenter.record.longDate', {
    weekday: t(`presenter.record.weekday.${date.getDay()}`),
    day: date.getDate(),
    month: t(`presenter.record.month.${date.getMonth() + 1}`),
    year: date.getFullYear(),
  });
}

/** The record as plain text, for printing or pasting into a teaching log, in the page's words (`t`, presenter.record). */
export function sessionRecordText(record: SessionRecord, t: Translate): string {
  const say = (key: string, params?: Record<string, string | number>) =>
    t(`presenter.record.${key}`, params);
  const count = record.scenarios.length;
  const lines = [
    say('title', { module: record.module.title }),
    '',
    say('date', { date: longDate(t, record.startedAt) }),
    say('time', { from: timeOfDay(record.startedAt), to: timeOfDay(record.lastActivityAt) }),
    count
      ? say('scenariosRunTitles', {
          count,
          titles: record.scenarios.map((scenario) => scenario.title).join('; '),
        })
      : say('scenariosRun', { count }),
    say('noNames'),
  ];
  record.scenarios.forEach((scenario, index) => {
    lines.push('', `${index + 1}. ${scenario.title}`);
    lines.push(
      scenario.ending
        ? say('ending', {
            title: scenario.ending.title,
            outcome: outcomeLabel(t, scenario.ending.outcome).toLowerCase(),
          })
        : say('notFinished'),
    );
    for (const decision of scenario.decisions) {
      lines.push('', say('decision', { number: decision.number, prompt: decision.prompt }));
      for (const option of decision.options) {
        const share =
          decision.totalVotes > 0
            ? ` (${Math.round((option.votes / decision.totalVotes) * 100)}%)`
            : '';
        const marks = [
          option.followed ? say('followedThis') : '',
          option.best ? say('best') : '',
        ].filter(Boolean);
        lines.push(`  ${say('option', { number: option.number, text: option.text })}`);
        lines.push(
          `    ${countLabel(t, 'vote', option.votes)}${share}${marks.length ? `; ${marks.join('; ')}` : ''}`,
        );
      }
      lines.push(`  ${say('totalVotes', { count: decision.totalVotes })}`);
      lines.push(
        `  ${
          decision.followed === null
            ? say('notChosen')
            : say(decision.followedMinority ? 'followedMinority' : 'followed', {
                option: decision.followed,
              })
        }`,
      );
    }
  });
  lines.push(
    '',
    say('exported', {
      date: longDate(t, record.exportedAt),
      time: timeOfDay(record.exportedAt),
    }),
    '',
  );
  return lines.join('\n');
}

/** File names for the downloads: "facilitator-session-2026-11-21.txt". */
export function recordFileName(record: SessionRecord, extension: 'txt' | 'json'): string {
  return `facilitator-session-${record.date}.${extension}`;
}
