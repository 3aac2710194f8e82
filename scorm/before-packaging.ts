/**
 * What `npm run package` checks before it builds anything: the settings, every content file
 * (drafts, starting with "_", left out as everywhere else: src/integrity/content-files.ts) and
 * the clinical review dates. It returns what packaging needs from the content, so nothing is
 * read again, unchecked, once the packages are being written.
 */
import { checkContent } from '../src/integrity/check-content';
import { formatProblems } from '../src/schemas/problem';
import { reviewStatusLines, stopsPackaging, today } from '../src/integrity/review-rules';
import { minutesSummary } from '../src/integrity/induction-minutes';
import { refuseMissingVlogs } from '../src/integrity/video-rules';
import type { Scenario } from '../src/schemas/scenario';
import type { Settings } from '../src/schemas/settings';
import { fillPlaceholders } from '../src/settings/placeholders';
import { displayPath, readSettings, SettingsError } from '../src/settings/load-settings';
import { PackagingError } from './build-package';

export interface PackagingOptions {
  /** A trust's settings file overlaid on content/settings.yaml (absolute). */
  settingsFile?: string;
  /** Package even when a clinical review is overdue or missing (--allow-overdue). */
  allowOverdue?: boolean;
  /** The day review dates are judged on; by default today (or ACROSS_TODAY). */
  today?: Date;
}

export interface CheckedForPackaging {
  settings: Settings;
  /** Every scenario in the project, as learners read it: local and nation values filled in. */
  scenarios: Scenario[];
}

/**
 * Everything `npm run check:content` checks, before the build: settings (the trust's file and
 * line for each wrong value), content, and clinical review dates, which stop packaging when a
 * review is overdue or missing unless allowOverdue. Throws a PackagingError that lists every
 * problem; prints warnings and the playing time.
 */
export function checkBeforeBuilding(
  root: string,
  options: PackagingOptions = {},
): CheckedForPackaging {
  const { settingsFile } = options;
  const read = readSettings(root, settingsFile);
  if (!read.settings)
    throw new PackagingError(new SettingsError(read.problems, read.files).message);
  const on = options.today ?? today();
  // A missing vlog, only a warning for an optional scenario in the site build, stops a package.
  const checked = checkContent(root, { overlayFile: settingsFile, today: on });
  const { minutes } = checked;
  const problems = refuseMissingVlogs(checked.problems);
  const errors = problems.filter(
    (problem) => problem.severity === 'error' && !stopsPackaging(problem),
  );
  if (errors.length) {
    const check = `npm run check:content${settingsFile ? ` -- --settings ${displayPath(root, settingsFile)}` : ''}`;
    throw new PackagingError(
      `The content has problems that would break the module (${check} lists the same):\n\n${formatProblems(problems.filter((problem) => !stopsPackaging(problem)))}`,
    );
  }
  const warnings = problems.filter(
    (problem) => problem.severity === 'warning' && !stopsPackaging(problem),
  );
  if (warnings.length) console.warn(`${formatProblems(warnings)}\n`);
  const review = reviewStatusLines(problems, on);
  if (review.length && !options.allowOverdue) {
    throw new PackagingError(
      [
        `${review.length === 1 ? 'A scenario is' : `${review.length} scenarios are`} not cleared by a clinical review:`,
        ...review,
        '',
        'Get each one reviewed by a clinician and update the review dates in its teaching page (docs/authoring.md),',
        'or leave it out of scenarios in your settings. To package anyway, which learners will then see, add --allow-overdue.',
      ].join('\n'),
    );
  }
  if (review.length)
    console.warn(
      `Packaging with content not cleared by a clinical review (--allow-overdue):\n${review.join('\n')}\n`,
    );
  if (minutes) console.log(minutesSummary(minutes));
  const settings = read.settings;
  // As learners read them: local and nation values filled in ({{nation.prescriptionForm}} → HS21).
  const scenarios = [...checked.scenarios.values()].map(({ scenario }) =>
    fillPlaceholders(scenario, settings),
  );
  return { settings, scenarios };
}
