import { useEffect, useState, type ComponentType } from 'react';
import type { VttCue } from '../../video/vtt';
import type { Segment } from './VlogPanel';
import type { TranscriptBodyProps } from './TranscriptBody';
import { useTranslate } from '../../i18n/MessagesContext';

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

type Loaded =
  | { state: 'idle' | 'loading' | 'failed' }
  | { state: 'ready'; cues: VttCue[]; Body: ComponentType<TranscriptBodyProps> };

/**
 * The interactive transcript, built from the same captions the video shows. It loads only when
 * first opened: the captions, their parser and the transcript's own controls come together, so
 * a learner who never opens it never downloads them (the case page's JavaScript before a scene
 * plays has a budget, bench/budgets.json).
 */
export function VlogTranscript({ captionsUrl, ...bodyProps }: Props) {
  const t = useTranslate();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'idle' });

  useEffect(() => {
    if (!open || loaded.state !== 'idle') return;
    setLoaded({ state: 'loading' });
    Promise.all([
      fetch(captionsUrl).then((response) =>
        response.ok ? response.text() : Promise.reject(new Error(String(response.status))),
      ),
      import('../../video/vtt'),
      import('./TranscriptBody'),
    ])
      .then(([text, { parseVtt }, { TranscriptBody }]) => {
        const parsed = parseVtt(text);
        setLoaded(
          parsed.ok
            ? { state: 'ready', cues: parsed.cues, Body: TranscriptBody }
            : { state: 'failed' },
        );
      })
      .catch(() => setLoaded({ state: 'failed' }));
  }, [open, loaded.state, captionsUrl]);

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
        {loaded.state === 'failed' && <p>{t('transcript.failed')}</p>}
        {loaded.state === 'ready' && <loaded.Body cues={loaded.cues} {...bodyProps} />}
      </div>
    </details>
  );
}
