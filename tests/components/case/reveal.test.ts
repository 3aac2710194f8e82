import { describe, expect, it } from 'vitest';
import { revealAndFocus, scrollWithinPage } from '../../../src/components/case/reveal';

/**
 * A page 800px high scrolled to 1000, and an element at the given place in its window: enough of
 * the DOM to see where the page is scrolled to, and that nothing else is asked to scroll.
 */
function pageWith(
  rect: { top: number; height: number },
  options: { reducedMotion?: boolean; scrollMarginTop?: string } = {},
) {
  const scrolls: ScrollToOptions[] = [];
  const focused: Array<FocusOptions | undefined> = [];
  const win = {
    scrollY: 1000,
    scrollTo: (to: ScrollToOptions) => void scrolls.push(to),
    getComputedStyle: () => ({ scrollMarginTop: options.scrollMarginTop ?? '0px' }),
    matchMedia: (query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)' && !!options.reducedMotion,
    }),
  };
  const element = {
    ownerDocument: { defaultView: win, documentElement: { clientHeight: 800 } },
    getBoundingClientRect: () => ({ top: rect.top, bottom: rect.top + rect.height }),
    focus: (focusOptions?: FocusOptions) => void focused.push(focusOptions),
    scrollIntoView: () => {
      throw new Error('scrollIntoView scrolls the LMS page too');
    },
  };
  return { element: element as unknown as HTMLElement, scrolls, focused };
}

describe("scrolling within the module's own page", () => {
  it('puts a step at the top, below its scroll margin', () => {
    const { element, scrolls } = pageWith({ top: 500, height: 100 }, { scrollMarginTop: '16px' });
    scrollWithinPage(element, 'start');
    expect(scrolls).toEqual([{ top: 1484, behavior: 'smooth' }]);
  });

  it('centres, or scrolls only as far as needed for "nearest", and not at all when in view', () => {
    const centre = pageWith({ top: 900, height: 200 });
    scrollWithinPage(centre.element, 'center');
    expect(centre.scrolls).toEqual([{ top: 1600, behavior: 'smooth' }]);

    const below = pageWith({ top: 850, height: 100 });
    scrollWithinPage(below.element);
    expect(below.scrolls).toEqual([{ top: 1150, behavior: 'smooth' }]);

    const above = pageWith({ top: -300, height: 100 });
    scrollWithinPage(above.element);
    expect(above.scrolls).toEqual([{ top: 700, behavior: 'smooth' }]);

    const tall = pageWith({ top: 200, height: 1200 });
    scrollWithinPage(tall.element);
    expect(tall.scrolls).toEqual([{ top: 1200, behavior: 'smooth' }]);

    const inView = pageWith({ top: 100, height: 100 });
    scrollWithinPage(inView.element);
    expect(inView.scrolls).toEqual([]);
  });

  it('jumps instead of gliding under reduced motion', () => {
    const { element, scrolls } = pageWith({ top: 500, height: 100 }, { reducedMotion: true });
    scrollWithinPage(element, 'start');
    expect(scrolls).toEqual([{ top: 1500, behavior: 'auto' }]);
  });

  it('focuses without letting the browser scroll, then scrolls the page to what it was asked', () => {
    const heading = pageWith({ top: 700, height: 40 });
    const step = pageWith({ top: 650, height: 300 });
    revealAndFocus(heading.element, 'start', step.element);
    expect(heading.focused).toEqual([{ preventScroll: true }]);
    expect(heading.scrolls).toEqual([]);
    expect(step.scrolls).toEqual([{ top: 1650, behavior: 'smooth' }]);
  });
});
