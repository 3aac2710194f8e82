import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  type Ref,
  type RefObject,
} from 'react';
import { revealAndFocus } from '../case/reveal';
import { useTranslate } from '../../i18n/MessagesContext';
import type { ScenePhase, Segment } from '../../video/scene-player-machine';
import { useScenePlayer, type ScenePlayerControls } from './use-scene-player';
import { SceneTimeControl } from './SceneTimeControl';
import { formatMinutesSeconds } from '../../vocabulary/format';
import { SceneButtons, SceneProblemCard } from './SceneButtons';

export type { ScenePhase, Segment } from '../../video/scene-player-machine';

export interface VlogSources {
  video: string;
  captions: string;
  chapters?: string;
  poster?: string;
}

/**
 * What a host such as the case or the presenter view can ask of the panel, so it never has to
 * find the panel's buttons by their words or its video in the page.
 */
export interface VlogControls extends ScenePlayerControls {
  /** Focuses the waiting scene's Play button, scrolling `scrollTarget` to the top; false when there is none. */
  focusPlayButton(scrollTarget?: HTMLElement | null): boolean;
}

interface Props {
  title: string;
  sources: VlogSources;
  /** The scene for the node the learner is at, or null when it has none. */
  segment: Segment | null;
  /** Changes with every node visit, so a scene revisited after undo starts again. */
  sceneKey: string;
  /** Tells the host whether the current scene still holds back its text and the way on. */
  onPhaseChange: (phase: ScenePhase) => void;
  /** The scene played to its end (not skipped): the case can move on by itself. */
  onSceneEnded?: () => void;
  /** Lets the transcript follow the video. */
  onTimeUpdate?: (seconds: number) => void;
  /** The video started or stopped playing (a presenter's play/pause key follows it). */
  onPausedChange?: (paused: boolean) => void;
  /** A jump from the transcript (controls.seek does the same). */
  seekRequest?: { seconds: number; nonce: number } | null;
  /** Filled with the panel's controls, for a host that drives it. */
  controls?: Ref<VlogControls>;
}

const noop = () => {};

/**
 * The button that started a scene (Play, or a choice in watch mode) goes away as it plays, and
 * focus would fall to the page. Focus moves to the player, brought into view, so keyboard users
 * can pause it at once and the scene is seen on a phone; focus the learner put elsewhere stays.
 * If the scene cannot start after all, the Play button takes focus back.
 */
function useFocusFollowsScene(
  panelRef: RefObject<HTMLDivElement | null>,
  playButtonRef: RefObject<HTMLButtonElement | null>,
  phase: ScenePhase,
) {
  const previousPhase = useRef<ScenePhase>(phase);
  useEffect(() => {
    const wasLoading = previousPhase.current === 'loading';
    previousPhase.current = phase;
    const panel = panelRef.current;
    const focused = document.activeElement;
    const focusLost =
      !focused ||
      focused === document.body ||
      (!!panel?.contains(focused) && !focused.closest('.video-js'));
    if (!panel || !focusLost) return;
    if (phase === 'playing')
      revealAndFocus(panel.querySelector<HTMLElement>('.video-js'), 'center');
    else if (phase === 'waiting' && wasLoading) playButtonRef.current?.focus();
  }, [phase, panelRef, playButtonRef]);
}

/**
 * The scenario's vlog, wrapped around the dialogue: each node's scene plays and pauses at its end,
 * then the case moves on. The video never gates the case: "Read it instead" is always there, a
 * failure or a stall offers the text, and the choice to read is remembered.
 */
export function VlogPanel({
  title,
  sources,
  segment,
  sceneKey,
  onPhaseChange,
  onSceneEnded = noop,
  onTimeUpdate = noop,
  onPausedChange,
  seekRequest,
  controls,
}: Props) {
  const panelRef = useRef<HTMLDivElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const playButtonRef = useRef<HTMLButtonElement>(null);
  const player = useScenePlayer({
    videoRef,
    videoUrl: sources.video,
    segment,
    sceneKey,
    onPhaseChange,
    onSceneEnded,
    onTimeUpdate,
    onPausedChange,
  });
  const { phase, problem } = player;
  const t = useTranslate();

  const focusPlayButton = useCallback((scrollTarget?: HTMLElement | null) => {
    const button = playButtonRef.current;
    if (!button) return false;
    revealAndFocus(button, 'start', scrollTarget === undefined ? button : scrollTarget);
    return true;
  }, []);
  const scenePlayback = player.controls;
  useImperativeHandle(
    controls,
    () => ({
      get phase() {
        return scenePlayback.phase;
      },
      get paused() {
        return scenePlayback.paused;
      },
      play: scenePlayback.play,
      replay: scenePlayback.replay,
      pause: scenePlayback.pause,
      resume: scenePlayback.resume,
      seek: scenePlayback.seek,
      focusPlayButton,
    }),
    [scenePlayback, focusPlayButton],
  );

  useFocusFollowsScene(panelRef, playButtonRef, phase);

  const { seek } = player.controls;
  useEffect(() => {
    if (seekRequest) seek(seekRequest.seconds);
  }, [seekRequest, seek]);

  const sceneLength = segment ? formatMinutesSeconds(segment.end - segment.start) : '';

  return (
    <div
      className="app-vlog"
      aria-label={t('player.label', { title })}
      role="region"
      ref={panelRef}
    >
      <div className="app-vlog__player" hidden={!player.shown}>
        {/* The element video.js enhances; React never re-renders its children after mount. */}
        <div data-vjs-player="">
          <video
            ref={videoRef}
            className="video-js vjs-big-play-centered vjs-16-9"
            playsInline
            preload="none"
            poster={sources.poster}
            aria-label={t('player.label', { title })}
          >
            <source src={sources.video} type="video/mp4" />
            <track
              kind="captions"
              src={sources.captions}
              srcLang={t('player.captionsLanguage')}
              label={t('player.captions')}
              default
            />
            {sources.chapters && (
              <track
                kind="chapters"
                src={sources.chapters}
                srcLang={t('player.captionsLanguage')}
                label={t('player.chapters')}
                default
              />
            )}
          </video>
        </div>
        {segment && (
          <SceneTimeControl segment={segment} time={player.time} onMove={player.moveTo} />
        )}
      </div>

      {problem && (
        <SceneProblemCard
          problem={problem}
          onRetry={player.retry}
          onReadInstead={player.readInstead}
        />
      )}

      {segment && (
        <SceneButtons
          phase={phase}
          problem={problem}
          mode={player.mode}
          playerShown={player.shown}
          sceneLength={sceneLength}
          playButtonRef={playButtonRef}
          onWatch={player.watch}
          onReplay={player.controls.replay}
          onReadInstead={player.readInstead}
          onPlayAsIGo={player.playAsIGo}
        />
      )}
    </div>
  );
}
