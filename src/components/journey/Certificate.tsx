import { useEffect, useState } from 'react';
import type { CourseInfo } from '../../tracking/course-info';
import { getLearnerName } from '../../tracking/learner-name';
import { describeDuration, secondsSpent } from '../../progress/time-spent';
import { shortCode } from '../../tracking/short-code';
import { moduleKey, moduleStorage, readText, writeText } from '../../storage/browser-storage';
import { overallScore, useCourseRecords } from './use-course-records';

interface Props {
  course: CourseInfo;
  organisation: string;
  /** The organisation's logo (settings), printed at the top; the NHS wordmark when there is none. */
  logoHref?: string | undefined;
  summaryHref: string;
}

/**
 * A reference to quote for the certificate, e.g. "ATI-4K2-0QZ-9MB": the same learner, module
 * version and date always give the same one, so an induction lead can match a printed copy.
 */
export function certificateReference(course: Pick<CourseInfo, 'moduleId' | 'version'>, name: string, completedOn: string): string {
  return ['ATI', shortCode(`${course.moduleId}@${course.version}`), shortCode(name.trim().toLowerCase()), shortCode(completedOn)].join('-').toUpperCase();
}

const typedNameKey = moduleKey('v1:certificate-name');

function readTypedName(): string {
  return readText(moduleStorage(), typedNameKey) ?? '';
}

/**
 * The certificate of completion: one A4 page when printed. The learner's name comes from the LMS
 * when there is one, or is typed in; either way it is rendered as text, never as HTML.
 */
export default function Certificate({ course, organisation, logoHref, summaryHref }: Props) {
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
  // "Completed" is a claim of a pass: below the pass mark the page is a record of participation.
  const passed = status.success === 'passed';
  const title = passed ? 'Certificate of completion' : 'Record of participation';
  const printHint = 'Type your name above to print.';

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
              // Where storage is blocked, the name lasts for this visit only.
              writeText(moduleStorage(), typedNameKey, event.target.value);
            }}
          />
        </div>
      )}
      {/* aria-disabled, not disabled: the button stays in the Tab order and says why it waits. */}
      <button
        type="button"
        className="nhsuk-button app-no-print"
        aria-disabled={!name}
        aria-describedby={!name ? 'certificate-print-hint' : undefined}
        onClick={() => {
          if (name) window.print();
          else document.getElementById('certificate-name')?.focus();
        }}
      >
        Print your {passed ? 'certificate' : 'record of participation'}
      </button>
      {!name && (
        <p id="certificate-print-hint" className="nhsuk-body-s app-no-print" data-testid="certificate-print-hint">
          {printHint}
        </p>
      )}

      <article className="app-certificate" aria-label={title} data-passed={passed}>
        {logoHref ? (
          <img className="app-certificate__logo" src={logoHref} alt={organisation} />
        ) : (
          <p className="app-certificate__organisation">{organisation}</p>
        )}
        <h2 className="app-certificate__title">{title}</h2>
        <p className="app-certificate__intro">This is to certify that</p>
        <p className="app-certificate__name" data-testid="certificate-name">
          {name || 'Your name'}
        </p>
        <p className="app-certificate__intro">{passed ? 'has completed the e-learning module' : 'has taken part in, and finished every required case of, the e-learning module'}</p>
        <p className="app-certificate__module">
          {course.title} <span className="app-certificate__version">(version {course.version})</span>
        </p>
        <dl className="app-certificate__facts">
          <div>
            <dt>{passed ? 'Completed on' : 'Finished on'}</dt>
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
              {overallScore(status)}% {passed ? `(passed; pass mark ${course.passMark}%)` : `(below the pass mark of ${course.passMark}%; not a pass)`}
            </dd>
          </div>
        </dl>
        <p className="app-certificate__list-heading">Scenarios finished ({finished.length}):</p>
        <ul className="app-certificate__scenarios">
          {finished.map((scenario) => (
            <li key={scenario.id}>{scenario.title}</li>
          ))}
        </ul>
        <p className="app-certificate__reference" data-testid="certificate-reference">
          {organisation} · Reference {certificateReference(course, name, completedOn)}
        </p>
      </article>
    </>
  );
}
