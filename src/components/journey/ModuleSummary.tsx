import type { CourseInfo } from '../../tracking/course-info';
import { isPractising, scoredRunOf } from '../../progress/scoring';
import { describeDuration, secondsSpent } from '../../progress/time-spent';
import { requiredScenarios } from '../../progress/course-status';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import { documentLocale } from '../../i18n/languages';
import type { Messages, Translate } from '../../i18n/messages';
import { overallScore, useCourseRecords, type CourseRecords } from './use-course-records';
import { downloadText } from '../download/download-text';

interface Props {
  course: CourseInfo;
  hrefs: Record<string, string>;
  certificateHref: string;
  reflectionsHref: string;
}

/**
 * A record of the learner's progress as plain text, to download or keep: for a learner who stops
 * part-way (an induction slot ends) as much as for one who finishes. In the page's language
 * (t: the summary.*, outcome.* and duration.* strings; locale: how it writes the date).
 */
export function progressRecordText(
  course: CourseInfo,
  { records, status }: CourseRecords,
  now: Date,
  seconds: number,
  t: Translate,
  locale = 'en-GB',
): string {
  const required = requiredScenarios(course);
  const finishedRequired = required.filter((scenario) => records[scenario.id]?.finished).length;
  const lines = course.scenarios.map((scenario) => {
    const record = records[scenario.id];
    const finished = record?.finished;
    const state = finished
      ? t('summary.record.finishedState', {
          outcome: t(`outcome.${finished.outcome}`).toLowerCase(),
          score: finished.score,
          maxScore: finished.maxScore,
        })
      : t(record ? 'summary.record.started' : 'summary.record.notStarted');
    return t(scenario.required ? 'summary.record.scenario' : 'summary.record.optionalScenario', {
      title: scenario.title,
      state,
    });
  });
  return [
    t('summary.record.heading', { title: course.title, version: course.version }),
    t('summary.record.madeOn', {
      date: now.toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' }),
    }),
    t('summary.record.timeSpent', { duration: describeDuration(seconds, t) }),
    '',
    t('summary.record.finished', { finished: finishedRequired, total: required.length }),
    status.completed && status.score !== null
      ? t('summary.record.score', {
          score: overallScore(status),
          passMark: course.passMark,
          result: t(
            status.success === 'passed' ? 'summary.record.passed' : 'summary.record.belowPassMark',
          ),
        })
      : t('summary.record.scoreLater'),
    '',
    ...lines,
    '',
  ].join('\n');
}

/** Overall score (once it is out of everything it counts), each scenario's outcome, and what to revisit. */
export default function ModuleSummary({ messages, ...props }: Props & { messages: Messages }) {
  return (
    <MessagesProvider messages={messages}>
      <Summary {...props} />
    </MessagesProvider>
  );
}

function Summary({ course, hrefs, certificateHref, reflectionsHref }: Props) {
  const t = useTranslate();
  const state = useCourseRecords(course);
  if (!state) return <p>{t('summary.checking')}</p>;
  const { records, status } = state;
  const required = requiredScenarios(course);
  const finishedRequired = required.filter((scenario) => records[scenario.id]?.finished).length;
  const download = () =>
    downloadText(
      t('summary.record.fileName', {
        module: course.moduleId,
        date: new Date().toISOString().slice(0, 10),
      }),
      progressRecordText(course, state, new Date(), secondsSpent(), t, documentLocale()),
    );
  const revisit = course.scenarios.filter((scenario) => {
    const finished = records[scenario.id]?.finished;
    return (scenario.required && !finished) || (finished && finished.outcome !== 'recommended');
  });

  return (
    <div className="app-summary">
      <div className="nhsuk-card">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading">{t('summary.overall')}</h2>
          <dl className="nhsuk-summary-list">
            {/* A score out of scenarios still to do would read as a fail (6% of everything after
                one case): until all are finished the summary shows progress, as the LMS does. */}
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">
                {t(
                  status.completed && status.score !== null ? 'summary.score' : 'summary.progress',
                )}
              </dt>
              <dd className="nhsuk-summary-list__value" data-testid="overall-score">
                {status.completed && status.score !== null
                  ? t('summary.scoreValue', {
                      score: overallScore(status),
                      passMark: course.passMark,
                    })
                  : t('summary.progressValue', {
                      finished: finishedRequired,
                      total: required.length,
                    })}
              </dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('summary.status')}</dt>
              <dd className="nhsuk-summary-list__value" data-testid="overall-status">
                {t(
                  status.completed
                    ? status.success === 'passed'
                      ? 'summary.statusValue.passed'
                      : 'summary.statusValue.belowPassMark'
                    : !Object.values(records).some(Boolean)
                      ? 'summary.statusValue.notStarted'
                      : 'summary.statusValue.inProgress',
                )}
              </dd>
            </div>
          </dl>
          {status.completed && status.success !== 'passed' && (
            <p className="nhsuk-card__description" data-testid="below-pass-mark">
              {t('summary.belowPassMark', { passMark: course.passMark })}
            </p>
          )}
          {status.completed ? (
            <p className="nhsuk-card__description">
              <a href={certificateHref}>{t('summary.printCertificate')}</a>
            </p>
          ) : (
            <p className="nhsuk-card__description">{t('summary.finishToComplete')}</p>
          )}
        </div>
      </div>

      {/* The NHS responsive table: on a phone each scenario becomes a block with its own labels,
          instead of three squeezed columns that break words in the middle (WCAG 1.4.10). The
          roles keep the table's meaning when the rows are laid out as blocks. */}
      <table className="nhsuk-table nhsuk-table--responsive" role="table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--m">
          {t('summary.table.caption')}
        </caption>
        <thead className="nhsuk-table__head" role="rowgroup">
          <tr className="nhsuk-table__row" role="row">
            <th scope="col" className="nhsuk-table__header" role="columnheader">
              {t('summary.table.scenario')}
            </th>
            <th scope="col" className="nhsuk-table__header" role="columnheader">
              {t('summary.table.outcome')}
            </th>
            <th scope="col" className="nhsuk-table__header" role="columnheader">
              {t('summary.table.points')}
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body" role="rowgroup">
          {course.scenarios.map((scenario) => {
            const record = records[scenario.id];
            const finished = record?.finished;
            return (
              <tr className="nhsuk-table__row" role="row" key={scenario.id}>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    {t('summary.table.scenario')}{' '}
                  </span>
                  <span>
                    <a href={hrefs[scenario.id]}>{scenario.title}</a>
                    {!scenario.required && (
                      <span className="nhsuk-body-s"> {t('summary.table.optional')}</span>
                    )}
                  </span>
                </td>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    {t('summary.table.outcome')}{' '}
                  </span>
                  <span data-testid={`outcome-${scenario.id}`}>
                    {finished
                      ? t(`outcome.${finished.outcome}`)
                      : t(
                          records[scenario.id]
                            ? 'summary.table.notFinished'
                            : 'summary.table.notStarted',
                        )}
                  </span>
                </td>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    {t('summary.table.points')}{' '}
                  </span>
                  <span data-testid={`points-${scenario.id}`}>
                    {finished
                      ? t('summary.table.pointsValue', {
                          score: finished.score,
                          maxScore: finished.maxScore,
                        })
                      : '–'}
                    {record && isPractising(scoredRunOf(record), record.choices, record.at) && (
                      <span className="nhsuk-body-s app-summary__practice">
                        {' '}
                        {t('summary.table.practisedSince')}
                      </span>
                    )}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <p className="nhsuk-body-s">{t('summary.pointsNote')}</p>

      <h2>{t('summary.revisitHeading')}</h2>
      {revisit.length ? (
        <ul className="nhsuk-list nhsuk-list--bullet" data-testid="revisit">
          {revisit.map((scenario) => {
            const finished = records[scenario.id]?.finished;
            return (
              <li key={scenario.id}>
                <a href={hrefs[scenario.id]}>{scenario.title}</a>:{' '}
                {finished
                  ? t('summary.revisitReached', {
                      outcome: t(`summary.reachedOutcome.${finished.outcome}`),
                    })
                  : t('summary.revisitNotFinished')}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('summary.revisitNothing')}</p>
      )}
      <h2>{t('summary.recordHeading')}</h2>
      <p>{t('summary.recordBody')}</p>
      <div className="app-summary__record-actions app-no-print">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => window.print()}
        >
          {t('summary.print')}
        </button>{' '}
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={download}>
          {t('summary.download')}
        </button>
      </div>
      <p>
        <a href={reflectionsHref}>{t('summary.reflectionsLink')}</a>
        {t('summary.reflectionsAfter')}
      </p>
    </div>
  );
}
