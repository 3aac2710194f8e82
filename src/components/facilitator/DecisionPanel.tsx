import { useState, type Ref } from 'react';
import type { Choice, DecisionNode } from '../../schemas/scenario';
import type { TimerState } from '../../facilitator/timer';
import { mostVoted } from '../../facilitator/presenter-steps';
import { maxVotes } from '../../facilitator/room-session';
import { RoomTimer } from './RoomTimer';
import { useTranslate } from '../../i18n/MessagesContext';
import { countLabel } from '../../vocabulary/labels';

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

/** A typed vote count: keeps what is being typed until it is a number, then records it. */
function VoteInput({
  id,
  label,
  value,
  onSet,
}: {
  id: string;
  label: string;
  value: number;
  onSet: (count: number) => void;
}) {
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
  const {
    decision,
    number,
    options,
    revealed,
    choosing,
    votes,
    discussion,
    timer,
    removeArmed,
    chooseArmed,
    headingRef,
  } = props;
  const shown = options.slice(0, revealed);
  const total = options.reduce((sum, option) => sum + (votes[option.id] ?? 0), 0);
  const top = mostVoted(
    votes,
    options.map((option) => option.id),
  );
  const topNumber = top ? options.findIndex((option) => option.id === top) + 1 : null;
  const t = useTranslate();
  const mode = (name: string, params?: Record<string, number>) =>
    t(`presenter.decision.mode.${name}`, params);

  return (
    <div className={`app-decision${choosing ? ' app-decision--choosing' : ''}`}>
      <p className="app-presenter__kicker">{t('presenter.decision.kicker', { number })}</p>
      <h2 className="app-presenter__heading" tabIndex={-1} ref={headingRef}>
        {decision.prompt}
      </h2>

      <div className="app-decision__layout">
        <div className="app-decision__main">
          <p className="app-decision__mode app-trainer-hint" data-testid="decision-mode">
            {revealed === 0
              ? mode('prompt')
              : chooseArmed
                ? mode('chooseArmed')
                : removeArmed
                  ? mode('removeArmed')
                  : choosing
                    ? topNumber
                      ? mode('choosingTop', { number: topNumber })
                      : mode('choosing')
                    : revealed < options.length
                      ? mode('partial', { shown: revealed, count: options.length })
                      : mode('voting')}
          </p>

          {shown.length > 0 && (
            <ol className="app-decision__options">
              {shown.map((option, index) => {
                const count = votes[option.id] ?? 0;
                const share = total > 0 ? Math.round((count / total) * 100) : 0;
                const optionNumber = index + 1;
                return (
                  <li
                    key={option.id}
                    className="app-option"
                    data-option={option.id}
                    data-testid={`option-${optionNumber}`}
                  >
                    <span className="app-option__number" aria-hidden="true">
                      {optionNumber}
                    </span>
                    <div className="app-option__body">
                      <p className="app-option__text">
                        <span className="nhsuk-u-visually-hidden">
                          {t('presenter.decision.optionHidden', { number: optionNumber })}
                        </span>
                        {option.text}
                      </p>
                      <div className="app-vote">
                        <div className="app-vote__bar" aria-hidden="true">
                          <span className="app-vote__fill" style={{ width: `${share}%` }} />
                        </div>
                        <p className="app-vote__count" data-testid={`votes-${optionNumber}`}>
                          {countLabel(t, 'vote', count)}
                          {total > 0 ? t('presenter.decision.share', { percent: share }) : ''}
                        </p>
                        <div className="app-vote__controls">
                          <button
                            type="button"
                            className="app-vote__button"
                            onClick={() => props.onVote(option.id, -1)}
                            disabled={count === 0}
                          >
                            <span aria-hidden="true">−</span>
                            <span className="nhsuk-u-visually-hidden">
                              {t('presenter.decision.takeVote', { number: optionNumber })}
                            </span>
                          </button>
                          <VoteInput
                            id={`votes-input-${option.id}`}
                            label={t('presenter.decision.votesFor', { number: optionNumber })}
                            value={count}
                            onSet={(value) => props.onSetVotes(option.id, value)}
                          />
                          <button
                            type="button"
                            className="app-vote__button"
                            onClick={() => props.onVote(option.id, 1)}
                          >
                            <span aria-hidden="true">+</span>
                            <span className="nhsuk-u-visually-hidden">
                              {t('presenter.decision.addVote', { number: optionNumber })}
                            </span>
                          </button>
                        </div>
                      </div>
                      {choosing && (
                        <button
                          type="button"
                          className="nhsuk-button app-option__follow"
                          onClick={() => props.onFollow(option.id)}
                        >
                          {t('presenter.decision.follow', { number: optionNumber })}
                          {option.id === top ? t('presenter.decision.mostVotes') : ''}
                        </button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
          {shown.length > 0 && (
            <p className="app-decision__total">
              {t(total === 1 ? 'presenter.decision.totalOne' : 'presenter.decision.total', {
                count: total,
              })}
            </p>
          )}
        </div>

        <section className="app-decision__aside" aria-labelledby="decision-discuss-heading">
          <h3 className="app-decision__aside-heading" id="decision-discuss-heading">
            {t('presenter.decision.discuss')}
          </h3>
          <p className="app-decision__discussion">{discussion}</p>
          <RoomTimer
            timer={timer}
            onToggle={props.onTimerToggle}
            onReset={props.onTimerReset}
            onLength={props.onTimerLength}
          />
        </section>
      </div>
    </div>
  );
}
