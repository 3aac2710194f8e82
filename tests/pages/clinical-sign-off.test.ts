import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A trust's recorded clinical sign-off reaches the pages learners read. The site is built once
 * (about a minute) with Northshire's settings and the sign-off its file documents, uncommented,
 * on a day after both signatures; the national build, which records none, is covered by
 * tests/e2e/clinical-sign-off.spec.ts.
 */
const repo = path.resolve(import.meta.dirname, '../..');
let work: string;
let build: { status: number | null; output: string };
const page = (name: string) => readFileSync(path.join(work, 'site', name, 'index.html'), 'utf8');
/** The text of the element with a data-testid, tags and spacing tidied. */
const byTestId = (html: string, id: string) =>
  new RegExp(`data-testid="${id}"[^>]*>([\\s\\S]*?)</(?:p|span|dd)>`)
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sign-off-'));
  const northshire = readFileSync(path.join(repo, 'content/trusts/northshire.yaml'), 'utf8');
  const example = /^# clinicalSignOff:\n(?:# {3}.*\n)+/m.exec(northshire)![0].replace(/^# /gm, '');
  writeFileSync(path.join(work, 'trust.yaml'), `${northshire}\n${example}`);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', path.join(work, 'site')], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ACROSS_SETTINGS: path.join(work, 'trust.yaml'),
      ACROSS_TODAY: '2027-02-01',
    },
    timeout: 300_000,
  });
  build = { status: result.status, output: `${result.stdout}${result.stderr}` };
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a trust's clinical sign-off on the built pages", () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('shows who signed a scenario off, in place of awaiting sign-off, on its page', () => {
    const html = page('scenarios/missed-appointment');
    expect(byTestId(html, 'clinical-sign-off')).toBe(
      'Signed off for use at Northshire by Dr Ruth Adeyemi, Consultant physician and clinical lead for the interface, on 12 January 2027.',
    );
    expect(html).not.toMatch(/awaiting local clinical sign-off/i);
  });

  it('still says a scenario nobody signed is awaiting sign-off', () => {
    expect(byTestId(page('scenarios/results'), 'clinical-sign-off')).toBe(
      'Awaiting local clinical sign-off.',
    );
  });

  it("lists each scenario's sign-off in the about page's review table", () => {
    const html = page('about');
    expect(byTestId(html, 'sign-off-missed-appointment')).toBe(
      'Signed off for use at Northshire by Dr Ruth Adeyemi, Consultant physician and clinical lead for the interface, on 12 January 2027',
    );
    expect(byTestId(html, 'sign-off-fit-note')).toBe(
      'Signed off for use at Northshire by Mr Daniel Price, Consultant orthopaedic surgeon, on 19 January 2027',
    );
    expect(byTestId(html, 'sign-off-results')).toBe('Awaiting local clinical sign-off');
  });

  it("shows it in the facilitator's guide to the scenario", () => {
    const guide = page('facilitator/guide/missed-appointment')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    expect(guide).toContain(
      'Signed off for use at Northshire by Dr Ruth Adeyemi, Consultant physician and clinical lead for the interface, on 12 January 2027.',
    );
    expect(guide).not.toMatch(/awaiting local clinical sign-off/i);
  });

  it('shows it on the review script the clinician signed against', () => {
    const script = page('review/fit-note/script');
    expect(byTestId(script, 'clinical-sign-off')).toBe(
      'Signed off for use at Northshire by Mr Daniel Price, Consultant orthopaedic surgeon, on 19 January 2027.',
    );
    expect(script).not.toMatch(/awaiting local clinical sign-off/i);
  });
});
