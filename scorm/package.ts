/**
 * npm run package — builds the site and writes a SCORM package for each version the settings list
 * (settings.scormVersions) to scorm/out/:
 *
 *   <module-id>-scorm12.zip        SCORM 1.2
 *   <module-id>-scorm2004.zip      SCORM 2004 3rd Edition
 *   <module-id>-interactions.csv   what each reported response letter means
 *
 * Options:
 *   --settings <file>   a trust's settings overlaid on content/settings.yaml
 *   --skip-build        package the existing build (tests build once, then package)
 *   --site <dir>        the built site to package (default dist/)
 *   --out <dir>         somewhere other than scorm/out
 *
 * See docs/lms.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { scenarioSchema } from '../src/schemas/scenario';
import { loadSettings, settingsOverlayVariable } from '../src/settings/load-settings';
import type { CourseInfo } from '../src/tracking/course-info';
import { buildPackage, launchPage, PackagingError } from './build-package';
import { interactionKeyCsv } from './interaction-key';
import { hasXmllint } from './validate';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    settings: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    site: { type: 'string', default: path.join(root, 'dist') },
    out: { type: 'string', default: path.join(root, 'scorm', 'out') },
  },
});

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The course the launcher page was built with, so the package and its tracking agree. */
function builtCourse(siteDir: string): CourseInfo {
  const html = readFileSync(path.join(siteDir, launchPage), 'utf8');
  const json = /<script type="application\/json" id="launcher-course">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new PackagingError(`${launchPage} carries no course information: rebuild the site.`);
  return JSON.parse(json) as CourseInfo;
}

function main() {
  const settingsFile = values.settings ? path.resolve(values.settings) : undefined;
  const env = { ...process.env, ...(settingsFile ? { [settingsOverlayVariable]: settingsFile } : {}) };
  if (!values['skip-build']) {
    console.log('Building the site…');
    const build = spawnSync('npx', ['astro', 'build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new PackagingError('The site did not build; see the errors above.');
  }
  const siteDir = path.resolve(values.site);
  if (!existsSync(path.join(siteDir, launchPage))) throw new PackagingError(`There is no built site in ${siteDir}: run npm run package without --skip-build.`);
  const settings = loadSettings(root, settingsFile);
  const course = builtCourse(siteDir);
  if (course.moduleId !== settings.module.id || course.version !== settings.module.version) {
    throw new PackagingError(`${siteDir} was built for ${course.moduleId} ${course.version}, but the settings say ${settings.module.id} ${settings.module.version}: build again.`);
  }
  if (!hasXmllint()) console.warn('xmllint is not installed (Debian: apt-get install libxml2-utils), so the manifests were not validated here.');

  for (const version of settings.scormVersions) {
    const built = buildPackage(siteDir, version, course, values.out);
    console.log(`${path.relative(process.cwd(), built.file) || built.file}  ${megabytes(built.bytes)} (${built.bytes} bytes)`);
    for (const warning of built.warnings) console.warn(`  warning: ${warning.file}: ${warning.message}`);
  }

  const scenarios = readdirSync(path.join(root, 'scenarios'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => scenarioSchema.parse(parse(readFileSync(path.join(root, 'scenarios', name), 'utf8'))));
  const keyFile = path.join(values.out, `${course.moduleId}-interactions.csv`);
  writeFileSync(keyFile, interactionKeyCsv(course, scenarios));
  console.log(`${path.relative(process.cwd(), keyFile) || keyFile}  (what each reported response letter means)`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof PackagingError ? `Packaging stopped. ${error.message}` : error);
  process.exitCode = 1;
}
