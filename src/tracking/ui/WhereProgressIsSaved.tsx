import { useEffect, useRef, useState } from 'react';
import { createLocalProgressStore } from '../../progress/progress-store';
import { findLauncherSession } from '../launcher-session';
import type { TrackingMode } from '../tracker';

type Where = TrackingMode | 'standalone' | 'review';

const sentences: Record<Where, string> = {
  standalone: 'Your progress is saved in this browser on this device.',
  local: 'Your learning system could not be reached, so your progress is saved in this browser only.',
  scorm12: 'Your progress is saved to your learning system as you go.',
  scorm2004: 'Your progress is saved to your learning system as you go.',
  none: 'Facilitator mode: nothing is saved.',
  review: 'You are reviewing this attempt in your learning system: nothing you do here is saved.',
};

/**
 * Says, discreetly, where the learner's progress is kept, and offers to reset it (with a
 * confirmation). Where is only known in the browser, so nothing is said until then.
 */
export default function WhereProgressIsSaved({ scenarioIds }: { scenarioIds: string[] }) {
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
        {sentences[where]}
      </p>
      {where !== 'none' && where !== 'review' && !confirming && (
        <button ref={resetButton} type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => setConfirming(true)}>
          Reset my progress
        </button>
      )}
      {confirming && (
        <div className="nhsuk-warning-callout" role="group" aria-labelledby="reset-question">
          <p id="reset-question" ref={question} tabIndex={-1}>
            This clears your progress in every scenario{where === 'scorm12' || where === 'scorm2004' ? '. A completion your learning system has already recorded is kept.' : ' in this browser.'}{' '}
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
