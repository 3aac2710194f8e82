import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { makePackage, packageFiles, PackagingError, writePackage } from '../../scorm/build-package';
import { checkManifestFiles, checkPackageFiles } from '../../scorm/package-checks';
import { readSchemaFiles } from '../../scorm/schemas';
import { validateManifest } from '../../scorm/validate';
import { buildCourseInfo } from '../../src/tracking/course-info';
import { shortCode } from '../../src/tracking/short-code';
import { flagRoute, tinyCourse } from '../tracking/support/courses';

const site = path.join(import.meta.dirname, 'fixtures', 'site');
const course = tinyCourse();
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe.each(['scorm12', 'scorm2004'] as const)('a %s package of the tiny site', (version) => {
  const files = packageFiles(site, version, course);

  it('has the manifest and its schema control files at the root', () => {
    expect(files.has('imsmanifest.xml')).toBe(true);
    for (const name of readSchemaFiles(version).keys()) expect(files.has(name), name).toBe(true);
  });

  it('has a manifest that validates against those very files', () => {
    const schemas = new Map([...files].filter(([name]) => /\.(xsd|dtd)$/.test(name)));
    expect(validateManifest(version, text(files.get('imsmanifest.xml')), schemas).valid).toBe(true);
  });

  it('lists every content file, each present with the same letter case', () => {
    const manifest = text(files.get('imsmanifest.xml'));
    expect(checkManifestFiles(manifest, new Set(files.keys()))).toEqual([]);
    for (const file of [
      'index.html',
      'launch/index.html',
      'scenarios/flag-route/index.html',
      '_astro/case.js',
      'videos/flag-route/vlog.mp4',
    ]) {
      expect(manifest).toContain(`<file href="${file}"/>`);
    }
  });

  it('links to pages by their index.html, because LMS content servers do not serve folders', () => {
    expect(text(files.get('index.html'))).toContain('href="./scenarios/index.html"');
    expect(text(files.get('scenarios/index.html'))).toContain('href="../index.html"');
    expect(text(files.get('scenarios/index.html'))).toContain(
      '&quot;./flag-route/index.html&quot;',
    );
    expect(text(files.get('scenarios/flag-route/index.html'))).toContain('href="#teaching-notes"');
    expect(checkPackageFiles(files)).toEqual([]);
  });

  it('tells the launcher which SCORM version it is in', () => {
    expect(text(files.get('launch/index.html'))).toContain(
      `<html data-scorm-version="${version === 'scorm12' ? '1.2' : '2004'}" lang="en-GB">`,
    );
  });
});

describe('packaging', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'scorm-out-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes a zip an LMS can unpack, with entries at the root and nothing outside it', () => {
    const built = writePackage(makePackage(site, 'scorm12', course), out);
    expect(path.basename(built.file)).toBe('tiny-module-scorm12.zip');
    const entries = unzipSync(readFileSync(built.file));
    expect(Object.keys(entries)).toContain('imsmanifest.xml');
    expect(
      Object.keys(entries).every(
        (name) => !name.startsWith('/') && !name.includes('..') && !name.includes('\\'),
      ),
    ).toBe(true);
    expect(text(entries['videos/flag-route/vlog.mp4'])).toBe('not really a video');
  });

  it('is reproducible: the same site makes the same zip', () => {
    const first = readFileSync(writePackage(makePackage(site, 'scorm2004', course), out).file);
    const second = readFileSync(writePackage(makePackage(site, 'scorm2004', course), out).file);
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('stops when saved progress could not tell two ids apart', () => {
    const seen = new Map<string, string>();
    let clash: [string, string] | null = null;
    for (let n = 0; !clash; n += 1) {
      const id = `node-${n}`;
      const other = seen.get(shortCode(id));
      if (other) clash = [other, id];
      seen.set(shortCode(id), id);
    }
    const clashing = buildCourseInfo(
      {
        module: { id: 'tiny-module', title: 'Tiny', version: '1.0.0' },
        passMark: 70,
        scenarios: [{ id: flagRoute.id, required: true }],
      },
      [flagRoute],
    );
    clashing.scenarios[0]!.nodes.push(...clash);
    expect(() => packageFiles(site, 'scorm12', clashing)).toThrow(PackagingError);
  });
});
