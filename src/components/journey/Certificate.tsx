import { useEffect, useState } from 'react';
import type { CourseInfo } from '../../tracking/course-info';
import { getLearnerName } from '../../tracking/learner-name';
import { describeDuration, secondsSpent } from '../../progress/time-spent';
import { overallScore, useCourseRecords } from './use-course-records';

interface Props {
  course: CourseInfo;
  organisation: string;
  summaryHref: string;
}

const typedNameKey = 'across-the-interface:v1:certificate-name';

function readTypedName(): string {
  try {
    return localStorage.getItem(typedNameKey) ?? '';
  } catch {
    return '';
  }
}

/**
 * The certificate of completion: one A4 page when printed. The learner's name comes from the LMS
 * when there is one, or is typed in; either way it is rendered as text, never as HTML.
 */
export default function Certificate({ course, organisation, summaryHref }: Props) {
  const state = useCourseRecords(course);
  const [lmsName, setLmsName] = useState<string | null>(null);
  const [typedName, setTypedName] = useState('');
  const [seconds, setSeconds] = useState(0);

  useEffect(() => {
    setLmsName(getLearnerName()?.display ?? null);
    setTypedName(readTypedName());
    setSeconds(secondsSpent());
  }, []);

  if (!state) return <p>Checking your progress…</p>;
  const { records, status } = state;
  if (!status.completed) {
    return (
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          Your certificate is ready once you have finished every required scenario. <a href={summaryHref}>See what is left</a>.
        </p>
      </div>
    );
  }

  const name = lmsName ?? typedName.trim();
  const finished = course.scenarios.filter((scenario) => records[scenario.id]?.finished);
  const lastFinish = finished
    .map((scenario) => records[scenario.id]?.updatedAt)
    .filter((date): date is string => !!date)
    .sort()
    .at(-1);
  const completedOn = new Date(lastFinish ?? Date.now()).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <>
      {!lmsName && (
        <div className="nhsuk-form-group app-no-print">
          <label className="nhsuk-label" htmlFor="certificate-name">
            Your name, as it should appear on the certificate
          </label>
          <input
            id="certificate-name"
            className="nhsuk-input nhsuk-u-width-two-thirds"
            type="text"
            autoComplete="name"
            spellCheck={false}
            value={typedName}
            onChange={(event) => {
              setTypedName(event.target.value);
              try {
                localStorage.setItem(typedNameKey, event.target.value);
              } catch {
                // The name lasts for this visit only.
              }
            }}
          />
        </div>
      )}
      <button type="button" className="nhsuk-button app-no-print" onClick={() => window.print()} disabled={!name}>
        Print your certificate
      </button>

      <article className="app-certificate" aria-label="Certificate of completion">
        <p className="app-certificate__organisation">{organisation}</p>
        <h2 className="app-certificate__title">Certificate of completion</h2>
        <p className="app-certificate__intro">This is to certify that</p>
        <p className="app-certificate__name" data-testid="certificate-name">
          {name || 'Your name'}
        </p>
        <p className="app-certificate__intro">has completed the e-learning module</p>
        <p className="app-certificate__module">
          {course.title} <span className="app-certificate__version">(version {course.version})</span>
        </p>
        <dl className="app-certificate__facts">
          <div>
            <dt>Completed on</dt>
            <dd>{completedOn}</dd>
          </div>
          <div>
            <dt>Time spent in the cases</dt>
            <dd>{describeDuration(seconds)}</dd>
          </div>
          <div>
            <dt>Overall score</dt>
            <dd>
              {/* Said either way: a certificate of completion must not read as a pass it is not. */}
              {overallScore(status)}% {status.success === 'passed' ? `(passed; pass mark ${course.passMark}%)` : `(below the pass mark of ${course.passMark}%)`}
            </dd>
          </div>
        </dl>
        <p className="app-certificate__list-heading">Scenarios completed ({finished.length}):</p>
        <ul className="app-certificate__scenarios">
          {finished.map((scenario) => (
            <li key={scenario.id}>{scenario.title}</li>
          ))}
        </ul>
      </article>
    </>
  );
}
