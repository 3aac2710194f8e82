import {
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type DragEvent,
  type RefObject,
} from 'react';
import type { FileStatus, WorkerText } from '../../insights/worker-protocol';
import { useTranslate } from '../../i18n/MessagesContext';
import { sayMessage } from '../../i18n/messages';
import type { Refusal } from './useInsightsWorker';

export interface FileLoaderProps {
  fileInput: RefObject<HTMLInputElement | null>;
  files: FileStatus[];
  refusals: Refusal[];
  waitingFor: WorkerText | null;
  reading: { name: string; share: number } | null;
  busy: boolean;
  announcement: string;
  loadFiles: (list: FileList | null) => void;
  removeFile: (name: string) => void;
}

/** Step 1: choose or drop files, see them read, refused, listed and what is still needed. */
export function FileLoader({
  fileInput,
  files,
  refusals,
  waitingFor,
  reading,
  busy,
  announcement,
  loadFiles,
  removeFile,
}: FileLoaderProps) {
  const t = useTranslate();
  const [dragging, setDragging] = useState(false);
  const refusalsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (refusals.length) refusalsHeading.current?.focus();
  }, [refusals.length]);

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    loadFiles(event.target.files);
    event.target.value = '';
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    loadFiles(event.dataTransfer.files);
  };

  return (
    <section
      className="app-insights__load app-insights__screen-only"
      aria-labelledby="load-heading"
    >
      <h2 id="load-heading">{t('insights.load.heading')}</h2>
      <div
        className={`app-insights__drop${dragging ? ' app-insights__drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-label--s" htmlFor="insights-files">
            {t('insights.load.label')}
          </label>
          <div className="nhsuk-hint" id="insights-files-hint">
            {t('insights.load.hint')}
          </div>
          <input
            ref={fileInput}
            className="app-insights__file-input"
            id="insights-files"
            type="file"
            multiple
            accept=".csv,.txt,.tsv,.xlsx,.json,text/csv,text/plain,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="insights-files-hint"
            onChange={onChoose}
          />
        </div>
      </div>

      <div className="app-insights__status" role="status" aria-live="polite">
        {announcement}
      </div>
      {busy && (
        <div className="app-insights__progress">
          <label htmlFor="insights-progress">
            {reading
              ? t('insights.load.readingFile', {
                  name: reading.name,
                  percent: Math.round(reading.share * 100),
                })
              : t('insights.load.reading')}
          </label>
          <progress id="insights-progress" max={1} value={reading?.share ?? undefined} />
        </div>
      )}

      {refusals.length > 0 && (
        <div className="nhsuk-error-summary" aria-labelledby="refusals-heading">
          <h3
            className="nhsuk-error-summary__title"
            id="refusals-heading"
            tabIndex={-1}
            ref={refusalsHeading}
          >
            {refusals.length === 1
              ? t('insights.load.refusedOne')
              : t('insights.load.refusedMany', { count: refusals.length })}
          </h3>
          <div className="nhsuk-error-summary__body">
            <ul className="nhsuk-list nhsuk-error-summary__list" data-testid="refusals">
              {refusals.map((refusal) => (
                <li key={refusal.name}>{refusal.message}</li>
              ))}
            </ul>
          </div>
        </div>
      )}

      {files.length > 0 && (
        <table className="nhsuk-table app-insights__files">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            {t('insights.load.filesCaption')}
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col" className="nhsuk-table__header">
                {t('insights.load.file')}
              </th>
              <th scope="col" className="nhsuk-table__header">
                {t('insights.load.readAs')}
              </th>
              <th scope="col" className="nhsuk-table__header">
                <span className="nhsuk-u-visually-hidden">{t('insights.load.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {files.map((file) => (
              <tr key={file.name} className="nhsuk-table__row">
                <td className="nhsuk-table__cell app-insights__file-name">{file.name}</td>
                <td className="nhsuk-table__cell">{sayMessage(t, file.description)}</td>
                <td className="nhsuk-table__cell">
                  <button
                    type="button"
                    className="app-insights__link-button"
                    onClick={() => removeFile(file.name)}
                  >
                    {t('insights.load.remove')}
                    <span className="nhsuk-u-visually-hidden"> {file.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {waitingFor && files.length > 0 && (
        <p className="nhsuk-inset-text" data-testid="waiting-for">
          {t('insights.load.stillNeeded', { what: sayMessage(t, waitingFor) })}
        </p>
      )}
    </section>
  );
}
