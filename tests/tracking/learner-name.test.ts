import { describe, expect, it } from 'vitest';
import { formatLearnerName } from '../../src/tracking/learner-name';

describe('the learner name for the certificate', () => {
  it('turns the LMS\'s "Last, First" into reading order', () => {
    expect(formatLearnerName('Okafor, Amara')).toEqual({
      asRecorded: 'Okafor, Amara',
      display: 'Amara Okafor',
    });
  });

  it('keeps names without a comma, and splits on the first comma only', () => {
    expect(formatLearnerName('Amara Okafor')?.display).toBe('Amara Okafor');
    expect(formatLearnerName('Smith, Anne, Dr')?.display).toBe('Anne, Dr Smith');
  });

  it('tidies spaces and control characters, and has nothing to say about no name', () => {
    expect(formatLearnerName('  Price,\tDanny \n')?.display).toBe('Danny Price');
    expect(formatLearnerName('')).toBeNull();
    expect(formatLearnerName(undefined)).toBeNull();
  });

  it('is text, not markup: angle brackets stay as they are for a text node to show', () => {
    expect(formatLearnerName('<b>Evil</b>, Eve')?.display).toBe('Eve <b>Evil</b>');
  });
});
