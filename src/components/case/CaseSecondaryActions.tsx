import { useRef } from 'react';
import { useTranslate } from '../../i18n/MessagesContext';
import { ConfirmCallout } from '../progress/ConfirmCallout';
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
        <ConfirmCallout
          questionId="case-restart-question"
          className="app-case__restart-confirm"
          actionsClassName="app-case__restart-actions"
          question={
            <>
              {atEnding ? t('case.restartConfirm.fromEnding') : t('case.restartConfirm.midway')}{' '}
              {scored
                ? t('practice.restartConfirm.finished', {
                    score: scored.score,
                    maxScore: scored.maxScore,
                  })
                : t('practice.restartConfirm.unfinished')}{' '}
              {t('case.restartConfirm.question')}
            </>
          }
          confirmLabel={t('case.restartConfirm.yes')}
          cancelLabel={t('case.restartConfirm.cancel')}
          onConfirm={onRestart}
          onCancel={() => onConfirmingRestartChange(false)}
          askedBy={restartRef}
        />
      )}
    </>
  );
}
