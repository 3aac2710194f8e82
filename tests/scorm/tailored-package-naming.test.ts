import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  packageFileName,
  packageFiles,
  packageTitle,
  organisationSlug,
  tailoringFor,
  withoutAuthoringOnly,
} from '../../scorm/build-package';
import { tinyCourse } from '../tracking/support/courses';

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe("a trust's package names", () => {
  const northshire = tailoringFor({
    name: 'Northshire Hospitals NHS Foundation Trust',
    shortName: 'Northshire',
  });

  it('carry the organisation in the zip name, and keep the national name without it', () => {
    expect(packageFileName('across-the-interface', 'scorm12', northshire)).toBe(
      'across-the-interface-northshire-scorm12.zip',
    );
    expect(packageFileName('across-the-interface', 'scorm2004')).toBe(
      'across-the-interface-scorm2004.zip',
    );
  });

  it('carry the organisation in the title the LMS shows', () => {
    expect(packageTitle('Across the Interface', northshire)).toBe(
      'Across the Interface – Northshire Hospitals NHS Foundation Trust',
    );
    expect(packageTitle('Across the Interface')).toBe('Across the Interface');
  });

  it('make a safe file name of any organisation name', () => {
    expect(organisationSlug("St Helen's & Knowsley")).toBe('st-helen-s-knowsley');
    expect(organisationSlug('Ysbyty Gwynedd – Bangor')).toBe('ysbyty-gwynedd-bangor');
    expect(organisationSlug('Hôpital Général')).toBe('hopital-general');
    expect(tailoringFor({ name: 'Royal Northshire', shortName: '—' }).slug).toBe(
      'royal-northshire',
    );
  });
});

describe('pages for authors and reviewers', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'review-site-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  cpSync(path.join(import.meta.dirname, 'fixtures', 'site'), site, { recursive: true });
  mkdirSync(path.join(site, 'review', 'flag-route', 'script'), { recursive: true });
  for (const page of [
    'review/index.html',
    'review/flag-route/index.html',
    'review/flag-route/script/index.html',
  ]) {
    writeFileSync(
      path.join(site, page),
      '<!doctype html><html lang="en-GB"><title>Review</title><p>Every score and feedback</p></html>',
    );
  }
  const home = path.join(site, 'index.html');
  const footer =
    '<ul><li class="x"><a href="./scenarios/">Scenarios</a></li><li class="nhsuk-footer__list-item" data-not-in-package><a href="./review/">Reviewing the content</a></li></ul>';
  writeFileSync(home, readFileSync(home, 'utf8').replace('</body>', `${footer}</body>`));

  it('are left out of the package, with the links to them', () => {
    const files = packageFiles(site, 'scorm12', tinyCourse());
    expect([...files.keys()].filter((file) => file.startsWith('review/'))).toEqual([]);
    expect(text(files.get('index.html'))).not.toContain('Reviewing the content');
    expect(text(files.get('imsmanifest.xml'))).not.toContain('review/');
  });

  it('are cut from HTML by their data-not-in-package mark, and nothing else is', () => {
    expect(withoutAuthoringOnly(footer)).toBe(
      '<ul><li class="x"><a href="./scenarios/">Scenarios</a></li></ul>',
    );
  });
});
