import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tailoringFor } from '../../scorm/build-package';
import { loadScenarios } from '../../src/integrity/content-files';
import { loadSettings } from '../../src/settings/load-settings';
import { fillText } from '../../src/settings/placeholders';

/**
 * The example trust's package, made the way a trust makes it:
 *   npm run package -- --settings content/trusts/northshire.yaml
 * built once (about 15 seconds) into a temporary folder and then read.
 */
const repo = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');
const trustFile = 'content/trusts/northshire.yaml';
/** What the trust's file says, overlaid on the national settings: the package must show it. */
const settings = loadSettings(repo, trustFile);
const organisation = settings.organisation.name;
const slug = tailoringFor(settings.organisation).slug;

let work: string;
let zip: Record<string, Uint8Array>;
let packaged: { status: number | null; output: string };
const text = (name: string) => new TextDecoder().decode(zip[name]);

const packageFor = (args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(tsx, ['scorm/package.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'tailored-package-'));
  packaged = packageFor([
    '--settings',
    trustFile,
    '--site',
    path.join(work, 'site'),
    '--out',
    path.join(work, 'out'),
  ]);
  const file = path.join(work, 'out', `${settings.module.id}-${slug}-scorm12.zip`);
  zip = existsSync(file) ? unzipSync(readFileSync(file)) : {};
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("Northshire's package, from its settings file alone", () => {
  it('is built, named for the organisation, in the one SCORM version the trust asks for', () => {
    expect(packaged.status, packaged.output).toBe(0);
    expect(packaged.output).toContain(`Packaging for ${organisation} with ${trustFile}.`);
    const required = settings.scenarios.filter((entry) => entry.required).length;
    const optional = settings.scenarios.length - required;
    expect(packaged.output).toMatch(
      new RegExp(
        `Playing time: required ${required} scenarios, \\d+ minutes \\(at most 45 for induction\\); optional ${optional} scenarios?, \\d+ minutes\\.`,
      ),
    );
    expect(readdirSync(path.join(work, 'out')).sort()).toEqual(
      [
        `${settings.module.id}-${slug}-interactions.csv`,
        ...settings.scormVersions.map((version) => `${settings.module.id}-${slug}-${version}.zip`),
      ].sort(),
    );
  });

  it('carries the organisation in the title the LMS shows', () => {
    expect(text('imsmanifest.xml')).toContain(
      `<title>Across the Interface – ${organisation}</title>`,
    );
  });

  it("shows the trust's name, logo and colour on its pages", () => {
    const home = text('index.html');
    expect(home).toContain(`<p class="app-header__organisation">${organisation}</p>`);
    expect(home).toContain(`src="./${settings.organisation.logo}" alt="${organisation}"`);
    expect(zip[settings.organisation.logo!]).toBeDefined();
    expect(text('certificate/index.html')).toContain(organisation);
    const css = Object.keys(zip)
      .filter((name) => name.endsWith('.css'))
      .map(text)
      .join('\n');
    expect(css).toContain(
      `.nhsuk-header,.nhsuk-header__navigation{background-color:${settings.accentColour.toLowerCase()}`,
    );
  });

  it('puts the local policy beside the national requirement', () => {
    expect(text('scenarios/medicines-to-take-out/index.html')).toContain(
      fillText('{{policies.medicines-on-discharge.both}}', settings),
    );
    expect(text('scenarios/clinic-letter/index.html')).toContain(
      fillText('{{policies.clinic-letter.both}}', settings),
    );
  });

  it("uses the trust's contact routes and its choice of optional scenario", () => {
    expect(text('scenarios/discharge-summary/index.html')).toContain(
      settings.contacts['interface-lead']!,
    );
    const course = JSON.parse(
      /<script type="application\/json" id="launcher-course">([\s\S]*?)<\/script>/.exec(
        text('launch/index.html'),
      )![1]!,
    ) as { scenarios: { id: string; required: boolean }[] };
    expect(
      course.scenarios.filter((scenario) => !scenario.required).map((scenario) => scenario.id),
    ).toEqual(settings.scenarios.filter((entry) => !entry.required).map((entry) => entry.id));
  });

  it('writes the interactions key as learners read the choices: local and nation values filled in', () => {
    const key = readFileSync(
      path.join(work, 'out', `${settings.module.id}-${slug}-interactions.csv`),
      'utf8',
    );
    expect(key).not.toContain('{{');
    const choices = loadScenarios(repo).flatMap((scenario) =>
      scenario.nodes.flatMap((node) =>
        node.kind === 'decision' ? node.choices.map((choice) => choice.text) : [],
      ),
    );
    const templated = choices.filter((choice) => choice.includes('{{'));
    expect(templated.length).toBeGreaterThan(0);
    for (const choice of templated)
      expect(key).toContain(fillText(choice, settings).replaceAll('"', '""'));
  });

  it('has no pages for authors and reviewers, and no links to them', () => {
    expect(Object.keys(zip).filter((name) => name.startsWith('review/'))).toEqual([]);
    const html = Object.keys(zip).filter((name) => name.endsWith('.html'));
    expect(html.filter((name) => /review\/|Reviewing the content/.test(text(name)))).toEqual([]);
  });
});

describe('packaging stops', () => {
  it(
    'when a clinical review is overdue, unless --allow-overdue is given, and then says which',
    { timeout: 60_000 },
    () => {
      const args = [
        '--settings',
        trustFile,
        '--skip-build',
        '--site',
        path.join(work, 'site'),
        '--out',
        path.join(work, 'overdue'),
      ];
      const stopped = packageFor(args, { ACROSS_TODAY: '2027-12-01' });
      expect(stopped.status).toBe(1);
      expect(stopped.output).toContain(
        'Packaging stopped. 10 scenarios are not cleared by a clinical review:\n  clinic-letter (content/scenarios/clinic-letter.mdx): review was due by 31 March 2027, 245 days overdue.\n',
      );
      expect(stopped.output).toContain(
        '\n  missed-appointment (content/scenarios/missed-appointment.mdx): review was due by 31 March 2027, 245 days overdue.\n',
      );
      expect(stopped.output).toContain(
        'To package anyway, which learners will then see, add --allow-overdue.',
      );
      expect(existsSync(path.join(work, 'overdue'))).toBe(false);

      const allowed = packageFor([...args, '--allow-overdue'], { ACROSS_TODAY: '2027-12-01' });
      expect(allowed.status, allowed.output).toBe(0);
      expect(allowed.output).toContain(
        'Packaging with content not cleared by a clinical review (--allow-overdue):\n  clinic-letter (content/scenarios/clinic-letter.mdx): review was due by 31 March 2027, 245 days overdue.\n',
      );
      expect(
        existsSync(path.join(work, 'overdue', 'across-the-interface-northshire-scorm12.zip')),
      ).toBe(true);
    },
  );

  it(
    "when a trust's settings file has a mistake, naming the file, the line and the field, before building anything",
    { timeout: 30_000 },
    () => {
      const stopped = packageFor([
        '--settings',
        'tests/fixtures/integrity/trusts/mistakes.yaml',
        '--out',
        path.join(work, 'mistakes'),
      ]);
      expect(stopped.status).toBe(1);
      expect(stopped.output).toContain(
        'Packaging stopped. The settings in tests/fixtures/integrity/trusts/mistakes.yaml (overlaid on content/settings.yaml) cannot be used:',
      );
      expect(stopped.output).toContain(
        'Error in tests/fixtures/integrity/trusts/mistakes.yaml:5, field "accentColour": accentColour #41b6e6 fails: contrast with white text on it is 2.32:1',
      );
      expect(stopped.output).not.toContain('Building the site');
    },
  );
});
