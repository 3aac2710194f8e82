import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkBeforeBuilding } from '../../scorm/before-packaging';
import { PackagingError } from '../../scorm/build-package';
import { readSchemaFiles } from '../../scorm/schemas';
import { loadSettings } from '../../src/settings/load-settings';

const repo = path.resolve(import.meta.dirname, '../..');
/** Not a scenario at all: what an author's half-written draft may look like. */
const halfWritten = 'id: half-written\ntitle: A draft\nnodes:\n  - id: start\n    kind: decision\n';

describe('the checks before packaging, with a draft scenario in the project', () => {
  let root: string;
  beforeAll(() => {
    // A copy of the project's content, so nothing is ever left in scenarios/.
    root = mkdtempSync(path.join(tmpdir(), 'before-packaging-'));
    cpSync(path.join(repo, 'scenarios'), path.join(root, 'scenarios'), { recursive: true });
    cpSync(path.join(repo, 'content'), path.join(root, 'content'), { recursive: true });
    symlinkSync(path.join(repo, 'public'), path.join(root, 'public'));
    writeFileSync(path.join(root, 'scenarios', '_half-written.yaml'), halfWritten);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('leaves the draft out, as docs/authoring.md promises, and packages the rest', () => {
    const { scenarios } = checkBeforeBuilding(root, { allowOverdue: true });
    expect(scenarios.map((scenario) => scenario.id)).not.toContain('half-written');
    expect(scenarios.map((scenario) => scenario.id).sort()).toEqual(
      readdirSync(path.join(repo, 'scenarios'))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => name.replace(/\.yaml$/, ''))
        .sort(),
    );
  });

  it('gives the scenarios as learners read them, with local and nation values filled in', () => {
    const { scenarios } = checkBeforeBuilding(root, { allowOverdue: true });
    expect(JSON.stringify(scenarios)).not.toContain('{{');
  });

  it('stops at the same file named without "_", naming its file and line, not with a raw schema error', () => {
    const file = path.join(root, 'scenarios', 'half-written.yaml');
    writeFileSync(file, halfWritten);
    try {
      const stopped = (() => {
        try {
          checkBeforeBuilding(root, { allowOverdue: true });
        } catch (error) {
          return error;
        }
      })();
      expect(stopped).toBeInstanceOf(PackagingError);
      expect((stopped as Error).message).toMatch(
        /^The content has problems that would break the module/,
      );
      expect((stopped as Error).message).toMatch(/Error in scenarios\/half-written\.yaml:\d+/);
      expect((stopped as Error).message).not.toMatch(/ZodError|"code":/);
    } finally {
      rmSync(file);
    }
  });
});

describe('npm run package, when one of the packages cannot be made', () => {
  let work: string;
  let result: { status: number | null; output: string };
  beforeAll(() => {
    // A built site for this module in which SCORM 1.2 can be packaged but SCORM 2004 cannot: a
    // file of its own has the name of one of the 2004 schema files.
    work = mkdtempSync(path.join(tmpdir(), 'package-order-'));
    const site = path.join(work, 'site');
    cpSync(path.join(import.meta.dirname, 'fixtures', 'site'), site, { recursive: true });
    const settings = loadSettings(repo);
    const launcher = path.join(site, 'launch', 'index.html');
    writeFileSync(
      launcher,
      readFileSync(launcher, 'utf8')
        .replace('"moduleId":"tiny-module"', `"moduleId":"${settings.module.id}"`)
        .replace('"version":"1.0.0"', `"version":"${settings.module.version}"`),
    );
    const clash = [...readSchemaFiles('scorm2004').keys()].find(
      (name) => !readSchemaFiles('scorm12').has(name),
    )!;
    writeFileSync(path.join(site, clash), 'not a schema');
    const tsx = path.join(repo, 'node_modules/.bin/tsx');
    const run = spawnSync(
      tsx,
      [
        'scorm/package.ts',
        '--skip-build',
        '--allow-overdue',
        '--site',
        site,
        '--out',
        path.join(work, 'out'),
      ],
      { cwd: repo, encoding: 'utf8', timeout: 120_000 },
    );
    result = { status: run.status, output: `${run.stdout}${run.stderr}` };
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('stops, saying why', () => {
    expect(result.status, result.output).toBe(1);
    expect(result.output).toMatch(
      /Packaging stopped\. The site has a file named \S+\.xsd, which the package needs for its schema\./,
    );
  });

  it('writes nothing: no SCORM 1.2 zip that looks finished beside the one that failed', () => {
    const out = path.join(work, 'out');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
