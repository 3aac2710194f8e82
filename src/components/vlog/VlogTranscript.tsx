import { useEffect, useMemo, useState } from 'react';
import { parseVtt, type VttCue } from '../../video/vtt';
import { useTranslate } from '../../i18n/MessagesContext';

interface Props {
  title: string;
  captionsUrl: string;
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
export function transcriptText(title: string, cues: readonly VttCue[], heading = 'vlog transcript'): string {
  const lines = cues.map((cue) => `[${clock(cue.start)}] ${cue.voice ? `${cue.voice}: ` : ''}${cue.text.replace(/\n/g, ' ')}`);
  return `${title} – ${heading}\n\n${lines.join('\n')}\n`;
}

type Loaded = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; cues: VttCue[] };

/**
 * The interactive transcript, built from the same captions the video shows: search it, click a
 * line to play from there, download it. It loads only when opened.
 */
export function VlogTranscript({ title, captionsUrl, currentTime, onSeek, fileName }: Props) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'idle' });
  const [query, setQuery] = useState('');
  const t = useTranslate();

  useEffect(() => {
    if (!open || loaded.state !== 'idle') return;
    setLoaded({ state: 'loading' });
    fetch(captionsUrl)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => {
        const parsed = parseVtt(text);
        setLoaded(parsed.ok ? { state: 'ready', cues: parsed.cues } : { state: 'failed' });
      })
      .catch(() => setLoaded({ state: 'failed' }));
  }, [open, loaded.state, captionsUrl]);

  const cues = loaded.state === 'ready' ? loaded.cues : [];
  const needle = query.trim().toLowerCase();
  const shown = useMemo(
    () => (needle ? cues.filter((cue) => `${cue.voice ?? ''} ${cue.text}`.toLowerCase().includes(needle)) : cues),
    [cues, needle],
  );

  const download = () => {
    const url = URL.createObjectURL(new Blob([transcriptText(title, cues, t('transcript.fileHeading'))], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName}-transcript.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <details className="nhsuk-details app-transcript" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{t('transcript.heading')}</span>
      </summary>
      <div className="nhsuk-details__text">
        {loaded.state === 'loading' && <p>{t('transcript.loading')}</p>}
        {loaded.state === 'failed' && <p>{t('transcript.failed')}</p>}
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
              {needle ? t(shown.length === 1 ? 'transcript.matchesOne' : 'transcript.matchesMany', { count: shown.length }) : t('transcript.lines', { count: cues.length })}
            </p>
            <ol className="app-transcript__list">
              {shown.map((cue) => {
                const current = currentTime >= cue.start && currentTime < cue.end;
                return (
                  <li key={`${cue.start}-${cue.end}`} className={current ? 'app-transcript__cue app-transcript__cue--current' : 'app-transcript__cue'}>
                    <button type="button" className="app-transcript__seek" aria-current={current ? 'true' : undefined} onClick={() => onSeek(cue.start)}>
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
            <button type="button" className="nhsuk-button nhsuk-button--secondary app-case__small-button" onClick={download}>
              {t('transcript.download')}
            </button>
          </>
        )}
      </div>
    </details>
  );
}

