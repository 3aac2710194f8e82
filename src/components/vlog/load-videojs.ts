/**
 * video.js is loaded only when a learner is about to play a scene, so the scenario page's first
 * JavaScript stays small. The core build is enough: the vlogs are plain MP4 files, not streams.
 */

/** The slice of the video.js player API the module uses. */
export interface VlogPlayerApi {
  currentTime(): number;
  currentTime(seconds: number): void;
  play(): Promise<void> | undefined;
  pause(): void;
  paused(): boolean;
  muted(value: boolean): void;
  src(source: { src: string; type: string }): void;
  load(): void;
  on(event: string, handler: () => void): void;
  textTracks(): TextTrackList;
  error(): { code: number; message?: string } | null;
  dispose(): void;
}

export type VideoJs = (element: HTMLVideoElement, options: Record<string, unknown>) => VlogPlayerApi;

let loading: Promise<VideoJs> | null = null;

export function loadVideoJs(): Promise<VideoJs> {
  // video.js sizes players with <style> elements it writes at run time, which the module's
  // Content-Security-Policy refuses (no 'unsafe-inline' styles; videojs/video.js#7887). This
  // switch, read when video.js loads, turns them off; the player takes its 16:9 shape from
  // video.js's own stylesheet instead (the vjs-16-9 class on the video element).
  (globalThis as { VIDEOJS_NO_DYNAMIC_STYLE?: boolean }).VIDEOJS_NO_DYNAMIC_STYLE = true;
  loading ??= Promise.all([
    import('video.js/dist/alt/video.core.js'),
    import('video.js/dist/video-js.css'),
  ]).then(([module]) => (module as unknown as { default: VideoJs }).default);
  return loading;
}
