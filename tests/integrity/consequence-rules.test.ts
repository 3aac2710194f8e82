import { describe, expect, it } from 'vitest';
import { buildTranscript } from '../../src/dialogue/transcript';
import { checkConsequenceOrder } from '../../src/integrity/consequence-rules';
import type { Scenario } from '../../src/schemas/scenario';
import { fixture, loadScenario } from '../helpers/load-scenario';

const verdictFirst = loadScenario(fixture('integrity/mistakes/verdict-first.yaml'));
const tiny = loadScenario(fixture('integrity/base/scenarios/tiny.yaml'));

/** Every choice with the decision it belongs to. */
const everyChoice = (scenario: Scenario) =>
  scenario.nodes.flatMap((node) =>
    node.kind === 'decision' ? node.choices.map((choice) => ({ decision: node, choice })) : [],
  );

/** Whether the conversation view puts this choice's feedback before the node it leads to. */
function verdictComesFirst(
  scenario: Scenario,
  decision: string,
  choice: string,
  target: string,
): boolean {
  const entries = buildTranscript(scenario, {
    trail: [decision, target],
    path: [{ decision, choice }],
  });
  const at = (kind: string) =>
    entries.findIndex(
      (entry) => (entry.kind === 'node' ? `node ${entry.node.id}` : entry.kind) === kind,
    );
  return at('feedback') < at(`node ${target}`);
}

describe('consequence before verdict', () => {
  it('flags exactly the choices whose feedback the conversation view shows first', () => {
    for (const scenario of [verdictFirst, tiny]) {
      const flagged = checkConsequenceOrder(scenario).map((finding) => finding.path.join('.'));
      for (const { decision, choice } of everyChoice(scenario)) {
        const path = [
          'nodes',
          scenario.nodes.indexOf(decision),
          'choices',
          decision.choices.indexOf(choice),
          'target',
        ].join('.');
        expect(flagged.includes(path), `${scenario.id} ${decision.id} ${choice.id}`).toBe(
          verdictComesFirst(scenario, decision.id, choice.id, choice.target),
        );
      }
    }
  });

  it('is an error, one per choice, naming the kind of node it leads to', () => {
    expect(
      checkConsequenceOrder(verdictFirst).map(
        (finding) => `${finding.severity}: ${finding.message.split(',')[0]}`,
      ),
    ).toEqual([
      'error: the choice "phone" leads straight to the next decision "follow"',
      'error: the choice "rebook" leads straight to "wrap"',
      'error: the choice "write" leads straight to "wrap"',
      'error: the choice "thank" leads straight to the ending "good"',
    ]);
  });

  it('accepts a shared node once its lines depend on the choice', () => {
    const wrap = verdictFirst.nodes.find((node) => node.id === 'wrap')!;
    const withLine = {
      ...verdictFirst,
      nodes: verdictFirst.nodes.map((node) =>
        node === wrap && node.kind === 'dialogue'
          ? {
              ...node,
              lines: [
                ...node.lines,
                { speaker: 'tom', text: 'Thanks for rebooking.', requires: ['phoned'] },
              ],
            }
          : node,
      ),
    };
    expect(checkConsequenceOrder(withLine).map((finding) => finding.message.split(',')[0])).toEqual(
      [
        'the choice "phone" leads straight to the next decision "follow"',
        'the choice "thank" leads straight to the ending "good"',
      ],
    );
  });
});
