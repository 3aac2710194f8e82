import { describe, expect, it } from 'vitest';
import { readDelimitedText } from '../../src/insights/delimited-text';
import { noFilter } from '../../src/insights/report';
import { reportCsv, reportFileName } from '../../src/insights/report-csv';
import { moodleFixtureReport, nationalCourse } from './course-fixture';
import { translate } from '../helpers/catalogue';

const course = nationalCourse();

describe('the CSV download', () => {
  it('has one figure a row, the same suppression as the page, and no names', async () => {
    const report = await moodleFixtureReport(course);
    const csv = reportCsv(translate('en'), course, report, noFilter);
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

  it('keeps its headings and measures as fixed identifiers in Welsh, and words the rest in Welsh', async () => {
    const report = await moodleFixtureReport(course);
    const english = readDelimitedText(reportCsv(translate('en'), course, report, noFilter), ',');
    const welsh = readDelimitedText(reportCsv(translate('cy'), course, report, noFilter), ',');
    expect(welsh.map((row) => [row[0], row[5]])).toEqual(english.map((row) => [row[0], row[5]]));
    expect(welsh[0]).toEqual(english[0]);
    const covers = (rows: string[][]) => rows.find((row) => row[5] === 'what this covers')!;
    expect(covers(english)[6]).toMatch(
      /, answers from a version the key does not name \(this page: version .+\): every day, every file loaded$/,
    );
    expect(covers(welsh)[8]).toBe(
      'Nid oes enwau na rhifau adnabod dysgwyr yn y ffeil hon; caiff ffigurau am lai na 5 dysgwr eu cuddio.',
    );
    const hiddenNotes = welsh.map((row) => row[8]).filter((note) => note?.startsWith('llai na 5'));
    expect(hiddenNotes.length).toBeGreaterThan(0);
    expect(welsh.flat().join('\n')).not.toMatch(/fewer than|hidden so that|no one is named/);
  });
});
