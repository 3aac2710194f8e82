import { describe, expect, it } from 'vitest';
import {
  countText,
  fewerThanFive,
  hiddenWithOthers,
  shareOf,
  suppressOne,
  suppressParts,
} from '../../src/insights/suppression';
import { sayMessage } from '../../src/i18n/messages';
import { translate } from '../helpers/catalogue';

const english = translate('en');
const welsh = translate('cy');

describe('small-number suppression', () => {
  it('hides 1 to 4 learners and shows 0 and 5 or more', () => {
    expect([0, 1, 4, 5, 12].map(suppressOne)).toEqual([
      { value: 0, hidden: false },
      { value: null, hidden: true, reason: fewerThanFive },
      { value: null, hidden: true, reason: fewerThanFive },
      { value: 5, hidden: false },
      { value: 12, hidden: false },
    ]);
  });

  it('hides the next smallest figure with a lone hidden one, so the total cannot give it away', () => {
    expect(suppressParts([6, 3, 9, 0])).toEqual([
      { value: null, hidden: true, reason: hiddenWithOthers },
      { value: null, hidden: true, reason: fewerThanFive },
      { value: 9, hidden: false },
      { value: 0, hidden: false },
    ]);
    // Two hidden already: neither can be worked out, so nothing more is hidden.
    expect(suppressParts([7, 2, 3]).map((count) => count.value)).toEqual([7, null, null]);
    expect(suppressParts([5, 5]).map((count) => count.value)).toEqual([5, 5]);
  });

  it('gives no share for a hidden figure, and says "fewer than 5" in its cell', () => {
    const total = suppressOne(10);
    expect(shareOf(suppressOne(5), total)).toBe(0.5);
    expect(shareOf(suppressOne(3), total)).toBeNull();
    expect(shareOf(suppressOne(5), suppressOne(3))).toBeNull();
    expect(countText(english, suppressOne(3))).toBe('fewer than 5');
    expect(countText(english, suppressParts([6, 3])[0]!)).toBe('hidden');
    expect(countText(english, suppressOne(7))).toBe('7');
  });

  it("says why a figure is hidden in the page's language", () => {
    expect(sayMessage(english, fewerThanFive)).toBe(
      'fewer than 5 learners: hidden so that no one can be recognised',
    );
    expect(sayMessage(english, hiddenWithOthers)).toBe(
      'hidden with a smaller figure, so that figure cannot be worked out from the total',
    );
    expect(countText(welsh, suppressOne(3))).toBe('llai na 5');
    expect(sayMessage(welsh, fewerThanFive)).toMatch(/^llai na 5 dysgwr/);
  });
});
