import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from './check-content';
import { formatProblems } from './problem';
import { allowOverdue } from './review-rules';

/**
 * Runs the content checks before Astro builds anything. Astro only logs a broken reference, so
 * without this a scenario with a missing target would ship; in dev the problems are logged
 * instead, so an author can fix them with the server still running. An overdue clinical review
 * is only a warning here: it stops `npm run package`, not a developer's build.
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'across-the-interface:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = allowOverdue(checkContent(fileURLToPath(config.root)).problems);
        if (!problems.length) return;
        const report = formatProblems(problems);
        const hasErrors = problems.some((problem) => problem.severity === 'error');
        if (hasErrors && command === 'build') {
          throw new Error(`The content has problems that would break the module:\n\n${report}`);
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}
