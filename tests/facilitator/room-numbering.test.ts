import { describe, expect, it } from 'vitest';
import { roomNumbering } from '../../src/facilitator/room-numbering';
import type { DecisionRecord } from '../../src/facilitator/room-session';
import { fixture, loadScenario } from '../helpers/load-scenario';

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));

const record = (decision: string, shown: string[]): DecisionRecord => ({
  decision,
  prompt: '',
  options: shown.map((id) => ({ id, text: id, best: false })),
  votes: {},
  followed: null,
});

describe('the debrief map in the room’s numbering', () => {
  it('numbers decisions in the order the room met them, and options as they were shown', () => {
    // After "letter", the second decision offers its second and third options only.
    const numbers = roomNumbering(
      {
        decisions: [
          record('first-call', ['phone', 'letter']),
          record('second-call', ['discharge', 'rebook-blind']),
        ],
      },
      scenario,
    );
    expect(numbers.decisions).toEqual({ 'first-call': 'Decision 1', 'second-call': 'Decision 2' });
    expect(numbers.options['second-call']).toEqual({
      rebook: 'not offered',
      discharge: '1',
      'rebook-blind': '2',
    });
    expect(numbers.legend).toContain('numbered as the room saw them');
  });

  it('leaves decisions the room has not met to the map’s own letters', () => {
    const numbers = roomNumbering(
      { decisions: [record('first-call', ['phone', 'letter'])] },
      scenario,
    );
    expect(numbers.decisions['second-call']).toBeUndefined();
    expect(numbers.options['second-call']).toBeUndefined();
  });
});
