import { useEffect, useState } from 'react';
import type { CourseInfo } from '../../tracking/course-info';
import { getLearnerName } from '../../tracking/learner-name';
import { describeDuration, secondsSpent } from '../../progress/time-spent';
import { shortCode } from '../../tracking/short-code';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import { documentLocale } from '../../i18n/languages';
import type { Messages } from '../../i18n/messages';
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
export function certificateReference(
  course: Pick<CourseInfo, 'moduleId' | 'version'>,
  name: string,
  completedOn: string,
): string {
  return [
    'ATI',
    shortCode(`${course.moduleId}@${course.version}`),
    shortCode(name.trim().toLowerCase()),
    shortCode(completedOn),
  ]
    .join('-')
    .toUpperCase();
}

const typedNameKey = moduleKey('v1:certificate-name');

function readTypedName(): string {
  return readText(moduleStorage(), typedNameKey) ?? '';
}

/**
 * The certificate of completion: one A4 page when printed. The learner's name comes from the LMS
 * when there is one, or is typed in; either way it is rendered as text, never as HTML.
 */
export default function Certificate({ messages, ...props }: Props & { messages: Messages }) {
  return (
    <MessagesProvider messages={messages}>
      <CertificatePage {...props} />
    </MessagesProvider>
  );
}

function CertificatePage({ course, organisation, logoHref, summaryHref }: Props) {
  const t = useTranslate();
  const state = useCourseRecords(course);
  const [lmsName, setLmsName] = useState<string | null>(null);
  const [typedName, setTypedName] = useState('');
  const [seconds, setSeconds] = useState(0);

  useEffect(() => {
    setLmsName(getLearnerName()?.display ?? null);
    setTypedName(readTypedName());
    setSeconds(secondsSpent());
  }, []);

  if (!state) return <p>{t('certificate.checking')}</p>;
  const { records, status } = state;
  if (!status.completed) {
    return (
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">{t('certificate.information')} </span>
        <p>
          {t('certificate.notYet.before')}
          <a href={summaryHref}>{t('certificate.notYet.link')}</a>
          {t('certificate.notYet.after')}
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
  const completedDate = new Date(lastFinish ?? Date.now());
  const dateFormat = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  const completedOn = completedDate.toLocaleDateString(documentLocale(), dateFormat);
  // The reference is worked from the date in English, so it is the same in every language.
  const referenceDate = completedDate.toLocaleDateString('en-GB', dateFormat);
  // "Completed" is a claim of a pass: below the pass mark the page is a record of participation.
  const passed = status.success === 'passed';
  const kind = passed ? 'passed' : 'participation';
  const title = t(`certificate.heading.${kind}`);
  const printHint = t('certificate.printHint');

  return (
    <>
      {!lmsName && (
        <div className="nhsuk-form-group app-no-print">
          <label className="nhsuk-label" htmlFor="certificate-name">
            {t('certificate.nameLabel')}
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
        {t(`certificate.print.${kind}`)}
      </button>
      {!name && (
        <p
          id="certificate-print-hint"
          className="nhsuk-body-s app-no-print"
          data-testid="certificate-print-hint"
        >
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
        <p className="app-certificate__intro">{t('certificate.certify')}</p>
        <p className="app-certificate__name" data-testid="certificate-name">
          {name || t('certificate.namePlaceholder')}
        </p>
        <p className="app-certificate__intro">{t(`certificate.completed.${kind}`)}</p>
        <p className="app-certificate__module">
          {course.title}{' '}
          <span className="app-certificate__version">
            {t('certificate.version', { version: course.version })}
          </span>
        </p>
        <dl className="app-certificate__facts">
          <div>
            <dt>{t(`certificate.completedOn.${kind}`)}</dt>
            <dd>{completedOn}</dd>
          </div>
          <div>
            <dt>{t('certificate.timeSpent')}</dt>
            <dd>{describeDuration(seconds, t)}</dd>
          </div>
          <div>
            <dt>{t('certificate.overallScore')}</dt>
            <dd>
              {/* Said either way: a certificate of completion must not read as a pass it is not. */}
              {t(`certificate.scoreValue.${kind}`, {
                score: overallScore(status),
                passMark: course.passMark,
              })}
            </dd>
          </div>
        </dl>
        <p className="app-certificate__list-heading">
          {t('certificate.scenariosFinished', { count: finished.length })}
        </p>
        <ul className="app-certificate__scenarios">
          {finished.map((scenario) => (
            <li key={scenario.id}>{scenario.title}</li>
          ))}
        </ul>
        <p className="app-certificate__reference" data-testid="certificate-reference">
          {t('certificate.reference', {
            organisation,
            reference: certificateReference(course, name, referenceDate),
          })}
        </p>
      </article>
    </>
  );
}
