import { describe, expect, it } from 'vitest';
import { closestName, didYouMean, editDistance } from '../../src/schemas/did-you-mean';

describe('did you mean', () => {
  it('counts edits, with a swap of two neighbouring letters as one, ignoring case', () => {
    expect(editDistance('later', 'later')).toBe(0);
    expect(editDistance('latre', 'later')).toBe(1);
    expect(editDistance('blods', 'bloods')).toBe(1);
    expect(editDistance('shortname', 'shortName')).toBe(0);
    expect(editDistance('poor', 'good')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests a near miss of a node id or a policy name, never a wild guess', () => {
    const nodes = ['intro', 'ask', 'later', 'good', 'poor'];
    expect(closestName('latre', nodes)).toBe('later');
    expect(closestName('poor-ending', nodes)).toBeUndefined();
    expect(closestName('bad', nodes)).toBeUndefined();
    const placeholders = [
      'policies.medicines-on-discharge',
      'policies.medicines-on-discharge.national',
      'policies.medicines-on-discharge.both',
    ];
    expect(closestName('policies.medicine-on-discharge.both', placeholders)).toBe(
      'policies.medicines-on-discharge.both',
    );
  });

  it('leads the fix with the suggestion, or leaves it as it was', () => {
    expect(didYouMean('latre', ['later'], 'point it at an existing node.')).toBe(
      'did you mean "later"? Point it at an existing node.',
    );
    expect(didYouMean('elsewhere', ['later'], 'point it at an existing node.')).toBe(
      'point it at an existing node.',
    );
  });
});
