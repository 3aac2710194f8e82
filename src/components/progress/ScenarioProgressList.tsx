import { useEffect, useState } from 'react';
import type { Outcome } from '../../schemas/scenario';
import type { ScenarioRecord } from '../../progress/progress-store';
import { getProgressStore } from '../../tracking/launcher-session';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import type { Messages } from '../../i18n/messages';

export interface ScenarioListItem {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  href: string;
  /** The node a scenario starts at, to tell "opened" from "in progress". */
  start: string;
  /** Its ending nodes: a replay that has reached one is finished, not still being replayed. */
  endings: string[];
  /** Which side the learner plays, in words. */
  learnerSideLabel: string;
  /** Whether finishing it counts towards completing the module. */
  required: boolean;
}

type Status =
  | { kind: 'not-started' }
  | { kind: 'in-progress' }
  | { kind: 'finished'; outcome: Outcome; score: number; maxScore: number; replaying: boolean };

export function statusOf(
  item: Pick<ScenarioListItem, 'start' | 'endings'>,
  record: ScenarioRecord | null,
): Status {
  const moved = !!record && (record.choices.length > 0 || record.at !== item.start);
  if (record?.finished) {
    const { outcome, score, maxScore } = record.finished;
    // The result is the scored run's (first answers); a practice replay can end somewhere else,
    // and is over once it reaches any ending.
    return {
      kind: 'finished',
      outcome,
      score,
      maxScore,
      replaying: moved && !item.endings.includes(record.at),
    };
  }
  return moved ? { kind: 'in-progress' } : { kind: 'not-started' };
}

function StatusTag({ status }: { status: Status | null }) {
  const t = useTranslate();
  if (!status)
    return <span className="nhsuk-tag nhsuk-tag--white">{t('scenarioList.status.checking')}</span>;
  if (status.kind === 'not-started')
    return (
      <strong className="nhsuk-tag nhsuk-tag--grey">{t('scenarioList.status.notStarted')}</strong>
    );
  if (status.kind === 'in-progress')
    return (
      <strong className="nhsuk-tag nhsuk-tag--blue">{t('scenarioList.status.inProgress')}</strong>
    );
  return (
    <strong className="nhsuk-tag nhsuk-tag--green">
      {t('scenarioList.status.finished', {
        outcome: t(`outcome.${status.outcome}`).toLowerCase(),
        score: status.score,
        maxScore: status.maxScore,
      })}
    </strong>
  );
}

type Records = ReadonlyMap<string, ScenarioRecord | null>;

/** The scenario the learner was last in and has not finished (or is replaying), if any. */
export function resumeTargetOf<T extends ScenarioListItem>(
  items: readonly T[],
  records: Records,
): T | undefined {
  return items
    .filter((item) => {
      const status = statusOf(item, records.get(item.id) ?? null);
      return status.kind === 'in-progress' || (status.kind === 'finished' && status.replaying);
    })
    .sort((a, b) =>
      (records.get(b.id)?.updatedAt ?? '').localeCompare(records.get(a.id)?.updatedAt ?? ''),
    )[0];
}

/**
 * Where "Start" takes the learner: the scenario they left unfinished, else the first required one
 * not started, else the first optional one not started; nothing when all are done (then the list).
 */
export function startTargetOf<T extends ScenarioListItem>(
  items: readonly T[],
  records: Records,
): T | undefined {
  const kind = (item: T) => statusOf(item, records.get(item.id) ?? null).kind;
  const latest = (list: T[]) =>
    list.sort((a, b) =>
      (records.get(b.id)?.updatedAt ?? '').localeCompare(records.get(a.id)?.updatedAt ?? ''),
    )[0];
  const notStarted = items.filter((item) => kind(item) === 'not-started');
  return (
    latest(items.filter((item) => kind(item) === 'in-progress')) ??
    notStarted.find((item) => item.required) ??
    notStarted[0]
  );
}

/** The query the home page's Start link adds: the list opens the first unfinished scenario. */
export const startQuery = 'start';

/**
 * Every scenario with the learner's status. Progress is read after hydration: the server cannot
 * know it, and rendering a guess first would flash a wrong status.
 */
export default function ScenarioProgressList({
  items,
  messages,
}: {
  items: ScenarioListItem[];
  messages: Messages;
}) {
  return (
    <MessagesProvider messages={messages}>
      <ProgressList items={items} />
    </MessagesProvider>
  );
}

function ProgressList({ items }: { items: ScenarioListItem[] }) {
  const t = useTranslate();
  const [records, setRecords] = useState<Map<string, ScenarioRecord | null> | null>(null);
  useEffect(() => {
    const store = getProgressStore();
    setRecords(new Map(items.map((item) => [item.id, store.load(item.id)])));
  }, [items]);

  // The home page ships no JavaScript, so its Start links here with ?start, and the list sends the
  // learner on to the scenario to do next (an induction slot has no time for choosing from a list).
  useEffect(() => {
    if (!records || !new URLSearchParams(window.location.search).has(startQuery)) return;
    const target = startTargetOf(items, records);
    if (target) window.location.replace(target.href);
    else history.replaceState(null, '', window.location.pathname);
  }, [records, items]);

  const resumeTarget = records ? resumeTargetOf(items, records) : undefined;
  const firstNotStarted = records
    ? items.find((item) => statusOf(item, records.get(item.id) ?? null).kind === 'not-started')
    : undefined;
  const required = items.some((item) => item.required)
    ? items.filter((item) => item.required)
    : items;
  const optional = items.filter((item) => !required.includes(item));
  const finishedIn = (list: readonly ScenarioListItem[]) =>
    records ? list.filter((item) => records.get(item.id)?.finished).length : 0;
  const finishedCount = finishedIn(items);

  return (
    <div className="app-progress">
      <p className="nhsuk-body-l" aria-live="polite" data-testid="finished-count">
        {!records
          ? t('scenarioList.checking')
          : optional.length
            ? t('scenarioList.finished.withOptional', {
                finished: finishedIn(required),
                total: required.length,
                optionalFinished: finishedIn(optional),
                optionalTotal: optional.length,
              })
            : t('scenarioList.finished.requiredOnly', {
                finished: finishedIn(required),
                total: required.length,
              })}
      </p>
      {resumeTarget ? (
        <a className="nhsuk-button" href={resumeTarget.href}>
          {t('scenarioList.resume', { title: resumeTarget.title })}
        </a>
      ) : (
        firstNotStarted && (
          <a className="nhsuk-button" href={firstNotStarted.href}>
            {t(finishedCount ? 'scenarioList.startNext' : 'scenarioList.start', {
              title: firstNotStarted.title,
            })}
          </a>
        )
      )}
      <ol className="nhsuk-list app-scenario-list">
        {items.map((item) => {
          const status = records ? statusOf(item, records.get(item.id) ?? null) : null;
          return (
            <li key={item.id} className="nhsuk-card">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-s">
                  <a href={item.href}>{item.title}</a>
                </h2>
                <p className="nhsuk-card__description">{item.summary}</p>
                <p className="nhsuk-body-s">
                  {t(item.required ? 'scenarioList.meta.required' : 'scenarioList.meta.optional', {
                    minutes: item.minutes,
                    side: item.learnerSideLabel,
                  })}
                </p>
                <p className="nhsuk-body-s" data-testid={`status-${item.id}`}>
                  <span className="nhsuk-u-visually-hidden">{t('scenarioList.statusLabel')} </span>
                  <StatusTag status={status} />
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
