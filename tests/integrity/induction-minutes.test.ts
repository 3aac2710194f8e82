import { describe, expect, it } from 'vitest';
import {
  checkRequiredMinutes,
  minutesSummary,
  moduleMinutes,
  requiredMinutesLimit,
} from '../../src/integrity/induction-minutes';

const minutes = new Map([
  ['a', 5],
  ['b', 4],
  ['c', 3],
]);
const at = { file: 'content/settings.yaml', line: 34, field: 'scenarios' };

describe('the time the module takes', () => {
  it('adds up the required and the optional scenarios separately, in the settings order', () => {
    const totals = moduleMinutes(
      [
        { id: 'c', required: true },
        { id: 'a', required: false },
        { id: 'b', required: true },
      ],
      minutes,
    );
    expect(totals).toEqual({
      required: { scenarios: ['c', 'b'], minutes: 7 },
      optional: { scenarios: ['a'], minutes: 5 },
    });
    expect(minutesSummary(totals)).toBe(
      'Playing time: required 2 scenarios, 7 minutes (at most 45 for induction); optional 1 scenario, 5 minutes.',
    );
  });

  it('leaves out a listed scenario it cannot read (its own error says why)', () => {
    expect(
      moduleMinutes(
        [
          { id: 'a', required: true },
          { id: 'missing', required: true },
        ],
        minutes,
      ).required,
    ).toEqual({ scenarios: ['a'], minutes: 5 });
  });

  it(`warns when the required scenarios take more than ${requiredMinutesLimit} minutes, not at ${requiredMinutesLimit}`, () => {
    const nine = new Map(Array.from({ length: 10 }, (_, index) => [`s${index}`, 5] as const));
    const list = (count: number) =>
      [...nine.keys()].slice(0, count).map((id) => ({ id, required: true }));
    expect(checkRequiredMinutes(moduleMinutes(list(9), nine), at)).toEqual([]);
    expect(checkRequiredMinutes(moduleMinutes(list(10), nine), at)).toMatchObject([
      {
        severity: 'warning',
        file: 'content/settings.yaml',
        line: 34,
        field: 'scenarios',
        message:
          'the required scenarios add up to 50 minutes (10 scenarios), more than the 45 an induction slot allows.',
      },
    ]);
  });
});
