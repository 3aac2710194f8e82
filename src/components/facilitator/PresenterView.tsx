import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../schemas/scenario';
import { recommendedPath } from '../../dialogue/scenario-graph';
import { backAction, nextLabel } from '../../facilitator/presenter-steps';
import { nextOf, progressMessage } from '../../facilitator/presenter-machine';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import type { Messages } from '../../i18n/messages';
import type { VlogSources } from '../vlog/VlogPanel';
import type { TeachingSummary } from './Debrief';
import { BlankScreen } from './BlankScreen';
import { FacilitatorErrorBoundary } from './FacilitatorErrorBoundary';
import { HelpDialog } from './HelpDialog';
import { PresenterBar, ResumeNotice } from './PresenterBar';
import { PresenterStage } from './PresenterStage';
import { storedTextSize, useFullscreen, useProjectorFit, type TextSize } from './projector-fit';
import { usePresenter } from './use-presenter';
import { usePresenterKeys } from './use-presenter-keys';

export interface PresenterViewProps {
  scenario: Scenario;
  /** The vlog's files, as URLs relative to the page. */
  vlog: VlogSources;
  teaching: TeachingSummary;
  /** The facilitator start page and this scenario's printable guide. */
  startHref: string;
  guideHref: string;
  /** A scenario to present next, for the debrief's way on. */
  next?: { title: string; href: string };
  module: { title: string; version?: string };
  /** The page's interface strings for the presenter and its vlog player, in its language. */
  messages: Messages;
}

function PresenterScreen({
  scenario,
  vlog,
  teaching,
  startHref,
  guideHref,
  next: nextScenario,
  module,
}: Omit<PresenterViewProps, 'messages'>) {
  const t = useTranslate();
  const presenter = usePresenter({ scenario, module });
  usePresenterKeys(presenter);
  const {
    rootRef,
    node,
    nodeId,
    step,
    steps,
    view,
    trail,
    offered,
    path,
    modes,
    held,
    scenePhase,
    videoPaused,
    dispatch,
  } = presenter;
  const recommended = useMemo(
    () => recommendedPath(scenario).choices.map((choice) => choice.id),
    [scenario],
  );
  const [textSize, setTextSize] = useState<TextSize>('large');
  useEffect(() => setTextSize(storedTextSize()), []);
  const fullscreen = useFullscreen();
  // Full screen, once a scene's words are on screen and its film is not playing, the player and its
  // buttons (the trainer's, with keys for each) make way for the words.
  const vlogAside = fullscreen && !held && (scenePhase !== 'playing' || videoPaused);
  useProjectorFit(
    rootRef,
    `${fullscreen}|${textSize}|${presenter.sceneKey}|${view.step}|${vlogAside}|${modes.removeArmed}|${modes.chooseArmed}`,
    held,
  );

  const situation = presenter.situation();
  const next = nextOf(situation);
  const canGoBack =
    backAction(view.step, {
      afterChoice: situation.afterChoice,
      canUndo: situation.canUndo,
      hasPreviousNode: trail.length > 1,
    }).type !== 'none';
  const nextWords = nextLabel(next, steps);

  return (
    <div
      className="app-presenter"
      ref={rootRef}
      data-text-size={textSize}
      data-step={step.kind}
      data-node={nodeId}
      data-fullscreen={fullscreen || undefined}
    >
      <PresenterBar
        title={scenario.title}
        progress={progressMessage(node.kind, step, path.length + 1, offered.length)}
        fullscreen={fullscreen}
        textSize={textSize}
        onTextSize={setTextSize}
        onHelp={() => dispatch({ type: 'help-opened' })}
        onFullscreen={() => dispatch({ type: 'fullscreen' })}
      />
      <ResumeNotice notice={presenter.notice} />
      <PresenterStage
        presenter={presenter}
        vlog={vlog}
        vlogAside={vlogAside}
        teaching={teaching}
        recommendedChoices={recommended}
        startHref={startHref}
        guideHref={guideHref}
        next={nextScenario}
      />
      <div className="app-presenter__controls">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary app-presenter__back"
          onClick={() => dispatch({ type: 'back' })}
          disabled={!canGoBack}
        >
          {t('presenter.back')} <kbd aria-hidden="true">{t('presenter.keyNames.pageUp')}</kbd>
        </button>
        <button
          type="button"
          className="nhsuk-button app-presenter__next"
          onClick={() => dispatch({ type: 'next' })}
          disabled={next.type === 'none' || next.type === 'needs-choice'}
          data-testid="presenter-next"
        >
          {t(nextWords.key, nextWords.params)}{' '}
          <kbd aria-hidden="true">{t('presenter.keyNames.space')}</kbd>
        </button>
      </div>
      <HelpDialog open={modes.helpOpen} onClose={() => dispatch({ type: 'help-closed' })} />
      <BlankScreen blank={modes.blank} onClose={() => dispatch({ type: 'blank-closed' })} />
      <div
        className="nhsuk-u-visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="presenter-announcer"
      >
        {presenter.announcement}
      </div>
    </div>
  );
}

/** The presenter view island: the room's run of one scenario, driven from the keyboard or a clicker. */
export default function PresenterView({ messages, ...props }: PresenterViewProps) {
  return (
    <MessagesProvider messages={messages}>
      <FacilitatorErrorBoundary startHref={props.startHref}>
        <PresenterScreen {...props} />
      </FacilitatorErrorBoundary>
    </MessagesProvider>
  );
}
