import type { CSSProperties, ReactNode, Ref } from 'react';
import type { Scenario } from '../../schemas/scenario';
import type { ScenarioRun } from '../../facilitator/room-session';
import type { DebriefSection } from '../../facilitator/presenter-steps';
import { roomNumbering } from '../../facilitator/room-numbering';
import { useTranslate } from '../../i18n/MessagesContext';
import { countLabel, outcomeLabel } from '../../vocabulary/labels';
import { ScenarioMap } from '../scenario-map/ScenarioMap';
import { layoutScenarioMap } from '../scenario-map/scenario-map-layout';

/** How far the debrief map may grow beyond its drawing units: enough for 18-pixel labels, not so far that a small map fills two screens. */
const mapMaxScale = 1.5;

export interface TeachingSummary {
  learningOutcomes: string[];
  discussionQuestions: string[];
}

interface Props {
  scenario: Scenario;
  run: ScenarioRun;
  teaching: TeachingSummary;
  recommendedChoices: readonly string[];
  /** The section on screen: its heading takes headingRef, so focus and scrolling follow Next. */
  section: DebriefSection;
  headingRef: Ref<HTMLHeadingElement>;
  onDownload: (format: 'txt' | 'json') => void;
  onRunAgain: () => void;
  startHref: string;
  guideHref: string;
  next?: { title: string; href: string };
}

/**
 * One section of the debrief. Its heading takes focus as the room reaches it (so Next scrolls it
 * into view); the first section's heading is the screen's own, under a kicker.
 */
function Part({
  name,
  heading,
  kicker,
  headingRef,
  children,
}: {
  name: DebriefSection;
  heading: string;
  kicker?: string;
  headingRef: Ref<HTMLHeadingElement> | undefined;
  children: ReactNode;
}) {
  const Heading = kicker ? 'h2' : 'h3';
  return (
    <section
      className="app-debrief__section"
      data-section={name}
      aria-labelledby={`debrief-${name}-heading`}
    >
      {kicker && <p className="app-presenter__kicker">{kicker}</p>}
      <Heading
        className={`${kicker ? 'app-presenter__heading ' : ''}app-debrief__heading`}
        id={`debrief-${name}-heading`}
        tabIndex={-1}
        ref={headingRef}
      >
        {heading}
      </Heading>
      {children}
    </section>
  );
}

/** The end of a run, a section at a time: the room's path on the map, the questions to debrief with, the votes and the record. */
export function Debrief({
  scenario,
  run,
  teaching,
  recommendedChoices,
  section,
  headingRef,
  onDownload,
  onRunAgain,
  startHref,
  guideHref,
  next,
}: Props) {
  const t = useTranslate();
  const votes = Object.fromEntries(run.decisions.map((record) => [record.decision, record.votes]));
  const refFor = (candidate: DebriefSection) => (candidate === section ? headingRef : undefined);
  const mapStyle = {
    '--map-max-width': `${Math.round(layoutScenarioMap(scenario, 'decisions', 'down').width * mapMaxScale)}px`,
  } as CSSProperties;
  return (
    <div className="app-debrief">
      <Part
        name="map"
        heading={t('presenter.debrief.mapHeading')}
        kicker={t('presenter.debrief.kicker')}
        headingRef={refFor('map')}
      >
        {run.ending && (
          <p className="app-debrief__ending">
            {t('presenter.debrief.reached')}
            <strong>{run.ending.title}</strong>
            {t('presenter.debrief.reachedOutcome', {
              outcome: outcomeLabel(t, run.ending.outcome).toLowerCase(),
            })}
          </p>
        )}
        <div className="app-debrief__map" style={mapStyle}>
          <ScenarioMap
            scenario={scenario}
            idPrefix="debrief"
            mode="decisions"
            orientation="down"
            primaryPath={{ label: t('presenter.debrief.roomPath'), choices: run.choices }}
            secondaryPath={{
              label: t('presenter.debrief.recommendedPath'),
              choices: recommendedChoices,
            }}
            votes={votes}
            numbering={roomNumbering(run, scenario)}
          />
        </div>
      </Part>

      <Part
        name="questions"
        heading={t('presenter.debrief.questions')}
        headingRef={refFor('questions')}
      >
        <ol className="app-debrief__questions">
          {teaching.discussionQuestions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ol>

        <h3>{t('presenter.debrief.outcomes')}</h3>
        <ul className="app-debrief__outcomes">
          {teaching.learningOutcomes.map((outcome) => (
            <li key={outcome}>{outcome}</li>
          ))}
        </ul>
      </Part>

      <Part
        name="record"
        heading={t('presenter.debrief.recordHeading')}
        headingRef={refFor('record')}
      >
        <table className="nhsuk-table app-debrief__votes">
          <caption className="nhsuk-table__caption">{t('presenter.debrief.votesCaption')}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                {t('presenter.debrief.decision')}
              </th>
              <th scope="col" className="nhsuk-table__header">
                {t('presenter.debrief.optionsAndVotes')}
              </th>
              <th scope="col" className="nhsuk-table__header">
                {t('presenter.debrief.followed')}
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {run.decisions.map((record, index) => {
              const total = record.options.reduce(
                (sum, option) => sum + (record.votes[option.id] ?? 0),
                0,
              );
              const top = Math.max(
                0,
                ...record.options.map((option) => record.votes[option.id] ?? 0),
              );
              const followedIndex = record.options.findIndex(
                (option) => option.id === record.followed,
              );
              const followed = record.options[followedIndex];
              return (
                <tr key={record.decision} className="nhsuk-table__row">
                  <td className="nhsuk-table__cell">
                    <strong>{t('presenter.debrief.decisionNumber', { number: index + 1 })}</strong>{' '}
                    {record.prompt}
                  </td>
                  <td className="nhsuk-table__cell">
                    <ol className="app-debrief__option-list">
                      {record.options.map((option) => (
                        <li key={option.id}>
                          {option.text}{' '}
                          <strong className="app-debrief__count">
                            {countLabel(t, 'vote', record.votes[option.id] ?? 0)}
                            {total > 0
                              ? t('presenter.decision.share', {
                                  percent: Math.round(
                                    ((record.votes[option.id] ?? 0) / total) * 100,
                                  ),
                                })
                              : ''}
                          </strong>
                          {option.best && (
                            <span className="app-debrief__best">{t('presenter.debrief.best')}</span>
                          )}
                        </li>
                      ))}
                    </ol>
                  </td>
                  <td className="nhsuk-table__cell">
                    {followed ? (
                      <>
                        {t('presenter.debrief.option', { number: followedIndex + 1 })}
                        {total > 0 && (record.votes[followed.id] ?? 0) < top
                          ? t('presenter.debrief.notMostVotes')
                          : ''}
                      </>
                    ) : (
                      t('presenter.debrief.notChosen')
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>

        <div className="app-debrief__actions">
          <p>{t('presenter.debrief.recordIntro')}</p>
          <div className="app-presenter__button-row">
            <button type="button" className="nhsuk-button" onClick={() => onDownload('txt')}>
              {t('presenter.debrief.downloadText')}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => onDownload('json')}
            >
              {t('presenter.debrief.downloadJson')}
            </button>
          </div>
          <h3>{t('presenter.debrief.whatNext')}</h3>
          <ul className="app-debrief__next">
            {next && (
              <li>
                <a href={next.href}>{t('presenter.debrief.presentNext', { title: next.title })}</a>
              </li>
            )}
            <li>
              <a href={startHref}>{t('presenter.debrief.another')}</a>
            </li>
            <li>
              <a href={guideHref}>{t('presenter.debrief.guide')}</a>
            </li>
          </ul>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={onRunAgain}
          >
            {t('presenter.debrief.runAgain')}
          </button>
        </div>
      </Part>
    </div>
  );
}
