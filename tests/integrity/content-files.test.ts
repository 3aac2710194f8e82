import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ContentError,
  contentFiles,
  isDraft,
  loadScenarios,
  nonDraftPattern,
  readScenarioFile,
  scenarioFiles,
} from '../../src/integrity/content-files';
import { fixture } from '../helpers/load-scenario';

describe('content files', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'content-files-'));
    mkdirSync(path.join(root, 'scenarios'));
    copyFileSync(
      fixture('scenarios/flag-route.yaml'),
      path.join(root, 'scenarios', 'flag-route.yaml'),
    );
    writeFileSync(path.join(root, 'scenarios', '_draft.yaml'), 'id: draft\nnodes: [\n');
    writeFileSync(path.join(root, 'scenarios', 'notes.txt'), 'not a scenario');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves drafts, named with a leading "_", out of every listing, and the glob patterns too', () => {
    expect(isDraft('scenarios/_draft.yaml')).toBe(true);
    expect(isDraft('scenarios/flag-route.yaml')).toBe(false);
    expect(scenarioFiles(root)).toEqual(['scenarios/flag-route.yaml']);
    expect(contentFiles(root, 'content/scenarios', '.mdx')).toEqual([]);
    expect(nonDraftPattern('.yaml')).toEqual(['*.yaml', '!_*.yaml']);
    expect(loadScenarios(root).map((scenario) => scenario.id)).toEqual(['flag-route']);
  });

  it('reads a broken file into problems with its file and line, not a thrown schema error', () => {
    writeFileSync(path.join(root, 'scenarios', 'broken.yaml'), 'id: broken\ntitle: Broken\n');
    try {
      const read = readScenarioFile(root, 'scenarios/broken.yaml');
      expect(read.scenario).toBeUndefined();
      expect(read.problems.length).toBeGreaterThan(0);
      for (const problem of read.problems)
        expect(problem).toMatchObject({ severity: 'error', file: 'scenarios/broken.yaml' });
      const thrown = (() => {
        try {
          loadScenarios(root);
        } catch (error) {
          return error;
        }
      })();
      expect(thrown).toBeInstanceOf(ContentError);
      expect((thrown as ContentError).message).toMatch(/^Error in scenarios\/broken\.yaml/);
    } finally {
      rmSync(path.join(root, 'scenarios', 'broken.yaml'));
    }
  });

  it('names a scenario asked for by id that has no file', () => {
    expect(() => loadScenarios(root, ['missing'])).toThrow('there is no scenarios/missing.yaml.');
  });
});
