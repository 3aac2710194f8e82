/** Scrolling that respects the learner's motion setting: no smooth scrolling under reduced motion. */
export function scrollBehaviour(
  win: Pick<Window, 'matchMedia'> | undefined = globalThis,
): ScrollBehavior {
  return win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/**
 * Scrolls the module's own page so the element sits where asked ("start": at the top, below its
 * scroll-margin-top; "center"; "end"; "nearest": only as far as needed), and nothing else. Never
 * `scrollIntoView`: that also scrolls every page the module is framed in, so inside an LMS it
 * moved the LMS's own page and put its "Exit activity" under the LMS's fixed header.
 */
export function scrollWithinPage(
  element: Element | null | undefined,
  block: ScrollLogicalPosition = 'nearest',
) {
  const win = element?.ownerDocument.defaultView;
  if (!element || !win) return;
  const viewport = element.ownerDocument.documentElement.clientHeight || win.innerHeight;
  const rect = element.getBoundingClientRect();
  const top = rect.top - (Number.parseFloat(win.getComputedStyle(element).scrollMarginTop) || 0);
  const { bottom } = rect;
  let by: number;
  if (block === 'start') by = top;
  else if (block === 'end') by = bottom - viewport;
  else if (block === 'center') by = (top + bottom) / 2 - viewport / 2;
  else if (top >= 0 && bottom <= viewport) return;
  // Nearest: the top edge if it is above, or if the element is taller than the window.
  else by = top < 0 || bottom - top > viewport ? top : bottom - viewport;
  if (Math.abs(by) < 1) return;
  win.scrollTo({ top: win.scrollY + by, behavior: scrollBehaviour(win) });
}

/**
 * Brings an element into view and gives it focus. Focus alone scrolls as little as it can, which
 * on a phone can leave the element at the very bottom edge or, after a reload, leave the page
 * wherever the browser restored it, and it scrolls any page the module is framed in as well; so
 * focus without scrolling, then scroll the module's own page on purpose.
 */
export function revealAndFocus(
  element: HTMLElement | null | undefined,
  block: ScrollLogicalPosition = 'nearest',
  scrollTarget: HTMLElement | null = element ?? null,
) {
  if (!element) return;
  element.focus({ preventScroll: true });
  scrollWithinPage(scrollTarget, block);
}
