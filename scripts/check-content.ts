/**
 * npm run check:content — every author-facing check, fast, without a full build.
 * Exits 1 when there is an error; warnings alone pass.
 */
import { checkContent } from '../src/integrity/check-content.ts';
import { formatProblems } from '../src/integrity/problem.ts';

const { problems, scenarios } = checkContent(process.cwd());
if (problems.length) console.log(formatProblems(problems));
else console.log(`Content is fine: ${scenarios.size} scenario${scenarios.size === 1 ? '' : 's'} checked.`);
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
