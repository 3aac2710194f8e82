import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useActor } from '@xstate/react';
import type { Scenario } from '../../schemas/scenario';
import { createDialogueMachine, currentNodeId } from '../../dialogue/dialogue-machine';
import { eventsToReplay, progressOf, restoreProgress } from '../../dialogue/progress';
import { maxScore, recommendedPath } from '../../dialogue/scenario-graph';
import { buildTranscript } from '../../dialogue/transcript';
import { advanceScoredRun, isPractising, isScoredStep, recordAfterMove, scoredRunOf, scoresNextChoice, type ScoredRun } from '../../progress/scoring';
import type { ProgressStore } from '../../progress/progress-store';
import { getProgressStore } from '../../tracking/launcher-session';
import { countTimeWhileVisible } from '../../progress/time-spent';
import { VlogPanel, type ScenePhase, type VlogSources } from '../vlog/VlogPanel';
import { VlogTranscript } from '../vlog/VlogTranscript';
import { vlogMode } from '../vlog/vlog-preferences';
import { CaseErrorBoundary } from './CaseErrorBoundary';
import { TranscriptView } from './TranscriptView';
import { EndingSummary } from './EndingSummary';
import { announceFeedback, announceNode, describeHeldScene, type HeldScene } from './describe';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import type { Messages } from '../../i18n/messages';
import { revealAndFocus } from './reveal';

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
type Action = 'continued' | 'chose' | 'undid' | 'restarted' | 'returned' | 'scene-ended';

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
  // The scored run (the learner's first answers, src/progress/scoring.ts): what counts, whatever
  // going back or starting again does afterwards.
  const scoredRunRef = useRef<ScoredRun>(scoredRunOf(start.saved));
  const [savedScoredRun, setSavedScoredRun] = useState<ScoredRun>(scoredRunRef.current);
  // After a choice, its "Why it matters" is a step of its own, read before the case moves on:
  // first the consequence (watched, or read with Continue), then the feedback (shown), then on.
  const [feedback, setFeedback] = useState<{ decision: string; shown: boolean } | null>(null);
  const feedbackFor = feedback?.decision ?? null;
  const feedbackForRef = useRef<string | null>(null);
  feedbackForRef.current = feedbackFor;
  const feedbackHeadingRef = useRef<HTMLElement | null>(null);
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

  // The feedback step: its entry comes after the consequence it explains, or, when the choice
  // leads straight on (to a decision, an ending, a new topic), before the node, which then waits.
  const feedbackIndex = feedbackFor ? transcript.findIndex((entry) => entry.kind === 'feedback' && entry.decision.id === feedbackFor) : -1;
  const currentIndex = transcript.findLastIndex((entry) => entry.kind === 'node' && entry.current);
  const nodeWaits = feedbackIndex >= 0 && feedbackIndex < currentIndex;
  const path = useMemo(() => progressOf(snapshot).choices, [snapshot]);
  // The run as of this very move (advancing is idempotent), so the step just rendered is labelled
  // and announced as scored or practice before the save below has run.
  const scoredRun = useMemo(() => advanceScoredRun(scenario, savedScoredRun, snapshot, best.maxScore), [scenario, savedScoredRun, snapshot, best.maxScore]);
  const practising = isPractising(scoredRun, path, nodeId);
  const isPractice = useCallback(
    (decisionId: string) => {
      const index = snapshot.context.path.findIndex((step) => step.decision === decisionId);
      return index >= 0 && !isScoredStep(scoredRun, path, index);
    },
    [snapshot, scoredRun, path],
  );

  // The vlog scene of this node visit holds back its text and the way on until it has played or
  // been skipped. Phase is keyed by visit, so a new node starts from the learner's preference.
  // A node that waits behind its feedback step has no scene yet.
  const segment = nodeWaits ? null : (node.segment ?? null);
  const sceneKey = `${snapshot.context.trail.length}:${nodeId}${nodeWaits ? ':after-feedback' : ''}`;
  const sceneKeyRef = useRef(sceneKey);
  sceneKeyRef.current = sceneKey;
  const scenePhase: ScenePhase = !segment
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
  const sceneKnown = !segment || scene?.key === sceneKey || vlogMode() === 'read';
  // The vlog lines the learner has reached, for the transcript: never a scene still to come.
  const reachedSegments = useMemo(
    () =>
      snapshot.context.trail.flatMap((id, index) => {
        const visited = scenario.nodes.find((candidate) => candidate.id === id);
        const isCurrent = index === snapshot.context.trail.length - 1;
        if (!visited?.segment || (isCurrent && (nodeWaits || scenePhase === 'waiting'))) return [];
        return [visited.segment];
      }),
    [snapshot, scenario, nodeWaits, scenePhase],
  );
  /** What the learner does now: read a choice's "Why it matters", or the node they are at. */
  const step: 'feedback' | 'node' = feedbackIndex >= 0 && (nodeWaits || (!held && !!feedback?.shown)) ? 'feedback' : 'node';
  const onPhaseChange = useCallback((phase: ScenePhase) => {
    setScene({ key: sceneKeyRef.current, phase });
    // "Welcome back" is for the moment of return: once the learner plays a scene it has been read.
    if (phase === 'loading' || phase === 'playing') setResume((current) => (current.kind === 'resumed' ? { kind: 'fresh' } : current));
  }, []);
  // A scene watched to its end leads straight on: the vlog plays scene after scene up to the
  // next decision. The scene's lines stay in the conversation as text.
  const sendRef = useRef(send);
  sendRef.current = send;
  const canContinueRef = useRef(false);
  canContinueRef.current = node.kind === 'dialogue' || node.kind === 'scene';
  const onSceneEnded = useCallback(() => {
    // A consequence watched to its end stops for its "Why it matters" instead of moving on.
    if (!canContinueRef.current) return;
    if (feedbackForRef.current) {
      setFeedback((current) => (current ? { ...current, shown: true } : current));
      return;
    }
    lastAction.current = 'scene-ended';
    moved.current = true;
    sendRef.current({ type: 'dialogue.continued' });
  }, []);
  const movesOnByContinue = node.kind === 'dialogue' || node.kind === 'scene';

  useEffect(() => countTimeWhileVisible(), []);

  // Save after every move. Only the scored run's own moves change what counts (scoring.ts).
  useEffect(() => {
    const updatedAt = moved.current ? new Date().toISOString() : start.saved?.updatedAt;
    const record = recordAfterMove(scenario, snapshot, { scored: scoredRunRef.current, maxScore: best.maxScore, updatedAt });
    scoredRunRef.current = scoredRunOf(record);
    setSavedScoredRun(scoredRunRef.current);
    store.save(scenario.id, record);
  }, [snapshot, store, scenario, best.maxScore, start.saved]);

  // Announce what is new, and put focus where the learner's next action is, with the new step
  // scrolled to the top: the scene's play button; the heading of a decision, an ending or a
  // choice's "Why it matters"; Continue while the conversation flows. A scene that plays takes
  // focus to the player (VlogPanel). Focus only ever goes to something visible.
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

    const visit = `${sceneKey}|${heldScene ?? 'done'}|${step}`;
    const entry = transcript[currentIndex];
    const nodeMessage = entry?.kind === 'node' ? announceNode(scenario, entry.node, entry.lines, t) : '';
    const feedbackEntry = transcript[feedbackIndex];
    const feedbackMessage = feedbackEntry?.kind === 'feedback' ? announceFeedback(feedbackEntry.decision, feedbackEntry.choice, isPractice(feedbackEntry.decision.id), t) : '';
    // The consequence is announced as it appears, then why it matters as its own step.
    const message = step === 'feedback' ? feedbackMessage : heldScene ? describeHeldScene(node, heldScene, t) : nodeMessage;
    const change = pendingChange.current;
    pendingChange.current = null;
    if (!change) {
      // Within one visit, say when its scene starts playing, or waits again because it could not.
      const sameVisit = lastAnnounced.current?.startsWith(`${sceneKey}|`) ?? false;
      if (sameVisit && heldScene && lastAnnounced.current !== visit) setAnnouncement(message);
      if (sameVisit || lastAnnounced.current === null) lastAnnounced.current = visit;
      return;
    }
    const prefix =
      change.action === 'restarted'
        ? `${t('case.announce.restarted')} `
        : change.action === 'undid'
          ? `${t('case.announce.undone')} `
          : change.action === 'returned'
            ? `${t('practice.returned')} `
            : '';
    setAnnouncement(prefix + message);
    lastAnnounced.current = visit;

    if (!change.action && !change.released) return;
    const currentStep = sectionRef.current?.querySelector<HTMLElement>(step === 'feedback' ? '.app-case__feedback.app-step--current' : '.app-step.app-step--current') ?? null;
    if (heldScene === 'waiting') {
      revealAndFocus(sectionRef.current?.querySelector<HTMLButtonElement>('.app-vlog__play'), 'start', currentStep);
      return;
    }
    if (heldScene === 'playing') return;
    if (step === 'feedback') {
      // Straight after a choice that leads straight on, "You chose" (just above) stays in view too.
      const chosen = nodeWaits ? currentStep?.previousElementSibling : null;
      revealAndFocus(feedbackHeadingRef.current, 'start', chosen instanceof HTMLElement && chosen.matches('.app-case__chosen') ? chosen : currentStep);
      return;
    }
    // After a watched scene the case moves on by itself; focus moves only when a decision or an
    // ending needs the learner, so a watcher's focus stays on the player meanwhile.
    if (change.action === 'scene-ended' && movesOnByContinue) return;
    if (movesOnByContinue) revealAndFocus(continueRef.current, 'start', currentStep);
    else revealAndFocus(currentHeadingRef.current, 'start', currentStep);
  }, [snapshot, transcript, scenario, node, movesOnByContinue, held, heldScene, sceneKey, sceneKnown, step, nodeWaits, currentIndex, feedbackIndex, isPractice, t]);

  // A learner who comes back lands on the step they left, not wherever the browser restores the
  // scroll to: the page was short before the case rendered, so a reload restores into the notes.
  useEffect(() => {
    if (start.resume.kind !== 'resumed' || resumeRevealed.current || !sceneKnown) return;
    resumeRevealed.current = true;
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    // Focus goes to something visible: Continue in a flowing conversation (whose step may have
    // only a heading for screen readers), else the step's heading.
    const reveal = () => {
      const current = sectionRef.current?.querySelector<HTMLElement>('.app-step--current');
      const target = continueRef.current ?? sectionRef.current?.querySelector<HTMLElement>('.app-vlog__play') ?? currentHeadingRef.current;
      revealAndFocus(target, 'start', current);
    };
    reveal();
    // Loading may still be under way, and the browser restores its scroll when it finishes.
    if (document.readyState !== 'complete') window.addEventListener('load', () => requestAnimationFrame(reveal), { once: true });
  }, [start.resume.kind, sceneKnown]);

  useEffect(() => {
    if (confirmingRestart) restartQuestionRef.current?.focus();
  }, [confirmingRestart]);

  const act = (action: Action, ...events: Parameters<typeof send>[0][]) => {
    lastAction.current = action;
    moved.current = true;
    setResume({ kind: 'fresh' });
    setConfirmingRestart(false);
    if (action !== 'chose') setFeedback(null);
    for (const event of events) send(event);
  };

  /** Continue: from a "Why it matters" step to what follows it, or on through the conversation. */
  const continueOn = () => {
    // The machine is already where the choice led; these steps only show what waited for them.
    if (feedback && step === 'node') {
      lastAction.current = 'continued';
      setFeedback({ ...feedback, shown: true });
      return;
    }
    if (step === 'feedback' && nodeWaits) {
      lastAction.current = 'continued';
      setFeedback(null);
      return;
    }
    act('continued', { type: 'dialogue.continued' });
  };

  // Practising after going back, with the scored run not yet at an ending: the way back to it.
  const returnEvents = useMemo(
    () => (practising && !scoredRun.finished ? eventsToReplay(machine, scenario, scoredRun.choices) : null),
    [practising, scoredRun, machine, scenario],
  );
  const returnToScoredRun = () => {
    if (returnEvents) act('returned', { type: 'dialogue.restarted' }, ...returnEvents);
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

      {practising && (
        <div className="nhsuk-inset-text app-case__notice app-case__practice" data-testid="case-practice">
          <span className="nhsuk-u-visually-hidden">{t('case.information')}: </span>
          <p>
            <strong>{t('practice.notice.label')}</strong>
            {scoredRun.finished ? t('practice.notice.bodyWithScore', { score: scoredRun.finished.score, maxScore: scoredRun.finished.maxScore }) : t('practice.notice.body')}
          </p>
        </div>
      )}

      <TranscriptView
        scenario={scenario}
        entries={transcript}
        currentHeadingRef={currentHeadingRef}
        heldScene={heldScene}
        feedbackStep={feedbackFor ? { decisionId: feedbackFor, nodeWaits, shown: step === 'feedback' } : null}
        feedbackHeadingRef={feedbackHeadingRef}
        isPractice={isPractice}
        foldEarlierSteps={step === 'node' && node.kind === 'ending' && !held}
      />

      <div className="app-case__controls">
        {/* The way on sits straight under the step it belongs to: one Tab from a decision's
            question reaches its first option, with no player between them. */}
        {(step === 'feedback' || (movesOnByContinue && !held)) && (
          <button ref={continueRef} type="button" className="nhsuk-button app-case__continue" onClick={continueOn}>
            {t('case.continue')}
          </button>
        )}

        {step === 'node' && node.kind === 'decision' && !held && (
          <fieldset className="nhsuk-fieldset app-case__choices">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              {practising ? t('practice.choose', { choose: t('case.choose') }) : t('case.choose')}
            </legend>
            <ul className="app-case__choice-list">
              {node.choices
                .filter((choice) => snapshot.can({ type: 'choice.selected', choiceId: choice.id }))
                .map((choice) => (
                  <li key={choice.id}>
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary app-case__choice"
                      onClick={() => {
                        // Only the scored run's first answer at a decision is reported: one interaction per decision.
                        if (scoresNextChoice(scoredRunRef.current, path)) {
                          store.recordDecision({
                            scenarioId: scenario.id,
                            decisionId: node.id,
                            choiceId: choice.id,
                            at: new Date().toISOString(),
                          });
                        }
                        setFeedback({ decision: node.id, shown: false });
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

        {step === 'node' && node.kind === 'ending' && !held && (
          <EndingSummary
            scenario={scenario}
            ending={node}
            score={snapshot.context.score}
            maxScore={best.maxScore}
            scored={scoredRun.finished}
            practice={practising}
            path={snapshot.context.path}
            recommended={best.path.choices}
            scenariosHref={scenariosHref}
            next={next}
            onReturnToScoredRun={returnEvents ? returnToScoredRun : undefined}
          />
        )}

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
          segment={segment}
          sceneKey={sceneKey}
          onPhaseChange={onPhaseChange}
          onSceneEnded={onSceneEnded}
          onTimeUpdate={setVideoTime}
          seekRequest={seekRequest}
        />

        <div className="app-case__secondary-actions">
          {returnEvents && node.kind !== 'ending' && (
            <button type="button" className="nhsuk-button nhsuk-button--secondary app-case__small-button" onClick={returnToScoredRun}>
              Go back to your scored answers
            </button>
          )}
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
                aria-describedby="case-restart-hint"
                onClick={() => setConfirmingRestart(true)}
              >
                {t('case.restart')}
              </button>
              <p id="case-restart-hint" className="nhsuk-body-s app-case__restart-hint">
                {t(scoredRun.finished ? 'practice.restartHint.finished' : 'practice.restartHint.unfinished')}
              </p>
            </div>
          )}
        </div>

        {/* Restarting clears the run in progress, so it asks first, as resetting progress does. */}
        {confirmingRestart && (
          <div className="nhsuk-warning-callout app-case__restart-confirm" role="group" aria-labelledby="case-restart-question">
            <p id="case-restart-question" ref={restartQuestionRef} tabIndex={-1}>
              {node.kind === 'ending' ? t('case.restartConfirm.fromEnding') : t('case.restartConfirm.midway')}{' '}
              {scoredRun.finished
                ? t('practice.restartConfirm.finished', { score: scoredRun.finished.score, maxScore: scoredRun.finished.maxScore })
                : t('practice.restartConfirm.unfinished')}{' '}
              {t('case.restartConfirm.question')}
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
        reached={reachedSegments}
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
