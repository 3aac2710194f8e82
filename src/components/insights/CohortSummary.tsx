import type { InsightsCourse } from '../../insights/course';
import type { Report } from '../../insights/report';
import { smallestShownCount } from '../../insights/suppression';
import { useTranslate } from '../../i18n/MessagesContext';
import { sayMessage } from '../../i18n/messages';
import { Figure } from './Figure';
import { counted } from './report-words';

/** Which version the answers come from, in plain words, and what that means for the explanations below. */
function VersionNote({ report }: { report: Report }) {
  const t = useTranslate();
  const { version } = report;
  const changed = version.changedDecisions.length;
  const changedText =
    changed === 0
      ? t('insights.report.version.unchanged')
      : counted(t, 'insights.report.version.changed', changed);
  return (
    <p className="nhsuk-body" data-testid="answers-version">
      {version.key === null
        ? t('insights.report.version.unknown', { page: version.page })
        : version.key === version.page
          ? t('insights.report.version.same', { key: version.key })
          : t('insights.report.version.older', { key: version.key, page: version.page })}{' '}
      {changedText}
    </p>
  );
}

export function CohortSummary({ course, report }: { course: InsightsCourse; report: Report }) {
  const t = useTranslate();
  const hiddenAny = [report.learners, report.passed, report.completed].some(
    (count) => count.hidden,
  );
  return (
    <section className="app-insights__summary app-insights__page" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('insights.report.summary.heading')}</h2>
      <VersionNote report={report} />
      <dl className="nhsuk-summary-list" data-testid="cohort-summary">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('insights.report.summary.learners')}</dt>
          <dd className="nhsuk-summary-list__value" data-testid="learners">
            <Figure count={report.learners} />
            {report.notStarted > 0 &&
              ` ${t('insights.report.summary.notStarted', { count: report.notStarted < smallestShownCount ? t('insights.report.fewerThan', { count: smallestShownCount }) : report.notStarted })}`}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">
            {t('insights.report.summary.passed', { passMark: course.passMark })}
          </dt>
          <dd className="nhsuk-summary-list__value" data-testid="passed">
            {report.scored.value === 0 ? (
              t('insights.report.summary.noScores')
            ) : (
              <Figure count={report.passed} share={report.passRate} />
            )}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('insights.report.summary.completed')}</dt>
          <dd className="nhsuk-summary-list__value" data-testid="completed">
            <Figure count={report.completed} share={report.completionRate} />
          </dd>
        </div>
      </dl>
      <p className="nhsuk-body-s">
        {t('insights.report.summary.howCounted')}
        {hiddenAny && ` ${t('insights.report.summary.hidden', { count: smallestShownCount })}`}
      </p>
      {report.sources.some((source) => source.problem) && (
        <div className="nhsuk-error-summary" aria-labelledby="source-problems-heading">
          <h3 className="nhsuk-error-summary__title" id="source-problems-heading">
            {t('insights.report.summary.leftOut')}
          </h3>
          <ul className="nhsuk-list nhsuk-error-summary__list" data-testid="source-problems">
            {report.sources
              .filter((source) => source.problem)
              .map((source) => (
                <li key={source.name}>{sayMessage(t, source.problem!)}</li>
              ))}
          </ul>
        </div>
      )}
      {report.sources.some(
        (source) => source.laterAnswersIgnored > 0 || source.unknownAnswers > 0,
      ) && (
        <ul className="nhsuk-list nhsuk-body-s">
          {report.sources
            .filter(
              (source) =>
                !source.problem && (source.laterAnswersIgnored > 0 || source.unknownAnswers > 0),
            )
            .map((source) => (
              <li key={source.name}>
                {source.name}:{' '}
                {source.laterAnswersIgnored > 0 &&
                  `${counted(t, 'insights.report.summary.laterAnswers', source.laterAnswersIgnored)} `}
                {source.unknownAnswers > 0 &&
                  counted(t, 'insights.report.summary.unknownAnswers', source.unknownAnswers)}
              </li>
            ))}
        </ul>
      )}
      {report.sessions.length > 0 && (
        <p className="nhsuk-body-s" data-testid="sessions">
          {counted(t, 'insights.report.summary.sessions', report.sessions.length, {
            days: report.sessions.map((session) => session.day).join(', '),
          })}
        </p>
      )}
    </section>
  );
}
