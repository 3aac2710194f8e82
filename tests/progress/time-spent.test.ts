import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../helpers/memory-storage';
import { translate } from '../helpers/catalogue';
import { addSecondsSpent, describeDuration, secondsSpent } from '../../src/progress/time-spent';

describe('time spent', () => {
  it('accumulates whole seconds', () => {
    const storage = memoryStorage();
    addSecondsSpent(5, storage);
    addSecondsSpent(4.6, storage);
    expect(secondsSpent(storage)).toBe(10);
  });

  it('reads nonsense as nothing', () => {
    const storage = memoryStorage();
    storage.setItem('across-the-interface:v1:seconds-in-cases', 'lots');
    expect(secondsSpent(storage)).toBe(0);
  });

  it.each([
    [20, 'less than a minute'],
    [60, '1 minute'],
    [35 * 60 + 10, '35 minutes'],
    [3600, '1 hour'],
    [3900, '1 hour 5 minutes'],
    [7300, '2 hours 1 minute'],
  ])('describes %i seconds as "%s"', (seconds, words) => {
    expect(describeDuration(seconds, translate('en'))).toBe(words);
  });

  it.each([
    [20, 'llai na munud'],
    [60, '1 munud'],
    [3900, '1 awr 5 munud'],
    [7300, '2 awr 1 munud'],
  ])('describes %i seconds in Welsh as "%s"', (seconds, words) => {
    expect(describeDuration(seconds, translate('cy'))).toBe(words);
  });
});
