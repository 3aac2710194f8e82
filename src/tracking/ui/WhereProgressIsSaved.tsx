import { useEffect, useRef, useState } from 'react';
import { createLocalProgressStore } from '../../progress/progress-store';
import { findLauncherSession } from '../launcher-session';
import type { TrackingMode } from '../tracker';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import type { Messages } from '../../i18n/messages';

type Where = TrackingMode | 'standalone' | 'review';

/** The progressNotice.where.* string for each place progress can be kept. */
const sentenceKeys: Record<Where, string> = {
  standalone: 'progressNotice.where.standalone',
  local: 'progressNotice.where.local',
  scorm12: 'progressNotice.where.lms',
  scorm2004: 'progressNotice.where.lms',
  none: 'progressNotice.where.none',
  review: 'progressNotice.where.review',
};

/**
 * Says, discreetly, where the learner's progress is kept, and offers to reset it (with a
 * confirmation). Where is only known in the browser, so nothing is said until then.
 */
export default function WhereProgressIsSaved({ scenarioIds, messages }: { scenarioIds: string[]; messages: Messages }) {
  return (
    <MessagesProvider messages={messages}>
      <ProgressNotice scenarioIds={scenarioIds} />
    </MessagesProvider>
  );
}

function ProgressNotice({ scenarioIds }: { scenarioIds: string[] }) {
  const t = useTranslate();
  const [where, setWhere] = useState<Where | null>(null);
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const session = findLauncherSession();
    setWhere(session?.snapshot().readOnly ? 'review' : (session?.mode ?? 'standalone'));
  }, []);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  if (!where) return <p className="nhsuk-body-s app-progress-where" aria-hidden="true">&nbsp;</p>;

  const reset = () => {
    const session = findLauncherSession();
    if (session) session.reset();
    else {
      const store = createLocalProgressStore();
      for (const id of scenarioIds) store.clear(id);
    }
    window.location.reload();
  };

  return (
    <div className="app-progress-where">
      <p className="nhsuk-body-s" data-testid="where-progress-is-saved">
        {t(sentenceKeys[where])}
      </p>
      {where !== 'none' && where !== 'review' && !confirming && (
        <button ref={resetButton} type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => setConfirming(true)}>
          {t('progressNotice.reset')}
        </button>
      )}
      {confirming && (
        <div className="nhsuk-warning-callout" role="group" aria-labelledby="reset-question">
          <p id="reset-question" ref={question} tabIndex={-1}>
            {t(where === 'scorm12' || where === 'scorm2004' ? 'progressNotice.confirm.lms' : 'progressNotice.confirm.browser')}{' '}
            {t('progressNotice.confirm.question')}
          </p>
          <div className="app-progress-where__actions">
            <button type="button" className="nhsuk-button nhsuk-button--warning nhsuk-button--small" onClick={reset}>
              {t('progressNotice.confirm.yes')}
            </button>{' '}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => resetButton.current?.focus());
              }}
            >
              {t('progressNotice.confirm.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
