import { describe, expect, it } from 'vitest';
import {
  checkLaterChoices,
  choicesOpenedOrClosedEarlier,
} from '../../src/integrity/later-choice-rules';
import type { Scenario } from '../../src/schemas/scenario';
import { fixture, loadScenario } from '../helpers/load-scenario';

const tiny = loadScenario(fixture('integrity/base/scenarios/tiny.yaml'));
const noLaterChoice = loadScenario(fixture('integrity/mistakes/no-later-choice.yaml'));

/** The tiny scenario with the rebook choice's conditions replaced. */
const rebookWhen = (conditions: { requires?: string[]; unless?: string[] }): Scenario => ({
  ...tiny,
  nodes: tiny.nodes.map((node) =>
    node.kind === 'decision' && node.id === 'follow'
      ? {
          ...node,
          choices: node.choices.map((choice) =>
            choice.id === 'rebook' ? { ...choice, requires: undefined, ...conditions } : choice,
          ),
        }
      : node,
  ),
});

describe('choices that matter later', () => {
  it('finds a later choice that an earlier choice opens', () => {
    expect(
      choicesOpenedOrClosedEarlier(tiny).map(
        ({ decision, choice, flags }) => `${decision.id}.${choice.id} ${flags.join()}`,
      ),
    ).toEqual(['follow.rebook phoned']);
    expect(checkLaterChoices(tiny)).toEqual([]);
  });

  it('finds one that an earlier choice closes', () => {
    expect(checkLaterChoices(rebookWhen({ unless: ['phoned'] }))).toEqual([]);
  });

  it('warns, naming the scenario and its flags, when no choice tests a flag', () => {
    expect(checkLaterChoices(noLaterChoice)).toMatchObject([
      {
        severity: 'warning',
        path: [],
        message:
          'no earlier choice in the scenario "tiny" opens or closes a later option: choices set the flags "phoned", and no choice tests one (requires or unless on a choice).',
      },
    ]);
  });

  it('warns when a tested flag is the same on every path, so it changes nothing', () => {
    // Only the phone call leads past "rang", so a choice there that requires "phoned" is always offered.
    const always: Scenario = {
      ...tiny,
      nodes: tiny.nodes
        .map((node) =>
          node.id === 'rang' && node.kind === 'scene' ? { ...node, next: 'always' } : node,
        )
        .concat([
          {
            id: 'always',
            kind: 'decision',
            prompt: 'And?',
            choices: [
              {
                id: 'confirm',
                text: 'Confirm',
                feedback: 'Good.',
                score: 10,
                target: 'booked',
                requires: ['phoned'],
              },
              { id: 'skip', text: 'Skip it', feedback: 'Fine.', score: 5, target: 'lost' },
            ],
          },
        ]),
    };
    const withoutRebookCondition = {
      ...always,
      nodes: always.nodes.map((node) =>
        node.kind === 'decision' && node.id === 'follow'
          ? { ...node, choices: node.choices.map((choice) => ({ ...choice, requires: undefined })) }
          : node,
      ),
    };
    expect(checkLaterChoices(withoutRebookCondition).map((finding) => finding.message)).toEqual([
      'no earlier choice in the scenario "tiny" opens or closes a later option: choices set the flags "phoned", and 1 choice tests a flag, but on every path the same way.',
    ]);
  });
});
