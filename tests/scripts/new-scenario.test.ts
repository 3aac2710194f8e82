import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrity/check-content';
import { checkScenario } from '../../src/integrity/scenario-rules';
import { checkLearningDesign } from '../../src/integrity/learning-design-rules';
import { notYetReviewed, starterMarker } from '../../src/integrity/review-rules';
import { scenarioSchema, type Scenario } from '../../src/schemas/scenario';
import { teachingPageSchema } from '../../src/schemas/teaching-page';
import {
  scenarioIdProblem,
  settingsWithScenario,
  starterScenarioYaml,
  starterTeachingPage,
  titleFromId,
} from '../../scripts/new-scenario/starter';

const repo = path.resolve(import.meta.dirname, '../..');
const today = new Date('2026-11-21T00:00:00Z');
const yamlText = starterScenarioYaml({ id: 'discharge-against-advice', today });
const mdxText = starterTeachingPage({ id: 'discharge-against-advice', today });
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as unknown;

describe('the starter scenario', () => {
  const parsed = scenarioSchema.safeParse(parse(yamlText));
  const scenario = parsed.data as Scenario;

  it('is a valid scenario that passes every graph and learning-design check, with no warnings', () => {
    expect(parsed.error?.issues).toBeUndefined();
    expect(checkScenario(scenario)).toEqual([]);
    expect(checkLearningDesign(scenario)).toEqual([]);
  });

  it('has the shape the brief asks for: a decision setting flags, a scene from the other side, a second decision using them, a consequence for each of its choices, three endings', () => {
    const kinds = scenario.nodes.map((node) => node.kind);
    expect(kinds).toEqual([
      'dialogue',
      'decision',
      'scene',
      'decision',
      'scene',
      'scene',
      'scene',
      'ending',
      'ending',
      'ending',
    ]);
    const [first, second] = scenario.nodes.filter((node) => node.kind === 'decision');
    expect(
      first!.kind === 'decision' && first!.choices.every((choice) => choice.sets?.length),
    ).toBe(true);
    expect(
      second!.kind === 'decision' &&
        second!.choices.some((choice) => choice.requires || choice.unless),
    ).toBe(true);
    expect(scenario.nodes.find((node) => node.kind === 'scene')).toMatchObject({
      perspective: 'general-practice',
    });
    expect(
      scenario.nodes.flatMap((node) => (node.kind === 'ending' ? [node.outcome] : [])),
    ).toEqual(['recommended', 'acceptable', 'poor']);
  });

  it('marks every text a learner reads as starter text, so none of it can pass for content', () => {
    const texts = scenario.nodes.flatMap((node) => {
      switch (node.kind) {
        case 'decision':
          return [
            node.prompt,
            node.source!,
            node.twoMinuteFix!,
            ...node.choices.flatMap((choice) => [choice.text, choice.feedback]),
          ];
        case 'ending':
          return [
            node.title,
            node.summary,
            ...node.learningPoints,
            ...(node.lines ?? []).map((line) => line.text),
          ];
        case 'scene':
          return [node.when, node.where, ...(node.lines ?? []).map((line) => line.text)];
        default:
          return node.lines.map((line) => line.text);
      }
    });
    for (const text of [scenario.summary, ...texts])
      expect(text.startsWith(starterMarker), text).toBe(true);
  });

  it('explains every field it uses in a comment', () => {
    const comments = yamlText
      .split('\n')
      .filter((line) => line.trim().startsWith('#'))
      .join('\n');
    const fields = [
      ...new Set([...yamlText.matchAll(/^\s*-?\s*([a-zA-Z]+):/gm)].map((match) => match[1]!)),
    ];
    for (const field of fields.filter(
      (name) =>
        ![
          'name',
          'role',
          'side',
          'speaker',
          'text',
          'video',
          'captions',
          'chapters',
          'poster',
          'id',
        ].includes(name),
    )) {
      expect(comments, field).toContain(field);
    }
  });

  it('takes its title from the id, or from --title', () => {
    expect(titleFromId('discharge-against-advice')).toBe('Discharge against advice');
    expect(scenario.title).toBe('Discharge against advice');
    expect(
      parse(starterScenarioYaml({ id: 'x', title: 'Self-discharge: "against advice"', today }))
        .title,
    ).toBe('Self-discharge: "against advice"');
  });
});

describe('the starter teaching page', () => {
  it('has valid frontmatter, marked as not yet reviewed, with the four sections', () => {
    const page = teachingPageSchema.parse(frontmatter(mdxText));
    expect(page.scenario).toBe('discharge-against-advice');
    expect(page.review.reviewedBy).toMatch(notYetReviewed);
    expect(page.review.reviewedOn.toISOString().slice(0, 10)).toBe('2026-11-21');
    expect(page.review.reviewBy.toISOString().slice(0, 10)).toBe('2027-11-20');
    for (const heading of [
      'What is required and since when',
      'Key points',
      'The two-minute version',
      'Further reading',
    ])
      expect(mdxText).toContain(`\n## ${heading}\n`);
  });
});

describe('ids', () => {
  it('refuses ids that would not work in web addresses, saved progress or LMS reports', () => {
    expect(scenarioIdProblem(undefined)).toBe(
      'give the new scenario an id, e.g. npm run new:scenario -- discharge-against-advice',
    );
    expect(scenarioIdProblem('Discharge Against Advice')).toBe(
      '"Discharge Against Advice" cannot be used as an id: use lower-case words joined by hyphens, starting with a letter, e.g. "discharge-against-advice"',
    );
    expect(scenarioIdProblem('2nd-problem')).toMatch(/cannot be used as an id/);
    expect(scenarioIdProblem('a'.repeat(41))).toMatch(/is 41 characters long/);
    expect(scenarioIdProblem('discharge-against-advice')).toBeNull();
  });
});

describe('adding the scenario to the settings', () => {
  const settingsText = readFileSync(path.join(repo, 'content/settings.yaml'), 'utf8');

  it('adds one optional entry after the last, leaving every other line and comment as it was', () => {
    const { text, added } = settingsWithScenario(settingsText, 'discharge-against-advice');
    expect(added).toBe(true);
    const newLines = text.split('\n');
    const index = newLines.indexOf('  - { id: discharge-against-advice, required: false }');
    expect(index).toBeGreaterThan(0);
    expect([...newLines.slice(0, index), ...newLines.slice(index + 1)].join('\n')).toBe(
      settingsText,
    );
    expect((parse(text) as { scenarios: unknown[] }).scenarios.at(-1)).toEqual({
      id: 'discharge-against-advice',
      required: false,
    });
  });

  it('leaves the settings alone when the scenario is already listed', () => {
    expect(settingsWithScenario(settingsText, 'fit-note')).toEqual({
      text: settingsText,
      added: false,
    });
  });

  it('follows a list written in block style', () => {
    expect(
      settingsWithScenario('scenarios:\n  - id: a\n    required: true\npassMark: 70\n', 'b').text,
    ).toBe(
      'scenarios:\n  - id: a\n    required: true\n  - id: b\n    required: false\npassMark: 70\n',
    );
  });
});

describe('the starter in a project', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'starter-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('passes every content check once its vlog files exist, warning only that it is a starter not yet reviewed', () => {
    cpSync(path.join(repo, 'tests/fixtures/integrity/base'), root, { recursive: true });
    writeFileSync(path.join(root, 'scenarios/discharge-against-advice.yaml'), yamlText);
    writeFileSync(path.join(root, 'content/scenarios/discharge-against-advice.mdx'), mdxText);
    const settings = path.join(root, 'content/settings.yaml');
    writeFileSync(
      settings,
      settingsWithScenario(readFileSync(settings, 'utf8'), 'discharge-against-advice').text,
    );
    // Stand-ins for the placeholder vlog that npm run videos makes.
    const videos = path.join(root, 'public/videos/discharge-against-advice');
    mkdirSync(videos, { recursive: true });
    cpSync(path.join(root, 'public/videos/tiny/vlog.mp4'), path.join(videos, 'vlog.mp4'));
    cpSync(path.join(root, 'public/videos/tiny/captions.vtt'), path.join(videos, 'captions.vtt'));
    cpSync(path.join(root, 'public/videos/tiny/captions.vtt'), path.join(videos, 'chapters.vtt'));
    writeFileSync(path.join(videos, 'poster.jpg'), '');

    const { problems } = checkContent(root, { today });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      'scenarios/discharge-against-advice.yaml: the file still has starter text in 51 places.',
      'content/scenarios/discharge-against-advice.mdx: the file still has starter text in 11 places.',
      `content/scenarios/discharge-against-advice.mdx: no clinician has reviewed this scenario yet ("Not yet reviewed: replace with the reviewing clinician's name and role").`,
    ]);
  });
});
