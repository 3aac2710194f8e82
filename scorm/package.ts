/**
 * npm run package — checks the content, builds the site and writes a SCORM package for each
 * version the settings list (settings.scormVersions) to scorm/out/:
 *
 *   <module-id>-scorm12.zip        SCORM 1.2
 *   <module-id>-scorm2004.zip      SCORM 2004 3rd Edition
 *   <module-id>-interactions.csv   what each reported response letter means
 *
 * With a trust's settings the organisation goes into the names, e.g.
 * across-the-interface-northshire-scorm12.zip, and into the title the LMS shows.
 *
 * Options:
 *   --settings <file>   a trust's settings overlaid on content/settings.yaml (docs/tailoring.md)
 *   --allow-overdue     package even when a scenario's clinical review is overdue or missing,
 *                       printing which ones (without it, packaging stops)
 *   --skip-build        package the existing build (tests build once, then package)
 *   --site <dir>        where the site is built, and packaged from (default dist/)
 *   --out <dir>         somewhere other than scorm/out
 *
 * Review pages (src/pages/review/) are never put in a package, and the insights page
 * (src/pages/insights/) only when the settings say insights: true. See docs/lms.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { settingsInLanguage } from '../src/i18n/settings-language';
import { displayPath, settingsOverlayVariable } from '../src/settings/load-settings';
import type { CourseInfo } from '../src/tracking/course-info';
import {
  launchPage,
  makePackage,
  PackagingError,
  tailoringFor,
  writePackage,
  type PackageTailoring,
} from './build-package';
import { checkBeforeBuilding } from './before-packaging';
import { interactionKeyCsv } from './interaction-key';
import { hasXmllint } from './validate';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    settings: { type: 'string' },
    'allow-overdue': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    site: { type: 'string', default: path.join(root, 'dist') },
    out: { type: 'string', default: path.join(root, 'scorm', 'out') },
  },
});

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The course the launcher page was built with, so the package and its tracking agree. */
function builtCourse(siteDir: string): CourseInfo {
  const html = readFileSync(path.join(siteDir, launchPage), 'utf8');
  const json = /<script type="application\/json" id="launcher-course">([\s\S]*?)<\/script>/.exec(
    html,
  )?.[1];
  if (!json)
    throw new PackagingError(`${launchPage} carries no course information: rebuild the site.`);
  return JSON.parse(json) as CourseInfo;
}

/** The organisation named in the built site's header, to catch a build made with other settings. */
function builtOrganisation(siteDir: string): string | undefined {
  const html = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
  const name = /<p class="app-header__organisation">([^<]*)<\/p>/.exec(html)?.[1];
  return name
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function main() {
  // --settings, or else ACROSS_SETTINGS (relative to the project, as the build reads it).
  const fromEnvironment = process.env[settingsOverlayVariable];
  const settingsFile = values.settings
    ? path.resolve(values.settings)
    : fromEnvironment
      ? path.resolve(root, fromEnvironment)
      : undefined;
  const { settings, scenarios } = checkBeforeBuilding(root, {
    settingsFile,
    allowOverdue: values['allow-overdue'],
  });
  const tailoring: PackageTailoring | undefined = settingsFile
    ? tailoringFor(settings.organisation)
    : undefined;
  if (settingsFile)
    console.log(
      `Packaging for ${settings.organisation.name} with ${displayPath(root, settingsFile)}.`,
    );
  // A production build whatever the shell says: NODE_ENV=development or test (set by test runners,
  // or left in a profile) would bundle React's development build into the package.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  if (settingsFile) env[settingsOverlayVariable] = settingsFile;
  const siteDir = path.resolve(values.site);
  if (!values['skip-build']) {
    console.log('Building the site…');
    const build = spawnSync('npx', ['astro', 'build', '--outDir', siteDir], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0)
      throw new PackagingError('The site did not build; see the errors above.');
  }
  if (!existsSync(path.join(siteDir, launchPage)))
    throw new PackagingError(
      `There is no built site in ${siteDir}: run npm run package without --skip-build.`,
    );
  const course = builtCourse(siteDir);
  if (course.moduleId !== settings.module.id || course.version !== settings.module.version) {
    throw new PackagingError(
      `${siteDir} was built for ${course.moduleId} ${course.version}, but the settings say ${settings.module.id} ${settings.module.version}: build again.`,
    );
  }
  // The site's root page is in the first language, so it names the organisation as that language does.
  const builtFor = builtOrganisation(siteDir);
  const expectedName = settingsInLanguage(settings, settings.languages[0]!, root).organisation.name;
  if (builtFor !== undefined && builtFor !== expectedName) {
    throw new PackagingError(
      `${siteDir} was built for ${builtFor}, but the settings say ${expectedName}: run npm run package without --skip-build.`,
    );
  }
  if (!hasXmllint())
    console.warn(
      'xmllint is not installed (Debian: apt-get install libxml2-utils), so the manifests were not validated here.',
    );

  // Every package and the key are made before any is written, so a failure leaves no zips behind
  // that look finished.
  const packages = settings.scormVersions.map((version) =>
    makePackage(siteDir, version, course, tailoring, { insights: settings.insights }),
  );
  const keyFile = path.join(
    values.out,
    `${course.moduleId}${tailoring ? `-${tailoring.slug}` : ''}-interactions.csv`,
  );
  const key = interactionKeyCsv(course, scenarios);

  for (const made of packages) {
    const built = writePackage(made, values.out);
    const validated = hasXmllint()
      ? `; its imsmanifest.xml passed the ${made.version === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} schema validation`
      : '';
    console.log(
      `${path.relative(process.cwd(), built.file) || built.file}  ${megabytes(built.bytes)} (${built.bytes} bytes)${validated}`,
    );
    for (const warning of built.warnings)
      console.warn(`  warning: ${warning.file}: ${warning.message}`);
  }
  writeFileSync(keyFile, key);
  console.log(
    `${path.relative(process.cwd(), keyFile) || keyFile}  (what each reported response letter means)`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof PackagingError ? `Packaging stopped. ${error.message}` : error);
  process.exitCode = 1;
}
