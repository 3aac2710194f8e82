import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/schemas/scenario';

const validScenario = () => ({
  id: 'tiny',
  title: 'Tiny',
  summary: 'A tiny case.',
  learnerSide: 'hospital',
  minutes: 3,
  cast: [
    { id: 'amara', name: 'Dr Amara Okafor', role: 'FY2 doctor', side: 'hospital' },
    { id: 'tom', name: 'Dr Tom Fletcher', role: 'GP specialty trainee', side: 'general-practice' },
  ],
  vlog: { video: 'videos/tiny/vlog.mp4', captions: 'videos/tiny/captions.vtt' },
  start: 'ask',
  nodes: [
    {
      id: 'ask',
      kind: 'decision',
      prompt: 'What now?',
      choices: [
        { id: 'good', text: 'Phone', feedback: 'Kind.', score: 10, target: 'end' },
        { id: 'bad', text: 'Letter', feedback: 'Risky.', score: 0, target: 'end' },
      ],
    },
    {
      id: 'end',
      kind: 'ending',
      outcome: 'recommended',
      title: 'Done',
      summary: 'Done.',
      learningPoints: ['Phone.'],
    },
  ],
});

/** The author-facing message and where it points, for each schema issue. */
function issuesOf(input: unknown) {
  const result = scenarioSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('scenario schema', () => {
  it('accepts a valid scenario', () => {
    expect(issuesOf(validScenario())).toEqual([]);
  });

  it('names a score outside 0 to 10', () => {
    const scenario = validScenario();
    (scenario.nodes[0] as { choices: { score: number }[] }).choices[0]!.score = 11;
    expect(issuesOf(scenario)).toEqual([
      'nodes.0.choices.0.score: must be a whole number from 0 to 10',
    ]);
  });

  it('rejects an unknown field', () => {
    expect(issuesOf({ ...validScenario(), colour: 'blue' })).toEqual([
      ': Unrecognized key: "colour"',
    ]);
  });

  it('rejects an unknown node kind', () => {
    const scenario = validScenario();
    (scenario.nodes[1] as { kind: string }).kind = 'finale';
    expect(issuesOf(scenario)).toEqual([
      'nodes.1.kind: kind must be one of: dialogue, scene, decision, ending',
    ]);
  });

  it('asks for 2 to 4 choices', () => {
    const scenario = validScenario();
    (scenario.nodes[0] as { choices: unknown[] }).choices.splice(1);
    expect(issuesOf(scenario)).toEqual(['nodes.0.choices: must offer 2 to 4 choices']);
  });

  it('rejects ids that are not lower-case words joined by hyphens', () => {
    expect(issuesOf({ ...validScenario(), start: 'Ask Now' })).toEqual([
      'start: must be lower-case words joined by hyphens, e.g. "phone-the-patient"',
    ]);
  });

  it('rejects a segment that ends before it starts', () => {
    const scenario = validScenario();
    (scenario.nodes[1] as Record<string, unknown>).segment = { start: 10, end: 5 };
    expect(issuesOf(scenario)).toEqual(['nodes.1.segment.end: end must be later than start']);
  });

  it('insists the last route of a conditional next has no conditions', () => {
    const scenario = validScenario();
    scenario.nodes.unshift({
      id: 'intro',
      kind: 'dialogue',
      lines: [{ speaker: 'amara', text: 'Hello.' }],
      next: [{ target: 'ask', requires: ['x'] }],
    } as never);
    expect(issuesOf(scenario)).toEqual([
      'nodes.0.next: the last route must have no requires or unless, so there is always a way on',
    ]);
  });

  it('rejects an outcome outside the three allowed', () => {
    const scenario = validScenario();
    (scenario.nodes[1] as { outcome: string }).outcome = 'great';
    expect(issuesOf(scenario)).toEqual([
      'nodes.1.outcome: must be one of: recommended, acceptable, poor',
    ]);
  });

  it('rejects a vlog path that is root-absolute', () => {
    expect(
      issuesOf({
        ...validScenario(),
        vlog: { video: '/videos/tiny/vlog.mp4', captions: 'videos/tiny/captions.vtt' },
      }),
    ).toEqual([
      'vlog.video: must be a path to an .mp4 file relative to public/, e.g. "videos/my-scenario/vlog.mp4"',
    ]);
  });
});
