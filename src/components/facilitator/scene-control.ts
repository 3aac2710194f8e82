import type { ScenePhase, VlogControls } from '../vlog/VlogPanel';

/**
 * Everything the presenter does to the vlog panel, in one place: the panel's controls, and the
 * one thing it reads from the player's DOM (which of video.js's own controls has a key press); whether
 * the video is paused comes from the panel's onPausedChange. Nothing else
 * in the facilitator folder knows how the panel is built, so another player can take its place here.
 */

/** The panel a presenter drives: its controls (once its player exists) and the element it sits in. */
export interface SceneHandle {
  root: HTMLElement | null;
  controls: VlogControls | null;
}

/** The panel can take play, pause and resume. */
export const sceneControllable = (scene: SceneHandle) => scene.controls !== null;

/** The scene's phase as the panel last reported it, or null before its player exists. */
export const scenePhaseOf = (scene: SceneHandle): ScenePhase | null =>
  scene.controls?.phase ?? null;

/** Plays the current scene from its start, as its Play button does. */
export function playScene(scene: SceneHandle) {
  scene.controls?.play();
}

/** Pauses whatever the panel is playing (a scene left behind, or the one on screen). */
export function pauseScene(scene: SceneHandle) {
  scene.controls?.pause();
}

/** Carries on a paused scene; rejects when the browser will not play it. */
export function resumeScene(scene: SceneHandle): Promise<void> {
  return scene.controls?.resume() ?? Promise.resolve();
}

/**
 * The keys video.js's controls act on when one of them has focus (a button, the progress and
 * volume sliders, the menus). The player's own surface keeps none of the presenter's keys: Space
 * there is Next, as the docs say, not video.js's pause.
 */
const videoControlKeys = new Set([
  ' ',
  'Enter',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** The player's surface (the element video.js makes focusable, or the video in it), not a control on it. */
const isPlayerSurface = (target: HTMLElement) =>
  target.tagName === 'VIDEO' || target.classList.contains('video-js');

/** The key belongs to a control on the player (a button, a slider, a menu) that has focus. */
export const keyBelongsToPlayerControl = (target: HTMLElement, key: string) =>
  Boolean(target.closest('.video-js')) && !isPlayerSurface(target) && videoControlKeys.has(key);

/** The key was pressed on the player's surface, where video.js would take Space and F for itself. */
export const keyOnPlayerSurface = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && Boolean(target.closest('.video-js')) && isPlayerSurface(target);
