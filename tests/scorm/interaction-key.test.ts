import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interactionKeyCsv } from '../../scorm/interaction-key';
import { loadScenarios } from '../../src/integrity/content-files';
import { loadSettings } from '../../src/settings/load-settings';
import { buildCourseInfo } from '../../src/tracking/course-info';

const root = path.resolve(import.meta.dirname, '../..');
const olderKey = readFileSync(
  path.join(root, 'tests/fixtures/lms-exports/moodle-4.5/across-the-interface-interactions.csv'),
  'utf8',
);

describe('the interaction key npm run package writes', () => {
  const settings = loadSettings(root, '');
  const scenarios = loadScenarios(root);
  const course = buildCourseInfo(settings, scenarios);
  const lines = interactionKeyCsv(course, scenarios).split('\r\n').filter(Boolean);

  it("keeps the older key's nine columns in their order and adds the module version last", () => {
    const olderHeadings = olderKey.split('\r\n')[0]!;
    expect(lines[0]).toBe(`${olderHeadings},version`);
    // Every row ends with the version, so a reader of the older columns reads each row unchanged.
    for (const line of lines.slice(1)) expect(line.endsWith(`,${course.version}`), line).toBe(true);
    expect(lines.length - 1).toBe(
      course.scenarios.reduce(
        (sum, scenario) =>
          sum + scenario.decisions.reduce((inner, decision) => inner + decision.choices.length, 0),
        0,
      ),
    );
  });
});
