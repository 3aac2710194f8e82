import { useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../schemas/scenario';
import type { InsightsCourse } from '../../insights/course';
import { noFilter, type ReportFilter } from '../../insights/report';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import type { Messages } from '../../i18n/messages';
import { CohortSummary } from './CohortSummary';
import { FileLoader } from './FileLoader';
import { RankingSection } from './RankingSection';
import { ReportFilters } from './ReportFilters';
import { ScenarioSection } from './ScenarioSection';
import { useInsightsWorker } from './useInsightsWorker';

export interface InsightsAppProps {
  course: InsightsCourse;
  /** The scenarios as authored (placeholders filled), for the scenario maps. */
  scenarios: Scenario[];
  /** The page's insights.* strings. */
  messages: Messages;
}

export default function InsightsApp({ messages, ...props }: InsightsAppProps) {
  return (
    <MessagesProvider messages={messages}>
      <Insights {...props} />
    </MessagesProvider>
  );
}

function Insights({ course, scenarios }: Omit<InsightsAppProps, 'messages'>) {
  const t = useTranslate();
  const fileInput = useRef<HTMLInputElement>(null);
  const { report, files, loadSeconds, sendFilter, ...loading } = useInsightsWorker(
    course,
    t,
    fileInput,
  );
  const [filter, setFilter] = useState<ReportFilter>(noFilter);
  const updateFilter = (next: ReportFilter) => {
    setFilter(next);
    sendFilter(next);
  };
  const scenarioById = useMemo(
    () => new Map(scenarios.map((scenario) => [scenario.id, scenario])),
    [scenarios],
  );

  return (
    <div className="app-insights__app">
      <FileLoader fileInput={fileInput} files={files} {...loading} />
      {report && (
        <>
          <ReportFilters
            course={course}
            report={report}
            files={files}
            filter={filter}
            loadSeconds={loadSeconds}
            updateFilter={updateFilter}
          />
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
