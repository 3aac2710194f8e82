import { loadVideoJs, type VlogPlayerApi } from './load-videojs';
import { captionsPreferred, rememberCaptions } from './vlog-preferences';

/**
 * Loads video.js (only now, when a scene is about to play) and enhances the vlog's <video>, with
 * captions as the learner last left them.
 */
export async function createVlogPlayer(video: HTMLVideoElement): Promise<VlogPlayerApi> {
  const videojs = await loadVideoJs();
  const player = videojs(video, {
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
  for (const track of Array.from(tracks)) {
    if (track.kind === 'captions') track.mode = captionsPreferred() ? 'showing' : 'disabled';
  }
  tracks.addEventListener('change', () => {
    const captions = Array.from(tracks).find((track) => track.kind === 'captions');
    if (captions) rememberCaptions(captions.mode === 'showing');
  });
  return player;
}
