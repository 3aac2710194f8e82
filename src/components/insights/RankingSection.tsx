import type { Report } from '../../insights/report';
import { smallestShownCount } from '../../insights/suppression';
import { useTranslate } from '../../i18n/MessagesContext';
import { BarChart } from './BarChart';
import { Figure } from './Figure';

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
