import { useEffect, useRef, useState } from 'react';
import type { ProgressStore, ProgressWhere } from '../../progress/progress-store';
import { getProgressStore } from '../../tracking/launcher-session';

const sentences: Record<ProgressWhere, string> = {
  browser: 'Your progress is saved in this browser on this device.',
  'browser-lms-unreachable': 'Your learning system could not be reached, so your progress is saved in this browser only.',
  lms: 'Your progress is saved to your learning system as you go.',
  nowhere: 'Facilitator mode: nothing is saved.',
  review: 'You are reviewing this attempt in your learning system: nothing you do here is saved.',
};

/**
 * Says, discreetly, where the learner's progress is kept, and offers to reset it (with a
 * confirmation). Where is only known in the browser, so nothing is said until then.
 */
export default function WhereProgressIsSaved() {
  const [store, setStore] = useState<ProgressStore | null>(null);
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  useEffect(() => setStore(getProgressStore()), []);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  if (!store) return <p className="nhsuk-body-s app-progress-where" aria-hidden="true">&nbsp;</p>;

  const where = store.where;
  const reset = () => {
    store.reset();
    window.location.reload();
  };

  return (
    <div className="app-progress-where">
      <p className="nhsuk-body-s" data-testid="where-progress-is-saved">
        {sentences[where]}
      </p>
      {where !== 'nowhere' && where !== 'review' && !confirming && (
        <button ref={resetButton} type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => setConfirming(true)}>
          Reset my progress
        </button>
      )}
      {confirming && (
        <div className="nhsuk-warning-callout" role="group" aria-labelledby="reset-question">
          <p id="reset-question" ref={question} tabIndex={-1}>
            This clears your progress in every scenario{where === 'lms' ? '. A completion your learning system has already recorded is kept.' : ' in this browser.'}{' '}
            Reset your progress?
          </p>
          <div className="app-progress-where__actions">
            <button type="button" className="nhsuk-button nhsuk-button--warning nhsuk-button--small" onClick={reset}>
              Yes, reset my progress
            </button>{' '}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => resetButton.current?.focus());
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
