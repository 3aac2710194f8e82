import { useEffect, useRef, useState } from 'react';
import { formatClock, formatSpoken, isFinished, isRunning, remaining, timerLengths, type TimerState } from '../../facilitator/timer';

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
    if (finished && !announced.current) setMessage('Time is up.');
    if (!finished) setMessage('');
    announced.current = finished;
  }, [finished]);

  const left = remaining(timer, now);
  return (
    <div className={`app-timer${finished ? ' app-timer--finished' : ''}`}>
      <p className="app-timer__clock" role="timer" aria-label={`Discussion timer: ${formatSpoken(left)} left${running ? ', running' : ', paused'}`}>
        {formatClock(left)}
      </p>
      <p className="app-timer__state">{finished ? 'Time is up' : running ? 'Running' : left === timer.durationMs ? 'Ready' : 'Paused'}</p>
      <p className="nhsuk-u-visually-hidden" aria-live="assertive">
        {message}
      </p>
      <div className="app-timer__controls">
        <button type="button" className="nhsuk-button nhsuk-button--secondary app-presenter__small-button" onClick={onToggle}>
          {running ? 'Pause' : finished ? 'Start again' : left === timer.durationMs ? 'Start' : 'Resume'} the timer <kbd aria-hidden="true">T</kbd>
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary app-presenter__small-button" onClick={() => onReset()}>
          Reset
        </button>
        <div className="nhsuk-form-group app-timer__length">
          <label className="nhsuk-label" htmlFor="presenter-timer-length">
            Length
          </label>
          <select
            id="presenter-timer-length"
            className="nhsuk-select"
            value={timer.durationMs}
            onChange={(event) => onLength(Number(event.target.value))}
          >
            {timerLengths.map((length) => (
              <option key={length} value={length}>
                {formatSpoken(length)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
