import { useEffect, useRef, useState } from 'react';
import { useTranslate } from '../../i18n/MessagesContext';
import {
  formatClock,
  formatSpoken,
  isFinished,
  isRunning,
  remaining,
  timerLengths,
  type TimerState,
} from '../../facilitator/timer';

interface Props {
  timer: TimerState;
  onToggle: () => void;
  onReset: () => void;
  /** A new length; a running timer carries on with it. */
  onLength: (durationMs: number) => void;
}

/**
 * The discussion timer. The clock is shown, not spoken (a ticking live region would talk over the
 * room); "Time is up" is announced once.
 */
export function RoomTimer({ timer, onToggle, onReset, onLength }: Props) {
  const t = useTranslate();
  const [now, setNow] = useState(() => Date.now());
  const finished = isFinished(timer, now);
  // A timer that ran out is still started in its data, but it is not counting: say "Start again", not "Pause".
  const running = isRunning(timer) && !finished;
  const announced = useRef(finished);
  const [message, setMessage] = useState('');

  useEffect(() => {
    setNow(Date.now());
    if (!isRunning(timer)) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer]);

  useEffect(() => {
    if (finished && !announced.current) setMessage(t('presenter.timer.timeUpAnnounced'));
    if (!finished) setMessage('');
    announced.current = finished;
  }, [finished, t]);

  const left = remaining(timer, now);
  return (
    <div className={`app-timer${finished ? ' app-timer--finished' : ''}`}>
      <p
        className="app-timer__clock"
        role="timer"
        aria-label={t('presenter.timer.label', {
          time: formatSpoken(left, t),
          state: t(running ? 'presenter.timer.running' : 'presenter.timer.paused'),
        })}
      >
        {formatClock(left)}
      </p>
      <p className="app-timer__state">
        {t(
          `presenter.timer.state.${finished ? 'timeUp' : running ? 'running' : left === timer.durationMs ? 'ready' : 'paused'}`,
        )}
      </p>
      <p className="nhsuk-u-visually-hidden" aria-live="assertive">
        {message}
      </p>
      <div className="app-timer__controls">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary app-presenter__small-button"
          onClick={onToggle}
        >
          {t(
            `presenter.timer.${running ? 'pause' : finished ? 'startAgain' : left === timer.durationMs ? 'start' : 'resume'}`,
          )}{' '}
          <kbd aria-hidden="true">{t('presenter.keyNames.t')}</kbd>
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary app-presenter__small-button"
          onClick={() => onReset()}
        >
          {t('presenter.timer.reset')}
        </button>
        <div className="nhsuk-form-group app-timer__length">
          <label className="nhsuk-label" htmlFor="presenter-timer-length">
            {t('presenter.timer.length')}
          </label>
          <select
            id="presenter-timer-length"
            className="nhsuk-select"
            value={timer.durationMs}
            onChange={(event) => onLength(Number(event.target.value))}
          >
            {timerLengths.map((length) => (
              <option key={length} value={length}>
                {formatSpoken(length, t)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
