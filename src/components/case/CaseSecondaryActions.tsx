import { useEffect, useRef } from 'react';
import { useTranslate } from '../../i18n/MessagesContext';
import type { Finish } from '../../progress/scoring';

const smallSecondary = 'nhsuk-button nhsuk-button--secondary app-case__small-button';

interface Props {
  /** Back to the scored run's place, while practising after going back; undefined when not offered. */
  onReturnToScoredRun: (() => void) | undefined;
  onUndo: (() => void) | undefined;
  /** The learner has moved on from the start, so there is something to restart. */
  canRestart: boolean;
  atEnding: boolean;
  scored: Finish | undefined;
  confirmingRestart: boolean;
  onConfirmingRestartChange: (confirming: boolean) => void;
  onRestart: () => void;
}

/** Going back: to the scored answers, one choice, or to the start (which asks first). */
export function CaseSecondaryActions({
  onReturnToScoredRun,
  onUndo,
  canRestart,
  atEnding,
  scored,
  confirmingRestart,
  onConfirmingRestartChange,
  onRestart,
}: Props) {
  const t = useTranslate();
  const restartRef = useRef<HTMLButtonElement>(null);
  const restartQuestionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirmingRestart) restartQuestionRef.current?.focus();
  }, [confirmingRestart]);

  return (
    <>
      <div className="app-case__secondary-actions">
        {onReturnToScoredRun && (
          <button type="button" className={smallSecondary} onClick={onReturnToScoredRun}>
            {t('practice.returnButton')}
          </button>
        )}
        {onUndo && (
          <button type="button" className={smallSecondary} onClick={onUndo}>
            {t('case.undo')}
          </button>
        )}
        {canRestart && !confirmingRestart && (
          <div className="app-case__restart">
            <button
              ref={restartRef}
              type="button"
              className={smallSecondary}
              aria-describedby="case-restart-hint"
              onClick={() => onConfirmingRestartChange(true)}
            >
              {t('case.restart')}
            </button>
            <p id="case-restart-hint" className="nhsuk-body-s app-case__restart-hint">
              {t(scored ? 'practice.restartHint.finished' : 'practice.restartHint.unfinished')}
            </p>
          </div>
        )}
      </div>

      {/* Restarting clears the run in progress, so it asks first, as resetting progress does. */}
      {confirmingRestart && (
        <div
          className="nhsuk-warning-callout app-case__restart-confirm"
          role="group"
          aria-labelledby="case-restart-question"
        >
          <p id="case-restart-question" ref={restartQuestionRef} tabIndex={-1}>
            {atEnding ? t('case.restartConfirm.fromEnding') : t('case.restartConfirm.midway')}{' '}
            {scored
              ? t('practice.restartConfirm.finished', {
                  score: scored.score,
                  maxScore: scored.maxScore,
                })
              : t('practice.restartConfirm.unfinished')}{' '}
            {t('case.restartConfirm.question')}
          </p>
          <div className="app-case__restart-actions">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
              onClick={onRestart}
            >
              {t('case.restartConfirm.yes')}
            </button>{' '}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => {
                onConfirmingRestartChange(false);
                requestAnimationFrame(() => restartRef.current?.focus());
              }}
            >
              {t('case.restartConfirm.cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
