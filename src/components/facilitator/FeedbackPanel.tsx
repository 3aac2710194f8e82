import type { Ref } from 'react';
import type { Choice, DecisionNode } from '../../schemas/scenario';
import type { DecisionRecord } from '../../facilitator/room-session';

interface Props {
  decision: DecisionNode;
  choice: Choice;
  /** The room's votes at this decision, if it voted. */
  record: DecisionRecord | undefined;
  headingRef?: Ref<HTMLHeadingElement>;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * After the consequence: why the room's choice helps or harms, what the contract requires, and
 * the two-minute way to get it right, together on one screen.
 */
export function FeedbackPanel({ decision, choice, record, headingRef }: Props) {
  const source = choice.source ?? decision.source;
  const optionNumber = record ? record.options.findIndex((option) => option.id === choice.id) + 1 : 0;
  const total = record ? Object.values(record.votes).reduce((sum, count) => sum + count, 0) : 0;
  const chose = record?.votes[choice.id] ?? 0;
  const best = record?.options.find((option) => option.best);
  return (
    <section className="app-feedback-panel" aria-labelledby="feedback-heading" data-testid="feedback">
      <h2 id="feedback-heading" className="app-presenter__heading" tabIndex={-1} ref={headingRef}>
        Why it matters
      </h2>
      <p className="app-feedback-panel__chosen">
        <strong>The room followed{optionNumber > 0 ? ` option ${optionNumber}` : ''}:</strong> {choice.text}
        {total > 0 && <span className="app-feedback-panel__votes"> ({plural(chose, 'vote')} of {total})</span>}
      </p>
      <div className="app-feedback-panel__grid">
        <div className="app-feedback-panel__block">
          <h3>What happened and why</h3>
          <p>{choice.feedback}</p>
          {best && best.id !== choice.id && (
            <p>
              <strong>What good looks like:</strong> {best.text}
            </p>
          )}
        </div>
        {source && (
          <div className="app-feedback-panel__block app-feedback-panel__block--contract">
            <h3>What the contract requires</h3>
            <p>{source}</p>
          </div>
        )}
        {decision.twoMinuteFix && (
          <div className="app-feedback-panel__block">
            <h3>The two-minute way to get it right</h3>
            <p>{decision.twoMinuteFix}</p>
          </div>
        )}
      </div>
    </section>
  );
}
