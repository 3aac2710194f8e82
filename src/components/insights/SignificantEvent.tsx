import { useState } from 'react';
import type { InsightsCourse } from '../../insights/course';
import type { WrongTurn } from '../../insights/report';
import {
  significantEventSummary,
  significantEventText,
  wordSummary,
} from '../../insights/significant-event';
import { useTranslate } from '../../i18n/MessagesContext';
import { downloadText } from '../download/download-text';

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

export function SignificantEvent({
  course,
  turn,
  id,
}: {
  course: InsightsCourse;
  turn: WrongTurn;
  id: string;
}) {
  const t = useTranslate();
  const data = significantEventSummary(course, turn);
  const summary = wordSummary(t, data);
  const [element, setElement] = useState<HTMLElement | null>(null);
  return (
    <details className="nhsuk-details app-insights__event">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{t('insights.report.event.summary')}</span>
      </summary>
      <div className="nhsuk-details__text">
        <article
          className="app-insights__event-sheet"
          ref={setElement}
          aria-labelledby={`${id}-title`}
          data-testid="significant-event"
        >
          <h4 id={`${id}-title`}>{summary.title}</h4>
          <h5>{t('insights.report.event.whatHappened')}</h5>
          {summary.whatHappened.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <h5>{t('insights.report.event.requirement')}</h5>
          <p>{summary.requirement}</p>
          <h5>{t('insights.report.event.twoMinuteFix')}</h5>
          <p>{summary.twoMinuteFix}</p>
          <h5>{t('insights.report.event.whoToTalkTo')}</h5>
          <p>{summary.whoToTalkTo.join(' ')}</p>
          {summary.teachingHref && (
            <p>
              <a href={summary.teachingHref}>{t('insights.report.event.teachingNotes')}</a>
            </p>
          )}
        </article>
        <div className="app-insights__actions app-insights__screen-only">
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => printAlone(element)}
          >
            {t('insights.report.event.print')}
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() =>
              downloadText(
                `significant-event-${turn.scenarioId}-${turn.decisionId}.txt`,
                significantEventText(
                  t,
                  data,
                  summary.teachingHref && new URL(summary.teachingHref, window.location.href).href,
                ),
                'text/plain;charset=utf-8',
              )
            }
          >
            {t('insights.report.event.download')}
          </button>
        </div>
      </div>
    </details>
  );
}
