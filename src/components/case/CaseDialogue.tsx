import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useActor } from '@xstate/react';
import type { Scenario } from '../../schemas/scenario';
import { createDialogueMachine, currentNodeId } from '../../dialogue/dialogue-machine';
import { restoreProgress } from '../../dialogue/progress';
import { maxScore, recommendedPath } from '../../dialogue/scenario-graph';
import { buildTranscript } from '../../dialogue/transcript';
import { finishAt, keepBestFinish, recordAfterMove, type Finish } from '../../progress/best-finish';
import { getProgressStore, type ProgressStore } from '../../progress/progress-store';
import { countTimeWhileVisible } from '../../progress/time-spent';
import { VlogPanel, type ScenePhase, type VlogSources } from '../vlog/VlogPanel';
import { VlogTranscript } from '../vlog/VlogTranscript';
import { vlogMode } from '../vlog/vlog-preferences';
import { CaseErrorBoundary } from './CaseErrorBoundary';
import { TranscriptView } from './TranscriptView';
import { EndingSummary } from './EndingSummary';
import { announceNode, describeHeldScene, type HeldScene } from './describe';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import type { Messages } from '../../i18n/messages';
import { revealAndFocus, revealStep } from './reveal';

export interface CaseDialogueProps {
  scenario: Scenario;
  /** The vlog's files, as URLs the page can load. */
  vlog: VlogSources;
  /** The page listing every scenario, for "back" links. */
  scenariosHref: string;
  /** The next scenario in the module's order, offered at the end. */
  next?: { title: string; href: string } | undefined;
  /** The page's interface strings the case needs (case, player, transcript, side, outcome), in its language. */
  messages: Messages;
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

function CasePlayer({ scenario, vlog, scenariosHref, next }: Omit<CaseDialogueProps, 'messages'>) {
  const t = useTranslate();
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
  // The best finish of every run so far: what the store holds and what counts for progress.
  const keptFinishRef = useRef<Finish | undefined>(start.saved?.finished);
  const [keptFinish, setKeptFinish] = useState<Finish | undefined>(start.saved?.finished);
  const [confirmingRestart, setConfirmingRestart] = useState(false);
  const moved = useRef(false);
  const lastAction = useRef<Action | null>(null);
  /** A change not yet announced or focused: it waits until the scene's phase for the new step is known. */
  const pendingChange = useRef<{ action: Action | null; released: boolean } | null>(null);
  /** The scene visit and phase last announced, so a phase change within one visit is announced once. */
  const lastAnnounced = useRef<string | null>(null);
  const resumeRevealed = useRef(false);
  const sectionRef = useRef<HTMLElement>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  const restartRef = useRef<HTMLButtonElement>(null);
  const restartQuestionRef = useRef<HTMLParagraphElement>(null);
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
  const heldScene: HeldScene | null = !held ? null : scenePhase === 'waiting' ? 'waiting' : 'playing';
  // In watch or ask mode the vlog says what it does with a new visit's scene (wait, or play on)
  // only after it has seen the visit; until then the phase above is a guess not worth announcing.
  const sceneKnown = !node.segment || scene?.key === sceneKey || vlogMode() === 'read';
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

  // This run's own finish is for its summary; the best finish of every run is what is kept.
  const runFinish = useMemo(() => finishAt(scenario, snapshot, best.maxScore), [scenario, snapshot, best.maxScore]);
  const bestFinish = keepBestFinish(keptFinish, runFinish);

  // Save after every move, keeping the best finish so a replay never lowers the learner's result.
  useEffect(() => {
    const updatedAt = moved.current ? new Date().toISOString() : start.saved?.updatedAt;
    const record = recordAfterMove(scenario, snapshot, { kept: keptFinishRef.current, maxScore: best.maxScore, updatedAt });
    keptFinishRef.current = record.finished;
    setKeptFinish(record.finished);
    store.save(scenario.id, record);
  }, [snapshot, store, scenario, best.maxScore, start.saved]);

  // Announce what is new, and put focus where the learner's next action is: the scene's play
  // button, Continue while the conversation flows, or the new step's heading after a choice,
  // at a decision and at an ending. A scene that plays takes focus to the player (VlogPanel).
  useEffect(() => {
    const grew = snapshot.context.trail.length > previous.current.trailLength;
    const released = previous.current.held && !held;
    previous.current = { trailLength: snapshot.context.trail.length, held };
    const action = lastAction.current;
    lastAction.current = null;
    if (grew || action || released) {
      pendingChange.current = { action: action ?? pendingChange.current?.action ?? null, released: released || !!pendingChange.current?.released };
    }
    if (!sceneKnown) return;

    const visit = `${sceneKey}|${heldScene ?? 'done'}`;
    const entry = transcript.findLast((candidate) => candidate.kind === 'node');
    const message = heldScene ? describeHeldScene(node, heldScene, t) : entry?.kind === 'node' ? announceNode(scenario, entry.node, entry.lines, t) : '';
    const change = pendingChange.current;
    pendingChange.current = null;
    if (!change) {
      // Within one visit, say when its scene starts playing, or waits again because it could not.
      const sameVisit = lastAnnounced.current?.startsWith(`${sceneKey}|`) ?? false;
      if (sameVisit && heldScene && lastAnnounced.current !== visit) setAnnouncement(message);
      if (sameVisit || lastAnnounced.current === null) lastAnnounced.current = visit;
      return;
    }
    const prefix = change.action === 'restarted' ? `${t('case.announce.restarted')} ` : change.action === 'undid' ? `${t('case.announce.undone')} ` : '';
    setAnnouncement(prefix + message);
    lastAnnounced.current = visit;

    if (!change.action && !change.released) return;
    // After a watched scene the case moves on by itself; focus moves only when a decision or an
    // ending needs the learner, so a watcher's focus stays on the player meanwhile.
    if (change.action === 'scene-ended') {
      if (!held && !movesOnByContinue) revealStep(currentHeadingRef.current);
      return;
    }
    if (heldScene === 'waiting') revealAndFocus(sectionRef.current?.querySelector<HTMLButtonElement>('.app-vlog__play'));
    else if (heldScene === 'playing') return;
    else if (movesOnByContinue && (change.action === 'continued' || change.action === 'restarted' || change.released)) revealAndFocus(continueRef.current);
    else revealStep(currentHeadingRef.current);
  }, [snapshot, transcript, scenario, node, movesOnByContinue, held, heldScene, sceneKey, sceneKnown, t]);

  // A learner who comes back lands on the step they left, not wherever the browser restores the
  // scroll to: the page was short before the case rendered, so a reload restores into the notes.
  useEffect(() => {
    if (start.resume.kind !== 'resumed' || resumeRevealed.current || !sceneKnown) return;
    resumeRevealed.current = true;
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    const reveal = () => {
      const step = sectionRef.current?.querySelector<HTMLElement>('.app-step--current');
      revealAndFocus(currentHeadingRef.current, 'start', step);
    };
    reveal();
    // Loading may still be under way, and the browser restores its scroll when it finishes.
    if (document.readyState !== 'complete') window.addEventListener('load', () => requestAnimationFrame(reveal), { once: true });
  }, [start.resume.kind, sceneKnown]);

  useEffect(() => {
    if (confirmingRestart) restartQuestionRef.current?.focus();
  }, [confirmingRestart]);

  const act = (action: Action, event: Parameters<typeof send>[0]) => {
    lastAction.current = action;
    moved.current = true;
    setResume({ kind: 'fresh' });
    setConfirmingRestart(false);
    send(event);
  };

  return (
    <section className="app-case" aria-labelledby="case-heading" ref={sectionRef}>
      <h2 id="case-heading">{t('case.heading')}</h2>
      {learner && (
        <p className="app-case__role">
          {t('case.youAre.before')}<strong>{learner.name}</strong>{t(`case.youAre.after.${learner.side}`, { role: learner.role })}
        </p>
      )}
      {resume.kind === 'discarded' && (
        <div className="nhsuk-inset-text app-case__notice" role="status">
          <span className="nhsuk-u-visually-hidden">{t('case.information')}: </span>
          <p>{t('case.changedSinceLastTime')}</p>
        </div>
      )}

      <TranscriptView scenario={scenario} entries={transcript} currentHeadingRef={currentHeadingRef} heldScene={heldScene} />

      <div className="app-case__controls">
        {/* Next to the step the learner comes back to, which is scrolled into view, so it is seen. */}
        {resume.kind === 'resumed' && (
          <div className="nhsuk-inset-text app-case__notice" data-testid="case-resumed">
            <span className="nhsuk-u-visually-hidden">{t('case.information')}: </span>
            <p>{t('case.welcomeBack')}</p>
          </div>
        )}
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
            {t('case.continue')}
          </button>
        )}

        {node.kind === 'decision' && !held && (
          <fieldset className="nhsuk-fieldset app-case__choices">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{t('case.choose')}</legend>
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
            kept={bestFinish}
            path={snapshot.context.path}
            recommended={best.path.choices}
            scenariosHref={scenariosHref}
            next={next}
          />
        )}

        <div className="app-case__secondary-actions">
          {snapshot.can({ type: 'choice.undone' }) && (
            <button type="button" className="nhsuk-button nhsuk-button--secondary app-case__small-button" onClick={() => act('undid', { type: 'choice.undone' })}>
              {t('case.undo')}
            </button>
          )}
          {snapshot.context.trail.length > 1 && !confirmingRestart && (
            <div className="app-case__restart">
              <button
                ref={restartRef}
                type="button"
                className="nhsuk-button nhsuk-button--secondary app-case__small-button"
                aria-describedby={bestFinish ? 'case-restart-hint' : undefined}
                onClick={() => setConfirmingRestart(true)}
              >
                {t('case.restart')}
              </button>
              {bestFinish && (
                <p id="case-restart-hint" className="nhsuk-body-s app-case__restart-hint">
                  {t('case.bestKept')}
                </p>
              )}
            </div>
          )}
        </div>

        {/* Restarting clears the run in progress, so it asks first, as resetting progress does. */}
        {confirmingRestart && (
          <div className="nhsuk-warning-callout app-case__restart-confirm" role="group" aria-labelledby="case-restart-question">
            <p id="case-restart-question" ref={restartQuestionRef} tabIndex={-1}>
              {node.kind === 'ending' ? t('case.restartConfirm.fromEnding') : t('case.restartConfirm.midway')}{' '}
              {bestFinish ? `${t('case.restartConfirm.bestKept', { score: bestFinish.score, maxScore: bestFinish.maxScore })} ` : ''}{t('case.restartConfirm.question')}
            </p>
            <div className="app-case__restart-actions">
              <button type="button" className="nhsuk-button nhsuk-button--warning nhsuk-button--small" onClick={() => act('restarted', { type: 'dialogue.restarted' })}>
                {t('case.restartConfirm.yes')}
              </button>{' '}
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => {
                  setConfirmingRestart(false);
                  requestAnimationFrame(() => restartRef.current?.focus());
                }}
              >
                {t('case.restartConfirm.cancel')}
              </button>
            </div>
          </div>
        )}
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
export default function CaseDialogue({ messages, ...props }: CaseDialogueProps) {
  return (
    <MessagesProvider messages={messages}>
      <CaseErrorBoundary scenariosHref={props.scenariosHref} messages={messages}>
        <CasePlayer {...props} />
      </CaseErrorBoundary>
    </MessagesProvider>
  );
}
