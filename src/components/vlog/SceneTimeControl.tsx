import type { Segment } from '../../video/scene-player-machine';
import { useTranslate } from '../../i18n/MessagesContext';
import { formatMinutesSeconds } from '../../vocabulary/format';

const keySteps: Record<string, number> = {
  ArrowRight: 5,
  ArrowUp: 5,
  ArrowLeft: -5,
  ArrowDown: -5,
  PageUp: 60,
  PageDown: -60,
};

interface Props {
  segment: Segment;
  /** The video's time in the file. */
  time: number;
  /** Moves the video to a time in the file. */
  onMove: (seconds: number) => void;
}

/**
 * The scene's own clock and position. The file holds every scene, so the player's own would give
 * away how much is still to come; this one covers the scene only, and the keyboard can move it:
 * Left and Right by 5 seconds, Page Up and Page Down by a minute, Home and End.
 */
export function SceneTimeControl({ segment, time, onMove }: Props) {
  const t = useTranslate();
  const sceneSeconds = segment.end - segment.start;
  const sceneLength = formatMinutesSeconds(sceneSeconds);
  const elapsed = Math.min(sceneSeconds, Math.max(0, time - segment.start));
  const position = { elapsed: formatMinutesSeconds(elapsed), length: sceneLength };
  const seekInScene = (seconds: number) =>
    onMove(segment.start + Math.min(sceneSeconds, Math.max(0, seconds)));
  return (
    <div className="app-vlog__scene-time nhsuk-body-s" data-testid="vlog-scene-time">
      <input
        type="range"
        className="app-vlog__scene-seek"
        min={0}
        max={Math.max(1, Math.round(sceneSeconds))}
        step={1}
        value={Math.round(elapsed)}
        aria-label={t('player.position')}
        aria-valuetext={t('player.positionValue', position)}
        onChange={(event) => seekInScene(Number(event.currentTarget.value))}
        onKeyDown={(event) => {
          const by = keySteps[event.key];
          const to =
            by !== undefined
              ? elapsed + by
              : event.key === 'Home'
                ? 0
                : event.key === 'End'
                  ? sceneSeconds
                  : null;
          if (to === null) return;
          event.preventDefault();
          seekInScene(to);
        }}
      />{' '}
      <span aria-hidden="true">{t('player.sceneTime', position)}</span>
    </div>
  );
}
