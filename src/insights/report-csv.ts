import type { InsightsCourse } from './course';
import type { Report, ReportFilter } from './report';
import { countText, type Count } from './suppression';

/**
 * The report as CSV, for the interface group's own spreadsheet: one figure a row (scope,
 * scenario, decision, choice, measure, value, note), with the same suppression as the page.
 */
const field = (value: string | number) => {
  let text = String(value);
  // A cell starting with =, +, - or @ is a formula to a spreadsheet; a leading apostrophe keeps it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const percent = (share: number | null) => (share === null ? '' : `${Math.round(share * 100)}%`);
const note = (count: Count) => (count.hidden ? count.reason : '');

export function reportCsv(course: InsightsCourse, report: Report, filter: ReportFilter): string {
  const rows: (string | number)[][] = [
    ['scope', 'scenario', 'decision', 'choice', 'rating', 'measure', 'value', 'share', 'note'],
  ];
  const scope = [
    filter.from || filter.to
      ? `days ${filter.from ?? 'any'} to ${filter.to ?? 'any'}`
      : 'every day',
    filter.files ? `files: ${filter.files.join('; ')}` : 'every file loaded',
  ].join(', ');
  rows.push([
    'module',
    '',
    '',
    '',
    '',
    'what this covers',
    `${course.title}, answers from ${report.version.key === null ? 'a version the key does not name' : `version ${report.version.key}`} (this page: version ${report.version.page}): ${scope}`,
    '',
    'No learner names or ids are in this file; figures about fewer than 5 learners are hidden.',
  ]);
  rows.push([
    'module',
    '',
    '',
    '',
    '',
    'learners',
    countText(report.learners),
    '',
    note(report.learners),
  ]);
  rows.push([
    'module',
    '',
    '',
    '',
    '',
    `passed (best score ${course.passMark} or more)`,
    countText(report.passed),
    percent(report.passRate),
    note(report.passed),
  ]);
  rows.push([
    'module',
    '',
    '',
    '',
    '',
    'reached an ending in every required scenario',
    countText(report.completed),
    percent(report.completionRate),
    note(report.completed),
  ]);
  for (const scenario of report.scenarios) {
    rows.push([
      'scenario',
      scenario.title,
      '',
      '',
      '',
      'learners who started it',
      countText(scenario.started),
      '',
      note(scenario.started),
    ]);
    rows.push([
      'scenario',
      scenario.title,
      '',
      '',
      '',
      'learners who reached an ending',
      countText(scenario.reachedEnding),
      '',
      note(scenario.reachedEnding),
    ]);
    rows.push([
      'scenario',
      scenario.title,
      '',
      '',
      '',
      'median minutes from first to last decision',
      scenario.medianSeconds === null ? '' : (scenario.medianSeconds / 60).toFixed(1),
      '',
      scenario.medianSeconds === null ? scenario.timeNote : '',
    ]);
    for (const decision of scenario.decisions) {
      rows.push([
        'decision',
        scenario.title,
        decision.prompt,
        '',
        '',
        'learners who answered',
        countText(decision.answered),
        '',
        note(decision.answered),
      ]);
      rows.push([
        'decision',
        scenario.title,
        decision.prompt,
        '',
        '',
        'learners who missed the best choice',
        countText(decision.missed),
        percent(decision.missShare),
        note(decision.missed),
      ]);
      for (const choice of decision.choices) {
        rows.push([
          'choice',
          scenario.title,
          decision.prompt,
          choice.text,
          choice.rating,
          'learners who chose it',
          countText(choice.learners),
          percent(choice.share),
          note(choice.learners),
        ]);
        if (choice.roomVotes !== null)
          rows.push([
            'choice',
            scenario.title,
            decision.prompt,
            choice.text,
            choice.rating,
            `room votes (${decision.room!.sessions} session${decision.room!.sessions === 1 ? '' : 's'})`,
            choice.roomVotes,
            '',
            'votes counted by a facilitator; no one is named',
          ]);
      }
    }
  }
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** "across-the-interface-insights-2026-12-04.csv" */
export const reportFileName = (course: InsightsCourse, day: string) =>
  `${course.moduleId}-insights-${day}.csv`;
