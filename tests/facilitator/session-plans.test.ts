import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  planScenario,
  sessionPlan,
  suggestedPair,
  type PlanRow,
} from '../../src/facilitator/session-plans';
import { discussionPrompt } from '../../src/facilitator/discussion-prompts';
import { loadScenario } from '../helpers/load-scenario';
import { translate } from '../helpers/catalogue';

const en = translate('en');
const cy = translate('cy');

const dir = new URL('../../scenarios/', import.meta.url).pathname;
const scenarios = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => loadScenario(`${dir}${name}`));

function expectBackToBack(rows: PlanRow[], length: number) {
  expect(rows[0]!.from).toBe(0);
  expect(rows.at(-1)!.to).toBe(length);
  rows.slice(1).forEach((row, index) => expect(row.from).toBe(rows[index]!.to));
  for (const row of rows) expect(row.to).toBeGreaterThan(row.from);
}

describe('session plans', () => {
  it('pairs a scenario with one from the other side of the interface', () => {
    for (const scenario of scenarios) {
      const [first, second] = suggestedPair(scenarios, scenario);
      expect(first.id).toBe(scenario.id);
      expect(second.learnerSide).not.toBe(scenario.learnerSide);
    }
  });

  it('fits every pair of scenarios into 45 and 90 minutes, back to back, with time to close', () => {
    for (const scenario of scenarios) {
      const pair = suggestedPair(scenarios, scenario).map(planScenario);
      for (const length of [45, 90] as const) {
        const rows = sessionPlan(en, length, pair);
        expectBackToBack(rows, length);
        expect(rows.at(-1)!.activity).toBe('Close');
        expect(rows.at(-1)!.to - rows.at(-1)!.from).toBeGreaterThanOrEqual(4);
        for (const planned of pair)
          expect(
            rows.some(
              (row) => row.activity === `Scenario ${pair.indexOf(planned) + 1}: ${planned.title}`,
            ),
          ).toBe(true);
      }
    }
  });

  it('gives a 90-minute session time to try another branch and look at local arrangements', () => {
    const rows = sessionPlan(en, 90, suggestedPair(scenarios).map(planScenario));
    expect(rows.map((row) => row.activity)).toEqual(
      expect.arrayContaining(['Try another branch', 'Your local arrangements']),
    );
    expect(
      sessionPlan(en, 45, suggestedPair(scenarios).map(planScenario)).map((row) => row.activity),
    ).not.toContain('Your local arrangements');
  });

  it('speaks the page’s language', () => {
    const rows = sessionPlan(cy, 90, suggestedPair(scenarios).map(planScenario));
    expect(rows.at(-1)!.activity).toBe('Cloi');
    expect(rows[1]!.details[0]).toMatch(/^Chwaraewch y vlog.* \d+ munud o drafod/);
  });

  it('counts the decisions a room meets on the recommended path', () => {
    const missed = scenarios.find((scenario) => scenario.id === 'missed-appointment')!;
    expect(planScenario(missed)).toEqual({
      id: 'missed-appointment',
      title: 'The missed appointment',
      minutes: 5,
      decisions: 3,
    });
  });
});

describe('discussion prompts', () => {
  it('rotates through prompts written for the side the room plays', () => {
    expect(discussionPrompt(en, 'hospital', 0)).not.toBe(discussionPrompt(en, 'hospital', 1));
    expect(discussionPrompt(en, 'hospital', 4)).toBe(discussionPrompt(en, 'hospital', 0));
    const rotation = (side: 'hospital' | 'general-practice') =>
      [0, 1, 2, 3].map((index) => discussionPrompt(en, side, index)).join(' ');
    expect(rotation('general-practice')).toContain('Hospital doctors in the room');
    expect(rotation('hospital')).toContain('GP trainees in the room');
    expect(discussionPrompt(cy, 'general-practice', 2)).toMatch(/^Meddygon ysbyty yn yr ystafell/);
  });
});
