import type { InsightsCourse } from '../../insights/course';
import type { Report, ReportFilter } from '../../insights/report';
import { reportCsv, reportFileName } from '../../insights/report-csv';
import type { FileStatus } from '../../insights/worker-protocol';
import { useTranslate } from '../../i18n/MessagesContext';
import { downloadText } from '../download/download-text';

const today = () => new Date().toISOString().slice(0, 10);

/** Step 2: the date range and cohorts to count, what the files cover, and the CSV and print. */
export function ReportFilters({
  course,
  report,
  files,
  filter,
  loadSeconds,
  updateFilter,
}: {
  course: InsightsCourse;
  report: Report;
  files: FileStatus[];
  filter: ReportFilter;
  loadSeconds: number | null;
  updateFilter: (next: ReportFilter) => void;
}) {
  const t = useTranslate();
  const dataFiles = files.filter((file) => file.kind !== 'key');
  const selectedFiles = filter.files ?? dataFiles.map((file) => file.name);
  const toggleFile = (name: string, on: boolean) => {
    const next = on
      ? [...new Set([...selectedFiles, name])]
      : selectedFiles.filter((candidate) => candidate !== name);
    updateFilter({ ...filter, files: next.length === dataFiles.length ? null : next });
  };

  return (
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
            onChange={(event) => updateFilter({ ...filter, from: event.target.value || null })}
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
              reportCsv(t, course, report, filter),
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
  );
}
