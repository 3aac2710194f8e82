import { useCallback, useRef } from 'react';

interface SceneEndedRules {
  /** Whether Continue moves on from where the machine is (a conversation or a scene). */
  movesOnByContinue: boolean;
  /** The decision whose "Why it matters" waits to be read, if any. */
  feedbackFor: string | null;
  /** A consequence was watched to its end: show its "Why it matters". */
  showFeedback: () => void;
  /** A scene was watched to its end: move the conversation on. */
  moveOn: () => void;
}

/**
 * What a scene watched to its end does. It leads straight on, so the vlog plays scene after scene
 * up to the next decision; but a consequence stops for its "Why it matters" instead of moving on.
 * The callback keeps one identity, because the player holds it across scenes; it reads the latest
 * rules when the scene ends.
 */
export function useSceneEnded(rules: SceneEndedRules): () => void {
  const latest = useRef(rules);
  latest.current = rules;
  return useCallback(() => {
    const { movesOnByContinue, feedbackFor, showFeedback, moveOn } = latest.current;
    if (!movesOnByContinue) return;
    if (feedbackFor) showFeedback();
    else moveOn();
  }, []);
}
