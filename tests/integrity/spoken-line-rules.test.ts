import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSpokenLines, spokenLines } from '../../src/integrity/spoken-line-rules';
import type { Scenario } from '../../src/schemas/scenario';
import { buildVlogScript } from '../../scripts/videos/vlog-script';
import { fixtureScenario } from '../scripts/videos/scenario-fixture';
import { fixture, loadScenario } from '../helpers/load-scenario';

const tiny = loadScenario(fixture('integrity/base/scenarios/tiny.yaml'));
const spokenPlaceholder = loadScenario(fixture('integrity/mistakes/spoken-placeholder.yaml'));
const scenariosDir = new URL('../../scenarios/', import.meta.url).pathname;
const realScenarios = readdirSync(scenariosDir)
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => loadScenario(`${scenariosDir}${name}`));

/** The tiny scenario with one node's lines replaced. */
const withLines = (
  nodeId: string,
  lines: { speaker: string; text: string; requires?: string[]; unless?: string[] }[],
): Scenario => ({
  ...tiny,
  nodes: tiny.nodes.map((node) =>
    node.id === nodeId && node.kind !== 'decision' ? { ...node, lines } : node,
  ),
});

describe('spokenLines', () => {
  it.each(
    [tiny, fixtureScenario, ...realScenarios].map((scenario) => [scenario.id, scenario] as const),
  )('lists exactly the lines the vlog generator speaks in %s', (_id, scenario) => {
    const spoken = spokenLines(scenario).map(
      ({ nodeIndex, lineIndex }) => `${nodeIndex}/${lineIndex}`,
    );
    const generated = buildVlogScript(scenario).scenes.flatMap((scene) => [
      ...new Set(scene.utterances.map((utterance) => `${scene.nodeIndex}/${utterance.lineIndex}`)),
    ]);
    expect(spoken).toEqual(generated);
  });
});

describe('checkSpokenLines', () => {
  it('finds nothing in the tiny scenario or any scenario in scenarios/', () => {
    expect([tiny, ...realScenarios].flatMap(checkSpokenLines)).toEqual([]);
  });

  it('reports a placeholder in a spoken line, with its path and the fix', () => {
    expect(checkSpokenLines(spokenPlaceholder)).toEqual([
      {
        severity: 'error',
        path: ['nodes', 0, 'lines', 0, 'text'],
        message:
          "this line is spoken in the vlog and written into its captions, which are made once for every package, so {{nation.organisation}} would be filled once, with the national defaults' words, for every organisation and nation.",
        fix: "spoken lines are the same in every package: write it without {{…}}, or move the organisation's value to the decision or feedback text (see docs/authoring.md).",
      },
    ]);
  });

  it('reports spoken lines in scene and ending nodes too, naming each placeholder once', () => {
    const scenario = withLines('booked', [
      {
        speaker: 'amara',
        text: 'They came to {{ contacts.interface-lead }} and {{contacts.interface-lead}} at {{policies.medicines-on-discharge}}.',
      },
    ]);
    const ending = {
      ...scenario,
      nodes: scenario.nodes.map((node) =>
        node.id === 'good' && node.kind === 'ending'
          ? { ...node, lines: [{ speaker: 'tom', text: 'Thanks to the {{nation.organisation}}.' }] }
          : node,
      ),
    };
    const findings = checkSpokenLines(ending);
    expect(findings.map((finding) => finding.path)).toEqual([
      ['nodes', 3, 'lines', 0, 'text'],
      ['nodes', 7, 'lines', 0, 'text'],
    ]);
    expect(findings[1]!.message).toContain(
      'so {{contacts.interface-lead}} and {{policies.medicines-on-discharge}} would be filled once',
    );
  });

  it('allows placeholders in lines with requires or unless, which the vlog leaves out', () => {
    expect(
      checkSpokenLines(
        withLines('later', [
          { speaker: 'tom', text: 'Nobody told {{nation.organisation}}.', unless: ['phoned'] },
          { speaker: 'tom', text: 'The {{nation.organisation}} rang.', requires: ['phoned'] },
        ]),
      ),
    ).toEqual([]);
  });

  it('allows placeholders in decision prompts, choices and feedback, which are not spoken', () => {
    const scenario: Scenario = {
      ...tiny,
      nodes: tiny.nodes.map((node) =>
        node.kind === 'decision'
          ? {
              ...node,
              prompt: 'What does the {{nation.organisation}} ask?',
              choices: node.choices.map((choice) => ({
                ...choice,
                feedback: '{{nation.aHospitalPrescriptionForm}}',
              })),
            }
          : node,
      ),
    };
    expect(checkSpokenLines(scenario)).toEqual([]);
  });
});
