import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, contentFolders } from './check-content';
import { errorsFirst, formatProblem, formatProblems, type Problem } from '../schemas/problem';
import { allowOverdue } from './review-rules';
import {
  defaultSettingsFile,
  settingsOverlayVariable,
  trustSettingsFolder,
} from '../settings/load-settings';

/**
 * Runs the content checks before Astro builds anything. Astro only logs a broken reference, so
 * without this a scenario with a missing target would ship. In `npm run dev` the same checks run
 * at the start and after every change to the content: the problems go to the terminal, and while
 * there is an error every page shows it in Vite's error overlay (file, line, node, field, fix),
 * so an author sees it where they work rather than the learners' "the case stopped working".
 * An overdue clinical review is only a warning here: it stops `npm run package`, not a build.
 */
export function contentIntegrity(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'across-the-interface:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({ vite: { build: { rolldownOptions: { onLog: quietBundlerNotes } } } });
        if (command === 'dev') return;
        const problems = allowOverdue(checkContent(root).problems);
        if (!problems.length) return;
        const report = formatProblems(problems);
        const hasErrors = problems.some((problem) => problem.severity === 'error');
        if (hasErrors && command === 'build') {
          throw new Error(`The content has problems that would break the module:\n\n${report}`);
        }
        logger.warn(`\n${report}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        let problems = checkNow(root, logger, []);
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!isContentFile(root, file)) return;
          clearTimeout(timer);
          // An editor's save can touch a file more than once; check once it has settled.
          timer = setTimeout(() => {
            const before = problems;
            problems = checkNow(root, logger, before);
            if (errorsOf(before).length || errorsOf(problems).length)
              server.ws.send({ type: 'full-reload', path: '*' });
          }, 150);
        });
        // Pages (not Vite's own files, scripts or media) answer with the overlay while there is an error.
        server.middlewares.use((request, response, next) => {
          const errors = errorsOf(problems);
          const wantsPage =
            request.method === 'GET' &&
            (request.headers.accept ?? '').includes('text/html') &&
            !/^\/(@|node_modules\/|__)/.test(request.url ?? '');
          if (!errors.length || !wantsPage) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(overlayPage(root, problems));
        });
      },
    },
  };
}

/** Rolldown's note on Astro's own "use astro:head-inject" directive: nothing a user can act on. */
function quietBundlerNotes(
  level: string,
  log: { code?: string; message: string },
  handler: (level: never, log: never) => void,
) {
  if (
    level === 'warn' &&
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    log.message.includes('astro:head-inject')
  )
    return;
  handler(level as never, log as never);
}

const errorsOf = (problems: readonly Problem[]) =>
  problems.filter((problem) => problem.severity === 'error');

/** Files whose change can change what the checks find: scenarios, teaching and other pages, settings, the vlogs. */
export function isContentFile(root: string, file: string): boolean {
  const relative = path.relative(root, file).split(path.sep).join('/');
  const overlay = process.env[settingsOverlayVariable];
  return (
    [
      contentFolders.scenarios,
      contentFolders.teachingPages,
      contentFolders.pages,
      contentFolders.public,
      trustSettingsFolder,
    ].some((folder) => relative.startsWith(`${folder}/`)) ||
    relative === defaultSettingsFile ||
    (overlay !== undefined && path.resolve(root, overlay) === path.resolve(file))
  );
}

/** Checks the content and says in the terminal what changed: the problems, or that they are fixed. */
function checkNow(
  root: string,
  logger: AstroIntegrationLogger,
  before: readonly Problem[],
): Problem[] {
  let problems: Problem[];
  try {
    problems = errorsFirst(allowOverdue(checkContent(root).problems));
  } catch (error) {
    // A check that cannot run at all is itself shown, rather than stopping the dev server.
    problems = [
      {
        severity: 'error',
        file: defaultSettingsFile,
        message: `the content checks could not run: ${error instanceof Error ? error.message : String(error)}`,
        fix: 'run npm run check:content to see more.',
      },
    ];
  }
  const report = formatProblems(problems);
  if (problems.length && report !== formatProblems(before)) {
    const log = errorsOf(problems).length ? logger.error.bind(logger) : logger.warn.bind(logger);
    log(
      `The content checks found problems:\n\n${report}${errorsOf(problems).length ? '\n\nPages show these errors until they are fixed.' : ''}`,
    );
  } else if (!problems.length && before.length) {
    logger.info('The content checks pass again.');
  }
  return problems;
}

/** A few lines of the file around the problem, as Vite's overlay shows a code frame. */
function codeFrame(root: string, problem: Problem): string {
  const full = path.join(root, problem.file);
  if (!problem.line || !existsSync(full)) return '';
  const lines = readFileSync(full, 'utf8').split(/\r?\n/);
  const first = Math.max(1, problem.line - 2);
  const last = Math.min(lines.length, problem.line + 2);
  const width = String(last).length;
  const frame: string[] = [];
  for (let number = first; number <= last; number += 1) {
    frame.push(
      `${number === problem.line ? '>' : ' '} ${String(number).padStart(width)} | ${lines[number - 1]}`,
    );
  }
  return frame.join('\n');
}

/**
 * A page that shows the problems in Vite's error overlay, as Vite shows a compile error: its
 * client script connects for live reload, so the page comes back by itself once the file is fixed.
 * The same words are in the page itself for a browser without JavaScript.
 */
export function overlayPage(root: string, problems: readonly Problem[]): string {
  const sorted = errorsFirst(problems);
  const first = sorted[0]!;
  const error = {
    title: 'The content has problems that would break the module',
    plugin: 'content checks (src/integrity)',
    hint: 'Fix the file and save it: this page reloads by itself. npm run check:content lists the same problems.',
    message: formatProblems(sorted),
    id: path.join(root, first.file),
    loc: { file: path.join(root, first.file), line: first.line ?? 1, column: 1 },
    frame: codeFrame(root, first),
    stack: '',
  };
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Content problems: ${escape(first.file)}</title></head>
<body>
<h1>The content has problems that would break the module</h1>
<pre data-testid="content-problems">${escape(sorted.map(formatProblem).join('\n\n'))}</pre>
<script type="module">
import { ErrorOverlay } from '/@vite/client';
document.body.appendChild(new ErrorOverlay(${JSON.stringify(error).replace(/</g, '\\u003c')}));
</script>
</body>
</html>
`;
}
