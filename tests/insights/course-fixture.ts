import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { buildInsightsCourse, type InsightsCourse } from '../../src/insights/course';
import type { ExportFile, InteractionKey } from '../../src/insights/files';
import { loadFile } from '../../src/insights/load-file';
import { buildReport } from '../../src/insights/report';
import { loadSettings } from '../../src/settings/load-settings';
import { fillPlaceholders } from '../../src/settings/placeholders';
import { loadScenario } from '../helpers/load-scenario';

export const root = path.resolve(import.meta.dirname, '../..');
export const moodleFixtures = path.join(root, 'tests/fixtures/lms-exports/moodle-4.5');

/** The course as the insights page is built with the national settings (src/pages/insights/). */
export function nationalCourse(): InsightsCourse {
  const settings = loadSettings(root, '');
  return buildInsightsCourse({
    module: settings.module,
    passMark: settings.passMark,
    organisation: settings.organisation.name,
    contacts: settings.contacts,
    scenarios: settings.scenarios.map(({ id, required }) => ({
      scenario: fillPlaceholders(
        loadScenario(path.join(root, 'scenarios', `${id}.yaml`)),
        settings,
      ),
      required,
      teachingHref: `/scenarios/${id}/#teaching-notes`,
    })),
  });
}

/** A file from disk, as the page gets it from a file input. */
export async function diskFile(file: string, name = path.basename(file)) {
  const blob = await openAsBlob(file);
  return new File([blob], name);
}

export async function loadFixture(course: InsightsCourse, name: string) {
  return loadFile(await diskFile(path.join(moodleFixtures, name)), course);
}

/** A file made in the test from text or bytes. */
export const madeFile = (name: string, content: string | Uint8Array) =>
  new File([content as BlobPart], name);

/** The report of the real Moodle Interactions report fixture, read with its own interaction key. */
export async function moodleFixtureReport(course: InsightsCourse) {
  const key = (await loadFixture(
    course,
    'across-the-interface-interactions.csv',
  )) as InteractionKey;
  const moodle = (await loadFixture(course, 'scorm12-interactions.txt')) as ExportFile;
  return buildReport(course, key, [moodle], []);
}
