import { useEffect, useMemo, useState } from 'react';
import { parseVtt, type VttCue } from '../../video/vtt';
import type { Segment } from './VlogPanel';
import { useTranslate } from '../../i18n/MessagesContext';

/**
 * The caption lines a learner may see: those in a scene they have reached. The file holds every
 * branch and ending, so showing it all before the first decision would give the case away.
 */
export function reachedCues(cues: readonly VttCue[], reached: readonly Segment[]): VttCue[] {
  return cues.filter((cue) =>
    reached.some((segment) => cue.start < segment.end && cue.end > segment.start),
  );
}

interface Props {
  title: string;
  captionsUrl: string;
  /** The vlog scenes the learner has reached: only their lines are shown, never a scene to come. */
  reached: readonly Segment[];
  /** The video's current time, to highlight the line being spoken. */
  currentTime: number;
  onSeek: (seconds: number) => void;
  /** Name for the downloaded file, without extension. */
  fileName: string;
}

const clock = (seconds: number) => {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

/** The transcript as plain text: a heading, then "[m:ss] Speaker: words" per caption. */
export function transcriptText(title: string, cues: readonly VttCue[]): string {
  const lines = cues.map(
    (cue) =>
      `[${clock(cue.start)}] ${cue.voice ? `${cue.voice}: ` : ''}${cue.text.replace(/\n/g, ' ')}`,
  );
  return `${title} – vlog transcript\n\n${lines.join('\n')}\n`;
}

type Loaded = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; cues: VttCue[] };

/**
 * The interactive transcript, built from the same captions the video shows: search it, click a
 * line to play from there, download it. It loads only when opened.
 */
export function VlogTranscript({
  title,
  captionsUrl,
  reached,
  currentTime,
  onSeek,
  fileName,
}: Props) {
  const t = useTranslate();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'idle' });
  const [query, setQuery] = useState('');

  useEffect(() => {
    if (!open || loaded.state !== 'idle') return;
    setLoaded({ state: 'loading' });
    fetch(captionsUrl)
      .then((response) =>
        response.ok ? response.text() : Promise.reject(new Error(String(response.status))),
      )
      .then((text) => {
        const parsed = parseVtt(text);
        setLoaded(parsed.ok ? { state: 'ready', cues: parsed.cues } : { state: 'failed' });
      })
      .catch(() => setLoaded({ state: 'failed' }));
  }, [open, loaded.state, captionsUrl]);

  const allCues = loaded.state === 'ready' ? loaded.cues : null;
  const cues = useMemo(() => (allCues ? reachedCues(allCues, reached) : []), [allCues, reached]);
  const needle = query.trim().toLowerCase();
  const shown = useMemo(
    () =>
      needle
        ? cues.filter((cue) => `${cue.voice ?? ''} ${cue.text}`.toLowerCase().includes(needle))
        : cues,
    [cues, needle],
  );

  const download = () => {
    const url = URL.createObjectURL(
      new Blob([transcriptText(title, cues)], { type: 'text/plain;charset=utf-8' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName}-transcript.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <details
      className="nhsuk-details app-transcript"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{t('transcript.heading')}</span>
      </summary>
      <div className="nhsuk-details__text">
        {loaded.state === 'loading' && <p>{t('transcript.loading')}</p>}
        {loaded.state === 'failed' && (
          <p>The transcript could not be loaded. The conversation above has every line as text.</p>
        )}
        {loaded.state === 'ready' && (
          <>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={`${fileName}-transcript-search`}>
                {t('transcript.search')}
              </label>
              <input
                id={`${fileName}-transcript-search`}
                className="nhsuk-input nhsuk-u-width-two-thirds"
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
            <p className="nhsuk-body-s" aria-live="polite">
              {needle
                ? `${shown.length} ${shown.length === 1 ? 'line matches' : 'lines match'}`
                : cues.length === 0
                  ? 'The lines of each scene appear here once you reach it.'
                  : `${cues.length} ${cues.length === 1 ? 'line' : 'lines'} so far; more appear as the case goes on. Select a line to play the vlog from there.`}
            </p>
            <ol className="app-transcript__list">
              {shown.map((cue) => {
                const current = currentTime >= cue.start && currentTime < cue.end;
                return (
                  <li
                    key={`${cue.start}-${cue.end}`}
                    className={
                      current
                        ? 'app-transcript__cue app-transcript__cue--current'
                        : 'app-transcript__cue'
                    }
                  >
                    <button
                      type="button"
                      className="app-transcript__seek"
                      aria-current={current ? 'true' : undefined}
                      onClick={() => onSeek(cue.start)}
                    >
                      <span className="app-transcript__time">
                        <span className="nhsuk-u-visually-hidden">{t('transcript.playFrom')} </span>
                        <time dateTime={`PT${cue.start.toFixed(3)}S`}>{clock(cue.start)}</time>
                      </span>{' '}
                      {cue.voice && <strong>{cue.voice}: </strong>}
                      {cue.text}
                    </button>
                  </li>
                );
              })}
            </ol>
            {cues.length > 0 && (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary app-case__small-button"
                onClick={download}
              >
                Download the transcript so far (text file)
              </button>
            )}
          </>
        )}
      </div>
    </details>
  );
}
