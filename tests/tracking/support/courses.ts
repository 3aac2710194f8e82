import path from 'node:path';
import type { Scenario } from '../../../src/schemas/scenario';
import { loadScenarios } from '../../../src/integrity/content-files';
import { loadSettings } from '../../../src/settings/load-settings';
import { buildCourseInfo, type CourseInfo } from '../../../src/tracking/course-info';
import { fixture, loadScenario } from '../../helpers/load-scenario';

/** The tiny engine fixture (maximum score 20), plus a renamed copy for a second scenario. */
export const flagRoute = loadScenario(fixture('scenarios/flag-route.yaml'));
export const flagRouteCopy: Scenario = {
  ...flagRoute,
  id: 'flag-route-copy',
  title: 'Flag route again',
};

/** Two scenarios: the first required, the second as given. */
export function tinyCourse(
  options: { secondRequired?: boolean; passMark?: number; version?: string } = {},
): CourseInfo {
  return buildCourseInfo(
    {
      module: { id: 'tiny-module', title: 'Tiny module', version: options.version ?? '1.0.0' },
      passMark: options.passMark ?? 70,
      scenarios: [
        { id: flagRoute.id, required: true },
        { id: flagRouteCopy.id, required: options.secondRequired ?? true },
      ],
    },
    [flagRoute, flagRouteCopy],
  );
}

const root = path.resolve(import.meta.dirname, '../../..');

/** The module as it is now: the settings in force and every scenario they list. */
export function currentContent(): { course: CourseInfo; scenarios: Scenario[] } {
  return contentAt(root);
}

/**
 * The module as it was at version 1.0.0, when a real Moodle stored the attempts in
 * tests/fixtures/tracking/: its settings and scenarios, kept so that data still decodes.
 */
export const contentAtVersion1 = () => contentAt(fixture('tracking/content-1.0.0'));

function contentAt(root: string): { course: CourseInfo; scenarios: Scenario[] } {
  const settings = loadSettings(root);
  const scenarios = loadScenarios(
    root,
    settings.scenarios.map(({ id }) => id),
  );
  return { course: buildCourseInfo(settings, scenarios), scenarios };
}
