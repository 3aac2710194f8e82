import { visibleLines } from '../../dialogue/scenario-graph';
import { discussionPrompt } from '../../facilitator/discussion-prompts';
import { useTranslate } from '../../i18n/MessagesContext';
import { VlogPanel, type VlogSources } from '../vlog/VlogPanel';
import { DecisionPanel } from './DecisionPanel';
import { Debrief, type TeachingSummary } from './Debrief';
import { FeedbackPanel } from './FeedbackPanel';
import { HeldSceneHint } from './HeldSceneHint';
import { SpokenLines } from './SpokenLines';
import type { Presenter } from './use-presenter';
import { outcomeLabel } from '../../vocabulary/labels';

export interface StageProps {
  presenter: Presenter;
  vlog: VlogSources;
  /** Full screen, the player makes way for the scene's words once they are on screen. */
  vlogAside: boolean;
  teaching: TeachingSummary;
  recommendedChoices: readonly string[];
  startHref: string;
  guideHref: string;
  next?: { title: string; href: string };
}

// The presenter never moves on by itself when a scene ends: the facilitator sets the pace (the
// scene's words appear, and Next moves on). Nor does it follow the video's time.
const noop = () => undefined;

/** The room's screen at this step: the scene and its words, a decision, the feedback, the ending or the debrief. */
export function PresenterStage({
  presenter,
  vlog,
  vlogAside,
  teaching,
  recommendedChoices,
  startHref,
  guideHref,
  next,
}: StageProps) {
  const t = useTranslate();
  const {
    scenario,
    node,
    step,
    trail,
    path,
    run,
    offered,
    votes,
    lastDecision,
    lastChoice,
    headingRef,
    sceneShown,
    segment,
    held,
    dispatch,
  } = presenter;
  const learner = scenario.cast.find((member) => member.side === scenario.learnerSide);
  const feedback = step.kind === 'feedback' && lastDecision && lastChoice && (
    <FeedbackPanel
      decision={lastDecision}
      choice={lastChoice}
      record={run.decisions.find((record) => record.decision === lastDecision.id)}
      headingRef={headingRef}
    />
  );
  return (
    <section className="app-presenter__stage" aria-label={t('presenter.stageLabel')}>
      {trail.length === 1 && step.kind === 'content' && learner && (
        <p className="app-presenter__role">
          {t('presenter.role.before')}
          <strong>{learner.name}</strong>
          {t('presenter.role.after', { role: learner.role, side: t(`side.${learner.side}`) })}
        </p>
      )}

      {!sceneShown && feedback}

      {(step.kind === 'content' || (step.kind === 'feedback' && sceneShown)) && (
        <SceneHeading presenter={presenter} />
      )}

      {node.kind === 'ending' && step.kind === 'ending' && (
        <div className={`app-presenter__ending app-presenter__ending--${node.outcome}`}>
          <p className="app-presenter__kicker">
            {t('presenter.endingKicker')}
            <span className="app-presenter__outcome">{outcomeLabel(t, node.outcome)}</span>
          </p>
          <h2 className="app-presenter__heading" tabIndex={-1} ref={headingRef}>
            {node.title}
          </h2>
          <p className="app-presenter__summary">{node.summary}</p>
        </div>
      )}

      {node.kind === 'decision' && (step.kind === 'options' || step.kind === 'choose') && (
        <DecisionPanel
          decision={node}
          number={path.length + 1}
          options={offered}
          revealed={step.kind === 'options' ? step.revealed : offered.length}
          choosing={step.kind === 'choose'}
          votes={votes}
          discussion={discussionPrompt(t, scenario.learnerSide, path.length)}
          timer={presenter.view.timer}
          removeArmed={presenter.modes.removeArmed}
          chooseArmed={presenter.modes.chooseArmed}
          headingRef={headingRef}
          onVote={(choiceId, change) => dispatch({ type: 'vote-button', choiceId, change })}
          onSetVotes={(choiceId, count) => dispatch({ type: 'set-votes', choiceId, count })}
          onFollow={(choiceId) => dispatch({ type: 'follow', choiceId })}
          onTimerToggle={() => dispatch({ type: 'timer-button' })}
          onTimerReset={() => dispatch({ type: 'timer-reset-button' })}
          onTimerLength={(durationMs) => dispatch({ type: 'timer-length', durationMs })}
        />
      )}

      <div className="app-presenter__vlog" hidden={!segment || vlogAside}>
        <VlogPanel
          title={scenario.title}
          sources={vlog}
          segment={segment}
          sceneKey={presenter.sceneKey}
          onPhaseChange={presenter.onPhaseChange}
          onPausedChange={presenter.onPausedChange}
          onSceneEnded={noop}
          onTimeUpdate={noop}
          seekRequest={null}
          controls={presenter.vlogControls}
        />
      </div>

      {(step.kind === 'content' || step.kind === 'feedback' || step.kind === 'ending') &&
        sceneShown &&
        (held ? (
          <HeldSceneHint
            phase={presenter.scenePhase}
            videoPaused={presenter.videoPaused}
            playable={presenter.playable}
          />
        ) : (
          <SpokenLines
            scenario={scenario}
            lines={
              node.kind === 'decision'
                ? []
                : visibleLines(node.lines, presenter.snapshot.context.flags)
            }
          />
        ))}

      {node.kind === 'ending' && step.kind === 'ending' && (
        <div className="app-presenter__points">
          <h3>{t('presenter.learningPoints')}</h3>
          <ul>
            {node.learningPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
      )}

      {sceneShown && feedback}

      {step.kind === 'debrief' && (
        <Debrief
          scenario={scenario}
          run={run}
          teaching={teaching}
          section={step.section}
          recommendedChoices={recommendedChoices}
          headingRef={headingRef}
          onDownload={(format) => dispatch({ type: 'download', format })}
          onRunAgain={() => dispatch({ type: 'run-again' })}
          startHref={startHref}
          guideHref={guideHref}
          next={next}
        />
      )}
    </section>
  );
}

/** A scene's place and time, or the conversation's heading; it takes focus only on the content step. */
function SceneHeading({ presenter }: { presenter: Presenter }) {
  const t = useTranslate();
  const { node, step, trail, headingRef } = presenter;
  const ref = step.kind === 'content' ? headingRef : undefined;
  return (
    <div className="app-presenter__content">
      {node.kind === 'scene' ? (
        <>
          <p className="app-presenter__kicker">
            {t('presenter.sceneKicker')}
            {node.perspective
              ? t('presenter.seenFrom', { side: t(`side.${node.perspective}`).toLowerCase() })
              : ''}
          </p>
          <h2 className="app-presenter__heading" tabIndex={-1} ref={ref}>
            {t('presenter.sceneHeading', { when: node.when, where: node.where })}
          </h2>
        </>
      ) : (
        <h2 className="app-presenter__heading" tabIndex={-1} ref={ref}>
          {t(
            trail.length === 1 ? 'presenter.conversationBegins' : 'presenter.conversationContinues',
          )}
        </h2>
      )}
    </div>
  );
}
