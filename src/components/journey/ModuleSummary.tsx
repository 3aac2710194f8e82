import type { CourseInfo } from '../../tracking/course-info';
import { isPractising, scoredRunOf } from '../../progress/scoring';
import { describeDuration, secondsSpent } from '../../progress/time-spent';
import { outcomeLabel } from '../case/describe';
import { requiredScenarios } from '../../progress/course-status';
import { overallScore, useCourseRecords, type CourseRecords } from './use-course-records';

/** "an acceptable outcome", "a poor outcome". */
const withArticle = (phrase: string) => `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;

interface Props {
  course: CourseInfo;
  hrefs: Record<string, string>;
  certificateHref: string;
  reflectionsHref: string;
}

/**
 * A record of the learner's progress as plain text, to download or keep: for a learner who stops
 * part-way (an induction slot ends) as much as for one who finishes.
 */
export function progressRecordText(course: CourseInfo, { records, status }: CourseRecords, now: Date, seconds: number): string {
  const required = requiredScenarios(course);
  const finishedRequired = required.filter((scenario) => records[scenario.id]?.finished).length;
  const lines = course.scenarios.map((scenario) => {
    const record = records[scenario.id];
    const finished = record?.finished;
    const state = finished
      ? `finished: ${outcomeLabel[finished.outcome].toLowerCase()}, ${finished.score} of ${finished.maxScore} points (first answers)`
      : record
        ? 'started, not finished'
        : 'not started';
    return `- ${scenario.title}${scenario.required ? '' : ' (optional)'}: ${state}`;
  });
  return [
    `${course.title} (version ${course.version}): record of progress`,
    `Made on ${now.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}`,
    `Time spent in the cases on this device: ${describeDuration(seconds)}`,
    '',
    `Finished ${finishedRequired} of ${required.length} required scenarios.`,
    status.completed && status.score !== null
      ? `Overall score: ${overallScore(status)}% (pass mark ${course.passMark}%), ${status.success === 'passed' ? 'passed' : 'below the pass mark'}.`
      : 'Overall score: given once every required scenario is finished.',
    '',
    ...lines,
    '',
  ].join('\n');
}

/** Overall score (once it is out of everything it counts), each scenario's outcome, and what to revisit. */
export default function ModuleSummary({ course, hrefs, certificateHref, reflectionsHref }: Props) {
  const state = useCourseRecords(course);
  if (!state) return <p>Checking your progress…</p>;
  const { records, status } = state;
  const required = requiredScenarios(course);
  const finishedRequired = required.filter((scenario) => records[scenario.id]?.finished).length;
  const download = () => {
    const text = progressRecordText(course, state, new Date(), secondsSpent());
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${course.moduleId}-progress-${new Date().toISOString().slice(0, 10)}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
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
            {/* A score out of scenarios still to do would read as a fail (6% of everything after
                one case): until all are finished the summary shows progress, as the LMS does. */}
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{status.completed && status.score !== null ? 'Score' : 'Progress'}</dt>
              <dd className="nhsuk-summary-list__value" data-testid="overall-score">
                {status.completed && status.score !== null
                  ? `${overallScore(status)}% (pass mark ${course.passMark}%)`
                  : `Finished ${finishedRequired} of ${required.length} required scenarios. Your score is given once all are finished.`}
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
                    : 'In progress'}
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
            const record = records[scenario.id];
            const finished = record?.finished;
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
                  <span data-testid={`points-${scenario.id}`}>
                    {finished ? `${finished.score} of ${finished.maxScore}` : '–'}
                    {record && isPractising(scoredRunOf(record), record.choices, record.at) && (
                      <span className="nhsuk-body-s app-summary__practice"> (practised since; your first answers count)</span>
                    )}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <p className="nhsuk-body-s">
        Points come from your first answer at each decision. Going back or playing a case again shows where other choices lead, as
        practice, and does not change them.
      </p>

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
      <h2>Keep a record</h2>
      <p>If you stop part-way, keep a record of what you have finished so far, for your portfolio or your induction lead.</p>
      <div className="app-summary__record-actions app-no-print">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => window.print()}>
          Print this summary
        </button>{' '}
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={download}>
          Download a record of your progress (text file)
        </button>
      </div>
      <p>
        <a href={reflectionsHref}>Print or download your reflections</a> for your e-portfolio.
      </p>
    </div>
  );
}
