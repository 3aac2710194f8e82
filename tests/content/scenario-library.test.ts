import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exploreStates, recommendedPath, visibleLines } from '../../src/dialogue/scenario-graph';
import { teachingPageSchema } from '../../src/schemas/teaching-page';
import type { Scenario } from '../../src/schemas/scenario';
import { loadScenario } from '../helpers/load-scenario';
import { scenarioFiles } from '../../src/integrity/content-files';

const root = new URL('../../', import.meta.url);
const ids = scenarioFiles(fileURLToPath(root)).map((file) => path.basename(file, '.yaml'));
const library = ids.map((id) => {
  const scenario = loadScenario(new URL(`scenarios/${id}.yaml`, root).pathname);
  const text = readFileSync(new URL(`content/scenarios/${id}.mdx`, root), 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { scenario, page: teachingPageSchema.parse(parse(frontmatter)), body, text };
});

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const flagsTested = (scenario: Scenario) =>
  scenario.nodes.some((node) =>
    [...(node.kind === 'decision' ? node.choices : []), ...('lines' in node ? (node.lines ?? []) : []), ...('next' in node && Array.isArray(node.next) ? node.next : [])].some(
      (item) => (item.requires?.length ?? 0) + (item.unless?.length ?? 0) > 0,
    ),
  );

/**
 * Reading time of the recommended path: what the learner reads (lines, prompts, options and
 * feedback) at about 230 words a minute, an adult's typical silent reading speed, plus 20 seconds
 * to think at each decision.
 */
function playingMinutes(scenario: Scenario): number {
  const { choices } = recommendedPath(scenario);
  const visited = new Set<string>();
  let node = scenario.nodes.find((candidate) => candidate.id === scenario.start);
  let total = 0;
  let decisions = 0;
  const { edges } = exploreStates(scenario);
  let flags: readonly string[] = [];
  while (node && !visited.has(node.id)) {
    visited.add(node.id);
    if (node.kind === 'decision') {
      decisions += 1;
      const choice = choices.find((candidate) => node!.kind === 'decision' && node!.choices.includes(candidate));
      total += words(node.prompt) + node.choices.reduce((sum, option) => sum + words(option.text), 0) + words(choice?.feedback ?? '');
    } else {
      total += visibleLines(node.lines, flags).reduce((sum, line) => sum + words(line.text), 0);
    }
    if (node.kind === 'ending') break;
    const edge = edges.find((candidate) => candidate.from.node === node!.id && candidate.from.flags.join() === flags.join() && (!candidate.choice || choices.includes(candidate.choice)));
    if (!edge) break;
    flags = edge.to.flags;
    node = scenario.nodes.find((candidate) => candidate.id === edge.to.node);
  }
  return total / 230 + decisions / 3;
}

describe('the scenario library', () => {
  // At least: a scenario added with npm run new:scenario joins the library.
  it('has the content brief’s ten scenarios or more, at least two played as the GP trainee', () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(library.filter(({ scenario }) => scenario.learnerSide === 'general-practice').length).toBeGreaterThanOrEqual(2);
  });

  it('uses flags in at least half of the scenarios', () => {
    expect(library.filter(({ scenario }) => flagsTested(scenario)).length).toBeGreaterThanOrEqual(library.length / 2);
  });
});

describe.each(library.map((entry) => [entry.scenario.id, entry] as const))('%s', (_id, { scenario, page, body, text }) => {
  it('has at least three decisions, on the recommended path too', () => {
    expect(scenario.nodes.filter((node) => node.kind === 'decision').length).toBeGreaterThanOrEqual(3);
    expect(recommendedPath(scenario).choices.length).toBeGreaterThanOrEqual(3);
  });

  it('has at least three endings with every outcome among them', () => {
    const endings = scenario.nodes.filter((node) => node.kind === 'ending');
    expect(endings.length).toBeGreaterThanOrEqual(3);
    expect(new Set(endings.map((ending) => ending.kind === 'ending' && ending.outcome))).toEqual(new Set(['recommended', 'acceptable', 'poor']));
  });

  it('recommends a path that ends well', () => {
    expect(recommendedPath(scenario).ending?.outcome).toBe('recommended');
  });

  it('shows consequences from the other side and from the patient', () => {
    const otherSide = scenario.learnerSide === 'hospital' ? 'general-practice' : 'hospital';
    const sideOf = (speaker: string) => scenario.cast.find((member) => member.id === speaker)?.side;
    const scenes = scenario.nodes.filter((node) => node.kind === 'scene');
    expect(scenes.some((node) => node.kind === 'scene' && (node.perspective === otherSide || (node.lines ?? []).some((line) => sideOf(line.speaker) === otherSide)))).toBe(true);
    expect(scenes.some((node) => node.kind === 'scene' && (node.lines ?? []).some((line) => sideOf(line.speaker) === 'patient'))).toBe(true);
  });

  it('gives every decision a source and a two-minute fix', () => {
    for (const node of scenario.nodes) {
      if (node.kind !== 'decision') continue;
      expect(node.source, node.id).toBeTruthy();
      expect(node.twoMinuteFix, node.id).toBeTruthy();
    }
  });

  it('takes 3 to 6 minutes to play', () => {
    expect(scenario.minutes).toBeGreaterThanOrEqual(3);
    expect(scenario.minutes).toBeLessThanOrEqual(6);
    const estimate = playingMinutes(scenario);
    expect(estimate).toBeGreaterThanOrEqual(3);
    expect(estimate).toBeLessThanOrEqual(6);
  });

  it('labels every contract clause number with its 2017–19 edition', () => {
    const yaml = readFileSync(new URL(`scenarios/${scenario.id}.yaml`, root), 'utf8');
    for (const source of [yaml, text]) {
      for (const match of source.matchAll(/SC\d+(?:\.\d+)?(?:[^)]*)/g)) expect(match[0]).toContain('in the 2017–19 contract');
    }
  });

  it('has a complete teaching page, reviewed within the last 12 months', () => {
    expect(page.learningOutcomes.length).toBeGreaterThanOrEqual(2);
    expect(page.discussionQuestions.length).toBeGreaterThanOrEqual(3);
    expect(page.sources.length).toBeGreaterThanOrEqual(1);
    for (const heading of ['What is required and since when', 'Key points', 'Further reading']) expect(body).toContain(`## ${heading}`);
    const limit = new Date(page.review.reviewedOn);
    limit.setUTCFullYear(limit.getUTCFullYear() + 1);
    expect(page.review.reviewBy.getTime()).toBeLessThanOrEqual(limit.getTime());
    expect(page.review.reviewedOn.getTime()).toBeGreaterThanOrEqual(new Date('2026-11-01').getTime());
  });
});
