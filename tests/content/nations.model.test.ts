import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { parse } from 'yaml';
import { createDialogueMachine, currentNodeId, type DialogueEvent } from '../../src/dialogue/dialogue-machine';
import { nationIds, type NationId } from '../../src/schemas/nation';
import { teachingPageSchema } from '../../src/schemas/teaching-page';
import type { Settings } from '../../src/schemas/settings';
import { loadSettings } from '../../src/settings/load-settings';
import { fillPlaceholders, resolvePlaceholder } from '../../src/settings/placeholders';
import { loadScenario } from '../helpers/load-scenario';

const repo = path.resolve(import.meta.dirname, '../..');
const ids = readdirSync(path.join(repo, 'scenarios'))
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => name.replace(/\.yaml$/, ''));

const temp = mkdtempSync(path.join(tmpdir(), 'nations-model-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The repository's settings with only the nation changed, as a trust's one-line file would. */
function settingsFor(nation: NationId): Settings {
  const file = path.join(temp, `${nation}.yaml`);
  writeFileSync(file, `nation: ${nation}\n`);
  return loadSettings(repo, file);
}

/** Words that belong to England's health service only: none may reach a learner elsewhere. */
const englandOnly = /NHS Standard Contract|NHS England|\bICBs?\b|integrated care board|FP10|e-Referral|\be-RS\b|Data Dictionary|\(SC\d|\bSC\d+(\.\d+)?\b/;
/** A Welsh or Scottish health board is not a trust. */
const trustNoun = /\btrusts?\b/i;

function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* strings(item);
}

/**
 * A teaching page's body as the build renders it for a nation: <ForNation> passages kept or
 * dropped, <LocalValue> names filled (a name the settings lack is left as {{name}} to be caught).
 */
function renderBody(body: string, settings: Settings): string {
  const shown = (only: string | undefined, except: string | undefined) =>
    only !== undefined ? only.split(/\s+/).includes(settings.nation) : !except!.split(/\s+/).includes(settings.nation);
  return body
    .replace(/<ForNation\s+(?:only="([^"]*)"|except="([^"]*)")>([\s\S]*?)<\/ForNation>/g, (_, only: string | undefined, except: string | undefined, inner: string) => (shown(only, except) ? inner : ''))
    .replace(/<LocalValue\s+name="([^"]*)"\s*\/>/g, (_, name: string) => resolvePlaceholder(name, settings) ?? `{{${name}}}`);
}

/** The text a learner can meet on any path: every node the dialogue machine can reach, filled for the nation. */
function reachableText(id: string, settings: Settings): string[] {
  const scenario = fillPlaceholders(loadScenario(path.join(repo, 'scenarios', `${id}.yaml`)), settings);
  const machine = createDialogueMachine(scenario);
  const events: DialogueEvent[] = [
    { type: 'dialogue.continued' },
    ...scenario.nodes.flatMap((node) => (node.kind === 'decision' ? node.choices.map((choice) => ({ type: 'choice.selected' as const, choiceId: choice.id })) : [])),
  ];
  const reached = new Set(getShortestPaths(machine, { events }).map((walk) => currentNodeId(walk.state)));
  const nodes = scenario.nodes.filter((node) => reached.has(node.id));
  // Choice ids are internal keys (saved progress, LMS interactions), never shown: leave them out.
  return [scenario.title, scenario.summary, ...nodes.flatMap((node) => [...strings({ ...node, id: undefined, choices: 'choices' in node ? node.choices.map((choice) => ({ ...choice, id: undefined })) : undefined })])].filter((text): text is string => typeof text === 'string');
}

describe.each(nationIds)('in %s', (nation) => {
  const settings = settingsFor(nation);

  describe.each(ids)('scenario %s', (id) => {
    const texts = reachableText(id, settings);
    const text = readFileSync(path.join(repo, 'content/scenarios', `${id}.mdx`), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const page = fillPlaceholders(teachingPageSchema.parse(parse(frontmatter)), settings);
    const pageTexts = [...strings({ ...page, sources: page.sources.filter((source) => !source.nations || source.nations.includes(nation)) }), renderBody(body, settings)];

    it('fills every placeholder on every path and on its teaching page', () => {
      expect([...texts, ...pageTexts].flatMap((line) => line.match(/\{\{[^}]*\}\}/g) ?? [])).toEqual([]);
    });

    it.skipIf(nation === 'england')("teaches nothing from England's health service", () => {
      expect([...texts, ...pageTexts].filter((line) => englandOnly.test(line)).map((line) => line.match(englandOnly)![0] + ': ' + line.slice(0, 160))).toEqual([]);
    });

    it.runIf(nation === 'wales' || nation === 'scotland')('calls the organisation a health board, never a trust', () => {
      expect([...texts, ...pageTexts].filter((line) => trustNoun.test(line)).map((line) => line.slice(0, 160))).toEqual([]);
    });

    it.runIf(nation === 'england')("keeps England's contract citations", () => {
      expect([...texts, ...pageTexts].some((line) => /NHS Standard Contract/.test(line))).toBe(true);
    });
  });
});
