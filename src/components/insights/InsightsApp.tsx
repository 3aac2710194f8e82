import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import type { Scenario } from '../../schemas/scenario';
import type { InsightsCourse } from '../../insights/course';
import type { Report, ReportFilter } from '../../insights/report';
import { noFilter } from '../../insights/report';
import { reportCsv, reportFileName } from '../../insights/report-csv';
import type { FileStatus, FromWorker, ToWorker } from '../../insights/worker-protocol';
import { downloadText } from '../facilitator/download';
import { CohortSummary, RankingSection, ScenarioSection } from './InsightsReport';

export interface InsightsAppProps {
  course: InsightsCourse;
  /** The scenarios as authored (placeholders filled), for the scenario maps. */
  scenarios: Scenario[];
}

interface Refusal {
  name: string;
  message: string;
}

const today = () => new Date().toISOString().slice(0, 10);

export default function InsightsApp({ course, scenarios }: InsightsAppProps) {
  const worker = useRef<Worker | null>(null);
  const [files, setFiles] = useState<FileStatus[]>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [waitingFor, setWaitingFor] = useState<string | null>(null);
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

  const loadFiles = useCallback((list: FileList | null) => {
    if (!list || list.length === 0) return;
    const chosen = [...list];
    setRefusals((current) => current.filter((item) => !chosen.some((file) => file.name === item.name)));
    setBusy(true);
    setAnnouncement(`Reading ${chosen.length} file${chosen.length === 1 ? '' : 's'}…`);
    send({ type: 'load', files: chosen });
  }, []);

  useEffect(() => {
    const started = new Worker(new URL('../../insights/insights-worker.ts', import.meta.url), { type: 'module', name: 'insights' });
    worker.current = started;
    started.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') setReading({ name: message.name, share: message.totalBytes ? message.bytesRead / message.totalBytes : 1 });
      else if (message.type === 'refused') setRefusals((list) => [...list.filter((item) => item.name !== message.name), { name: message.name, message: message.message }]);
      else {
        setFiles(message.files);
        // A large report renders in slices the browser can interrupt, so the page keeps answering.
        startTransition(() => setReport(message.report));
        setWaitingFor(message.waitingFor);
        setBusy(false);
        setReading(null);
        if (filterPending.current && message.report) {
          filterPending.current = false;
          setAnnouncement(`Figures updated: ${message.report.learners.hidden ? 'fewer than 5 learners' : `${message.report.learners.value} learner${message.report.learners.value === 1 ? '' : 's'}`} included.`);
        }
        if (message.loadMilliseconds !== null) {
          setLoadSeconds(message.loadMilliseconds / 1000);
          setAnnouncement(message.report ? `Files read. ${message.report.learners.hidden ? 'Fewer than 5 learners' : `${message.report.learners.value} learners`} in the report.` : `Files read. Still needed: ${message.waitingFor}.`);
        }
      }
    };
    started.onerror = () => {
      setBusy(false);
      setRefusals((list) => [...list, { name: 'the page', message: 'This browser could not start the part of the page that reads files (a Web Worker). Use an up-to-date Edge, Chrome, Firefox or Safari, and open the page from the module\'s site rather than from a saved copy.' }]);
    };
    started.postMessage({ type: 'start', course } satisfies ToWorker);
    // Files chosen before the page finished loading its script are still in the input: read them now.
    const input = fileInput.current;
    if (input?.files?.length) {
      loadFiles(input.files);
      input.value = '';
    }
    return () => started.terminate();
  }, [course]);

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
    const next = on ? [...new Set([...selectedFiles, name])] : selectedFiles.filter((candidate) => candidate !== name);
    updateFilter({ ...filter, files: next.length === dataFiles.length ? null : next });
  };

  const scenarioById = useMemo(() => new Map(scenarios.map((scenario) => [scenario.id, scenario])), [scenarios]);

  return (
    <div className="app-insights__app">
      <section className="app-insights__load app-insights__screen-only" aria-labelledby="load-heading">
        <h2 id="load-heading">1. Load the files</h2>
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
              Choose files, or drop them here
            </label>
            <div className="nhsuk-hint" id="insights-files-hint">
              The interaction key and one or more exports or session records, all at once if you like: .txt, .csv, .xlsx or .json.
            </div>
            <input ref={fileInput} className="app-insights__file-input" id="insights-files" type="file" multiple accept=".csv,.txt,.tsv,.xlsx,.json,text/csv,text/plain,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="insights-files-hint" onChange={onChoose} />
          </div>
        </div>

        <div className="app-insights__status" role="status" aria-live="polite">
          {announcement}
        </div>
        {busy && (
          <div className="app-insights__progress">
            <label htmlFor="insights-progress">{reading ? `Reading ${reading.name}: ${Math.round(reading.share * 100)}%` : 'Reading…'}</label>
            <progress id="insights-progress" max={1} value={reading?.share ?? undefined} />
          </div>
        )}

        {refusals.length > 0 && (
          <div className="nhsuk-error-summary" aria-labelledby="refusals-heading">
            <h3 className="nhsuk-error-summary__title" id="refusals-heading" tabIndex={-1} ref={refusalsHeading}>
              {refusals.length === 1 ? 'A file could not be used' : `${refusals.length} files could not be used`}
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
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">Files loaded (kept in this tab only)</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col" className="nhsuk-table__header">File</th>
                <th scope="col" className="nhsuk-table__header">Read as</th>
                <th scope="col" className="nhsuk-table__header">
                  <span className="nhsuk-u-visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {files.map((file) => (
                <tr key={file.name} className="nhsuk-table__row">
                  <td className="nhsuk-table__cell app-insights__file-name">{file.name}</td>
                  <td className="nhsuk-table__cell">{file.description}</td>
                  <td className="nhsuk-table__cell">
                    <button type="button" className="app-insights__link-button" onClick={() => send({ type: 'remove', name: file.name })}>
                      Remove<span className="nhsuk-u-visually-hidden"> {file.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {waitingFor && files.length > 0 && (
          <p className="nhsuk-inset-text" data-testid="waiting-for">
            Still needed: {waitingFor}.
          </p>
        )}
      </section>

      {report && (
        <>
          <section className="app-insights__filters app-insights__screen-only" aria-labelledby="filter-heading">
            <h2 id="filter-heading">2. Choose who to include</h2>
            <div className="app-insights__filter-row">
              <div className="nhsuk-form-group">
                <label className="nhsuk-label" htmlFor="insights-from">
                  From (day the attempt started)
                </label>
                <input className="nhsuk-input nhsuk-input--width-10" id="insights-from" type="date" value={filter.from ?? ''} min={report.days.first ?? undefined} max={report.days.last ?? undefined} onChange={(event) => updateFilter({ ...filter, from: event.target.value || null })} />
              </div>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label" htmlFor="insights-to">
                  To
                </label>
                <input className="nhsuk-input nhsuk-input--width-10" id="insights-to" type="date" value={filter.to ?? ''} min={report.days.first ?? undefined} max={report.days.last ?? undefined} onChange={(event) => updateFilter({ ...filter, to: event.target.value || null })} />
              </div>
            </div>
            {dataFiles.length > 1 && (
              <fieldset className="nhsuk-fieldset">
                <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Cohorts (one per file)</legend>
                <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                  {dataFiles.map((file, index) => (
                    <div className="nhsuk-checkboxes__item" key={file.name}>
                      <input className="nhsuk-checkboxes__input" id={`insights-cohort-${index}`} type="checkbox" checked={selectedFiles.includes(file.name)} onChange={(event) => toggleFile(file.name, event.target.checked)} />
                      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`insights-cohort-${index}`}>
                        {file.name}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            )}
            {report.days.first && (
              <p className="nhsuk-body-s">
                The files cover {report.days.first === report.days.last ? report.days.first : `${report.days.first} to ${report.days.last}`}.{' '}
                {loadSeconds !== null && `Read in ${loadSeconds.toFixed(1)} seconds.`}
              </p>
            )}
            <div className="app-insights__actions">
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => downloadText(reportFileName(course, today()), reportCsv(course, report, filter), 'text/csv;charset=utf-8')}>
                Download the figures (CSV)
              </button>
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => window.print()}>
                Print: one A4 page per scenario
              </button>
            </div>
          </section>

          <CohortSummary course={course} report={report} />
          <RankingSection report={report} />
          {report.scenarios.map((figures) => (
            <ScenarioSection key={figures.id} course={course} figures={figures} scenario={scenarioById.get(figures.id)} />
          ))}
        </>
      )}
    </div>
  );
}
