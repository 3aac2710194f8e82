import { useMemo, useState } from 'react';
import type { VttCue } from '../../video/vtt';
import type { Segment } from './VlogPanel';
import { useTranslate } from '../../i18n/MessagesContext';
import { formatMinutesSeconds } from '../../vocabulary/format';
import { downloadText } from '../download/download-text';

/** A line's start as m:ss, rounded down: the line has begun by then. */
const startClock = (seconds: number) => formatMinutesSeconds(Math.floor(seconds));

/**
 * The caption lines a learner may see: those in a scene they have reached. The file holds every
 * branch and ending, so showing it all before the first decision would give the case away.
 */
export function reachedCues(cues: readonly VttCue[], reached: readonly Segment[]): VttCue[] {
  return cues.filter((cue) =>
    reached.some((segment) => cue.start < segment.end && cue.end > segment.start),
  );
}

/** The transcript as plain text: a heading, then "[m:ss] Speaker: words" per caption. */
export function transcriptText(heading: string, cues: readonly VttCue[]): string {
  const lines = cues.map(
    (cue) =>
      `[${startClock(cue.start)}] ${cue.voice ? `${cue.voice}: ` : ''}${cue.text.replace(/\n/g, ' ')}`,
  );
  return `${heading}\n\n${lines.join('\n')}\n`;
}

export interface TranscriptBodyProps {
  title: string;
  /** Every caption in the vlog file. */
  cues: readonly VttCue[];
  /** The vlog scenes the learner has reached: only their lines are shown, never a scene to come. */
  reached: readonly Segment[];
  /** The video's current time, to highlight the line being spoken. */
  currentTime: number;
  onSeek: (seconds: number) => void;
  /** Name for the downloaded file, without extension. */
  fileName: string;
}

/**
 * The opened transcript: search it, select a line to play from there, download it. Loaded with
 * the captions when the transcript is first opened (VlogTranscript).
 */
export function TranscriptBody({
  title,
  cues: allCues,
  reached,
  currentTime,
  onSeek,
  fileName,
}: TranscriptBodyProps) {
  const t = useTranslate();
  const [query, setQuery] = useState('');
  const cues = useMemo(() => reachedCues(allCues, reached), [allCues, reached]);
  const needle = query.trim().toLowerCase();
  const shown = useMemo(
    () =>
      needle
        ? cues.filter((cue) => `${cue.voice ?? ''} ${cue.text}`.toLowerCase().includes(needle))
        : cues,
    [cues, needle],
  );

  const download = () =>
    downloadText(
      `${fileName}-transcript.txt`,
      transcriptText(`${title} – ${t('transcript.fileHeading')}`, cues),
    );

  return (
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
          ? t(shown.length === 1 ? 'transcript.matchesOne' : 'transcript.matchesMany', {
              count: shown.length,
            })
          : cues.length === 0
            ? t('transcript.none')
            : t(cues.length === 1 ? 'transcript.soFarOne' : 'transcript.soFarMany', {
                count: cues.length,
              })}
      </p>
      <ol className="app-transcript__list">
        {shown.map((cue) => {
          const current = currentTime >= cue.start && currentTime < cue.end;
          return (
            <li
              key={`${cue.start}-${cue.end}`}
              className={
                current ? 'app-transcript__cue app-transcript__cue--current' : 'app-transcript__cue'
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
                  <time dateTime={`PT${cue.start.toFixed(3)}S`}>{startClock(cue.start)}</time>
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
          {t('transcript.download')}
        </button>
      )}
    </>
  );
}
