import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/i18n/catalogue';
import { translator } from '../../src/i18n/messages';
import { endingNodeSchema } from '../../src/schemas/scenario';
import {
  countLabel,
  kindLabel,
  optionReference,
  outcomeLabel,
  outcomeShortLabel,
} from '../../src/vocabulary/labels';
import { outcomesInOrder } from '../../src/components/scenario-map/map-style';

const english = translator(loadCatalogue(process.cwd(), 'en').messages);
const welsh = translator(loadCatalogue(process.cwd(), 'cy').messages);

describe('the words for kinds, outcomes and counts, from the catalogue', () => {
  it('names kinds of node and outcomes', () => {
    expect(kindLabel(english, 'decision')).toBe('Decision');
    expect(kindLabel(english, 'dialogue')).toBe('Conversation');
    expect(kindLabel(welsh, 'ending')).toBe('Diweddglo');
    expect(outcomeLabel(english, 'poor')).toBe('Poor outcome');
    expect(outcomeShortLabel(english, 'acceptable')).toBe('Acceptable');
  });

  it('has a word for every outcome the schema allows, in both languages', () => {
    expect([...outcomesInOrder].sort()).toEqual([...endingNodeSchema.shape.outcome.options].sort());
    for (const outcome of outcomesInOrder)
      for (const t of [english, welsh]) expect(outcomeShortLabel(t, outcome)).toBeTruthy();
  });

  it('counts with the language’s own noun forms', () => {
    expect(countLabel(english, 'vote', 1)).toBe('1 vote');
    expect(countLabel(english, 'vote', 0)).toBe('0 votes');
    expect(countLabel(english, 'point', 10)).toBe('10 points');
    expect(countLabel(welsh, 'vote', 3)).toBe('3 pleidlais');
  });

  it('names an option by its decision', () => {
    expect(optionReference(english, 'D1', 'A')).toBe('D1 option A');
    expect(optionReference(welsh, 'D1', 'A')).toBe('D1 opsiwn A');
  });
});
