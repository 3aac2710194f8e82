import { useEffect, useState } from 'react';
import type { Scenario } from '../../schemas/scenario';
import { recommendedPath } from '../../dialogue/scenario-graph';
import type { ChoiceRating, InsightsCourse } from '../../insights/course';
import { cohortPath } from '../../insights/cohort-path';
import type { DecisionFigures, Report, ScenarioFigures, WrongTurn } from '../../insights/report';
import { significantEventSummary, significantEventText } from '../../insights/significant-event';
import { downloadText } from '../facilitator/download';
import { countText, smallestShownCount, type Count } from '../../insights/suppression';
import { ScenarioMap } from '../scenario-map/ScenarioMap';
import { useTranslate } from '../../i18n/MessagesContext';
import type { Translate } from '../../i18n/messages';

const percent = (share: number | null) => (share === null ? '' : `${Math.round(share * 100)}%`);

/** A choice's rating in words (insights.report.rating.*). */
const ratingLabel = (t: Translate, rating: ChoiceRating) => t(`insights.report.rating.${rating}`);

/** "1 learner", "3 learners": the one and many forms of a counted noun. */
const counted = (
  t: Translate,
  key: string,
  count: number,
  params: Record<string, string | number> = {},
) => t(`${key}${count === 1 ? 'One' : 'Many'}`, { count, ...params });

/** A figure, or why it is hidden, as a table cell's content. */
function Figure({ count, share }: { count: Count; share?: number | null }) {
  if (count.hidden) {
    return (
      <span className="app-insights__hidden" title={count.reason}>
        {countText(count)}
        <span className="nhsuk-u-visually-hidden"> ({count.reason})</span>
      </span>
    );
  }
  return (
    <>
      {count.value}
      {share !== undefined && share !== null ? ` (${percent(share)})` : ''}
    </>
  );
}

function minutes(t: Translate, seconds: number) {
  const whole = Math.round(seconds / 60);
  return whole < 1
    ? t('insights.report.underAMinute')
    : counted(t, 'insights.report.minutes', whole);
}

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
                <li key={source.name}>{source.problem}</li>
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

/**
 * Horizontal bars: labels and values are text that reflows, each bar a small SVG drawn with
 * attributes (no inline styles, which the Content-Security-Policy refuses). Hidden from screen
 * readers: the table beside each chart carries the same figures.
 */
function BarChart({
  bars,
  caption,
}: {
  bars: { label: string; share: number | null; rating?: ChoiceRating | 'room'; note?: string }[];
  caption: string;
}) {
  const t = useTranslate();
  return (
    <figure className="app-insights__chart">
      <div className="app-insights__bars" aria-hidden="true">
        {bars.map((bar, index) => (
          <div className="app-insights__bar-row" key={`${bar.label}-${index}`}>
            <span className="app-insights__bar-label">{bar.label}</span>
            <svg
              className="app-insights__bar-track"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              focusable="false"
            >
              <rect x="0" y="0" width="100" height="10" className="app-insights__chart-track" />
              {bar.share !== null && bar.share > 0 && (
                <rect
                  x="0"
                  y="0"
                  width={Math.max(bar.share * 100, 1)}
                  height="10"
                  className={`app-insights__bar app-insights__bar--${bar.rating ?? 'best'}`}
                />
              )}
            </svg>
            <span className="app-insights__bar-value">
              {bar.share === null ? (bar.note ?? t('insights.report.hidden')) : percent(bar.share)}
            </span>
          </div>
        ))}
      </div>
      <figcaption className="nhsuk-body-s app-insights__chart-caption">{caption}</figcaption>
    </figure>
  );
}

export function RankingSection({ report }: { report: Report }) {
  const t = useTranslate();
  const ranked = report.ranking;
  return (
    <section className="app-insights__ranking app-insights__page" aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">{t('insights.report.ranking.heading')}</h2>
      {ranked.length === 0 ? (
        <p data-testid="ranking-empty">
          {t('insights.report.ranking.empty', { count: smallestShownCount })}
        </p>
      ) : (
        <>
          <BarChart
            caption={t('insights.report.ranking.chart')}
            bars={ranked.slice(0, 10).map((decision, index) => ({
              label: `${index + 1}. ${decision.scenarioTitle}`,
              share: decision.missShare,
              rating: 'poor',
            }))}
          />
          <div
            className="app-insights__table-scroll"
            role="region"
            aria-labelledby="ranking-caption"
            tabIndex={0}
          >
            <table className="nhsuk-table app-insights__table" data-testid="ranking">
              <caption
                className="nhsuk-table__caption nhsuk-table__caption--s"
                id="ranking-caption"
              >
                {t('insights.report.ranking.caption')}
              </caption>
              <thead className="nhsuk-table__head">
                <tr>
                  <th scope="col" className="nhsuk-table__header">
                    {t('insights.report.ranking.rank')}
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    {t('insights.report.ranking.decision')}
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    {t('insights.report.ranking.answered')}
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    {t('insights.report.ranking.missed')}
                  </th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {ranked.map((decision, index) => (
                  <tr
                    key={`${decision.scenarioId}-${decision.decisionId}`}
                    className="nhsuk-table__row"
                  >
                    <td className="nhsuk-table__cell">{index + 1}</td>
                    <td className="nhsuk-table__cell app-insights__wrap">
                      <a href={`#scenario-${decision.scenarioId}`}>{decision.scenarioTitle}</a>:{' '}
                      {decision.prompt}
                    </td>
                    <td className="nhsuk-table__cell">
                      <Figure count={decision.answered} />
                    </td>
                    <td className="nhsuk-table__cell">
                      <Figure count={decision.missed} share={decision.missShare} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** Prints one element alone: the page's print styles show only what carries data-print-alone. */
function printAlone(element: HTMLElement | null) {
  if (!element) return;
  const root = document.documentElement;
  element.setAttribute('data-print-alone', '');
  root.classList.add('app-insights-print-alone');
  const done = () => {
    element.removeAttribute('data-print-alone');
    root.classList.remove('app-insights-print-alone');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

function SignificantEvent({
  course,
  turn,
  id,
}: {
  course: InsightsCourse;
  turn: WrongTurn;
  id: string;
}) {
  const t = useTranslate();
  const summary = significantEventSummary(course, turn);
  const [element, setElement] = useState<HTMLElement | null>(null);
  return (
    <details className="nhsuk-details app-insights__event">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{t('insights.report.event.summary')}</span>
      </summary>
      <div className="nhsuk-details__text">
        <article
          className="app-insights__event-sheet"
          ref={setElement}
          aria-labelledby={`${id}-title`}
          data-testid="significant-event"
        >
          <h4 id={`${id}-title`}>{summary.title}</h4>
          <h5>{t('insights.report.event.whatHappened')}</h5>
          {summary.whatHappened.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <h5>{t('insights.report.event.requirement')}</h5>
          <p>{summary.requirement}</p>
          <h5>{t('insights.report.event.twoMinuteFix')}</h5>
          <p>{summary.twoMinuteFix}</p>
          <h5>{t('insights.report.event.whoToTalkTo')}</h5>
          <p>{summary.whoToTalkTo}</p>
          {summary.teachingHref && (
            <p>
              <a href={summary.teachingHref}>{t('insights.report.event.teachingNotes')}</a>
            </p>
          )}
        </article>
        <div className="app-insights__actions app-insights__screen-only">
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => printAlone(element)}
          >
            {t('insights.report.event.print')}
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() =>
              downloadText(
                `significant-event-${turn.scenarioId}-${turn.decisionId}.txt`,
                significantEventText(
                  summary,
                  summary.teachingHref && new URL(summary.teachingHref, window.location.href).href,
                ),
                'text/plain;charset=utf-8',
              )
            }
          >
            {t('insights.report.event.download')}
          </button>
        </div>
      </div>
    </details>
  );
}

function DecisionBlock({
  course,
  decision,
  number,
}: {
  course: InsightsCourse;
  decision: DecisionFigures;
  number: number;
}) {
  const t = useTranslate();
  const id = `decision-${decision.scenarioId}-${decision.decisionId}`;
  const hasRoom = decision.room !== null;
  const roomTotal = decision.room?.votes ?? 0;
  const bars = decision.choices.flatMap((choice) => [
    {
      label: `${choice.letter.toUpperCase()} ${ratingLabel(t, choice.rating).toLowerCase()}`,
      share: choice.share,
      rating: choice.rating,
      note: choice.learners.hidden ? t('insights.report.hidden') : undefined,
    },
    ...(hasRoom
      ? [
          {
            label: `${choice.letter.toUpperCase()} ${t('insights.report.decision.room')}`,
            share: roomTotal ? (choice.roomVotes ?? 0) / roomTotal : 0,
            rating: 'room' as const,
          },
        ]
      : []),
  ]);
  return (
    <section className="app-insights__decision" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h3 id={`${id}-heading`}>
        {t('insights.report.decision.heading', { number, prompt: decision.prompt })}
      </h3>
      {decision.changedNote && (
        <p className="nhsuk-body-s app-insights__changed" data-testid="changed-note">
          {decision.changedNote}
        </p>
      )}
      <p className="nhsuk-body-s">
        {t('insights.report.decision.answeredBy')} <Figure count={decision.answered} />{' '}
        {t(
          decision.answered.value === 1
            ? 'insights.report.decision.learnerOne'
            : 'insights.report.decision.learnerMany',
        )}{' '}
        <Figure count={decision.missed} share={decision.missShare} />{' '}
        {t('insights.report.decision.missed')}
        {hasRoom &&
          ` ${counted(t, 'insights.report.decision.roomVotes', decision.room!.sessions, { votes: roomTotal })}`}
      </p>
      <div className="app-insights__decision-body">
        <BarChart
          caption={t(
            hasRoom ? 'insights.report.decision.chartWithRoom' : 'insights.report.decision.chart',
          )}
          bars={bars}
        />
        <div
          className="app-insights__table-scroll"
          role="region"
          aria-labelledby={`${id}-caption`}
          tabIndex={0}
        >
          <table className="nhsuk-table app-insights__table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden" id={`${id}-caption`}>
              {t('insights.report.decision.caption', { number })}
            </caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col" className="nhsuk-table__header">
                  {t('insights.report.decision.option')}
                </th>
                <th scope="col" className="nhsuk-table__header">
                  {t('insights.report.decision.rating')}
                </th>
                <th scope="col" className="nhsuk-table__header">
                  {t('insights.report.decision.learners')}
                </th>
                {hasRoom && (
                  <th scope="col" className="nhsuk-table__header">
                    {t('insights.report.decision.roomVotesHeading')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {decision.choices.map((choice) => (
                <tr
                  key={choice.choiceId}
                  className="nhsuk-table__row"
                  data-choice={choice.choiceId}
                >
                  <th scope="row" className="nhsuk-table__cell app-insights__option">
                    <span className="app-insights__letter">{choice.letter.toUpperCase()}</span>{' '}
                    {choice.text}
                  </th>
                  <td className="nhsuk-table__cell">
                    <span className={`app-insights__rating app-insights__rating--${choice.rating}`}>
                      {ratingLabel(t, choice.rating)}
                    </span>
                  </td>
                  <td className="nhsuk-table__cell" data-testid="learners-cell">
                    <Figure count={choice.learners} share={choice.share} />
                  </td>
                  {hasRoom && (
                    <td className="nhsuk-table__cell" data-testid="room-cell">
                      {choice.roomVotes}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {decision.commonWrongTurn ? (
        <div className="app-insights__wrong-turn" data-testid="wrong-turn">
          <h4>{t('insights.report.wrongTurn.heading')}</h4>
          <p>
            <strong>{decision.commonWrongTurn.choice.text}</strong>{' '}
            {t('insights.report.wrongTurn.share', {
              learners: decision.commonWrongTurn.learners,
              answered: decision.commonWrongTurn.answered,
              percent: percent(decision.commonWrongTurn.share),
            })}
          </p>
          <p>
            <strong>
              {decision.commonWrongTurn.choice.consequenceScene
                ? t('insights.report.wrongTurn.followsIn', {
                    scene: decision.commonWrongTurn.choice.consequenceScene,
                  })
                : t('insights.report.wrongTurn.follows')}
            </strong>{' '}
            {decision.commonWrongTurn.choice.consequence ?? decision.commonWrongTurn.changedNote}
          </p>
          {decision.commonWrongTurn.choice.requirement && (
            <p>
              <strong>{t('insights.report.wrongTurn.requirement')}</strong>{' '}
              {decision.commonWrongTurn.choice.requirement}
            </p>
          )}
          {decision.commonWrongTurn.teachingHref && (
            <p className="app-insights__screen-only">
              <a href={decision.commonWrongTurn.teachingHref}>
                {t('insights.report.teachingNotes', {
                  title: decision.commonWrongTurn.scenarioTitle,
                })}
              </a>
            </p>
          )}
          <SignificantEvent course={course} turn={decision.commonWrongTurn} id={`${id}-event`} />
        </div>
      ) : (
        decision.wrongTurnNote && (
          <p className="nhsuk-body-s">
            {t('insights.report.wrongTurn.notNamed')} {decision.wrongTurnNote}
          </p>
        )
      )}
    </section>
  );
}

export function ScenarioSection({
  course,
  figures,
  scenario,
}: {
  course: InsightsCourse;
  figures: ScenarioFigures;
  scenario: Scenario | undefined;
}) {
  const t = useTranslate();
  const [showMap, setShowMap] = useState(false);
  const path = scenario ? cohortPath(scenario, figures.cohortChoices) : [];
  // The map is drawn only once opened: ten maps at once would slow the page for nothing.
  useEffect(() => setShowMap(false), [figures]);
  return (
    <section
      className="app-insights__scenario app-insights__page"
      id={`scenario-${figures.id}`}
      aria-labelledby={`scenario-${figures.id}-heading`}
      data-testid={`scenario-${figures.id}`}
    >
      <h2 id={`scenario-${figures.id}-heading`}>
        <span className="nhsuk-caption-m">
          {t(
            figures.required
              ? 'insights.report.scenario.caption'
              : 'insights.report.scenario.captionOptional',
          )}
        </span>{' '}
        {figures.title}
      </h2>
      <dl className="nhsuk-summary-list app-insights__scenario-figures">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('insights.report.scenario.started')}</dt>
          <dd className="nhsuk-summary-list__value">
            <Figure count={figures.started} />
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('insights.report.scenario.reachedEnding')}</dt>
          <dd className="nhsuk-summary-list__value">
            <Figure count={figures.reachedEnding} />
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('insights.report.scenario.time')}</dt>
          <dd className="nhsuk-summary-list__value">
            {figures.medianSeconds === null
              ? figures.timeNote
              : `${t('insights.report.scenario.median', { time: minutes(t, figures.medianSeconds) })} ${figures.timeNote}`}
          </dd>
        </div>
      </dl>
      {figures.decisions.map((decision, index) => (
        <DecisionBlock
          key={decision.decisionId}
          course={course}
          decision={decision}
          number={index + 1}
        />
      ))}
      {scenario && (
        <details
          className="nhsuk-details app-insights__map app-insights__screen-only"
          onToggle={(event) => setShowMap((event.target as HTMLDetailsElement).open)}
        >
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">{t('insights.report.scenario.map')}</span>
          </summary>
          <div className="nhsuk-details__text">
            {path.length === 0 && (
              <p>{t('insights.report.scenario.noPath', { count: smallestShownCount })}</p>
            )}
            {showMap && (
              <ScenarioMap
                scenario={scenario}
                idPrefix={`insights-${figures.id}`}
                mode="decisions"
                orientation="across"
                primaryPath={
                  path.length
                    ? { label: t('insights.report.scenario.cohortPath'), choices: path }
                    : undefined
                }
                secondaryPath={{
                  label: t('insights.report.scenario.recommendedPath'),
                  choices: recommendedPath(scenario).choices.map((choice) => choice.id),
                }}
              />
            )}
          </div>
        </details>
      )}
      {figures.teachingHref && (
        <p className="app-insights__screen-only">
          <a href={figures.teachingHref}>
            {t('insights.report.teachingNotes', { title: figures.title })}
          </a>
        </p>
      )}
    </section>
  );
}
