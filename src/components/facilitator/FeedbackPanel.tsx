import type { Ref } from 'react';
import type { Choice, DecisionNode } from '../../schemas/scenario';
import type { DecisionRecord } from '../../facilitator/room-session';
import { useTranslate } from '../../i18n/MessagesContext';

interface Props {
  decision: DecisionNode;
  choice: Choice;
  /** The room's votes at this decision, if it voted. */
  record: DecisionRecord | undefined;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * After the consequence: why the room's choice helps or harms, what the contract requires, and
 * the two-minute way to get it right, together on one screen.
 */
export function FeedbackPanel({ decision, choice, record, headingRef }: Props) {
  const t = useTranslate();
  const source = choice.source ?? decision.source;
  const optionNumber = record
    ? record.options.findIndex((option) => option.id === choice.id) + 1
    : 0;
  const total = record ? Object.values(record.votes).reduce((sum, count) => sum + count, 0) : 0;
  const chose = record?.votes[choice.id] ?? 0;
  const best = record?.options.find((option) => option.best);
  return (
    <section
      className="app-feedback-panel"
      aria-labelledby="feedback-heading"
      data-testid="feedback"
    >
      <h2 id="feedback-heading" className="app-presenter__heading" tabIndex={-1} ref={headingRef}>
        {t('presenter.feedback.heading')}
      </h2>
      <p className="app-feedback-panel__chosen">
        <strong>
          {optionNumber > 0
            ? t('presenter.feedback.followedOption', { number: optionNumber })
            : t('presenter.feedback.followed')}
        </strong>{' '}
        {choice.text}
        {total > 0 && (
          <span className="app-feedback-panel__votes">
            {t(chose === 1 ? 'presenter.feedback.votesOne' : 'presenter.feedback.votes', {
              count: chose,
              total,
            })}
          </span>
        )}
      </p>
      <div className="app-feedback-panel__grid">
        <div className="app-feedback-panel__block">
          <h3>{t('presenter.feedback.whatHappened')}</h3>
          <p>{choice.feedback}</p>
          {best && best.id !== choice.id && (
            <p>
              <strong>{t('presenter.feedback.goodLooksLike')}</strong> {best.text}
            </p>
          )}
        </div>
        {source && (
          <div className="app-feedback-panel__block app-feedback-panel__block--contract">
            <h3>{t('presenter.feedback.contract')}</h3>
            <p>{source}</p>
          </div>
        )}
        {decision.twoMinuteFix && (
          <div className="app-feedback-panel__block">
            <h3>{t('presenter.feedback.twoMinuteFix')}</h3>
            <p>{decision.twoMinuteFix}</p>
          </div>
        )}
      </div>
    </section>
  );
}
