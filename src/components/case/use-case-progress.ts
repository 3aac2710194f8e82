import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useActor } from '@xstate/react';
import type { Choice, DecisionNode, Scenario } from '../../schemas/scenario';
import { createDialogueMachine, currentNodeId } from '../../dialogue/dialogue-machine';
import { progressOf, restoreProgress } from '../../dialogue/progress';
import { maxScore, recommendedPath } from '../../dialogue/scenario-graph';
import {
  advanceScoredRun,
  isPractising,
  isScoredStep,
  recordAfterMove,
  scoredRunOf,
  scoresNextChoice,
  type ScoredRun,
} from '../../progress/scoring';
import type { ProgressStore } from '../../progress/progress-store';
import { getProgressStore } from '../../tracking/launcher-session';

export type Resume = { kind: 'fresh' } | { kind: 'resumed' } | { kind: 'discarded' };

/** Restores saved progress once, before the machine starts, so the first render is already right. */
function useRestoredStart(
  scenario: Scenario,
  store: ProgressStore,
  machine: ReturnType<typeof createDialogueMachine>,
) {
  return useState(() => {
    const saved = store.load(scenario.id);
    if (!saved) return { resume: { kind: 'fresh' } as Resume, snapshot: undefined, saved };
    const restored = restoreProgress(machine, scenario, saved);
    if (!restored) return { resume: { kind: 'discarded' } as Resume, snapshot: undefined, saved };
    const resumed = saved.choices.length > 0 || saved.at !== scenario.start;
    return {
      resume: { kind: resumed ? 'resumed' : 'fresh' } as Resume,
      snapshot: machine.getPersistedSnapshot(restored),
      saved,
    };
  })[0];
}

/**
 * The case's dialogue machine with the learner's progress: restored on arrival, saved after every
 * move, and the scored run (the learner's first answers, src/progress/scoring.ts) kept apart from
 * practice. The only place the case reads or writes the progress store.
 */
export function useCaseProgress(scenario: Scenario) {
  const store = useMemo(() => getProgressStore(), []);
  const machine = useMemo(() => createDialogueMachine(scenario), [scenario]);
  const best = useMemo(
    () => ({ maxScore: maxScore(scenario), path: recommendedPath(scenario) }),
    [scenario],
  );
  const start = useRestoredStart(scenario, store, machine);
  const [snapshot, send] = useActor(
    machine,
    start.snapshot ? { snapshot: start.snapshot } : undefined,
  );
  /** The learner has made a move on this visit, so the save is dated now. */
  const moved = useRef(false);
  // What counts, whatever going back or starting again does afterwards.
  const scoredRunRef = useRef<ScoredRun>(scoredRunOf(start.saved));
  const [savedScoredRun, setSavedScoredRun] = useState<ScoredRun>(scoredRunRef.current);

  const nodeId = currentNodeId(snapshot);
  const path = useMemo(() => progressOf(snapshot).choices, [snapshot]);
  // The run as of this very move (advancing is idempotent), so the step just rendered is labelled
  // and announced as scored or practice before the save below has run.
  const scoredRun = useMemo(
    () => advanceScoredRun(scenario, savedScoredRun, snapshot, best.maxScore),
    [scenario, savedScoredRun, snapshot, best.maxScore],
  );
  const practising = isPractising(scoredRun, path, nodeId);
  const isPractice = useCallback(
    (decisionId: string) => {
      const index = snapshot.context.path.findIndex((step) => step.decision === decisionId);
      return index >= 0 && !isScoredStep(scoredRun, path, index);
    },
    [snapshot, scoredRun, path],
  );

  // Save after every move. Only the scored run's own moves change what counts (scoring.ts).
  useEffect(() => {
    const updatedAt = moved.current ? new Date().toISOString() : start.saved?.updatedAt;
    const record = recordAfterMove(scenario, snapshot, {
      scored: scoredRunRef.current,
      maxScore: best.maxScore,
      updatedAt,
    });
    scoredRunRef.current = scoredRunOf(record);
    setSavedScoredRun(scoredRunRef.current);
    store.save(scenario.id, record);
  }, [snapshot, store, scenario, best.maxScore, start.saved]);

  /** Reports a choice, if it is the scored run's first answer at the decision: one interaction per decision. */
  const recordChoice = (decision: DecisionNode, choice: Choice) => {
    if (!scoresNextChoice(scoredRunRef.current, path)) return;
    store.recordDecision({
      scenarioId: scenario.id,
      decisionId: decision.id,
      choiceId: choice.id,
      at: new Date().toISOString(),
    });
  };

  return {
    machine,
    best,
    start,
    snapshot,
    send,
    moved,
    nodeId,
    path,
    scoredRun,
    practising,
    isPractice,
    recordChoice,
  };
}
