import { useMemo } from 'react';
import type { Scenario, ScenarioNode } from '../../schemas/scenario';
import { vlogMode } from '../vlog/vlog-preferences';
import { useScenePhase } from '../vlog/use-scene-phase';
import type { HeldScene } from './describe';

interface Options {
  scenario: Scenario;
  /** The nodes visited, the current one last. */
  trail: readonly string[];
  node: ScenarioNode;
  /** The node waits behind its choice's feedback step, so it has no scene yet. */
  nodeWaits: boolean;
  /** A scene has started loading or playing. */
  onScenePlays: () => void;
}

/**
 * The vlog scene of this node visit, as the case sees it: it holds back its text and the way on
 * until it has played or been skipped. Phase is keyed by visit, so a new node starts from the
 * learner's preference.
 */
export function useCaseScene({ scenario, trail, node, nodeWaits, onScenePlays }: Options) {
  const segment = nodeWaits ? null : (node.segment ?? null);
  const sceneKey = `${trail.length}:${node.id}${nodeWaits ? ':after-feedback' : ''}`;
  const { scenePhase, reported, onPhaseChange } = useScenePhase(segment, sceneKey, onScenePlays);
  const held = scenePhase !== 'done';
  const heldScene: HeldScene | null = !held
    ? null
    : scenePhase === 'waiting'
      ? 'waiting'
      : 'playing';
  // In watch or ask mode the vlog says what it does with a new visit's scene (wait, or play on)
  // only after it has seen the visit; until then the phase above is a guess not worth announcing.
  const sceneKnown = !segment || reported || vlogMode() === 'read';
  // The vlog lines the learner has reached, for the transcript: never a scene still to come.
  const reachedSegments = useMemo(
    () =>
      trail.flatMap((id, index) => {
        const visited = scenario.nodes.find((candidate) => candidate.id === id);
        const isCurrent = index === trail.length - 1;
        if (!visited?.segment || (isCurrent && (nodeWaits || scenePhase === 'waiting'))) return [];
        return [visited.segment];
      }),
    [trail, scenario, nodeWaits, scenePhase],
  );
  return { segment, sceneKey, held, heldScene, sceneKnown, reachedSegments, onPhaseChange };
}
