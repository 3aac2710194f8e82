import type { Segment } from '../../video/scene-player-machine';

export const formatDuration = (seconds: number) => {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

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
  const sceneSeconds = segment.end - segment.start;
  const sceneLength = formatDuration(sceneSeconds);
  const elapsed = Math.min(sceneSeconds, Math.max(0, time - segment.start));
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
        aria-label="Position in this scene"
        aria-valuetext={`${formatDuration(elapsed)} of ${sceneLength}`}
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
      <span aria-hidden="true">
        Scene: {formatDuration(elapsed)} of {sceneLength}
      </span>
    </div>
  );
}
