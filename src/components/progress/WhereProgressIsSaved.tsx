import { useEffect, useRef, useState } from 'react';
import type { ProgressStore, ProgressWhere } from '../../progress/progress-store';
import { getProgressStore } from '../../tracking/launcher-session';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import type { Messages } from '../../i18n/messages';
import { ConfirmCallout } from './ConfirmCallout';

/** The progressNotice.where.* string for each place progress can be kept. */
const sentenceKeys: Record<ProgressWhere, string> = {
  browser: 'progressNotice.where.standalone',
  'browser-lms-unreachable': 'progressNotice.where.local',
  lms: 'progressNotice.where.lms',
  nowhere: 'progressNotice.where.none',
  review: 'progressNotice.where.review',
};

/**
 * Says, discreetly, where the learner's progress is kept, and offers to reset it (with a
 * confirmation). Where is only known in the browser, so nothing is said until then.
 */
export default function WhereProgressIsSaved({ messages }: { messages: Messages }) {
  return (
    <MessagesProvider messages={messages}>
      <ProgressNotice />
    </MessagesProvider>
  );
}

function ProgressNotice() {
  const t = useTranslate();
  const [store, setStore] = useState<ProgressStore | null>(null);
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);

  useEffect(() => setStore(getProgressStore()), []);

  if (!store)
    return (
      <p className="nhsuk-body-s app-progress-where" aria-hidden="true">
        &nbsp;
      </p>
    );

  const where = store.where;
  const reset = () => {
    store.reset();
    window.location.reload();
  };

  return (
    <div className="app-progress-where">
      <p className="nhsuk-body-s" data-testid="where-progress-is-saved">
        {t(sentenceKeys[where])}
      </p>
      {where !== 'nowhere' && where !== 'review' && !confirming && (
        <button
          ref={resetButton}
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => setConfirming(true)}
        >
          {t('progressNotice.reset')}
        </button>
      )}
      {confirming && (
        <ConfirmCallout
          questionId="reset-question"
          actionsClassName="app-progress-where__actions"
          question={
            <>
              {t(where === 'lms' ? 'progressNotice.confirm.lms' : 'progressNotice.confirm.browser')}{' '}
              {t('progressNotice.confirm.question')}
            </>
          }
          confirmLabel={t('progressNotice.confirm.yes')}
          cancelLabel={t('progressNotice.confirm.cancel')}
          onConfirm={reset}
          onCancel={() => setConfirming(false)}
          askedBy={resetButton}
        />
      )}
    </div>
  );
}
