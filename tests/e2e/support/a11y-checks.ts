import type { Page } from '@playwright/test';

/**
 * WCAG 2.2 AA checks axe does not make (or makes only in part), run in the page:
 * reflow (1.4.10), focus visible (2.4.7), focus not obscured (2.4.11), target size (2.5.8) and
 * reduced motion. Each returns a list of problems in words; an empty list is a pass.
 */

/** Content wider than the viewport: the page scrolls sideways, or something is cut off at the edge. */
export async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    if (overflow > 0)
      problems.push(`the page scrolls sideways by ${overflow}px at ${width}px wide`);
    /** Inside something the design system's visually-hidden mixin clips to nothing. */
    const clippedAway = (element: Element) => {
      for (
        let node: Element | null = element;
        node && node !== document.body;
        node = node.parentElement
      ) {
        if (getComputedStyle(node).clipPath === 'inset(50%)') return true;
      }
      return false;
    };
    /** Inside something that scrolls sideways on purpose (a wide table in a scroll box): allowed. */
    const inScroller = (element: Element) => {
      for (
        let node = element.parentElement;
        node && node !== document.body;
        node = node.parentElement
      ) {
        if (/(auto|scroll)/.test(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || box.right <= width + 1) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.position === 'fixed' || inScroller(element))
        continue;
      // Visually hidden text (clipped to nothing) is for screen readers only: by class, or by the
      // design system's mixin, as on a responsive table's header row on a phone.
      if (
        element.closest(
          '.nhsuk-u-visually-hidden, [class*="visually-hidden"], .vjs-control-text, .vjs-hidden',
        ) ||
        clippedAway(element)
      )
        continue;
      if (element.children.length === 0 || element.textContent?.trim()) {
        problems.push(
          `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}> reaches ${Math.round(box.right)}px, past the ${width}px viewport`,
        );
      }
      if (problems.length > 5) break;
    }
    return problems;
  });
}

export interface FocusWalk {
  /** How many times Tab moved focus before it left the page or came back round. */
  stops: number;
  problems: string[];
}

/**
 * Presses Tab through the page (from its top) and checks each element that takes focus: it is
 * in the viewport after the browser scrolls to it, something at its centre or corners is the
 * element itself (nothing sticky or overlaid hides it, 2.4.11), and its look changes when
 * focused (2.4.7; a screenshot decides when its styles do not).
 */
export async function walkFocus(
  page: Page,
  options: { maxStops?: number } = {},
): Promise<FocusWalk> {
  const maxStops = options.maxStops ?? 120;
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
    /** Computed styles that can show focus, for an element and the parts of it that draw the ring. */
    const signature = (element: Element) => {
      const parts = [
        element,
        ...((element as HTMLInputElement).labels ? [...(element as HTMLInputElement).labels!] : []),
      ];
      return parts
        .flatMap((part) =>
          [null, '::before', '::after'].map((pseudo) => {
            const s = getComputedStyle(part, pseudo);
            return [
              s.outlineStyle,
              s.outlineWidth,
              s.outlineColor,
              s.boxShadow,
              s.backgroundColor,
              s.color,
              s.borderColor,
              s.textDecorationLine,
              s.textDecorationThickness,
              s.textShadow,
              s.filter,
            ].join('|');
          }),
        )
        .join('||');
    };
    Object.defineProperty(window, '__focusWalk', {
      value: { elements: [] as Element[], focused: [] as string[], signature },
      configurable: true,
    });
  });
  const problems: string[] = [];
  let stops = 0;
  for (; stops < maxStops; stops += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const state = (
        window as unknown as {
          __focusWalk: {
            elements: Element[];
            focused: string[];
            signature: (element: Element) => string;
          };
        }
      ).__focusWalk;
      const element = document.activeElement;
      if (!element || element === document.body || element.tagName === 'IFRAME')
        return { done: true } as const;
      if (state.elements.includes(element)) return { done: true } as const;
      state.elements.push(element);
      state.focused.push(state.signature(element));
      const box = element.getBoundingClientRect();
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
      const problems: string[] = [];
      const visible = box.width > 0 && box.height > 0;
      if (
        visible &&
        (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth)
      )
        problems.push(`${name} has focus but is outside the viewport`);
      else if (visible) {
        const inset = (size: number) => Math.min(4, size / 4);
        // A link that wraps onto two lines is two boxes: test each, not the box around both.
        const points = [...element.getClientRects()]
          .flatMap((part) => [
            [part.left + part.width / 2, part.top + part.height / 2],
            [part.left + inset(part.width), part.top + inset(part.height)],
            [part.right - inset(part.width), part.bottom - inset(part.height)],
          ])
          .filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight);
        const labels = (element as HTMLInputElement).labels
          ? [...(element as HTMLInputElement).labels!]
          : [];
        const shows = (hit: Element | null) =>
          !!hit &&
          (hit === element ||
            element.contains(hit) ||
            labels.some((label) => label === hit || label.contains(hit)));
        const hits = points.map(([x, y]) => document.elementFromPoint(x!, y!));
        if (!hits.some(shows)) {
          const cover = hits[0];
          problems.push(
            `${name} has focus but is hidden behind <${cover?.tagName.toLowerCase()}${cover?.className && typeof cover.className === 'string' ? ` class="${cover.className}"` : ''}>`,
          );
        }
      }
      let opacity = 1;
      for (let node: Element | null = element; node; node = node.parentElement)
        opacity *= Number(getComputedStyle(node).opacity);
      return {
        done: false,
        problems,
        index: state.elements.length - 1,
        name,
        visible,
        faint: visible && opacity < 0.5,
      } as const;
    });
    if (stop.done) break;
    problems.push(...stop.problems);
    // Something faded out (a video player's resting controls) must come back when focused.
    if (stop.faint) {
      await page.waitForTimeout(400);
      const opacity = await page.evaluate(() => {
        let value = 1;
        for (let node = document.activeElement; node; node = node.parentElement)
          value *= Number(getComputedStyle(node).opacity);
        return value;
      });
      if (opacity < 0.5)
        problems.push(`${stop.name} has focus but is faded out (opacity ${opacity.toFixed(2)})`);
    }
  }
  // Focus styles: the same elements unfocused, compared with how they looked with focus.
  const unchanged = await page.evaluate(() => {
    const state = (
      window as unknown as {
        __focusWalk: {
          elements: Element[];
          focused: string[];
          signature: (element: Element) => string;
        };
      }
    ).__focusWalk;
    (document.activeElement as HTMLElement | null)?.blur?.();
    return state.elements.flatMap((element, index) =>
      element.isConnected &&
      element.getBoundingClientRect().width > 0 &&
      state.signature(element) === state.focused[index]
        ? [index]
        : [],
    );
  });
  for (const index of unchanged) {
    const handle = await page.evaluateHandle(
      (at) =>
        (window as unknown as { __focusWalk: { elements: Element[] } }).__focusWalk.elements[at]!,
      index,
    );
    const element = handle.asElement()!;
    await element.scrollIntoViewIfNeeded();
    const box = await element.boundingBox();
    if (!box) continue;
    const clip = {
      x: Math.max(0, box.x - 6),
      y: Math.max(0, box.y - 6),
      width: box.width + 12,
      height: box.height + 12,
    };
    const unfocused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    // Focused from script after keyboard use, :focus-visible still applies, as it did on Tab.
    await element.evaluate((target: HTMLElement) => target.focus());
    const focused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    if (unfocused.equals(focused)) {
      const name = await element.evaluate(
        (target) =>
          `${target.tagName.toLowerCase()}${target.id ? `#${target.id}` : ''} "${(target.getAttribute('aria-label') ?? target.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
      );
      problems.push(`${name} looks the same with and without focus`);
    }
    await element.evaluate((target: HTMLElement) => target.blur());
  }
  return { stops, problems };
}

/**
 * Pointer targets smaller than 24 by 24 CSS pixels (2.5.8), unless a 24px circle on each does
 * not touch another target or another small target's circle, or the target is a link inside a
 * sentence or block of text. Hidden and screen-reader-only controls are not pointer targets.
 */
export async function smallTargets(
  page: Page,
  options: { within?: string } = {},
): Promise<string[]> {
  return page.evaluate((within) => {
    const root = within ? document.querySelector(within) : document.body;
    if (!root) return [`nothing matches ${within}`];
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="slider"], [role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"], [role="tab"], [tabindex]:not([tabindex="-1"])';
    const isShown = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return (
        box.width > 1 &&
        box.height > 1 &&
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        !element.closest('[hidden], [inert], .vjs-hidden')
      );
    };
    /** A link in running text: the inline exception. */
    const inText = (element: Element) => {
      if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
      const block = element.parentElement?.closest(
        'p, li, dd, dt, td, th, figcaption, blockquote, label, legend, h1, h2, h3, h4, h5, h6, span, div',
      );
      if (!block) return false;
      const ownText = (block.textContent ?? '').replace(element.textContent ?? '', '').trim();
      return ownText.length > 0;
    };
    const targets = [...new Set([...root.querySelectorAll(selector)])]
      .filter(isShown)
      .map((element) => ({ element, box: element.getBoundingClientRect() }));
    // A control inside another control (a link inside a button) counts as the outer one.
    const outer = targets.filter(
      ({ element }) =>
        !targets.some(
          (other) =>
            other.element !== element &&
            other.element.contains(element) &&
            other.element.matches('button, a[href], summary, label'),
        ),
    );
    const small = outer.filter(
      ({ element, box }) => (box.width < 24 || box.height < 24) && !inText(element),
    );
    const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    const distanceToBox = (point: { x: number; y: number }, box: DOMRect) =>
      Math.hypot(
        Math.max(box.left - point.x, 0, point.x - box.right),
        Math.max(box.top - point.y, 0, point.y - box.bottom),
      );
    const problems: string[] = [];
    for (const target of small) {
      const c = centre(target.box);
      const crowdedBy = outer.find((other) => {
        if (
          other === target ||
          other.element.contains(target.element) ||
          target.element.contains(other.element)
        )
          return false;
        if (distanceToBox(c, other.box) < 12) return true;
        const otherSmall = small.includes(other);
        if (!otherSmall) return false;
        const o = centre(other.box);
        return Math.hypot(c.x - o.x, c.y - o.y) < 24;
      });
      if (crowdedBy) {
        const describe = (element: Element) =>
          `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
        problems.push(
          `${describe(target.element)} is ${Math.round(target.box.width)}×${Math.round(target.box.height)}px, too close to ${describe(crowdedBy.element)}`,
        );
      }
    }
    return problems;
  }, options.within ?? null);
}

/**
 * With reduced motion asked for, nothing animates or moves: every element's animations and
 * transitions take no time (≤ 10 ms) and nothing scrolls smoothly.
 */
export async function motionProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (value: string) =>
      Math.max(
        ...value
          .split(',')
          .map((part) =>
            part.trim().endsWith('ms') ? Number.parseFloat(part) / 1000 : Number.parseFloat(part),
          ),
      );
    const problems: string[] = [];
    for (const element of [document.documentElement, ...document.querySelectorAll('body *')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const animated =
          style.animationName !== 'none' &&
          seconds(style.animationDuration) *
            Math.max(1, Number.parseFloat(style.animationIterationCount) || 1) >
            0.01;
        // A transition's delay is not motion: what it delays then happens at once.
        const transitioned = seconds(style.transitionDuration) > 0.01;
        if (animated || transitioned)
          problems.push(
            `${element.tagName.toLowerCase()}${pseudo ?? ''}.${String(element.className).split(/\s+/).join('.')} ${animated ? `animates (${style.animationName}, ${style.animationDuration})` : `transitions (${style.transitionProperty}, ${style.transitionDuration})`}`,
          );
      }
      if (problems.length > 10) break;
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
      problems.push('the page scrolls smoothly');
    return problems;
  });
}
