import { useEffect, useState } from 'react';
import type { Scenario } from '../../schemas/scenario';
import { recommendedPath } from '../../dialogue/scenario-graph';
import type { InsightsCourse } from '../../insights/course';
import { cohortPath } from '../../insights/cohort-path';
import type { ScenarioFigures } from '../../insights/report';
import { smallestShownCount } from '../../insights/suppression';
import { useTranslate } from '../../i18n/MessagesContext';
import { sayMessage } from '../../i18n/messages';
import { ScenarioMap } from '../scenario-map/ScenarioMap';
import { DecisionBlock } from './DecisionBlock';
import { Figure } from './Figure';
import { minutes } from './report-words';

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
              ? sayMessage(t, figures.timeNote)
              : `${t('insights.report.scenario.median', { time: minutes(t, figures.medianSeconds) })} ${sayMessage(t, figures.timeNote)}`}
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
