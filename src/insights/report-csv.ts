import type { InsightsCourse } from './course';
import type { Report, ReportFilter } from './report';
import { countText, smallestShownCount, type Count } from './suppression';
import { sayMessage, type Translate } from '../i18n/messages';

/**
 * The report as CSV, for the interface group's own spreadsheet: one figure a row (scope,
 * scenario, decision, choice, measure, value, note), with the same suppression as the page.
 *
 * The heading row and the scope, rating and measure columns are fixed English identifiers in
 * every language, so a spreadsheet or script that filters or pivots on them works on any
 * language's download; the values and notes a person reads are in the page's language.
 */
const field = (value: string | number) => {
  let text = String(value);
  // A cell starting with =, +, - or @ is a formula to a spreadsheet; a leading apostrophe keeps it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Where a row's figure belongs: scope, scenario, decision, choice and rating, blank where not. */
type Place = [scope: string, scenario: string, decision: string, choice: string, rating: string];

const percent = (share: number | null) => (share === null ? '' : `${Math.round(share * 100)}%`);
export function reportCsv(
  t: Translate,
  course: InsightsCourse,
  report: Report,
  filter: ReportFilter,
): string {
  const note = (count: Count) => (count.hidden ? sayMessage(t, count.reason) : '');
  const text = (count: Count) => countText(t, count);
  /** A counted figure's row: where it belongs, what it measures, the count, its share and any
   * reason it is hidden. */
  const countRow = (place: Place, measure: string, count: Count, share: number | null = null) => [
    ...place,
    measure,
    text(count),
    percent(share),
    note(count),
  ];
  const rows: (string | number)[][] = [
    ['scope', 'scenario', 'decision', 'choice', 'rating', 'measure', 'value', 'share', 'note'],
  ];
  const anyDay = t('insights.csv.anyDay');
  const scope = [
    filter.from || filter.to
      ? t('insights.csv.days', { from: filter.from ?? anyDay, to: filter.to ?? anyDay })
      : t('insights.csv.everyDay'),
    filter.files
      ? t('insights.csv.files', { files: filter.files.join('; ') })
      : t('insights.csv.everyFile'),
  ].join(', ');
  const wholeModule: Place = ['module', '', '', '', ''];
  rows.push([
    ...wholeModule,
    'what this covers',
    sayMessage(t, {
      key: 'insights.csv.covers',
      params: { title: course.title, page: report.version.page, scope },
      keyParams: {
        keyVersion:
          report.version.key === null
            ? 'insights.problems.keyVersionUnnamed'
            : { key: 'insights.problems.keyVersion', params: { version: report.version.key } },
      },
    }),
    '',
    t('insights.csv.noNames', { count: smallestShownCount }),
  ]);
  rows.push(countRow(wholeModule, 'learners', report.learners));
  rows.push(
    countRow(
      wholeModule,
      `passed (best score ${course.passMark} or more)`,
      report.passed,
      report.passRate,
    ),
  );
  rows.push(
    countRow(
      wholeModule,
      'reached an ending in every required scenario',
      report.completed,
      report.completionRate,
    ),
  );
  for (const scenario of report.scenarios) {
    const scenarioPlace: Place = ['scenario', scenario.title, '', '', ''];
    rows.push(countRow(scenarioPlace, 'learners who started it', scenario.started));
    rows.push(countRow(scenarioPlace, 'learners who reached an ending', scenario.reachedEnding));
    rows.push([
      ...scenarioPlace,
      'median minutes from first to last decision',
      scenario.medianSeconds === null ? '' : (scenario.medianSeconds / 60).toFixed(1),
      '',
      scenario.medianSeconds === null ? sayMessage(t, scenario.timeNote) : '',
    ]);
    for (const decision of scenario.decisions) {
      const decisionPlace: Place = ['decision', scenario.title, decision.prompt, '', ''];
      rows.push(countRow(decisionPlace, 'learners who answered', decision.answered));
      rows.push(
        countRow(
          decisionPlace,
          'learners who missed the best choice',
          decision.missed,
          decision.missShare,
        ),
      );
      for (const choice of decision.choices) {
        const choicePlace: Place = [
          'choice',
          scenario.title,
          decision.prompt,
          choice.text,
          choice.rating,
        ];
        rows.push(countRow(choicePlace, 'learners who chose it', choice.learners, choice.share));
        if (choice.roomVotes !== null)
          rows.push([
            ...choicePlace,
            `room votes (${decision.room!.sessions} session${decision.room!.sessions === 1 ? '' : 's'})`,
            choice.roomVotes,
            '',
            t('insights.csv.roomVotesNote'),
          ]);
      }
    }
  }
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** "across-the-interface-insights-2026-12-04.csv" */
export const reportFileName = (course: InsightsCourse, day: string) =>
  `${course.moduleId}-insights-${day}.csv`;
