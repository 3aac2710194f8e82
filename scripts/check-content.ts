/**
 * npm run check:content — every author-facing check, fast, without a full build: the same checks
 * the build runs (src/integrity/check-content.ts). Exits 1 when there is an error; warnings alone pass.
 *
 *   npm run check:content                                    the national settings and every file
 *   npm run check:content -- --settings path/to/trust.yaml   with a trust's settings in force
 *   npm run check:content -- --allow-overdue                 overdue clinical reviews listed, not errors
 *
 * See docs/authoring.md and docs/tailoring.md.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/integrity/check-content.ts';
import { formatProblems } from '../src/schemas/problem.ts';
import {
  allowOverdue,
  isReviewProblem,
  reviewStatusLines,
  today,
} from '../src/integrity/review-rules.ts';
import { minutesSummary } from '../src/integrity/induction-minutes.ts';
import { optionLengthSummary } from '../src/integrity/option-balance-rules.ts';
import { displayPath, settingsOverlayVariable } from '../src/settings/load-settings.ts';

const { values } = parseArgs({
  options: {
    settings: { type: 'string' },
    'allow-overdue': { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const on = today();
// --settings, or else ACROSS_SETTINGS as the build uses it.
const overlayFile = values.settings ?? (process.env[settingsOverlayVariable] || undefined);
// Without --settings, every trust file in content/trusts/ is checked too (drafts starting with "_" aside).
const checked = checkContent(root, { overlayFile, today: on, allTrustFiles: !overlayFile });
const overdue = values['allow-overdue']
  ? reviewStatusLines(
      checked.problems.filter((problem) => problem.code === 'review-overdue'),
      on,
    )
  : [];
const problems = values['allow-overdue']
  ? allowOverdue(checked.problems).filter(
      (problem) => !(isReviewProblem(problem) && problem.code === 'review-overdue'),
    )
  : checked.problems;

if (overlayFile)
  console.log(`With ${displayPath(root, overlayFile)} overlaid on the national settings.\n`);
if (problems.length) console.log(formatProblems(problems));
else
  console.log(
    `Content is fine: ${checked.scenarios.size} scenario${checked.scenarios.size === 1 ? '' : 's'} checked.`,
  );
if (overdue.length)
  console.log(`\nOverdue for clinical review, allowed by --allow-overdue:\n${overdue.join('\n')}`);
// How long the module takes, so a trust choosing scenarios sees the total (docs/tailoring.md).
if (checked.minutes) console.log(`\n${minutesSummary(checked.minutes)}`);
if (checked.scenarios.size)
  console.log(optionLengthSummary([...checked.scenarios.values()].map(({ scenario }) => scenario)));
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
