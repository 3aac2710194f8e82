import type { CourseInfo } from '../../tracking/course-info';
import { outcomeLabel } from '../case/describe';
import { overallScore, useCourseRecords } from './use-course-records';

/** "an acceptable outcome", "a poor outcome". */
const withArticle = (phrase: string) => `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;

interface Props {
  course: CourseInfo;
  hrefs: Record<string, string>;
  certificateHref: string;
  reflectionsHref: string;
}

/** Overall score, each scenario's outcome, and what to revisit. */
export default function ModuleSummary({ course, hrefs, certificateHref, reflectionsHref }: Props) {
  const state = useCourseRecords(course);
  if (!state) return <p>Checking your progress…</p>;
  const { records, status } = state;
  const revisit = course.scenarios.filter((scenario) => {
    const finished = records[scenario.id]?.finished;
    return (scenario.required && !finished) || (finished && finished.outcome !== 'recommended');
  });

  return (
    <div className="app-summary">
      <div className="nhsuk-card">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading">Overall</h2>
          <dl className="nhsuk-summary-list">
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Score</dt>
              <dd className="nhsuk-summary-list__value" data-testid="overall-score">
                {overallScore(status)}% (pass mark {course.passMark}%)
              </dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Status</dt>
              <dd className="nhsuk-summary-list__value" data-testid="overall-status">
                {status.completed
                  ? status.success === 'passed'
                    ? 'Completed and passed'
                    : 'Completed, below the pass mark'
                  : !Object.values(records).some(Boolean)
                    ? 'Not started'
                    : `In progress: ${Math.round(status.progress * 100)}% of required scenarios finished`}
              </dd>
            </div>
          </dl>
          {status.completed && status.success !== 'passed' && (
            <p className="nhsuk-card__description" data-testid="below-pass-mark">
              You have completed the module. Your score is below the pass mark of {course.passMark}%: play again the scenarios listed under
              &ldquo;What to revisit&rdquo; to raise it. Your certificate records completion and your score.
            </p>
          )}
          {status.completed ? (
            <p className="nhsuk-card__description">
              <a href={certificateHref}>Print your certificate</a>
            </p>
          ) : (
            <p className="nhsuk-card__description">Finish every required scenario to complete the module and print your certificate.</p>
          )}
        </div>
      </div>

      {/* The NHS responsive table: on a phone each scenario becomes a block with its own labels,
          instead of three squeezed columns that break words in the middle (WCAG 1.4.10). The
          roles keep the table's meaning when the rows are laid out as blocks. */}
      <table className="nhsuk-table nhsuk-table--responsive" role="table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--m">Each scenario</caption>
        <thead className="nhsuk-table__head" role="rowgroup">
          <tr className="nhsuk-table__row" role="row">
            <th scope="col" className="nhsuk-table__header" role="columnheader">Scenario</th>
            <th scope="col" className="nhsuk-table__header" role="columnheader">Outcome</th>
            <th scope="col" className="nhsuk-table__header" role="columnheader">Points</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body" role="rowgroup">
          {course.scenarios.map((scenario) => {
            const finished = records[scenario.id]?.finished;
            return (
              <tr className="nhsuk-table__row" role="row" key={scenario.id}>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table__heading" aria-hidden="true">Scenario </span>
                  <span>
                    <a href={hrefs[scenario.id]}>{scenario.title}</a>
                    {!scenario.required && <span className="nhsuk-body-s"> (optional)</span>}
                  </span>
                </td>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table__heading" aria-hidden="true">Outcome </span>
                  <span data-testid={`outcome-${scenario.id}`}>{finished ? outcomeLabel[finished.outcome] : records[scenario.id] ? 'Not finished yet' : 'Not started'}</span>
                </td>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table__heading" aria-hidden="true">Points </span>
                  {finished ? `${finished.score} of ${finished.maxScore}` : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>What to revisit</h2>
      {revisit.length ? (
        <ul className="nhsuk-list nhsuk-list--bullet" data-testid="revisit">
          {revisit.map((scenario) => {
            const finished = records[scenario.id]?.finished;
            return (
              <li key={scenario.id}>
                <a href={hrefs[scenario.id]}>{scenario.title}</a>:{' '}
                {finished
                  ? `you reached ${withArticle(outcomeLabel[finished.outcome].toLowerCase())}. Play it again and try the other choices, then read its teaching notes.`
                  : 'not finished yet.'}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>Nothing: you reached the recommended outcome in every scenario you played.</p>
      )}
      <p>
        <a href={reflectionsHref}>Print or download your reflections</a> for your e-portfolio.
      </p>
    </div>
  );
}
