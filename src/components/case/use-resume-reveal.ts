import { useEffect, useRef, type RefObject } from 'react';
import type { VlogControls } from '../vlog/VlogPanel';
import type { Resume } from './use-case-progress';
import { revealAndFocus } from './reveal';

interface Elements {
  section: RefObject<HTMLElement | null>;
  continueButton: RefObject<HTMLButtonElement | null>;
  currentHeading: RefObject<HTMLElement | null>;
  vlog: RefObject<VlogControls | null>;
}

/**
 * A learner who comes back lands on the step they left, not wherever the browser restores the
 * scroll to: the page was short before the case rendered, so a reload restores into the notes.
 * Runs once, when the step's scene has said what it does with the visit (`sceneKnown`).
 */
export function useResumeReveal(resume: Resume['kind'], sceneKnown: boolean, elements: Elements) {
  const revealed = useRef(false);
  useEffect(() => {
    if (resume !== 'resumed' || revealed.current || !sceneKnown) return;
    revealed.current = true;
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    // Focus goes to something visible: Continue in a flowing conversation (whose step may have
    // only a heading for screen readers), else the step's heading.
    const reveal = () => {
      const current = elements.section.current?.querySelector<HTMLElement>('.app-step--current');
      if (elements.continueButton.current)
        revealAndFocus(elements.continueButton.current, 'start', current);
      else if (!elements.vlog.current?.focusPlayButton(current))
        revealAndFocus(elements.currentHeading.current, 'start', current);
    };
    reveal();
    // Loading may still be under way, and the browser restores its scroll when it finishes.
    if (document.readyState !== 'complete')
      window.addEventListener('load', () => requestAnimationFrame(reveal), { once: true });
    // The elements are refs, read when the reveal runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resume, sceneKnown]);
}
