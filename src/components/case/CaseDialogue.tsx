import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../schemas/scenario';
import { eventsToReplay } from '../../dialogue/progress';
import { buildTranscript } from '../../dialogue/transcript';
import { countTimeWhileVisible } from '../../progress/time-spent';
import { VlogPanel, type VlogControls, type VlogSources } from '../vlog/VlogPanel';
import { VlogTranscript } from '../vlog/VlogTranscript';
import { CaseErrorBoundary } from './CaseErrorBoundary';
import { LazyEndingSummary, preloadEndingSummary } from './LazyEndingSummary';
import { TranscriptView } from './TranscriptView';
import { caseStepMessages, stepPlaces } from './step-messages';
import type { CaseAction } from './step-announcement';
import { useStepAnnouncer } from './use-step-announcer';
import { useCaseProgress, type Resume } from './use-case-progress';
import { useCaseScene } from './use-case-scene';
import { CaseSecondaryActions } from './CaseSecondaryActions';
import { DecisionChoices } from './DecisionChoices';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import type { Messages } from '../../i18n/messages';
import { useResumeReveal } from './use-resume-reveal';
import { useSceneEnded } from './use-scene-ended';
import { CaseIntro, CaseNotice } from './CaseNotice';
import { canContinue, canUndo, currentNode, offeredChoices } from '../../dialogue/selectors';

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

function CasePlayer({ scenario, vlog, scenariosHref, next }: Omit<CaseDialogueProps, 'messages'>) {
  const t = useTranslate();
  const {
    machine,
    best,
    start,
    snapshot,
    send,
    moved,
    scoredRun,
    practising,
    isPractice,
    recordChoice,
  } = useCaseProgress(scenario);
  const [resume, setResume] = useState<Resume>(start.resume);
  const [videoTime, setVideoTime] = useState(0);
  const vlogControls = useRef<VlogControls>(null);
  // After a choice, its "Why it matters" is a step of its own, read before the case moves on:
  // first the consequence (watched, or read with Continue), then the feedback (shown), then on.
  const [feedback, setFeedback] = useState<{ decision: string; shown: boolean } | null>(null);
  const feedbackFor = feedback?.decision ?? null;
  const feedbackHeadingRef = useRef<HTMLElement | null>(null);
  const [confirmingRestart, setConfirmingRestart] = useState(false);
  const lastAction = useRef<CaseAction | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  const currentHeadingRef = useRef<HTMLElement | null>(null);

  const node = currentNode(scenario, snapshot);
  const transcript = useMemo(
    () => buildTranscript(scenario, snapshot.context),
    [scenario, snapshot.context],
  );

  const { feedbackIndex, currentIndex, nodeWaits } = stepPlaces(transcript, feedbackFor);
  // "Welcome back" is for the moment of return: once the learner plays a scene it has been read.
  const { segment, sceneKey, held, heldScene, sceneKnown, reachedSegments, onPhaseChange } =
    useCaseScene({
      scenario,
      trail: snapshot.context.trail,
      node,
      nodeWaits,
      onScenePlays: () =>
        setResume((current) => (current.kind === 'resumed' ? { kind: 'fresh' } : current)),
    });
  /** What the learner does now: read a choice's "Why it matters", or the node they are at. */
  const step: 'feedback' | 'node' =
    feedbackIndex >= 0 && (nodeWaits || (!held && !!feedback?.shown)) ? 'feedback' : 'node';
  // Continue moves on at a conversation or a scene, not at a decision or an ending.
  const movesOnByContinue = canContinue(snapshot);
  const onSceneEnded = useSceneEnded({
    movesOnByContinue,
    feedbackFor,
    showFeedback: () => setFeedback((current) => (current ? { ...current, shown: true } : current)),
    moveOn: () => {
      lastAction.current = 'scene-ended';
      moved.current = true;
      send({ type: 'dialogue.continued' });
    },
  });

  useEffect(() => countTimeWhileVisible(), []);

  const announcement = useStepAnnouncer({
    view: { sceneKey, heldScene, step, movesOnByContinue },
    trailLength: snapshot.context.trail.length,
    sceneKnown,
    nodeWaits,
    messages: () =>
      caseStepMessages({
        scenario,
        node,
        transcript,
        currentIndex,
        feedbackIndex,
        heldScene,
        isPractice,
        t,
      }),
    lastAction,
    elements: {
      section: sectionRef,
      continueButton: continueRef,
      currentHeading: currentHeadingRef,
      feedbackHeading: feedbackHeadingRef,
      vlog: vlogControls,
    },
    renderKey: snapshot,
  });

  useResumeReveal(start.resume.kind, sceneKnown, {
    section: sectionRef,
    continueButton: continueRef,
    currentHeading: currentHeadingRef,
    vlog: vlogControls,
  });

  const act = (action: CaseAction, ...events: Parameters<typeof send>[0][]) => {
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
    () =>
      practising && !scoredRun.finished
        ? eventsToReplay(machine, scenario, scoredRun.choices)
        : null,
    [practising, scoredRun, machine, scenario],
  );
  const returnToScoredRun = () => {
    if (returnEvents) act('returned', { type: 'dialogue.restarted' }, ...returnEvents);
  };

  return (
    <section className="app-case" aria-labelledby="case-heading" ref={sectionRef}>
      <h2 id="case-heading">{t('case.heading')}</h2>
      <CaseIntro
        scenario={scenario}
        resume={resume.kind}
        practising={practising}
        scoredRun={scoredRun}
      />

      <TranscriptView
        scenario={scenario}
        entries={transcript}
        currentHeadingRef={currentHeadingRef}
        heldScene={heldScene}
        feedbackStep={
          feedbackFor ? { decisionId: feedbackFor, nodeWaits, shown: step === 'feedback' } : null
        }
        feedbackHeadingRef={feedbackHeadingRef}
        isPractice={isPractice}
        foldEarlierSteps={step === 'node' && node.kind === 'ending' && !held}
      />

      <div className="app-case__controls">
        {/* The way on sits straight under the step it belongs to: one Tab from a decision's
            question reaches its first option, with no player between them. */}
        {(step === 'feedback' || (movesOnByContinue && !held)) && (
          <button
            ref={continueRef}
            type="button"
            className="nhsuk-button app-case__continue"
            onClick={continueOn}
          >
            {t('case.continue')}
          </button>
        )}

        {step === 'node' && node.kind === 'decision' && !held && (
          <DecisionChoices
            choices={offeredChoices(scenario, snapshot)}
            practising={practising}
            onChoose={(choice) => {
              void preloadEndingSummary();
              recordChoice(node, choice);
              setFeedback({ decision: node.id, shown: false });
              act('chose', { type: 'choice.selected', choiceId: choice.id });
            }}
          />
        )}

        {step === 'node' && node.kind === 'ending' && !held && (
          <LazyEndingSummary
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
          <CaseNotice testId="case-resumed">{t('case.welcomeBack')}</CaseNotice>
        )}
        <VlogPanel
          title={scenario.title}
          sources={vlog}
          segment={segment}
          sceneKey={sceneKey}
          onPhaseChange={onPhaseChange}
          onSceneEnded={onSceneEnded}
          onTimeUpdate={setVideoTime}
          controls={vlogControls}
        />

        <CaseSecondaryActions
          onReturnToScoredRun={
            returnEvents && node.kind !== 'ending' ? returnToScoredRun : undefined
          }
          onUndo={canUndo(snapshot) ? () => act('undid', { type: 'choice.undone' }) : undefined}
          canRestart={snapshot.context.trail.length > 1}
          atEnding={node.kind === 'ending'}
          scored={scoredRun.finished}
          confirmingRestart={confirmingRestart}
          onConfirmingRestartChange={setConfirmingRestart}
          onRestart={() => act('restarted', { type: 'dialogue.restarted' })}
        />
      </div>

      <VlogTranscript
        title={scenario.title}
        captionsUrl={vlog.captions}
        reached={reachedSegments}
        currentTime={videoTime}
        fileName={scenario.id}
        onSeek={(seconds) => vlogControls.current?.seek(seconds)}
      />

      <div
        className="nhsuk-u-visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="case-announcer"
      >
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
