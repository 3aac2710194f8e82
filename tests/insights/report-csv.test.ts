import { describe, expect, it } from 'vitest';
import { readDelimitedText } from '../../src/insights/delimited-text';
import type { ExportFile, InteractionKey } from '../../src/insights/files';
import { buildReport, noFilter } from '../../src/insights/report';
import { reportCsv, reportFileName } from '../../src/insights/report-csv';
import { loadFixture, nationalCourse } from './course-fixture';

const course = nationalCourse();

describe('the CSV download', () => {
  it('has one figure a row, the same suppression as the page, and no names', async () => {
    const key = (await loadFixture(
      course,
      'across-the-interface-interactions.csv',
    )) as InteractionKey;
    const moodle = (await loadFixture(course, 'scorm12-interactions.txt')) as ExportFile;
    const csv = reportCsv(course, buildReport(course, key, [moodle], []), noFilter);
    const rows = readDelimitedText(csv, ',').filter((row) => row.length > 1);
    expect(rows[0]).toEqual([
      'scope',
      'scenario',
      'decision',
      'choice',
      'rating',
      'measure',
      'value',
      'share',
      'note',
    ]);
    expect(rows.find((row) => row[5] === 'learners')).toEqual([
      'module',
      '',
      '',
      '',
      '',
      'learners',
      '12',
      '',
      '',
    ]);
    const skin = rows.filter(
      (row) =>
        row[0] === 'choice' && row[1] === 'The second problem' && row[2]!.startsWith("Stan's mole"),
    );
    expect(skin.map((row) => [row[4], row[6], row[7]])).toEqual([
      ['poor', '6', '60%'],
      ['best', 'fewer than 5', ''],
      ['poor', 'fewer than 5', ''],
    ]);
    expect(skin[1]![8]).toBe('fewer than 5 learners: hidden so that no one can be recognised');
    for (const word of ['Aoife', 'nhs.example', '@']) expect(csv).not.toContain(word);
    expect(reportFileName(course, '2026-12-04')).toBe(
      'across-the-interface-insights-2026-12-04.csv',
    );
  });
});
