import type { Ref } from 'react';
import type { Scenario } from '../../schemas/scenario';
import type { ScenarioRun } from '../../facilitator/room-session';
import { outcomeLabel } from '../case/describe';
import { ScenarioMap } from '../scenario-map/ScenarioMap';

export interface TeachingSummary {
  learningOutcomes: string[];
  discussionQuestions: string[];
}

interface Props {
  scenario: Scenario;
  run: ScenarioRun;
  teaching: TeachingSummary;
  recommendedChoices: readonly string[];
  headingRef: Ref<HTMLHeadingElement>;
  onDownload: (format: 'txt' | 'json') => void;
  onRunAgain: () => void;
  startHref: string;
  guideHref: string;
  next?: { title: string; href: string };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The end of a run: the room's path on the scenario's map, the votes, the questions to debrief with. */
export function Debrief({ scenario, run, teaching, recommendedChoices, headingRef, onDownload, onRunAgain, startHref, guideHref, next }: Props) {
  const votes = Object.fromEntries(run.decisions.map((record) => [record.decision, record.votes]));
  return (
    <div className="app-debrief">
      <p className="app-presenter__kicker">Debrief</p>
      <h2 className="app-presenter__heading" tabIndex={-1} ref={headingRef}>
        How the room's path went
      </h2>
      {run.ending && (
        <p className="app-debrief__ending">
          The room reached <strong>{run.ending.title}</strong>: {outcomeLabel[run.ending.outcome].toLowerCase()}.
        </p>
      )}

      <table className="nhsuk-table app-debrief__votes">
        <caption className="nhsuk-table__caption">The room's votes at each decision</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Decision
            </th>
            <th scope="col" className="nhsuk-table__header">
              Options and votes
            </th>
            <th scope="col" className="nhsuk-table__header">
              The room followed
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {run.decisions.map((record, index) => {
            const total = record.options.reduce((sum, option) => sum + (record.votes[option.id] ?? 0), 0);
            const top = Math.max(0, ...record.options.map((option) => record.votes[option.id] ?? 0));
            const followedIndex = record.options.findIndex((option) => option.id === record.followed);
            const followed = record.options[followedIndex];
            return (
              <tr key={record.decision} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  <strong>{index + 1}.</strong> {record.prompt}
                </td>
                <td className="nhsuk-table__cell">
                  <ol className="app-debrief__option-list">
                    {record.options.map((option) => (
                      <li key={option.id}>
                        {option.text}{' '}
                        <strong className="app-debrief__count">
                          {plural(record.votes[option.id] ?? 0, 'vote')}
                          {total > 0 ? ` (${Math.round(((record.votes[option.id] ?? 0) / total) * 100)}%)` : ''}
                        </strong>
                        {option.best && <span className="app-debrief__best"> What good looks like.</span>}
                      </li>
                    ))}
                  </ol>
                </td>
                <td className="nhsuk-table__cell">
                  {followed ? (
                    <>
                      Option {followedIndex + 1}
                      {total > 0 && (record.votes[followed.id] ?? 0) < top ? ' (not the most votes)' : ''}
                    </>
                  ) : (
                    'Not chosen yet'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <ScenarioMap
        scenario={scenario}
        idPrefix="debrief"
        mode="decisions"
        heading="The room's path on the map"
        headingLevel={3}
        primaryPath={{ label: "the room's path", choices: run.choices }}
        secondaryPath={{ label: 'the recommended path', choices: recommendedChoices }}
        votes={votes}
      />

      <h3>Questions for the room</h3>
      <ol className="app-debrief__questions">
        {teaching.discussionQuestions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ol>

      <h3>Learning outcomes to check</h3>
      <ul className="app-debrief__outcomes">
        {teaching.learningOutcomes.map((outcome) => (
          <li key={outcome}>{outcome}</li>
        ))}
      </ul>

      <div className="app-debrief__actions">
        <h3>Session record</h3>
        <p>A short record of this session for your teaching log: the date, the scenarios run, the room's votes and path. No names.</p>
        <div className="app-presenter__button-row">
          <button type="button" className="nhsuk-button" onClick={() => onDownload('txt')}>
            Download the session record (text)
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => onDownload('json')}>
            Download it as data (JSON)
          </button>
        </div>
        <h3>What next</h3>
        <ul className="app-debrief__next">
          {next && (
            <li>
              <a href={next.href}>Present next: {next.title}</a>
            </li>
          )}
          <li>
            <a href={startHref}>Choose another scenario to present</a>
          </li>
          <li>
            <a href={guideHref}>Open the printable facilitator guide for this scenario</a>
          </li>
        </ul>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onRunAgain}>
          Run this scenario again with the room
        </button>
      </div>
    </div>
  );
}
