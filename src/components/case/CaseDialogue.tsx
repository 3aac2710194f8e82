import { useEffect, useMemo, useRef, useState } from 'react';
import { useActor } from '@xstate/react';
import type { Scenario } from '../../schemas/scenario';
import { createDialogueMachine, currentNodeId } from '../../dialogue/dialogue-machine';
import { progressOf, restoreProgress } from '../../dialogue/progress';
import { maxScore, recommendedPath } from '../../dialogue/scenario-graph';
import { buildTranscript } from '../../dialogue/transcript';
import { createLocalProgressStore, type ProgressStore, type ScenarioRecord } from '../../progress/progress-store';
import { CaseErrorBoundary } from './CaseErrorBoundary';
import { TranscriptView } from './TranscriptView';
import { EndingSummary } from './EndingSummary';
import { announceNode, sideLabel } from './describe';

export interface CaseDialogueProps {
  scenario: Scenario;
  /** The page listing every scenario, for "back" links. */
  scenariosHref: string;
}

type Resume = { kind: 'fresh' } | { kind: 'resumed' } | { kind: 'discarded' };

/** Restores saved progress once, before the machine starts, so the first render is already right. */
function useRestoredStart(scenario: Scenario, store: ProgressStore, machine: ReturnType<typeof createDialogueMachine>) {
  return useState(() => {
    const saved = store.load(scenario.id);
    if (!saved) return { resume: { kind: 'fresh' } as Resume, snapshot: undefined, saved };
    const restored = restoreProgress(machine, scenario, saved);
    if (!restored) return { resume: { kind: 'discarded' } as Resume, snapshot: undefined, saved };
    const resumed = saved.choices.length > 0 || saved.at !== scenario.start;
    return { resume: { kind: resumed ? 'resumed' : 'fresh' } as Resume, snapshot: machine.getPersistedSnapshot(restored), saved };
  })[0];
}

function CasePlayer({ scenario, scenariosHref }: CaseDialogueProps) {
  const store = useMemo(() => createLocalProgressStore(), []);
  const machine = useMemo(() => createDialogueMachine(scenario), [scenario]);
  const best = useMemo(() => ({ maxScore: maxScore(scenario), path: recommendedPath(scenario) }), [scenario]);
  const start = useRestoredStart(scenario, store, machine);
  const [snapshot, send] = useActor(machine, start.snapshot ? { snapshot: start.snapshot } : undefined);
  const [announcement, setAnnouncement] = useState('');
  const [resume, setResume] = useState<Resume>(start.resume);
  const finishedRef = useRef<ScenarioRecord['finished']>(start.saved?.finished);
  const moved = useRef(false);
  const lastAction = useRef<'continued' | 'chose' | 'undid' | 'restarted' | null>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  const currentHeadingRef = useRef<HTMLElement | null>(null);
  const previousTrailLength = useRef(snapshot.context.trail.length);

  const nodeId = currentNodeId(snapshot);
  const node = scenario.nodes.find((candidate) => candidate.id === nodeId)!;
  const transcript = useMemo(() => buildTranscript(scenario, snapshot.context), [scenario, snapshot.context]);
  const learner = scenario.cast.find((member) => member.side === scenario.learnerSide);
  const movesOnByContinue = node.kind === 'dialogue' || node.kind === 'scene';

  // Save after every move, and remember the latest finish so replaying never loses it.
  useEffect(() => {
    if (node.kind === 'ending') {
      finishedRef.current = { ending: node.id, outcome: node.outcome, score: snapshot.context.score, maxScore: best.maxScore };
    }
    const updatedAt = moved.current ? new Date().toISOString() : start.saved?.updatedAt;
    store.save(scenario.id, {
      ...progressOf(snapshot),
      ...(finishedRef.current ? { finished: finishedRef.current } : {}),
      ...(updatedAt ? { updatedAt } : {}),
    });
  }, [snapshot, node, store, scenario.id, best.maxScore, start.saved]);

  // Announce what is new, and put focus where the learner's next action is: on Continue while
  // the conversation flows, on the new step's heading after a choice, a decision or an ending.
  useEffect(() => {
    const grew = snapshot.context.trail.length > previousTrailLength.current;
    previousTrailLength.current = snapshot.context.trail.length;
    const action = lastAction.current;
    lastAction.current = null;
    const entry = transcript.findLast((candidate) => candidate.kind === 'node');
    if (entry?.kind === 'node' && (grew || action)) {
      const prefix = action === 'restarted' ? 'The case has started again. ' : action === 'undid' ? 'Your last choice was undone. ' : '';
      setAnnouncement(prefix + announceNode(scenario, entry.node, entry.lines));
    }
    if (!action) return;
    if ((action === 'continued' || action === 'restarted') && movesOnByContinue) continueRef.current?.focus();
    else currentHeadingRef.current?.focus();
  }, [snapshot, transcript, scenario, movesOnByContinue]);

  const act = (action: NonNullable<typeof lastAction.current>, event: Parameters<typeof send>[0]) => {
    lastAction.current = action;
    moved.current = true;
    setResume({ kind: 'fresh' });
    send(event);
  };

  return (
    <section className="app-case" aria-labelledby="case-heading">
      <h2 id="case-heading">The case</h2>
      {learner && (
        <p className="app-case__role">
          You are <strong>{learner.name}</strong>, {learner.role} ({sideLabel[learner.side]} side).
        </p>
      )}
      {resume.kind === 'resumed' && (
        <div className="nhsuk-inset-text app-case__notice">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>Welcome back. You are where you left off.</p>
        </div>
      )}
      {resume.kind === 'discarded' && (
        <div className="nhsuk-inset-text app-case__notice" role="status">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>This scenario has changed since you last played it, so it starts from the beginning.</p>
        </div>
      )}

      <TranscriptView scenario={scenario} entries={transcript} currentHeadingRef={currentHeadingRef} />

      <div className="app-case__controls">
        {movesOnByContinue && (
          <button
            ref={continueRef}
            type="button"
            className="nhsuk-button app-case__continue"
            onClick={() => act('continued', { type: 'dialogue.continued' })}
          >
            Continue
          </button>
        )}

        {node.kind === 'decision' && (
          <fieldset className="nhsuk-fieldset app-case__choices" aria-describedby={`prompt-${node.id}`}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Choose what you would do</legend>
            <ul className="app-case__choice-list">
              {node.choices
                .filter((choice) => snapshot.can({ type: 'choice.selected', choiceId: choice.id }))
                .map((choice) => (
                  <li key={choice.id}>
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary app-case__choice"
                      onClick={() => act('chose', { type: 'choice.selected', choiceId: choice.id })}
                    >
                      {choice.text}
                    </button>
                  </li>
                ))}
            </ul>
          </fieldset>
        )}

        {node.kind === 'ending' && (
          <EndingSummary
            scenario={scenario}
            ending={node}
            score={snapshot.context.score}
            maxScore={best.maxScore}
            path={snapshot.context.path}
            recommended={best.path.choices}
            scenariosHref={scenariosHref}
          />
        )}

        <div className="app-case__secondary-actions">
          {snapshot.can({ type: 'choice.undone' }) && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary app-case__small-button"
              onClick={() => act('undid', { type: 'choice.undone' })}
            >
              Change my last choice
            </button>
          )}
          {snapshot.context.trail.length > 1 && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary app-case__small-button"
              onClick={() => act('restarted', { type: 'dialogue.restarted' })}
            >
              Start the case again
            </button>
          )}
        </div>
      </div>

      <div className="nhsuk-u-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="case-announcer">
        {announcement}
      </div>
    </section>
  );
}

/** The case dialogue island: the scenario's conversation, decisions, consequences and summary. */
export default function CaseDialogue(props: CaseDialogueProps) {
  return (
    <CaseErrorBoundary scenariosHref={props.scenariosHref}>
      <CasePlayer {...props} />
    </CaseErrorBoundary>
  );
}
