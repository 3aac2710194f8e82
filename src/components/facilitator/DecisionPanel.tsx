import { useState, type Ref } from 'react';
import type { Choice, DecisionNode } from '../../schemas/scenario';
import type { TimerState } from '../../facilitator/timer';
import { mostVoted } from '../../facilitator/presenter-steps';
import { maxVotes } from '../../facilitator/room-session';
import { RoomTimer } from './RoomTimer';

interface Props {
  decision: DecisionNode;
  /** The room's decision number in this run: 1 for its first. */
  number: number;
  /** The options offered to the room here, in order. */
  options: readonly Choice[];
  /** How many options are shown so far. */
  revealed: number;
  /** Voting has closed and the facilitator is picking the option the room follows. */
  choosing: boolean;
  votes: Readonly<Record<string, number>>;
  discussion: string;
  timer: TimerState;
  /** The next number key takes a vote away. */
  removeArmed: boolean;
  /** P was pressed: the next number key follows that option. */
  chooseArmed: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onVote: (choiceId: string, change: number) => void;
  onSetVotes: (choiceId: string, count: number) => void;
  onFollow: (choiceId: string) => void;
  onTimerToggle: () => void;
  onTimerReset: () => void;
  onTimerLength: (durationMs: number) => void;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A typed vote count: keeps what is being typed until it is a number, then records it. */
function VoteInput({ id, label, value, onSet }: { id: string; label: string; value: number; onSet: (count: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      id={id}
      className="nhsuk-input app-vote__input"
      type="number"
      inputMode="numeric"
      min={0}
      max={maxVotes}
      aria-label={label}
      value={draft ?? String(value)}
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        if (/^\d+$/.test(text)) onSet(Number(text));
      }}
      onBlur={() => setDraft(null)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
    />
  );
}

/** A decision put to the room: the prompt, the options shown so far with their votes, the discussion prompt and timer. */
export function DecisionPanel(props: Props) {
  const { decision, number, options, revealed, choosing, votes, discussion, timer, removeArmed, chooseArmed, headingRef } = props;
  const shown = options.slice(0, revealed);
  const total = options.reduce((sum, option) => sum + (votes[option.id] ?? 0), 0);
  const top = mostVoted(votes, options.map((option) => option.id));
  const topNumber = top ? options.findIndex((option) => option.id === top) + 1 : null;

  return (
    <div className={`app-decision${choosing ? ' app-decision--choosing' : ''}`}>
      <p className="app-presenter__kicker">Decision {number}</p>
      <h2 className="app-presenter__heading" tabIndex={-1} ref={headingRef}>
        {decision.prompt}
      </h2>

      <div className="app-decision__layout">
        <div className="app-decision__main">
          <p className="app-decision__mode app-trainer-hint" data-testid="decision-mode">
            {revealed === 0
              ? 'Give the room a moment with the question. Next shows the first option.'
              : chooseArmed
                ? 'Which option will the room follow? Press its number.'
                : removeArmed
                  ? 'Press a number to take a vote away from that option.'
                  : choosing
                    ? `Which option will the room follow? Press P then its number${topNumber ? `, or Next for option ${topNumber} (most votes)` : ''}. A number alone counts a hand.`
                    : revealed < options.length
                      ? `${revealed} of ${options.length} options shown. Press a number to add a vote.`
                      : 'Press a number to add a vote, Shift and the number to take one away. P then a number chooses the option to follow.'}
          </p>

          {shown.length > 0 && (
            <ol className="app-decision__options">
              {shown.map((option, index) => {
                const count = votes[option.id] ?? 0;
                const share = total > 0 ? Math.round((count / total) * 100) : 0;
                const optionNumber = index + 1;
                return (
                  <li key={option.id} className="app-option" data-option={option.id} data-testid={`option-${optionNumber}`}>
                    <span className="app-option__number" aria-hidden="true">
                      {optionNumber}
                    </span>
                    <div className="app-option__body">
                      <p className="app-option__text">
                        <span className="nhsuk-u-visually-hidden">Option {optionNumber}: </span>
                        {option.text}
                      </p>
                      <div className="app-vote">
                        <div className="app-vote__bar" aria-hidden="true">
                          <span className="app-vote__fill" style={{ width: `${share}%` }} />
                        </div>
                        <p className="app-vote__count" data-testid={`votes-${optionNumber}`}>
                          {plural(count, 'vote')}
                          {total > 0 ? ` (${share}%)` : ''}
                        </p>
                        <div className="app-vote__controls">
                          <button type="button" className="app-vote__button" onClick={() => props.onVote(option.id, -1)} disabled={count === 0}>
                            <span aria-hidden="true">−</span>
                            <span className="nhsuk-u-visually-hidden">Take a vote from option {optionNumber}</span>
                          </button>
                          <VoteInput id={`votes-input-${option.id}`} label={`Votes for option ${optionNumber}`} value={count} onSet={(value) => props.onSetVotes(option.id, value)} />
                          <button type="button" className="app-vote__button" onClick={() => props.onVote(option.id, 1)}>
                            <span aria-hidden="true">+</span>
                            <span className="nhsuk-u-visually-hidden">Add a vote for option {optionNumber}</span>
                          </button>
                        </div>
                      </div>
                      {choosing && (
                        <button type="button" className="nhsuk-button app-option__follow" onClick={() => props.onFollow(option.id)}>
                          Follow option {optionNumber}
                          {option.id === top ? ' (most votes)' : ''}
                        </button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
          {shown.length > 0 && <p className="app-decision__total">{plural(total, 'vote')} in all</p>}
        </div>

        <section className="app-decision__aside" aria-labelledby="decision-discuss-heading">
          <h3 className="app-decision__aside-heading" id="decision-discuss-heading">
            Discuss
          </h3>
          <p className="app-decision__discussion">{discussion}</p>
          <RoomTimer timer={timer} onToggle={props.onTimerToggle} onReset={props.onTimerReset} onLength={props.onTimerLength} />
        </section>
      </div>
    </div>
  );
}
