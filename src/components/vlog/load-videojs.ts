/**
 * video.js is loaded only when a learner is about to play a scene, so the scenario page's first
 * JavaScript stays small. The core build is enough: the vlogs are plain MP4 files, not streams.
 *
 * Its stylesheet waits too. It is imported as a URL, not as CSS: Astro puts every stylesheet an
 * island imports (even through a dynamic import) into the page's <head>, where it would hold up
 * the first paint of every scenario page for a player that is still hidden.
 */
import videoJsStylesheetUrl from 'video.js/dist/video-js.min.css?url';

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

export type VideoJs = (
  element: HTMLVideoElement,
  options: Record<string, unknown>,
) => VlogPlayerApi;

let loading: Promise<VideoJs> | null = null;

/** Adds a stylesheet to the page, resolving when it has loaded; a failed one is taken out again. */
function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener(
      'error',
      () => {
        link.remove();
        reject(new Error(`The video player's stylesheet (${href}) did not load`));
      },
      { once: true },
    );
    document.head.append(link);
  });
}

export function loadVideoJs(): Promise<VideoJs> {
  // video.js sizes players with <style> elements it writes at run time, which the module's
  // Content-Security-Policy refuses (no 'unsafe-inline' styles; videojs/video.js#7887). This
  // switch, read when video.js loads, turns them off; the player takes its 16:9 shape from
  // video.js's own stylesheet instead (the vjs-16-9 class on the video element).
  (globalThis as { VIDEOJS_NO_DYNAMIC_STYLE?: boolean }).VIDEOJS_NO_DYNAMIC_STYLE = true;
  // The player is made only once both have loaded, so it never shows unstyled.
  loading ??= Promise.all([
    import('video.js/dist/alt/video.core.js'),
    loadStylesheet(videoJsStylesheetUrl),
  ])
    .then(([module]) => (module as unknown as { default: VideoJs }).default)
    .catch((error: unknown) => {
      // A dropped connection on a ward: the next Play (or "Try the video again") tries afresh.
      loading = null;
      throw error;
    });
  return loading;
}
