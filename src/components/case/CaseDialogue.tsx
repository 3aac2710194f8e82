import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useActor } from '@xstate/react';
import type { Scenario } from '../../schemas/scenario';
import { createDialogueMachine, currentNodeId } from '../../dialogue/dialogue-machine';
import { progressOf, restoreProgress } from '../../dialogue/progress';
import { maxScore, recommendedPath } from '../../dialogue/scenario-graph';
import { buildTranscript } from '../../dialogue/transcript';
import { getProgressStore, type ProgressStore, type ScenarioRecord } from '../../progress/progress-store';
import { countTimeWhileVisible } from '../../progress/time-spent';
import { VlogPanel, type ScenePhase, type VlogSources } from '../vlog/VlogPanel';
import { VlogTranscript } from '../vlog/VlogTranscript';
import { vlogMode } from '../vlog/vlog-preferences';
import { CaseErrorBoundary } from './CaseErrorBoundary';
import { TranscriptView } from './TranscriptView';
import { EndingSummary } from './EndingSummary';
import { announceNode, sideLabel } from './describe';

export interface CaseDialogueProps {
  scenario: Scenario;
  /** The vlog's files, as URLs the page can load. */
  vlog: VlogSources;
  /** The page listing every scenario, for "back" links. */
  scenariosHref: string;
  /** The next scenario in the module's order, offered at the end. */
  next?: { title: string; href: string } | undefined;
}

type Resume = { kind: 'fresh' } | { kind: 'resumed' } | { kind: 'discarded' };
type Action = 'continued' | 'chose' | 'undid' | 'restarted' | 'scene-ended';

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

function CasePlayer({ scenario, vlog, scenariosHref, next }: CaseDialogueProps) {
  const store = useMemo(() => getProgressStore(), []);
  const machine = useMemo(() => createDialogueMachine(scenario), [scenario]);
  const best = useMemo(() => ({ maxScore: maxScore(scenario), path: recommendedPath(scenario) }), [scenario]);
  const start = useRestoredStart(scenario, store, machine);
  const [snapshot, send] = useActor(machine, start.snapshot ? { snapshot: start.snapshot } : undefined);
  const [announcement, setAnnouncement] = useState('');
  const [resume, setResume] = useState<Resume>(start.resume);
  const [scene, setScene] = useState<{ key: string; phase: ScenePhase } | null>(null);
  const [videoTime, setVideoTime] = useState(0);
  const [seekRequest, setSeekRequest] = useState<{ seconds: number; nonce: number } | null>(null);
  const finishedRef = useRef<ScenarioRecord['finished']>(start.saved?.finished);
  const moved = useRef(false);
  const lastAction = useRef<Action | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  const currentHeadingRef = useRef<HTMLElement | null>(null);
  const previous = useRef({ trailLength: snapshot.context.trail.length, held: false });

  const nodeId = currentNodeId(snapshot);
  const node = scenario.nodes.find((candidate) => candidate.id === nodeId)!;
  const transcript = useMemo(() => buildTranscript(scenario, snapshot.context), [scenario, snapshot.context]);
  const learner = scenario.cast.find((member) => member.side === scenario.learnerSide);

  // The vlog scene of this node visit holds back its text and the way on until it has played or
  // been skipped. Phase is keyed by visit, so a new node starts from the learner's preference.
  const sceneKey = `${snapshot.context.trail.length}:${nodeId}`;
  const sceneKeyRef = useRef(sceneKey);
  sceneKeyRef.current = sceneKey;
  const scenePhase: ScenePhase = !node.segment
    ? 'done'
    : scene?.key === sceneKey
      ? scene.phase
      : vlogMode() === 'read'
        ? 'done'
        : 'waiting';
  const held = scenePhase !== 'done';
  const onPhaseChange = useCallback((phase: ScenePhase) => setScene({ key: sceneKeyRef.current, phase }), []);
  // A scene watched to its end leads straight on: the vlog plays scene after scene up to the
  // next decision. The scene's lines stay in the conversation as text.
  const sendRef = useRef(send);
  sendRef.current = send;
  const canContinueRef = useRef(false);
  canContinueRef.current = node.kind === 'dialogue' || node.kind === 'scene';
  const onSceneEnded = useCallback(() => {
    if (!canContinueRef.current) return;
    lastAction.current = 'scene-ended';
    moved.current = true;
    sendRef.current({ type: 'dialogue.continued' });
  }, []);
  const movesOnByContinue = node.kind === 'dialogue' || node.kind === 'scene';

  useEffect(() => countTimeWhileVisible(), []);

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

  // Announce what is new, and put focus where the learner's next action is: the scene's play
  // button, Continue while the conversation flows, or the new step's heading after a choice,
  // at a decision and at an ending.
  useEffect(() => {
    const grew = snapshot.context.trail.length > previous.current.trailLength;
    const released = previous.current.held && !held;
    previous.current = { trailLength: snapshot.context.trail.length, held };
    const action = lastAction.current;
    lastAction.current = null;
    const entry = transcript.findLast((candidate) => candidate.kind === 'node');
    if (entry?.kind === 'node' && (grew || action || released)) {
      const prefix = action === 'restarted' ? 'The case has started again. ' : action === 'undid' ? 'Your last choice was undone. ' : '';
      setAnnouncement(
        held ? `${prefix}A vlog scene is ready. Play it, or read it instead.` : prefix + announceNode(scenario, entry.node, entry.lines),
      );
    }
    if (!action && !released) return;
    // After a watched scene the case moves on by itself; focus moves only when a decision or an
    // ending needs the learner, so a watcher's focus stays on the player meanwhile.
    if (action === 'scene-ended') {
      if (!held && !movesOnByContinue) currentHeadingRef.current?.focus();
      return;
    }
    if (held) sectionRef.current?.querySelector<HTMLButtonElement>('.app-vlog__play')?.focus();
    else if (movesOnByContinue && (action === 'continued' || action === 'restarted' || released)) continueRef.current?.focus();
    else currentHeadingRef.current?.focus();
  }, [snapshot, transcript, scenario, movesOnByContinue, held]);

  const act = (action: Action, event: Parameters<typeof send>[0]) => {
    lastAction.current = action;
    moved.current = true;
    setResume({ kind: 'fresh' });
    send(event);
  };

  return (
    <section className="app-case" aria-labelledby="case-heading" ref={sectionRef}>
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

      <TranscriptView scenario={scenario} entries={transcript} currentHeadingRef={currentHeadingRef} holdCurrentLines={held} />

      <div className="app-case__controls">
        <VlogPanel
          title={scenario.title}
          sources={vlog}
          segment={node.segment ?? null}
          sceneKey={sceneKey}
          onPhaseChange={onPhaseChange}
          onSceneEnded={onSceneEnded}
          onTimeUpdate={setVideoTime}
          seekRequest={seekRequest}
        />

        {movesOnByContinue && !held && (
          <button ref={continueRef} type="button" className="nhsuk-button app-case__continue" onClick={() => act('continued', { type: 'dialogue.continued' })}>
            Continue
          </button>
        )}

        {node.kind === 'decision' && !held && (
          <fieldset className="nhsuk-fieldset app-case__choices">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Choose what you would do</legend>
            <ul className="app-case__choice-list">
              {node.choices
                .filter((choice) => snapshot.can({ type: 'choice.selected', choiceId: choice.id }))
                .map((choice) => (
                  <li key={choice.id}>
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary app-case__choice"
                      onClick={() => {
                        store.recordDecision({
                          scenarioId: scenario.id,
                          decisionId: node.id,
                          prompt: node.prompt,
                          choiceId: choice.id,
                          choiceText: choice.text,
                          score: choice.score,
                          bestScore: Math.max(...node.choices.map((candidate) => candidate.score)),
                          at: new Date(),
                        });
                        act('chose', { type: 'choice.selected', choiceId: choice.id });
                      }}
                    >
                      {choice.text}
                    </button>
                  </li>
                ))}
            </ul>
          </fieldset>
        )}

        {node.kind === 'ending' && !held && (
          <EndingSummary
            scenario={scenario}
            ending={node}
            score={snapshot.context.score}
            maxScore={best.maxScore}
            path={snapshot.context.path}
            recommended={best.path.choices}
            scenariosHref={scenariosHref}
            next={next}
          />
        )}

        <div className="app-case__secondary-actions">
          {snapshot.can({ type: 'choice.undone' }) && (
            <button type="button" className="nhsuk-button nhsuk-button--secondary app-case__small-button" onClick={() => act('undid', { type: 'choice.undone' })}>
              Change my last choice
            </button>
          )}
          {snapshot.context.trail.length > 1 && (
            <button type="button" className="nhsuk-button nhsuk-button--secondary app-case__small-button" onClick={() => act('restarted', { type: 'dialogue.restarted' })}>
              Start the case again
            </button>
          )}
        </div>
      </div>

      <VlogTranscript
        title={scenario.title}
        captionsUrl={vlog.captions}
        currentTime={videoTime}
        fileName={scenario.id}
        onSeek={(seconds) => setSeekRequest({ seconds, nonce: Date.now() })}
      />

      <div className="nhsuk-u-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="case-announcer">
        {announcement}
      </div>
    </section>
  );
}

/** The case dialogue island: the scenario's vlog and conversation, decisions, consequences and summary. */
export default function CaseDialogue(props: CaseDialogueProps) {
  return (
    <CaseErrorBoundary scenariosHref={props.scenariosHref}>
      <CasePlayer {...props} />
    </CaseErrorBoundary>
  );
}
