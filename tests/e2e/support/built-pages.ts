import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { scenarioFiles } from '../../../src/integrity/content-files';

/** The built site under test (playwright.config.ts: E2E_DIST, else dist/). */
export const builtSite = process.env.E2E_DIST ?? 'dist';

/** Every page in the build, as site paths ("/", "/scenarios/x/"), found from the files, not listed by hand. */
export function builtPages(dir = builtSite, prefix = '/'): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory())
        return name.startsWith('_') ? [] : builtPages(full, `${prefix}${name}/`);
      return name === 'index.html' ? [prefix] : [];
    });
}

/** Every built page's file, relative to the site ("index.html", "scenarios/x/index.html"). */
export const builtPageFiles = (dir = builtSite) =>
  builtPages(dir).map((page) => `${page.slice(1)}index.html`);

/**
 * Splits a list of pages into groups of at most `size`, for sweeps that check many pages: one
 * test a group moves one browser page from page to page, instead of paying for a fresh browser
 * context per page, while the groups still spread over the workers.
 */
export function inGroupsOf<Item>(items: readonly Item[], size: number): Item[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}

/** The SCORM packages playwright.config.ts makes from the build for the LMS preview. */
export const e2ePackagesDir = 'scorm/out/e2e';

/** The pages inside a SCORM package, as paths in the zip ("scenarios/x/index.html"). */
export function packagedPages(zipFile: string): Map<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(zipFile)), {
    filter: (file) => file.name.endsWith('.html'),
  });
  return new Map(
    Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]),
  );
}

const scenarioIds = new Set(
  scenarioFiles(process.cwd()).map((file) => path.basename(file, '.yaml')),
);

/**
 * The kind of page a site path is, for checks run once per kind: a scenario's id in the path
 * stands for any scenario, so "/scenarios/fit-note/" and "/scenarios/results/" are both
 * "/scenarios/*\/".
 */
export const pageKind = (page: string) =>
  page.replace(/[^/]+/g, (segment) => (scenarioIds.has(segment) ? '*' : segment));

/** One page of each kind: the first of them in the build. */
export function onePagePerKind(pages: readonly string[]): string[] {
  const kinds = new Map<string, string>();
  for (const page of pages) if (!kinds.has(pageKind(page))) kinds.set(pageKind(page), page);
  return [...kinds.values()];
}
