import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { listFiles } from '../src/integrations/portable-build';
import { explicitIndexLinks } from '../src/integrations/relative-urls';
import { courseCodeClashes, type CourseInfo } from '../src/tracking/course-info';
import { buildManifest } from './manifest';
import { checkManifestFiles, checkPackageFiles, type Problem } from './package-checks';
import { readSchemaFiles, type ScormVersion } from './schemas';
import { hasXmllint, validateManifest } from './validate';

/** The SCO: the launcher page the portable build puts in every site (src/pages/launch.astro). */
export const launchPage = 'launch/index.html';

/**
 * A package made with a trust's settings carries the organisation in its file name and LMS title,
 * so a trust (or a supplier packaging for several) cannot mix packages up.
 */
export interface PackageTailoring {
  /** The organisation's full name, for the title an LMS shows. */
  organisation: string;
  /** A file-name form of its short name, e.g. "northshire". */
  slug: string;
}

/** Lower-case ASCII words joined by hyphens: "St Helen's & Knowsley" → "st-helen-s-knowsley". */
export const organisationSlug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The tailoring for an organisation: its short name in file names, else its full name. */
export const tailoringFor = (organisation: {
  name: string;
  shortName: string;
}): PackageTailoring => ({
  organisation: organisation.name,
  slug: organisationSlug(organisation.shortName) || organisationSlug(organisation.name) || 'trust',
});

/** `<module-id>-scorm12.zip`, or `<module-id>-<organisation>-scorm12.zip` for a trust's package. */
export const packageFileName = (
  moduleId: string,
  version: ScormVersion,
  tailoring?: PackageTailoring,
) => `${moduleId}${tailoring ? `-${tailoring.slug}` : ''}-${version}.zip`;

/** The title an LMS shows: the module's, with the organisation's name for a trust's package. */
export const packageTitle = (title: string, tailoring?: PackageTailoring) =>
  tailoring ? `${title} – ${tailoring.organisation}` : title;

/**
 * Pages for authors and clinical reviewers (src/pages/review/: scenario maps and printable
 * scripts, with every choice's score and feedback) are in the open-web and preview builds but
 * never in an LMS package, where they would hand learners the answers.
 */
export const authoringOnlyFolder = 'review/';

/** A file's path without the second language's folder (cy/ or en/), so its pages are left out like the first's. */
const inFirstLanguage = (file: string) => file.replace(/^(?:cy|en)\//, '');

/** The review pages in either language: review/ and, for the second language, cy/review/ or en/review/. */
export const isAuthoringOnly = (file: string) =>
  inFirstLanguage(file).startsWith(authoringOnlyFolder);

/**
 * The insights page (src/pages/insights/) is for interface leads, not learners: left out of a
 * package unless the settings say insights: true.
 */
export const insightsFolder = 'insights/';

/** Links to those pages are marked data-not-in-package and left out of the package's HTML. */
export const withoutAuthoringOnly = (html: string) =>
  html.replace(/<([a-z][a-z0-9]*)\b[^>]*\sdata-not-in-package\b[^>]*>[\s\S]*?<\/\1>\s*/g, '');

/** Already compressed: storing them saves time and gains nothing. */
const stored = /\.(mp4|webm|jpe?g|png|webp|gif|woff2?|zip)$/i;

/** A fixed time for every entry, so the same site always makes the same zip. */
const entryTime = new Date('2024-01-01T00:00:00Z');

export class PackagingError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(
      problems.length
        ? `${message}\n${problems.map((problem) => `  ${problem.file}: ${problem.message}`).join('\n')}`
        : message,
    );
  }
}

/**
 * The package's files, before zipping: the built site with folder links made explicit
 * (…/index.html), the launcher told which SCORM version it is in, the manifest and the schema
 * control files.
 */
export function packageFiles(
  siteDir: string,
  version: ScormVersion,
  course: CourseInfo,
  tailoring?: PackageTailoring,
  options: { insights?: boolean } = {},
): Map<string, Uint8Array> {
  const clashes = courseCodeClashes(course);
  if (clashes.length)
    throw new PackagingError(
      `Saved progress could not tell some ids apart:\n  ${clashes.join('\n  ')}`,
    );

  const siteFiles = listFiles(siteDir)
    .filter(
      (file) =>
        !isAuthoringOnly(file) &&
        (options.insights || !inFirstLanguage(file).startsWith(insightsFolder)),
    )
    .sort();
  if (!siteFiles.includes(launchPage))
    throw new PackagingError(
      `${siteDir} has no ${launchPage}: build the site first (npm run build).`,
    );
  const files = new Map<string, Uint8Array>();
  for (const file of siteFiles) {
    const bytes = readFileSync(path.join(siteDir, file));
    if (!file.endsWith('.html')) {
      files.set(file, new Uint8Array(bytes));
      continue;
    }
    let html = explicitIndexLinks(withoutAuthoringOnly(bytes.toString('utf8')));
    if (file === launchPage)
      html = html.replace(
        /<html\b/,
        `<html data-scorm-version="${version === 'scorm12' ? '1.2' : '2004'}"`,
      );
    files.set(file, new TextEncoder().encode(html));
  }

  const problems = checkPackageFiles(files).filter(
    (problem) => !problem.file.endsWith('.css') || !/ is missing /.test(problem.message),
  );
  if (problems.length)
    throw new PackagingError('The built site would not work from an LMS:', problems);

  const manifest = buildManifest({
    version,
    moduleId: course.moduleId,
    title: packageTitle(course.title, tailoring),
    contentVersion: course.version,
    launch: launchPage,
    files: siteFiles,
  });
  const schemas = readSchemaFiles(version);
  for (const name of schemas.keys()) {
    if (files.has(name))
      throw new PackagingError(
        `The site has a file named ${name}, which the package needs for its schema.`,
      );
  }
  const manifestProblems = checkManifestFiles(manifest, new Set(files.keys()));
  if (manifestProblems.length)
    throw new PackagingError('The manifest names files the package lacks:', manifestProblems);
  if (hasXmllint()) {
    const validation = validateManifest(version, manifest, schemas);
    if (!validation.valid)
      throw new PackagingError(
        `imsmanifest.xml does not validate against the SCORM schemas:\n${validation.output}`,
      );
  }
  files.set('imsmanifest.xml', new TextEncoder().encode(manifest));
  for (const [name, bytes] of schemas) files.set(name, bytes);
  return files;
}

/** Stylesheet references to missing files: reported, not fatal (see the report in package.ts). */
export function missingStylesheetFiles(files: ReadonlyMap<string, Uint8Array>): Problem[] {
  return checkPackageFiles(files).filter(
    (problem) => problem.file.endsWith('.css') && / is missing /.test(problem.message),
  );
}

export function zipPackage(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    entries[name] = [bytes, { level: stored.test(name) ? 0 : 9, mtime: entryTime }];
  }
  return zipSync(entries);
}

/** A package made in memory, not yet written: `npm run package` makes every one before writing any. */
export interface MadePackage {
  version: ScormVersion;
  /** Its file name, e.g. across-the-interface-scorm12.zip. */
  fileName: string;
  zip: Uint8Array;
  warnings: Problem[];
}

export interface BuiltPackage {
  version: ScormVersion;
  file: string;
  bytes: number;
  warnings: Problem[];
}

export function makePackage(
  siteDir: string,
  version: ScormVersion,
  course: CourseInfo,
  tailoring?: PackageTailoring,
  options: { insights?: boolean } = {},
): MadePackage {
  const files = packageFiles(siteDir, version, course, tailoring, options);
  return {
    version,
    fileName: packageFileName(course.moduleId, version, tailoring),
    zip: zipPackage(files),
    warnings: missingStylesheetFiles(files),
  };
}

export function writePackage(made: MadePackage, outDir: string): BuiltPackage {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, made.fileName);
  writeFileSync(file, made.zip);
  return { version: made.version, file, bytes: made.zip.byteLength, warnings: made.warnings };
}
