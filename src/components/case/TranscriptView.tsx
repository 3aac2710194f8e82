import type { RefObject } from 'react';
import type { Line, Scenario, ScenarioNode } from '../../schemas/scenario';
import type { TranscriptEntry } from '../../dialogue/transcript';
import { castMember, type HeldScene } from './describe';
import { SideIcon } from './SideIcon';
import { useTranslate } from '../../i18n/MessagesContext';
import { outcomeLabel } from '../../vocabulary/labels';

interface Props {
  scenario: Scenario;
  entries: TranscriptEntry[];
  /** Receives the heading of the current step, so focus can move to it. */
  currentHeadingRef: RefObject<HTMLElement | null>;
  /** Where the current step's vlog scene is while it holds back the step's words; null once watched or skipped. */
  heldScene: HeldScene | null;
  /**
   * The decision whose "Why it matters" is the learner's current step, waiting for Continue; when
   * it comes before the current node (a choice that leads straight on), that node waits too.
   */
  feedbackStep: { decisionId: string; nodeWaits: boolean; shown: boolean } | null;
  /** Receives the current feedback step's heading, so focus can move to it. */
  feedbackHeadingRef: RefObject<HTMLElement | null>;
  /** Whether the choice made at a decision on this path is practice (after going back), not scored. */
  isPractice: (decisionId: string) => boolean;
  /** At an ending, the steps before it fold away (expandable), so a phone page stays short. */
  foldEarlierSteps: boolean;
}

function SpokenLine({ scenario, line }: { scenario: Scenario; line: Line }) {
  const speaker = castMember(scenario, line.speaker);
  const t = useTranslate();
  return (
    <li className={`app-line app-line--${speaker.side}`}>
      <p className="app-line__speaker">
        <SideIcon side={speaker.side} />
        <span className="app-line__name">{speaker.name}</span>
        <span className="app-line__role">
          {speaker.role} <span className="app-line__side">({t(`side.${speaker.side}`)})</span>
        </span>
      </p>
      <p className="app-line__text">{line.text}</p>
    </li>
  );
}

function nodeHeading(node: ScenarioNode): string | null {
  switch (node.kind) {
    case 'scene':
      return `${node.when} · ${node.where}`;
    case 'decision':
      return node.prompt;
    case 'ending':
      return node.title;
    default:
      return null;
  }
}

/** The conversation so far: lines, jumps in time and place, choices and their feedback. */
export function TranscriptView({
  scenario,
  entries,
  currentHeadingRef,
  heldScene,
  feedbackStep,
  feedbackHeadingRef,
  isPractice,
  foldEarlierSteps,
}: Props) {
  const t = useTranslate();
  const renderEntry = (entry: TranscriptEntry, index: number) => {
    // Feedback that follows the current step's consequence waits for its scene, as it waits
    // for Continue when read: the learner sees what happened before being told why.
    const previous = entries[index - 1];
    if (entry.kind === 'feedback' && heldScene && previous?.kind === 'node' && previous.current)
      return null;
    // A node reached straight from a choice waits until its "Why it matters" has been read.
    if (entry.kind === 'node' && entry.current && feedbackStep?.nodeWaits) return null;
    // The latest choice's "Why it matters" waits for its consequence to be seen and Continue.
    if (
      entry.kind === 'feedback' &&
      feedbackStep?.decisionId === entry.decision.id &&
      !feedbackStep.shown
    )
      return null;
    if (entry.kind === 'choice') {
      const practice = isPractice(entry.decision.id);
      return (
        <li
          key={`choice-${entry.decision.id}`}
          className={`app-case__chosen${practice ? ' app-case__chosen--practice' : ''}`}
        >
          <p>
            <strong>{t(practice ? 'practice.youChose' : 'case.log.youChose')}</strong>{' '}
            {entry.choice.text}
          </p>
        </li>
      );
    }
    if (entry.kind === 'feedback') {
      const source = entry.choice.source ?? entry.decision.source;
      const isStep = feedbackStep?.decisionId === entry.decision.id && feedbackStep.shown;
      const best = Math.max(...entry.decision.choices.map((choice) => choice.score));
      const practice = isPractice(entry.decision.id);
      return (
        <li
          key={`feedback-${entry.decision.id}`}
          className={`app-case__feedback${isStep ? ' app-step--current' : ''}`}
        >
          <div className="nhsuk-card app-feedback">
            <div className="nhsuk-card__content">
              <h3
                className="nhsuk-card__heading nhsuk-heading-s app-step__heading"
                tabIndex={isStep ? -1 : undefined}
                ref={
                  isStep
                    ? (element) => {
                        feedbackHeadingRef.current = element;
                      }
                    : undefined
                }
              >
                {t('case.feedback.heading')}{' '}
                <span className="app-feedback__score">
                  {t(practice ? 'practice.practicePoints' : 'practice.points', {
                    score: entry.choice.score,
                    best,
                  })}
                </span>
              </h3>
              <p className="nhsuk-card__description">{entry.choice.feedback}</p>
              {entry.decision.twoMinuteFix && (
                <p className="nhsuk-card__description">
                  <strong>{t('case.feedback.twoMinuteFix')}</strong> {entry.decision.twoMinuteFix}
                </p>
              )}
              {source && (
                <p className="nhsuk-body-s app-feedback__source">
                  {t('case.feedback.source', { source })}
                </p>
              )}
            </div>
          </div>
        </li>
      );
    }
    const { node, lines, current } = entry;
    const heading = nodeHeading(node);
    const headingId = `step-${node.id}-${index}`;
    return (
      <li
        key={headingId}
        className={`app-step app-step--${node.kind}${current ? ' app-step--current' : ''}`}
      >
        {node.kind === 'scene' && (
          <p className="app-step__jump">
            <span className="nhsuk-tag nhsuk-tag--grey">{t('case.log.sceneChange')}</span>
            {node.perspective && (
              <span className="app-step__perspective">
                {' '}
                {t('case.log.seenFrom', { side: t(`side.${node.perspective}`) })}
              </span>
            )}
          </p>
        )}
        {node.kind === 'ending' && (
          <p className="app-step__jump">
            <span className={`nhsuk-tag app-outcome app-outcome--${node.outcome}`}>
              {outcomeLabel(t, node.outcome)}
            </span>
          </p>
        )}
        {heading ? (
          <h3
            id={headingId}
            className="nhsuk-heading-s app-step__heading"
            tabIndex={-1}
            ref={
              current
                ? (element) => {
                    currentHeadingRef.current = element;
                  }
                : undefined
            }
          >
            {node.kind === 'decision' && (
              <span className="nhsuk-u-visually-hidden">{t('case.log.decision')} </span>
            )}
            {heading}
          </h3>
        ) : (
          current && (
            <h3
              id={headingId}
              className="nhsuk-u-visually-hidden"
              tabIndex={-1}
              ref={(element) => {
                currentHeadingRef.current = element;
              }}
            >
              {t('case.log.continues')}
            </h3>
          )
        )}
        {current && heldScene ? (
          <p className="app-step__held">{t(`case.log.held.${heldScene}`)}</p>
        ) : (
          lines.length > 0 && (
            <ul className="app-case__lines">
              {lines.map((line, lineIndex) => (
                <SpokenLine key={lineIndex} scenario={scenario} line={line} />
              ))}
            </ul>
          )
        )}
      </li>
    );
  };

  const lastIndex = entries.length - 1;
  if (foldEarlierSteps && lastIndex > 0) {
    const earlier = entries.slice(0, lastIndex);
    const steps = earlier.filter((entry) => entry.kind === 'node').length;
    return (
      <ol className="app-case__log" aria-label={t('case.log.label')}>
        <li className="app-case__folded">
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                {t(steps === 1 ? 'practice.folded.one' : 'practice.folded.many', { count: steps })}
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <ol className="app-case__log">{earlier.map(renderEntry)}</ol>
            </div>
          </details>
        </li>
        {renderEntry(entries[lastIndex]!, lastIndex)}
      </ol>
    );
  }
  return (
    <ol className="app-case__log" aria-label={t('case.log.label')}>
      {entries.map(renderEntry)}
    </ol>
  );
}
