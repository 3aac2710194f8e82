import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { loadVideoJs, type VlogPlayerApi } from './load-videojs';
import { revealAndFocus } from '../case/reveal';
import { captionsPreferred, rememberCaptions, rememberVlogMode, vlogMode, type VlogMode } from './vlog-preferences';
import { useTranslate } from '../../i18n/MessagesContext';

export interface VlogSources {
  video: string;
  captions: string;
  chapters?: string;
  poster?: string;
}

export interface Segment {
  start: number;
  end: number;
}

/** Where the current scene is: waiting for the learner, playing, or done (watched or skipped). */
export type ScenePhase = 'waiting' | 'loading' | 'playing' | 'done';

/**
 * What a host such as the presenter view can ask of the panel, so it never has to find the
 * panel's buttons by their words.
 */
export interface VlogControls {
  /** The current scene's phase, as of the last change. */
  readonly phase: ScenePhase;
  /**
   * Plays the current scene from its start and stops at its end: a waiting scene as its Play
   * button does (remembering the choice to watch), a watched one again, a failed one afresh.
   */
  play(): void;
  pause(): void;
  /** Carries on from where the video was paused. */
  resume(): Promise<void>;
}

interface Props {
  title: string;
  sources: VlogSources;
  /** The scene for the node the learner is at, or null when it has none. */
  segment: Segment | null;
  /** Changes with every node visit, so a scene revisited after undo starts again. */
  sceneKey: string;
  /** Tells the case whether the current scene still holds back its text and the way on. */
  onPhaseChange: (phase: ScenePhase) => void;
  /** The scene played to its end (not skipped): the case can move on by itself. */
  onSceneEnded: () => void;
  /** Lets the transcript follow and steer the video. */
  onTimeUpdate: (seconds: number) => void;
  seekRequest: { seconds: number; nonce: number } | null;
  /** Filled with the panel's controls, for a host that drives it from keys. */
  controls?: Ref<VlogControls>;
}

const formatDuration = (seconds: number) => {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

// A scene counts as stalled when nothing has played for this long while the learner waits.
const stallMilliseconds = 10_000;

/**
 * The scenario's vlog, wrapped around the dialogue: each node's scene plays and pauses at its end,
 * then the case moves on. The video never gates the case: "Read it instead" is always there, a
 * failure or a stall offers the text, and the choice to read is remembered.
 */
export function VlogPanel({ title, sources, segment, sceneKey, onPhaseChange, onSceneEnded, onTimeUpdate, seekRequest, controls }: Props) {
  const panelRef = useRef<HTMLDivElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const playerRef = useRef<VlogPlayerApi | null>(null);
  const segmentRef = useRef<Segment | null>(segment);
  const phaseRef = useRef<ScenePhase>('done');
  const stallTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Where playback should pause: the end of the scene being played, or null for free viewing. */
  const stopAt = useRef<number | null>(null);
  const [phase, setPhaseState] = useState<ScenePhase>('done');
  const [mode, setMode] = useState<VlogMode>('ask');
  const [playerShown, setPlayerShown] = useState(false);
  const [problem, setProblem] = useState<'failed' | 'stalled' | null>(null);
  const [time, setTime] = useState(0);

  const setPhase = useCallback(
    (next: ScenePhase) => {
      phaseRef.current = next;
      setPhaseState(next);
      onPhaseChange(next);
    },
    [onPhaseChange],
  );

  const clearStall = () => {
    if (stallTimer.current) clearTimeout(stallTimer.current);
    stallTimer.current = null;
  };

  /** Creates the player on first use; later scenes reuse it. */
  const ensurePlayer = useCallback(async (): Promise<VlogPlayerApi> => {
    if (playerRef.current) return playerRef.current;
    const videojs = await loadVideoJs();
    const player = videojs(videoRef.current!, {
      controls: true,
      preload: 'auto',
      playsinline: true,
      fluid: true,
      playbackRates: [0.75, 1, 1.25, 1.5, 2],
      userActions: { hotkeys: true },
      // The file holds every scene, branch and ending: its own clock and progress bar would show
      // the whole file (and how much is still to come). The panel shows the scene's instead.
      controlBar: {
        pictureInPictureToggle: false,
        progressControl: false,
        currentTimeDisplay: false,
        timeDivider: false,
        durationDisplay: false,
        remainingTimeDisplay: false,
      },
      // Native tracks: the browser renders captions itself and assistive tech can read them.
      html5: { nativeTextTracks: true },
    });
    const tracks = player.textTracks();
    const applyCaptionPreference = () => {
      for (const track of Array.from(tracks)) {
        if (track.kind === 'captions') track.mode = captionsPreferred() ? 'showing' : 'disabled';
      }
    };
    applyCaptionPreference();
    tracks.addEventListener('change', () => {
      const captions = Array.from(tracks).find((track) => track.kind === 'captions');
      if (captions) rememberCaptions(captions.mode === 'showing');
    });
    player.on('timeupdate', () => {
      const now = player.currentTime();
      onTimeUpdate(now);
      setTime(now);
      clearStall();
      setProblem((current) => (current === 'stalled' ? null : current));
      // Pause at the scene's end, then hand back to the case.
      if (stopAt.current !== null && now >= stopAt.current - 0.05) {
        stopAt.current = null;
        player.pause();
        if (phaseRef.current === 'playing') {
          setPhase('done');
          onSceneEnded();
        }
      }
    });
    player.on('waiting', () => {
      clearStall();
      stallTimer.current = setTimeout(() => setProblem('stalled'), stallMilliseconds);
    });
    player.on('playing', () => {
      clearStall();
      setProblem(null);
    });
    player.on('error', () => {
      clearStall();
      setProblem('failed');
    });
    playerRef.current = player;
    return player;
  }, [onTimeUpdate, onSceneEnded, setPhase]);

  const playScene = useCallback(
    async (from?: number) => {
      const scene = segmentRef.current;
      setProblem(null);
      setPlayerShown(true);
      if (phaseRef.current !== 'done') setPhase('loading');
      try {
        const player = await ensurePlayer();
        player.currentTime(from ?? scene?.start ?? 0);
        // A scene (first play or replay) stops at its end; a jump from the transcript plays on freely.
        stopAt.current = from === undefined && scene ? scene.end : null;
        if (stopAt.current !== null && phaseRef.current !== 'done') setPhase('playing');
        await player.play();
      } catch {
        // Autoplay refused or the file failed: the learner can press play or read instead.
        if (phaseRef.current === 'loading') setPhase('waiting');
      }
    },
    [ensurePlayer, setPhase],
  );

  const readInstead = () => {
    rememberVlogMode('read');
    setMode('read');
    playerRef.current?.pause();
    stopAt.current = null;
    clearStall();
    setProblem(null);
    setPhase('done');
  };

  const retry = () => {
    const player = playerRef.current;
    setProblem(null);
    if (player) {
      player.src({ src: sources.video, type: 'video/mp4' });
      player.load();
    }
    void playScene();
  };

  /** Play, as the Play button does: the choice to watch is remembered, so later scenes play as they come. */
  const watchScene = () => {
    rememberVlogMode('watch');
    setMode('watch');
    void playScene();
  };

  useImperativeHandle(controls, () => ({
    get phase() {
      return phaseRef.current;
    },
    play: () => {
      if (problem) retry();
      else if (phaseRef.current === 'waiting') watchScene();
      else void playScene();
    },
    pause: () => playerRef.current?.pause(),
    resume: async () => {
      await playerRef.current?.play();
    },
  }));

  // A new node: its scene waits, plays (for a learner who chose to watch), or is skipped.
  useEffect(() => {
    segmentRef.current = segment;
    clearStall();
    setProblem(null);
    const preferred = vlogMode();
    setMode(preferred);
    if (!segment) {
      setPhase('done');
      return;
    }
    if (preferred === 'read') {
      playerRef.current?.pause();
      setPhase('done');
    } else if (preferred === 'watch' && playerRef.current) {
      setPhase('loading');
      void playScene();
    } else {
      setPhase('waiting');
    }
    // sceneKey marks a new visit even when the segment object is equal.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sceneKey]);

  // The button that started a scene (Play, or a choice in watch mode) goes away as it plays, and
  // focus would fall to the page. Focus moves to the player, brought into view, so keyboard users
  // can pause it at once and the scene is seen on a phone; focus the learner put elsewhere stays.
  // If the scene cannot start after all, the Play button takes focus back.
  const previousPhase = useRef<ScenePhase>(phase);
  useEffect(() => {
    const wasLoading = previousPhase.current === 'loading';
    previousPhase.current = phase;
    const panel = panelRef.current;
    const focused = document.activeElement;
    const focusLost = !focused || focused === document.body || (!!panel?.contains(focused) && !focused.closest('.video-js'));
    if (!panel || !focusLost) return;
    if (phase === 'playing') revealAndFocus(panel.querySelector<HTMLElement>('.video-js'), 'center');
    else if (phase === 'waiting' && wasLoading) panel.querySelector<HTMLButtonElement>('.app-vlog__play')?.focus();
  }, [phase]);

  useEffect(() => {
    if (seekRequest) void playScene(seekRequest.seconds);
  }, [seekRequest, playScene]);

  useEffect(() => () => {
    clearStall();
    playerRef.current?.dispose();
  }, []);

  const sceneLength = segment ? formatDuration(segment.end - segment.start) : '';
  const t = useTranslate();
  const seekInScene = (seconds: number) => {
    const player = playerRef.current;
    if (!player || !segment) return;
    const to = segment.start + Math.min(segment.end - segment.start, Math.max(0, seconds));
    player.currentTime(to);
    setTime(to);
  };
  const sceneSeconds = segment ? segment.end - segment.start : 0;
  const sceneElapsed = segment ? Math.min(sceneSeconds, Math.max(0, time - segment.start)) : 0;

  return (
    <div className="app-vlog" aria-label={t('player.label', { title })} role="region" ref={panelRef}>
      <div className="app-vlog__player" hidden={!playerShown}>
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
            <track kind="captions" src={sources.captions} srcLang={t('player.captionsLanguage')} label={t('player.captions')} default />
            {sources.chapters && <track kind="chapters" src={sources.chapters} srcLang={t('player.captionsLanguage')} label={t('player.chapters')} default />}
          </video>
        </div>
        {segment && (
          <div className="app-vlog__scene-time nhsuk-body-s" data-testid="vlog-scene-time">
            {/* The scene's own position, which the keyboard can move: Left and Right by 5 seconds,
                Page Up and Page Down by a minute, Home and End. */}
            <input
              type="range"
              className="app-vlog__scene-seek"
              min={0}
              max={Math.max(1, Math.round(sceneSeconds))}
              step={1}
              value={Math.round(sceneElapsed)}
              aria-label="Position in this scene"
              aria-valuetext={`${formatDuration(sceneElapsed)} of ${sceneLength}`}
              onChange={(event) => seekInScene(Number(event.currentTarget.value))}
              onKeyDown={(event) => {
                const by = { ArrowRight: 5, ArrowUp: 5, ArrowLeft: -5, ArrowDown: -5, PageUp: 60, PageDown: -60 }[event.key];
                const to = by !== undefined ? sceneElapsed + by : event.key === 'Home' ? 0 : event.key === 'End' ? sceneSeconds : null;
                if (to === null) return;
                event.preventDefault();
                seekInScene(to);
              }}
            />{' '}
            <span aria-hidden="true">
              Scene: {formatDuration(sceneElapsed)} of {sceneLength}
            </span>
          </div>
        )}
      </div>

      {problem && (
        <div className="nhsuk-card nhsuk-card--warning app-vlog__problem" role="alert">
          <div className="nhsuk-card__content">
            <p className="nhsuk-card__heading nhsuk-heading-s">
              {problem === 'failed' ? t('player.failed') : t('player.slow')}
            </p>
            <p className="nhsuk-card__description">{t('player.problemHelp')}</p>
            <div className="app-vlog__buttons">
              <button type="button" className="nhsuk-button nhsuk-button--secondary app-case__small-button" onClick={retry}>
                {t('player.retry')}
              </button>
              <button type="button" className="nhsuk-button nhsuk-button--secondary app-case__small-button" onClick={readInstead}>
                {t('player.readInstead')}
              </button>
            </div>
          </div>
        </div>
      )}

      {segment && (phase === 'waiting' || phase === 'loading') && !problem && (
        <div className="app-vlog__buttons">
          <button
            type="button"
            className="nhsuk-button app-vlog__play"
            disabled={phase === 'loading'}
            onClick={watchScene}
          >
            {phase === 'loading' ? t('player.loading') : t('player.play', { length: sceneLength })}
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={readInstead}>
            {t('player.readInstead')}
          </button>
        </div>
      )}

      {segment && phase === 'playing' && !problem && (
        <div className="app-vlog__buttons">
          <button type="button" className="nhsuk-button nhsuk-button--secondary app-case__small-button" onClick={readInstead}>
            {t('player.skip')}
          </button>
        </div>
      )}

      {segment && phase === 'done' && (
        <div className="app-vlog__buttons">
          <button type="button" className="nhsuk-button nhsuk-button--secondary app-case__small-button" onClick={() => void playScene()}>
            {mode === 'read' && !playerShown ? t('player.watch', { length: sceneLength }) : t('player.replay')}
          </button>
          {mode === 'read' ? (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary app-case__small-button"
              onClick={() => {
                rememberVlogMode('watch');
                setMode('watch');
              }}
            >
              {t('player.playAsIGo')}
            </button>
          ) : (
            <button type="button" className="nhsuk-button nhsuk-button--secondary app-case__small-button" onClick={readInstead}>
              {t('player.readScenes')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
