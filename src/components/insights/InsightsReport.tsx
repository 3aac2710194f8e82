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

const percent = (share: number | null) => (share === null ? '' : `${Math.round(share * 100)}%`);

export const ratingLabel: Record<ChoiceRating, string> = { best: 'Best', acceptable: 'Acceptable', poor: 'Poor' };

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

function minutes(seconds: number) {
  const whole = Math.round(seconds / 60);
  return whole < 1 ? 'under a minute' : `${whole} minute${whole === 1 ? '' : 's'}`;
}

/** Which version the answers come from, in plain words, and what that means for the explanations below. */
function VersionNote({ report }: { report: Report }) {
  const { version } = report;
  const changed = version.changedDecisions.length;
  const changedText =
    changed === 0
      ? "Every decision in the key means what it does on this page, so this page's consequences, requirements and two-minute fixes apply throughout."
      : `${changed} decision${changed === 1 ? ' has' : 's have'} changed since then: there the figures use the key's wording, and this page's consequences, requirements, fixes and map are left out, because they describe other choices.`;
  return (
    <p className="nhsuk-body" data-testid="answers-version">
      {version.key === null
        ? `The interaction key does not say which version of the module it was written for (older keys do not), so it has been compared with this page's content, version ${version.page}. `
        : version.key === version.page
          ? `The answers come from version ${version.key} of the module, the version of this page. `
          : `The answers come from version ${version.key} of the module (the version the interaction key was written for); this page is version ${version.page}. `}
      {changedText}
    </p>
  );
}

export function CohortSummary({ course, report }: { course: InsightsCourse; report: Report }) {
  const hiddenAny = [report.learners, report.passed, report.completed].some((count) => count.hidden);
  return (
    <section className="app-insights__summary app-insights__page" aria-labelledby="summary-heading">
      <h2 id="summary-heading">The cohort at a glance</h2>
      <VersionNote report={report} />
      <dl className="nhsuk-summary-list" data-testid="cohort-summary">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Learners with an attempt</dt>
          <dd className="nhsuk-summary-list__value" data-testid="learners">
            <Figure count={report.learners} />
            {report.notStarted > 0 && ` (and ${report.notStarted < smallestShownCount ? `fewer than ${smallestShownCount}` : report.notStarted} listed who never started)`}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Passed (best score {course.passMark} or more)</dt>
          <dd className="nhsuk-summary-list__value" data-testid="passed">
            {report.scored.value === 0 ? 'No scores in these files' : <Figure count={report.passed} share={report.passRate} />}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Reached an ending in every required scenario</dt>
          <dd className="nhsuk-summary-list__value" data-testid="completed">
            <Figure count={report.completed} share={report.completionRate} />
          </dd>
        </div>
      </dl>
      <p className="nhsuk-body-s">
        Each learner counts once per decision: their first answer, in their earliest attempt, as the module's scoring does. Whether a
        learner reached an ending is read from their last decision in the scenario. Pass is the best score against the pass mark, not
        the status the LMS shows.
        {hiddenAny && ` Figures about fewer than ${smallestShownCount} learners are hidden so that no one can be recognised.`}
      </p>
      {report.sources.some((source) => source.problem) && (
        <div className="nhsuk-error-summary" aria-labelledby="source-problems-heading">
          <h3 className="nhsuk-error-summary__title" id="source-problems-heading">
            Files left out of the figures
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
      {report.sources.some((source) => source.laterAnswersIgnored > 0 || source.unknownAnswers > 0) && (
        <ul className="nhsuk-list nhsuk-body-s">
          {report.sources
            .filter((source) => !source.problem && (source.laterAnswersIgnored > 0 || source.unknownAnswers > 0))
            .map((source) => (
              <li key={source.name}>
                {source.name}:{' '}
                {source.laterAnswersIgnored > 0 &&
                  `${source.laterAnswersIgnored} later answer${source.laterAnswersIgnored === 1 ? '' : 's'} at a decision already answered in the same attempt (a module version before "the first answer counts") not counted. `}
                {source.unknownAnswers > 0 && `${source.unknownAnswers} answer${source.unknownAnswers === 1 ? '' : 's'} not in the interaction key left out.`}
              </li>
            ))}
        </ul>
      )}
      {report.sessions.length > 0 && (
        <p className="nhsuk-body-s" data-testid="sessions">
          Room votes from {report.sessions.length} facilitator session{report.sessions.length === 1 ? '' : 's'} ({report.sessions.map((session) => session.day).join(', ')}) are shown beside the learners' choices. Votes are counted by the facilitator and name no one.
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
function BarChart({ bars, caption }: { bars: { label: string; share: number | null; rating?: ChoiceRating | 'room'; note?: string }[]; caption: string }) {
  return (
    <figure className="app-insights__chart">
      <div className="app-insights__bars" aria-hidden="true">
        {bars.map((bar, index) => (
          <div className="app-insights__bar-row" key={`${bar.label}-${index}`}>
            <span className="app-insights__bar-label">{bar.label}</span>
            <svg className="app-insights__bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              <rect x="0" y="0" width="100" height="10" className="app-insights__chart-track" />
              {bar.share !== null && bar.share > 0 && <rect x="0" y="0" width={Math.max(bar.share * 100, 1)} height="10" className={`app-insights__bar app-insights__bar--${bar.rating ?? 'best'}`} />}
            </svg>
            <span className="app-insights__bar-value">{bar.share === null ? (bar.note ?? 'hidden') : percent(bar.share)}</span>
          </div>
        ))}
      </div>
      <figcaption className="nhsuk-body-s app-insights__chart-caption">{caption}</figcaption>
    </figure>
  );
}

export function RankingSection({ report }: { report: Report }) {
  const ranked = report.ranking;
  return (
    <section className="app-insights__ranking app-insights__page" aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">Decisions most often missed</h2>
      {ranked.length === 0 ? (
        <p data-testid="ranking-empty">
          No decision can be ranked without pointing to someone: ranking needs {smallestShownCount} or more learners who took the best choice
          and {smallestShownCount} or more who did not (or none). A larger cohort, or several files together, will fill this in.
        </p>
      ) : (
        <>
          <BarChart caption="Chart: share of learners who did not take the best choice, most missed first. The table gives the same figures." bars={ranked.slice(0, 10).map((decision, index) => ({ label: `${index + 1}. ${decision.scenarioTitle}`, share: decision.missShare, rating: 'poor' }))} />
          <div className="app-insights__table-scroll" role="region" aria-labelledby="ranking-caption" tabIndex={0}>
            <table className="nhsuk-table app-insights__table" data-testid="ranking">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s" id="ranking-caption">
                Decisions ranked by how often learners missed the best choice
              </caption>
              <thead className="nhsuk-table__head">
                <tr>
                  <th scope="col" className="nhsuk-table__header">Rank</th>
                  <th scope="col" className="nhsuk-table__header">Scenario and decision</th>
                  <th scope="col" className="nhsuk-table__header">Answered</th>
                  <th scope="col" className="nhsuk-table__header">Missed the best choice</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {ranked.map((decision, index) => (
                  <tr key={`${decision.scenarioId}-${decision.decisionId}`} className="nhsuk-table__row">
                    <td className="nhsuk-table__cell">{index + 1}</td>
                    <td className="nhsuk-table__cell app-insights__wrap">
                      <a href={`#scenario-${decision.scenarioId}`}>{decision.scenarioTitle}</a>: {decision.prompt}
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

function SignificantEvent({ course, turn, id }: { course: InsightsCourse; turn: WrongTurn; id: string }) {
  const summary = significantEventSummary(course, turn);
  const [element, setElement] = useState<HTMLElement | null>(null);
  return (
    <details className="nhsuk-details app-insights__event">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Significant-event-style summary for the interface group</span>
      </summary>
      <div className="nhsuk-details__text">
        <article className="app-insights__event-sheet" ref={setElement} aria-labelledby={`${id}-title`} data-testid="significant-event">
          <h4 id={`${id}-title`}>{summary.title}</h4>
          <h5>What happened</h5>
          {summary.whatHappened.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <h5>The requirement</h5>
          <p>{summary.requirement}</p>
          <h5>The two-minute fix</h5>
          <p>{summary.twoMinuteFix}</p>
          <h5>Who to talk to</h5>
          <p>{summary.whoToTalkTo}</p>
          {summary.teachingHref && (
            <p>
              <a href={summary.teachingHref}>The scenario's teaching notes</a>
            </p>
          )}
        </article>
        <div className="app-insights__actions app-insights__screen-only">
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => printAlone(element)}>
            Print this summary
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => downloadText(`significant-event-${turn.scenarioId}-${turn.decisionId}.txt`, significantEventText(summary, summary.teachingHref && new URL(summary.teachingHref, window.location.href).href), 'text/plain;charset=utf-8')}
          >
            Download it as text
          </button>
        </div>
      </div>
    </details>
  );
}

function DecisionBlock({ course, decision, number }: { course: InsightsCourse; decision: DecisionFigures; number: number }) {
  const id = `decision-${decision.scenarioId}-${decision.decisionId}`;
  const hasRoom = decision.room !== null;
  const roomTotal = decision.room?.votes ?? 0;
  const bars = decision.choices.flatMap((choice) => [
    { label: `${choice.letter.toUpperCase()} ${ratingLabel[choice.rating].toLowerCase()}`, share: choice.share, rating: choice.rating, note: choice.learners.hidden ? 'hidden' : undefined },
    ...(hasRoom ? [{ label: `${choice.letter.toUpperCase()} room`, share: roomTotal ? (choice.roomVotes ?? 0) / roomTotal : 0, rating: 'room' as const }] : []),
  ]);
  return (
    <section className="app-insights__decision" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h3 id={`${id}-heading`}>
        Decision {number}: {decision.prompt}
      </h3>
      {decision.changedNote && (
        <p className="nhsuk-body-s app-insights__changed" data-testid="changed-note">
          {decision.changedNote}
        </p>
      )}
      <p className="nhsuk-body-s">
        Answered by <Figure count={decision.answered} /> learner{decision.answered.value === 1 ? '' : 's'}; <Figure count={decision.missed} share={decision.missShare} /> missed the best choice.
        {hasRoom && ` Room votes from ${decision.room!.sessions} session${decision.room!.sessions === 1 ? '' : 's'}: ${roomTotal}.`}
      </p>
      <div className="app-insights__decision-body">
        <BarChart caption={`Chart: share choosing each option${hasRoom ? ', learners and the room' : ''}. The table gives the same figures.`} bars={bars} />
        <div className="app-insights__table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="nhsuk-table app-insights__table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden" id={`${id}-caption`}>
              What learners chose at decision {number}
            </caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col" className="nhsuk-table__header">Option</th>
                <th scope="col" className="nhsuk-table__header">Rating</th>
                <th scope="col" className="nhsuk-table__header">Learners</th>
                {hasRoom && <th scope="col" className="nhsuk-table__header">Room votes</th>}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {decision.choices.map((choice) => (
                <tr key={choice.choiceId} className="nhsuk-table__row" data-choice={choice.choiceId}>
                  <th scope="row" className="nhsuk-table__cell app-insights__option">
                    <span className="app-insights__letter">{choice.letter.toUpperCase()}</span> {choice.text}
                  </th>
                  <td className="nhsuk-table__cell">
                    <span className={`app-insights__rating app-insights__rating--${choice.rating}`}>{ratingLabel[choice.rating]}</span>
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
          <h4>Most common wrong turn</h4>
          <p>
            <strong>{decision.commonWrongTurn.choice.text}</strong> ({decision.commonWrongTurn.learners} of {decision.commonWrongTurn.answered} learners, {percent(decision.commonWrongTurn.share)})
          </p>
          <p>
            <strong>What follows{decision.commonWrongTurn.choice.consequenceScene ? ` (${decision.commonWrongTurn.choice.consequenceScene})` : ''}:</strong>{' '}
            {decision.commonWrongTurn.choice.consequence ?? decision.commonWrongTurn.changedNote}
          </p>
          {decision.commonWrongTurn.choice.requirement && (
            <p>
              <strong>The requirement it breaks:</strong> {decision.commonWrongTurn.choice.requirement}
            </p>
          )}
          {decision.commonWrongTurn.teachingHref && (
            <p className="app-insights__screen-only">
              <a href={decision.commonWrongTurn.teachingHref}>Teaching notes for {decision.commonWrongTurn.scenarioTitle}</a>
            </p>
          )}
          <SignificantEvent course={course} turn={decision.commonWrongTurn} id={`${id}-event`} />
        </div>
      ) : (
        decision.wrongTurnNote && <p className="nhsuk-body-s">Most common wrong turn: not named. {decision.wrongTurnNote}</p>
      )}
    </section>
  );
}

export function ScenarioSection({ course, figures, scenario }: { course: InsightsCourse; figures: ScenarioFigures; scenario: Scenario | undefined }) {
  const [showMap, setShowMap] = useState(false);
  const path = scenario ? cohortPath(scenario, figures.cohortChoices) : [];
  // The map is drawn only once opened: ten maps at once would slow the page for nothing.
  useEffect(() => setShowMap(false), [figures]);
  return (
    <section className="app-insights__scenario app-insights__page" id={`scenario-${figures.id}`} aria-labelledby={`scenario-${figures.id}-heading`} data-testid={`scenario-${figures.id}`}>
      <h2 id={`scenario-${figures.id}-heading`}>
        <span className="nhsuk-caption-m">Scenario{figures.required ? '' : ' (optional)'}</span> {figures.title}
      </h2>
      <dl className="nhsuk-summary-list app-insights__scenario-figures">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Learners who started it</dt>
          <dd className="nhsuk-summary-list__value">
            <Figure count={figures.started} />
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Reached an ending</dt>
          <dd className="nhsuk-summary-list__value">
            <Figure count={figures.reachedEnding} />
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Time from first to last decision</dt>
          <dd className="nhsuk-summary-list__value">{figures.medianSeconds === null ? figures.timeNote : `${minutes(figures.medianSeconds)} (median). ${figures.timeNote}`}</dd>
        </div>
      </dl>
      {figures.decisions.map((decision, index) => (
        <DecisionBlock key={decision.decisionId} course={course} decision={decision} number={index + 1} />
      ))}
      {scenario && (
        <details className="nhsuk-details app-insights__map app-insights__screen-only" onToggle={(event) => setShowMap((event.target as HTMLDetailsElement).open)}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">The scenario map, with the cohort's most common path</span>
          </summary>
          <div className="nhsuk-details__text">
            {path.length === 0 && <p>No decision here has {smallestShownCount} or more learners answering, so the cohort's path is not drawn.</p>}
            {showMap && (
              <ScenarioMap
                scenario={scenario}
                idPrefix={`insights-${figures.id}`}
                mode="decisions"
                orientation="across"
                primaryPath={path.length ? { label: "the cohort's most common path", choices: path } : undefined}
                secondaryPath={{ label: 'the recommended path', choices: recommendedPath(scenario).choices.map((choice) => choice.id) }}
              />
            )}
          </div>
        </details>
      )}
      {figures.teachingHref && (
        <p className="app-insights__screen-only">
          <a href={figures.teachingHref}>Teaching notes for {figures.title}</a>
        </p>
      )}
    </section>
  );
}
