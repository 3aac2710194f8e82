/** Scrolling that respects the learner's motion setting: no smooth scrolling under reduced motion. */
export function scrollBehaviour(): ScrollBehavior {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/**
 * Brings an element into view and gives it focus. Focus alone scrolls as little as it can, which
 * on a phone can leave the element at the very bottom edge or, after a reload, leave the page
 * wherever the browser restored it; so focus without scrolling, then scroll on purpose.
 */
export function revealAndFocus(element: HTMLElement | null | undefined, block: ScrollLogicalPosition = 'nearest', scrollTarget: HTMLElement | null = element ?? null) {
  if (!element) return;
  element.focus({ preventScroll: true });
  scrollTarget?.scrollIntoView({ block, behavior: scrollBehaviour() });
}
