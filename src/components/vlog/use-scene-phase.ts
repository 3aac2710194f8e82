import { useCallback, useRef, useState } from 'react';
import type { ScenePhase, Segment } from './VlogPanel';
import { vlogMode } from './vlog-preferences';

/**
 * The phase of one scene visit, as the page around the player sees it. The phase is keyed by
 * visit, so a new visit starts from the learner's preference: done at once when they read rather
 * than watch, waiting otherwise, until the player reports on it.
 */
export function useScenePhase(
  /** The visit's scene; none means there is nothing to hold for. */
  segment: Segment | null,
  sceneKey: string,
  /** Called when a scene starts loading or playing. */
  onScenePlays?: () => void,
) {
  const [scene, setScene] = useState<{ key: string; phase: ScenePhase } | null>(null);
  const sceneKeyRef = useRef(sceneKey);
  sceneKeyRef.current = sceneKey;
  const scenePlays = useRef(onScenePlays);
  scenePlays.current = onScenePlays;
  /** The player has said what it does with this visit (wait, or play on). */
  const reported = scene?.key === sceneKey;
  const scenePhase: ScenePhase = !segment
    ? 'done'
    : reported
      ? scene.phase
      : vlogMode() === 'read'
        ? 'done'
        : 'waiting';
  const onPhaseChange = useCallback((phase: ScenePhase) => {
    setScene({ key: sceneKeyRef.current, phase });
    if (phase === 'loading' || phase === 'playing') scenePlays.current?.();
  }, []);
  return { scenePhase, reported, onPhaseChange };
}
