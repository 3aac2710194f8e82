import type { Ref } from 'react';
import { useTranslate } from '../../i18n/MessagesContext';
import type { ScenePhase, SceneProblem } from '../../video/scene-player-machine';
import type { VlogMode } from './vlog-preferences';

const smallSecondary = 'nhsuk-button nhsuk-button--secondary app-case__small-button';

/** A failure or a stall: the learner can try again or read the scene instead. */
export function SceneProblemCard({
  problem,
  onRetry,
  onReadInstead,
}: {
  problem: SceneProblem;
  onRetry: () => void;
  onReadInstead: () => void;
}) {
  const t = useTranslate();
  return (
    <div className="nhsuk-card nhsuk-card--warning app-vlog__problem" role="alert">
      <div className="nhsuk-card__content">
        <p className="nhsuk-card__heading nhsuk-heading-s">
          {problem === 'failed' ? t('player.failed') : t('player.slow')}
        </p>
        <p className="nhsuk-card__description">{t('player.problemHelp')}</p>
        <div className="app-vlog__buttons">
          <button type="button" className={smallSecondary} onClick={onRetry}>
            {t('player.retry')}
          </button>
          <button type="button" className={smallSecondary} onClick={onReadInstead}>
            {t('player.readInstead')}
          </button>
        </div>
      </div>
    </div>
  );
}

interface Props {
  phase: ScenePhase;
  problem: SceneProblem | null;
  mode: VlogMode;
  playerShown: boolean;
  /** The scene's length, as the buttons say it ("1:05"). */
  sceneLength: string;
  playButtonRef: Ref<HTMLButtonElement>;
  onWatch: () => void;
  onReplay: () => void;
  onReadInstead: () => void;
  onPlayAsIGo: () => void;
}

/** What the learner can do with the scene now: play or read it, skip it, or watch it again. */
export function SceneButtons({
  phase,
  problem,
  mode,
  playerShown,
  sceneLength,
  playButtonRef,
  onWatch,
  onReplay,
  onReadInstead,
  onPlayAsIGo,
}: Props) {
  const t = useTranslate();
  if ((phase === 'waiting' || phase === 'loading') && !problem) {
    return (
      <div className="app-vlog__buttons">
        <button
          ref={playButtonRef}
          type="button"
          className="nhsuk-button app-vlog__play"
          disabled={phase === 'loading'}
          onClick={onWatch}
        >
          {phase === 'loading' ? t('player.loading') : t('player.play', { length: sceneLength })}
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={onReadInstead}
        >
          {t('player.readInstead')}
        </button>
      </div>
    );
  }
  if (phase === 'playing' && !problem) {
    return (
      <div className="app-vlog__buttons">
        <button type="button" className={smallSecondary} onClick={onReadInstead}>
          {t('player.skip')}
        </button>
      </div>
    );
  }
  if (phase !== 'done') return null;
  return (
    <div className="app-vlog__buttons">
      <button type="button" className={smallSecondary} onClick={onReplay}>
        {mode === 'read' && !playerShown
          ? t('player.watch', { length: sceneLength })
          : t('player.replay')}
      </button>
      {mode === 'read' ? (
        <button type="button" className={smallSecondary} onClick={onPlayAsIGo}>
          {t('player.playAsIGo')}
        </button>
      ) : (
        <button type="button" className={smallSecondary} onClick={onReadInstead}>
          {t('player.readScenes')}
        </button>
      )}
    </div>
  );
}
