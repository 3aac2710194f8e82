import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type DragEvent,
} from 'react';
import type { Scenario } from '../../schemas/scenario';
import type { InsightsCourse } from '../../insights/course';
import type { Report, ReportFilter } from '../../insights/report';
import { noFilter } from '../../insights/report';
import { reportCsv, reportFileName } from '../../insights/report-csv';
import type { FileStatus, FromWorker, ToWorker, WorkerText } from '../../insights/worker-protocol';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import { sayMessage, type Messages } from '../../i18n/messages';
import { downloadText } from '../facilitator/download';
import { CohortSummary, RankingSection, ScenarioSection } from './InsightsReport';

export interface InsightsAppProps {
  course: InsightsCourse;
  /** The scenarios as authored (placeholders filled), for the scenario maps. */
  scenarios: Scenario[];
  /** The page's insights.* strings. */
  messages: Messages;
}

interface Refusal {
  name: string;
  message: string;
}

const today = () => new Date().toISOString().slice(0, 10);

export default function InsightsApp({ messages, ...props }: InsightsAppProps) {
  return (
    <MessagesProvider messages={messages}>
      <Insights {...props} />
    </MessagesProvider>
  );
}

function Insights({ course, scenarios }: Omit<InsightsAppProps, 'messages'>) {
  const t = useTranslate();
  const worker = useRef<Worker | null>(null);
  const [files, setFiles] = useState<FileStatus[]>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [waitingFor, setWaitingFor] = useState<WorkerText | null>(null);
  const [reading, setReading] = useState<{ name: string; share: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [filter, setFilter] = useState<ReportFilter>(noFilter);
  const [dragging, setDragging] = useState(false);
  const [loadSeconds, setLoadSeconds] = useState<number | null>(null);
  const refusalsHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  /** Set when a filter changes, so the figures that come back are announced. */
  const filterPending = useRef(false);

  const send = (message: ToWorker) => worker.current?.postMessage(message);

  const loadFiles = useCallback(
    (list: FileList | null) => {
      if (!list || list.length === 0) return;
      const chosen = [...list];
      setRefusals((current) =>
        current.filter((item) => !chosen.some((file) => file.name === item.name)),
      );
      setBusy(true);
      setAnnouncement(
        t(chosen.length === 1 ? 'insights.load.readingOne' : 'insights.load.readingMany', {
          count: chosen.length,
        }),
      );
      send({ type: 'load', files: chosen });
    },
    [t],
  );

  useEffect(() => {
    const started = new Worker(new URL('../../insights/insights-worker.ts', import.meta.url), {
      type: 'module',
      name: 'insights',
    });
    worker.current = started;
    started.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress')
        setReading({
          name: message.name,
          share: message.totalBytes ? message.bytesRead / message.totalBytes : 1,
        });
      else if (message.type === 'refused')
        setRefusals((list) => [
          ...list.filter((item) => item.name !== message.name),
          { name: message.name, message: message.message },
        ]);
      else {
        setFiles(message.files);
        // A large report renders in slices the browser can interrupt, so the page keeps answering.
        startTransition(() => setReport(message.report));
        setWaitingFor(message.waitingFor);
        setBusy(false);
        setReading(null);
        if (filterPending.current && message.report) {
          filterPending.current = false;
          const { learners } = message.report;
          setAnnouncement(
            learners.hidden
              ? t('insights.announce.updatedFew')
              : t(
                  learners.value === 1
                    ? 'insights.announce.updatedOne'
                    : 'insights.announce.updatedMany',
                  { count: learners.value },
                ),
          );
        }
        if (message.loadMilliseconds !== null) {
          setLoadSeconds(message.loadMilliseconds / 1000);
          const learners = message.report?.learners;
          setAnnouncement(
            learners
              ? learners.hidden
                ? t('insights.announce.readFew')
                : t('insights.announce.readMany', { count: learners.value })
              : t('insights.announce.readWaiting', {
                  what: message.waitingFor ? sayMessage(t, message.waitingFor) : '',
                }),
          );
        }
      }
    };
    started.onerror = () => {
      setBusy(false);
      setRefusals((list) => [
        ...list,
        { name: t('insights.load.thePage'), message: t('insights.load.noWorker') },
      ]);
    };
    started.postMessage({ type: 'start', course } satisfies ToWorker);
    // Files chosen before the page finished loading its script are still in the input: read them now.
    const input = fileInput.current;
    if (input?.files?.length) {
      loadFiles(input.files);
      input.value = '';
    }
    return () => started.terminate();
  }, [course, t, loadFiles]);

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

  const updateFilter = (next: ReportFilter) => {
    setFilter(next);
    filterPending.current = true;
    send({ type: 'filter', filter: next });
  };

  const dataFiles = files.filter((file) => file.kind !== 'key');
  const selectedFiles = filter.files ?? dataFiles.map((file) => file.name);
  const toggleFile = (name: string, on: boolean) => {
    const next = on
      ? [...new Set([...selectedFiles, name])]
      : selectedFiles.filter((candidate) => candidate !== name);
    updateFilter({ ...filter, files: next.length === dataFiles.length ? null : next });
  };

  const scenarioById = useMemo(
    () => new Map(scenarios.map((scenario) => [scenario.id, scenario])),
    [scenarios],
  );

  return (
    <div className="app-insights__app">
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
                      onClick={() => send({ type: 'remove', name: file.name })}
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

      {report && (
        <>
          <section
            className="app-insights__filters app-insights__screen-only"
            aria-labelledby="filter-heading"
          >
            <h2 id="filter-heading">{t('insights.filters.heading')}</h2>
            <div className="app-insights__filter-row">
              <div className="nhsuk-form-group">
                <label className="nhsuk-label" htmlFor="insights-from">
                  {t('insights.filters.from')}
                </label>
                <input
                  className="nhsuk-input nhsuk-input--width-10"
                  id="insights-from"
                  type="date"
                  value={filter.from ?? ''}
                  min={report.days.first ?? undefined}
                  max={report.days.last ?? undefined}
                  onChange={(event) =>
                    updateFilter({ ...filter, from: event.target.value || null })
                  }
                />
              </div>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label" htmlFor="insights-to">
                  {t('insights.filters.to')}
                </label>
                <input
                  className="nhsuk-input nhsuk-input--width-10"
                  id="insights-to"
                  type="date"
                  value={filter.to ?? ''}
                  min={report.days.first ?? undefined}
                  max={report.days.last ?? undefined}
                  onChange={(event) => updateFilter({ ...filter, to: event.target.value || null })}
                />
              </div>
            </div>
            {dataFiles.length > 1 && (
              <fieldset className="nhsuk-fieldset">
                <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                  {t('insights.filters.cohorts')}
                </legend>
                <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                  {dataFiles.map((file, index) => (
                    <div className="nhsuk-checkboxes__item" key={file.name}>
                      <input
                        className="nhsuk-checkboxes__input"
                        id={`insights-cohort-${index}`}
                        type="checkbox"
                        checked={selectedFiles.includes(file.name)}
                        onChange={(event) => toggleFile(file.name, event.target.checked)}
                      />
                      <label
                        className="nhsuk-label nhsuk-checkboxes__label"
                        htmlFor={`insights-cohort-${index}`}
                      >
                        {file.name}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            )}
            {report.days.first && (
              <p className="nhsuk-body-s">
                {report.days.first === report.days.last
                  ? t('insights.filters.coverDay', { first: report.days.first })
                  : t('insights.filters.coverRange', {
                      first: report.days.first,
                      last: report.days.last ?? '',
                    })}{' '}
                {loadSeconds !== null &&
                  t('insights.filters.readIn', { seconds: loadSeconds.toFixed(1) })}
              </p>
            )}
            <div className="app-insights__actions">
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={() =>
                  downloadText(
                    reportFileName(course, today()),
                    reportCsv(course, report, filter),
                    'text/csv;charset=utf-8',
                  )
                }
              >
                {t('insights.filters.download')}
              </button>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={() => window.print()}
              >
                {t('insights.filters.print')}
              </button>
            </div>
          </section>

          <CohortSummary course={course} report={report} />
          <RankingSection report={report} />
          {report.scenarios.map((figures) => (
            <ScenarioSection
              key={figures.id}
              course={course}
              figures={figures}
              scenario={scenarioById.get(figures.id)}
            />
          ))}
        </>
      )}
    </div>
  );
}
