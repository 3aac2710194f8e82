import type { Page } from '@playwright/test';
import { recommendedPath } from '../../../src/dialogue/scenario-graph';
import type { ScenarioRecord } from '../../../src/progress/progress-store';
import { loadSettings } from '../../../src/settings/load-settings';
import { buildCourseInfo } from '../../../src/tracking/course-info';
import { encodeProgress } from '../../../src/tracking/progress-codec';
import { readScenario } from './scenario-plans';

/** The module as built: the settings in force and their scenarios. */
const settings = loadSettings(process.cwd());
const scenarios = settings.scenarios.map(({ id }) => readScenario(id));
export const course = buildCourseInfo(settings, scenarios);

/** Every scenario finished on its recommended path: a learner whose certificate is ready. */
export function finishedRecords(): Record<string, ScenarioRecord> {
  return Object.fromEntries(
    course.scenarios.map((info, index) => {
      const path = recommendedPath(scenarios.find((scenario) => scenario.id === info.id)!);
      const ending = path.ending!.id;
      const record: ScenarioRecord = {
        choices: path.choices.map((choice) => choice.id),
        at: ending,
        finished: {
          ending,
          outcome: info.endings[ending]!,
          score: info.maxScore,
          maxScore: info.maxScore,
        },
        updatedAt: new Date(Date.UTC(2026, 10, 20, 9, index)).toISOString(),
      };
      return [info.id, record];
    }),
  );
}

/** The same finished course as SCORM suspend_data, as an LMS would hold it. */
export const finishedSuspendData = () =>
  encodeProgress(course, { savedAt: Date.UTC(2026, 10, 20, 10), records: finishedRecords() });

/** Puts a finished course in this browser's storage (the open web) and reloads the page. */
export async function finishCourseInBrowser(page: Page) {
  await page.evaluate((records) => {
    for (const [id, record] of Object.entries(records))
      localStorage.setItem(`across-the-interface:v1:scenario:${id}`, JSON.stringify(record));
  }, finishedRecords());
  await page.reload();
}
