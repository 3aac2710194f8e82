/**
 * npm run new:scenario -- <id> — starts a new scenario that plays straight away:
 *
 *   scenarios/<id>.yaml              a small, complete case with a comment on every field
 *   content/scenarios/<id>.mdx       its teaching page, with guidance in each section
 *   content/settings.yaml            lists it, as optional (comments and layout kept)
 *   public/videos/<id>/              a placeholder vlog, when ffmpeg and espeak-ng are installed
 *
 * Options:
 *   --title "<title>"   the title learners see (default: made from the id)
 *   --no-video          skip the placeholder vlog (then run npm run videos -- --only <id>)
 *
 * It never overwrites anything. See docs/authoring.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/integrity/check-content';
import { formatProblem } from '../src/schemas/problem';
import { defaultSettingsFile } from '../src/settings/load-settings';
import {
  scenarioIdProblem,
  settingsWithScenario,
  starterScenarioYaml,
  starterTeachingPage,
} from './new-scenario/starter';
import { missingVlogTools, vlogToolsInstall } from './videos/vlog-tools';

class Refusal extends Error {}

const root = process.cwd();
function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      'no-video': { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1)
    throw new Refusal(`give one id, not ${positionals.length} (put a title in --title "…").`);
  const id = positionals[0];
  const idProblem = scenarioIdProblem(id);
  if (idProblem) throw new Refusal(`${idProblem}.`);
  if (
    !existsSync(path.join(root, 'scenarios')) ||
    !existsSync(path.join(root, defaultSettingsFile))
  ) {
    throw new Refusal(
      `run it from the project's folder (the one with scenarios/ and ${defaultSettingsFile}).`,
    );
  }
  const title = values.title?.trim() || undefined;

  const files = {
    scenario: `scenarios/${id}.yaml`,
    teaching: `content/scenarios/${id}.mdx`,
    videos: `public/videos/${id}`,
  };
  const existing = [files.scenario, files.teaching].filter((file) =>
    existsSync(path.join(root, file)),
  );
  const videoDir = path.join(root, files.videos);
  if (existsSync(videoDir) && readdirSync(videoDir).length) existing.push(`${files.videos}/`);
  if (existing.length) {
    throw new Refusal(
      `"${id}" is already taken: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}. Choose another id, or edit the existing scenario.`,
    );
  }

  // Work out every change before writing any, so a problem leaves nothing half done.
  const today = new Date();
  const settingsPath = path.join(root, defaultSettingsFile);
  const settings = settingsWithScenario(readFileSync(settingsPath, 'utf8'), id!);
  writeFileSync(path.join(root, files.scenario), starterScenarioYaml({ id: id!, title, today }));
  mkdirSync(path.dirname(path.join(root, files.teaching)), { recursive: true });
  writeFileSync(path.join(root, files.teaching), starterTeachingPage({ id: id!, title, today }));
  if (settings.added) writeFileSync(settingsPath, settings.text);

  console.log(`Started the scenario "${id}":`);
  console.log(
    `  ${files.scenario.padEnd(48)} the case: cast, nodes and choices, every field explained`,
  );
  console.log(`  ${files.teaching.padEnd(48)} its teaching page`);
  console.log(
    `  ${defaultSettingsFile.padEnd(48)} ${settings.added ? 'now lists it, as optional (required: false)' : 'already listed it'}`,
  );

  const videos = `npm run videos -- --only ${id}`;
  const missingTools = missingVlogTools();
  if (values['no-video'] || missingTools.length) {
    console.log(
      values['no-video']
        ? `\nNo placeholder vlog was made (--no-video). Make it with:\n  ${videos}`
        : `\nNo placeholder vlog was made: it needs ${missingTools.join(', ')} (Debian or Ubuntu: ${vlogToolsInstall}). Then run:\n  ${videos}`,
    );
    console.log(
      'Until then, npm run check:content reports the vlog files as missing and the site will not build.',
    );
  } else {
    console.log(`\nMaking its placeholder vlog (${videos}); this takes a minute or so…`);
    const made = spawnSync(
      'npx',
      [
        'tsx',
        path.join(import.meta.dirname, 'videos', 'generate-vlogs.ts'),
        '--only',
        id!,
        '--root',
        root,
      ],
      {
        cwd: path.resolve(import.meta.dirname, '..'),
        stdio: 'inherit',
      },
    );
    if (made.status !== 0)
      console.log(`The vlog was not made; see above. Once that is fixed, run:\n  ${videos}`);
  }

  const { problems } = checkContent(root);
  const mine = problems.filter((problem) =>
    [files.scenario, files.teaching].includes(problem.file),
  );
  const errors = problems.filter((problem) => problem.severity === 'error');
  console.log('');
  if (errors.length) {
    console.log(
      `npm run check:content finds ${errors.length} error${errors.length === 1 ? '' : 's'}:\n`,
    );
    for (const problem of errors) console.log(`${formatProblem(problem)}\n`);
  } else {
    console.log(
      `npm run check:content passes. Until the starter text is replaced and a clinician has reviewed it, it warns:`,
    );
    for (const problem of mine)
      console.log(
        `  - ${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`,
      );
  }
  console.log(`
Next:
  1. npm run dev, then open http://localhost:4321/scenarios/${id}/ to play it and
     http://localhost:4321/review/${id}/ for its map.
  2. Replace each "Starter text: …" in both files with the real case; docs/authoring.md walks
     through it. Run npm run check:content after each change.
  3. After changing any lines, remake the placeholder vlog: ${videos}
  4. Print http://localhost:4321/review/${id}/script/ for a clinician to review, then record the
     review in ${files.teaching}.
  5. When it is ready, set required: true for it in ${defaultSettingsFile} (and in your trust's
     settings file, if it has its own list of scenarios).`);
}

try {
  main();
} catch (error) {
  if (error instanceof Refusal) {
    console.error(`Nothing was created: ${error.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
}
