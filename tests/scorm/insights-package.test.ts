import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageFiles } from '../../scorm/build-package';
import { settingsSchema } from '../../src/schemas/settings';
import { tinyCourse } from '../tracking/support/courses';

// The tiny site with an insights page, as the open-web build has one.
const site = mkdtempSync(path.join(tmpdir(), 'insights-site-'));
cpSync(path.join(import.meta.dirname, 'fixtures', 'site'), site, { recursive: true });
mkdirSync(path.join(site, 'insights'));
writeFileSync(
  path.join(site, 'insights', 'index.html'),
  '<!doctype html><html lang="en-GB"><head><title>Insights</title></head><body><p>Insights</p></body></html>',
);
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the insights page in a SCORM package', () => {
  it('is left out unless the settings say insights: true', () => {
    expect(
      [...packageFiles(site, 'scorm12', tinyCourse()).keys()].filter((file) =>
        file.startsWith('insights/'),
      ),
    ).toEqual([]);
    expect([
      ...packageFiles(site, 'scorm12', tinyCourse(), undefined, { insights: true }).keys(),
    ]).toContain('insights/index.html');
  });

  it('is a settings flag that defaults to false and takes only true or false', () => {
    const shape = settingsSchema.shape.insights;
    expect(shape.parse(undefined)).toBe(false);
    expect(shape.parse(true)).toBe(true);
    expect(shape.safeParse('yes').error?.issues[0]?.message).toBe('must be true or false');
  });
});
