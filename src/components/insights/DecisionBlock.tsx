import type { InsightsCourse } from '../../insights/course';
import type { DecisionFigures } from '../../insights/report';
import { useTranslate } from '../../i18n/MessagesContext';
import { sayMessage } from '../../i18n/messages';
import { BarChart } from './BarChart';
import { CommonWrongTurn } from './CommonWrongTurn';
import { Figure } from './Figure';
import { counted, ratingLabel } from './report-words';

export function DecisionBlock({
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
          {sayMessage(t, decision.changedNote)}
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
      <CommonWrongTurn course={course} decision={decision} id={id} />
    </section>
  );
}
