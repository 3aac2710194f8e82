import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { moduleKey, moduleStorage, readText, writeText } from '../../storage/browser-storage';

export type TextSize = 'compact' | 'normal' | 'large' | 'larger' | 'largest';
export const textSizes: readonly TextSize[] = ['compact', 'normal', 'large', 'larger', 'largest'];
const textSizeKey = moduleKey('facilitator:text-size');

/** Below this height (a 1280 by 720 or 1024 by 768 projector), Large cannot fit a decision's question and three options. */
const shortScreenPixels = 800;

/**
 * The size the facilitator chose on this computer, or one that fits the screen: Compact on a short
 * screen, Large otherwise. Compact and Normal fit a decision's question and its options on a short
 * screen (1280 by 720, 1024 by 768); the larger sizes are for a big room with a tall screen.
 */
export function storedTextSize(): TextSize {
  const fitting: TextSize =
    (globalThis.innerHeight ?? Infinity) <= shortScreenPixels ? 'compact' : 'large';
  const value = readText(moduleStorage(), textSizeKey);
  return textSizes.find((size) => size === value) ?? fitting;
}

/** Where storage is blocked, the size lasts for this page. */
export function rememberTextSize(size: TextSize) {
  writeText(moduleStorage(), textSizeKey, size);
}

/** The smallest root font size projector-fit shrinks to, in pixels: still legible from a room's middle rows. */
const smallestFitPixels = 12;

/**
 * Shrinks the page's root font size (everything on the presenter is sized in rem) to the largest
 * that lets the presenter's content fit its box, no smaller than the smallest fit size; with
 * `fit` false, gives the text size back to the stylesheet. A binary search: a handful of layouts.
 */
function fitToScreen(root: HTMLElement | null, fit: boolean) {
  const html = document.documentElement;
  html.style.removeProperty('font-size');
  if (!root || !fit || root.scrollHeight <= root.clientHeight) return;
  const fits = (size: number) => {
    html.style.setProperty('font-size', `${size}px`);
    return root.scrollHeight <= root.clientHeight;
  };
  let tooBig = Number.parseFloat(getComputedStyle(html).fontSize);
  let fitting = smallestFitPixels;
  if (!(tooBig > fitting) || !fits(fitting)) return;
  while (tooBig - fitting > 0.5) {
    const middle = (tooBig + fitting) / 2;
    if (fits(middle)) fitting = middle;
    else tooBig = middle;
  }
  fits(fitting);
}

/**
 * Projector-fit: full screen, the step must fit the screen without scrolling, so the text size
 * chosen is the largest used and the type shrinks until the step fits. Not while a scene holds the
 * room: the film keeps its size. `layout` changes whenever what is on screen does.
 */
export function useProjectorFit(
  rootRef: RefObject<HTMLElement | null>,
  layout: string,
  sceneHolds: boolean,
) {
  const [screenSize, setScreenSize] = useState('');
  useEffect(() => {
    const onResize = () => setScreenSize(`${globalThis.innerWidth}x${globalThis.innerHeight}`);
    globalThis.addEventListener('resize', onResize);
    return () => globalThis.removeEventListener('resize', onResize);
  }, []);
  useLayoutEffect(() => {
    const root = rootRef.current;
    // Whether the stage is full screen is read from the document, not from the state that follows
    // the fullscreenchange event: that event comes a rendering frame later (later still on a busy
    // machine), and a text size chosen in between would otherwise go unfitted.
    if (root) fitToScreen(root, document.fullscreenElement === root && !sceneHolds);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, screenSize, sceneHolds]);
  useEffect(() => () => fitToScreen(null, false), []);
}

/** Whether the presenter is full screen, following the document. */
export function useFullscreen(): boolean {
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    const onChange = () => setFullscreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return fullscreen;
}

/** Puts the presenter full screen, or leaves it; false when the browser cannot. */
export async function toggleFullscreen(root: HTMLElement | null): Promise<boolean> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else if (document.fullscreenEnabled && root?.requestFullscreen) await root.requestFullscreen();
    else return false;
    return true;
  } catch {
    return false;
  }
}
