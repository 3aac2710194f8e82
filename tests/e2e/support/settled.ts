import type { Frame, Page } from '@playwright/test';

/**
 * Waits until a loaded page is what a learner sees once it has started: every island hydrated
 * (Astro removes an island's `ssr` attribute when it has), its images and video metadata
 * loaded, its fonts ready, and two frames drawn so the islands' first effects have rendered.
 *
 * The checks that sweep every page (axe, reflow) used to wait for "network idle" instead, which
 * always waits half a second after the last request: a fixed cost on each of some hundred page
 * loads, and no surer, because nothing on a page starts a request later on its own.
 */
export async function settled(target: Page | Frame) {
  await target.waitForLoadState('load');
  await target.waitForFunction(
    () =>
      !document.querySelector('astro-island[ssr]') &&
      [...document.images].every((image) => image.complete || image.loading === 'lazy') &&
      [...document.querySelectorAll('video')].every(
        (video) => video.preload === 'none' || video.readyState >= HTMLMediaElement.HAVE_METADATA,
      ),
    undefined,
    { polling: 50 },
  );
  await target.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}
