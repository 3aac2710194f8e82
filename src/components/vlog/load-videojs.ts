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
  loading ??= Promise.all([
    import('video.js/dist/alt/video.core.js'),
    import('video.js/dist/video-js.css'),
  ]).then(([module]) => (module as unknown as { default: VideoJs }).default);
  return loading;
}
