/**
 * The longest SCORM suspend_data the module can write with the current content: every scenario
 * at its path with the most choices, finished with its highest score, saved in the far future.
 * The same worst case tests/tracking/progress-codec.test.ts checks against SCORM 1.2's limit.
 */
import { longestChoicePath } from '../src/dialogue/scenario-graph';
import type { ScenarioRecord } from '../src/progress/progress-store';
import type { Scenario } from '../src/schemas/scenario';
import { loadScenarios } from '../src/integrity/content-files';
import { loadSettings } from '../src/settings/load-settings';
import { buildCourseInfo, type CourseInfo } from '../src/tracking/course-info';
import { encodeProgress } from '../src/tracking/progress-codec';

/** Every scenario at its longest path, finished with its highest score, saved in the far future. */
export function worstCaseProgress(course: CourseInfo, scenarios: readonly Scenario[]): string {
  const records = Object.fromEntries(
    course.scenarios.map((info, index) => {
      const { choices, ending } = longestChoicePath(
        scenarios.find((scenario) => scenario.id === info.id)!,
      );
      const record: ScenarioRecord = {
        choices,
        // A scored run that shares no choice with the path: the longest the scored run can cost.
        scored: [...choices].reverse(),
        at: ending,
        finished: {
          ending,
          outcome: info.endings[ending]!,
          score: info.maxScore,
          maxScore: info.maxScore,
        },
        updatedAt: new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString(),
      };
      return [info.id, record];
    }),
  );
  return encodeProgress(course, { savedAt: Date.UTC(2099, 11, 31), records });
}

/** The worst-case suspend_data for the module in `root`, and how many scenarios it holds. */
export function worstCaseSuspendData(root: string): { text: string; scenarios: number } {
  const settings = loadSettings(root);
  const scenarios = loadScenarios(
    root,
    settings.scenarios.map(({ id }) => id),
  );
  const course = buildCourseInfo(settings, scenarios);
  return { text: worstCaseProgress(course, scenarios), scenarios: course.scenarios.length };
}
