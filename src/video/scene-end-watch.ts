/**
 * Stops a scene at its end on time. `timeupdate` alone comes every quarter second at best, and
 * later on a busy machine, so a scene could run on past its end into the next one. The end is
 * scheduled from the time that remains instead (re-armed whenever the video plays, seeks or
 * changes speed), checked on every frame where the browser offers `requestVideoFrameCallback`,
 * with `timeupdate` as a backstop. Knows nothing of video.js: it watches the <video> element.
 */

/** The slice of an HTMLVideoElement the watch needs. */
export interface SceneClock {
  readonly currentTime: number;
  readonly playbackRate: number;
  readonly paused: boolean;
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
  requestVideoFrameCallback?(
    callback: (now: number, metadata: { mediaTime: number }) => void,
  ): number;
  cancelVideoFrameCallback?(handle: number): void;
}

export interface Timers {
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: never): void;
}

/** A frame's worth of slack: the end counts as reached this close to it. */
export const endTolerance = 0.05;

/** Whether a video at `time` has reached a scene ending at `end`. */
export const hasReachedEnd = (time: number, end: number) => time >= end - endTolerance;

/** Milliseconds of playing until `end`, at the video's speed. */
export function millisecondsUntil(end: number, time: number, playbackRate: number): number {
  const rate = playbackRate > 0 ? playbackRate : 1;
  return Math.max(0, ((end - endTolerance - time) / rate) * 1000);
}

const rearmingEvents = ['play', 'playing', 'seeked', 'ratechange'] as const;

/**
 * Calls `onEnd` once the video reaches the time `endOf()` gives (read afresh each time, so the
 * scene may change), while it is not null. Returns a function that stops watching.
 */
export function watchSceneEnd(
  video: SceneClock,
  endOf: () => number | null,
  onEnd: () => void,
  timers: Timers = globalThis as unknown as Timers,
): () => void {
  let timer: unknown = null;
  let frame: number | null = null;

  const disarm = () => {
    if (timer !== null) timers.clearTimeout(timer as never);
    timer = null;
    if (frame !== null) video.cancelVideoFrameCallback?.(frame);
    frame = null;
  };

  const check = (time = video.currentTime) => {
    disarm();
    const end = endOf();
    if (end === null) return;
    if (hasReachedEnd(time, end)) {
      onEnd();
      return;
    }
    if (video.paused) return;
    // The timer may fire early or late; either way `check` looks again and re-arms if need be.
    timer = timers.setTimeout(
      () => {
        timer = null;
        check();
      },
      millisecondsUntil(end, time, video.playbackRate),
    );
    if (video.requestVideoFrameCallback) {
      frame = video.requestVideoFrameCallback((_now, metadata) => {
        frame = null;
        check(metadata.mediaTime);
      });
    }
  };

  const onTimeUpdate = () => check();
  const onPause = () => disarm();
  for (const type of rearmingEvents) video.addEventListener(type, onTimeUpdate);
  video.addEventListener('timeupdate', onTimeUpdate);
  video.addEventListener('pause', onPause);
  check();
  return () => {
    disarm();
    for (const type of rearmingEvents) video.removeEventListener(type, onTimeUpdate);
    video.removeEventListener('timeupdate', onTimeUpdate);
    video.removeEventListener('pause', onPause);
  };
}
