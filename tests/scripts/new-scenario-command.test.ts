import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrity/check-content';
import { missingVlogTools } from '../../scripts/videos/vlog-tools';

/**
 * npm run new:scenario, run for real in a copy of the project's content (so no stray scenario is
 * left in the repository), including the placeholder vlog when ffmpeg and espeak-ng are here.
 */
const repo = path.resolve(import.meta.dirname, '../..');
const script = path.join(repo, 'scripts/new-scenario.ts');
const tsx = path.join(repo, 'node_modules/.bin/tsx');
const canFilm = missingVlogTools().length === 0;

let root: string;
const run = (...args: string[]) => {
  const result = spawnSync(tsx, [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'new-scenario-'));
  for (const folder of ['scenarios', 'content', 'public'])
    cpSync(path.join(repo, folder), path.join(root, folder), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new:scenario', () => {
  it('refuses an id that cannot be used, and creates nothing', { timeout: 30_000 }, () => {
    const { status, output } = run('Discharge Against Advice');
    expect(status).toBe(1);
    expect(output.trim()).toBe(
      'Nothing was created: "Discharge Against Advice" cannot be used as an id: use lower-case words joined by hyphens, starting with a letter, e.g. "discharge-against-advice".',
    );
    expect(existsSync(path.join(root, 'scenarios/Discharge Against Advice.yaml'))).toBe(false);
  });

  it('refuses an id a scenario already has', { timeout: 30_000 }, () => {
    const settings = readFileSync(path.join(root, 'content/settings.yaml'), 'utf8');
    const { status, output } = run('fit-note');
    expect(status).toBe(1);
    expect(output.trim()).toBe(
      'Nothing was created: "fit-note" is already taken: scenarios/fit-note.yaml, content/scenarios/fit-note.mdx, public/videos/fit-note/ already exist. Choose another id, or edit the existing scenario.',
    );
    expect(readFileSync(path.join(root, 'content/settings.yaml'), 'utf8')).toBe(settings);
  });

  it(
    'writes a starter that passes the checks, lists it in the settings and, given the tools, makes its vlog',
    { timeout: 90_000 },
    () => {
      const before = readFileSync(path.join(root, 'content/settings.yaml'), 'utf8');
      const { status, output } = run('self-discharge', ...(canFilm ? [] : ['--no-video']));
      expect(status, output).toBe(0);
      expect(output).toContain('Started the scenario "self-discharge":');
      expect(existsSync(path.join(root, 'scenarios/self-discharge.yaml'))).toBe(true);
      expect(existsSync(path.join(root, 'content/scenarios/self-discharge.mdx'))).toBe(true);
      const after = readFileSync(path.join(root, 'content/settings.yaml'), 'utf8');
      expect(after.replace('  - { id: self-discharge, required: false }\n', '')).toBe(before);
      if (canFilm) {
        expect(output).toContain('npm run check:content passes.');
        for (const file of ['vlog.mp4', 'captions.vtt', 'chapters.vtt', 'poster.jpg'])
          expect(existsSync(path.join(root, 'public/videos/self-discharge', file)), file).toBe(
            true,
          );
        // The generator wrote each filmed node's stretch of the video back into the starter, comments kept.
        const yamlText = readFileSync(path.join(root, 'scenarios/self-discharge.yaml'), 'utf8');
        expect(yamlText).toMatch(/segment: \{ start: 0, end: [\d.]+ \}/);
        expect(yamlText).toContain('# decision: a prompt and 2 to 4 choices.');
        expect(
          checkContent(root).problems.filter((problem) => problem.severity === 'error'),
        ).toEqual([]);
      } else {
        expect(output).toContain('npm run videos -- --only self-discharge');
      }
    },
  );
});
