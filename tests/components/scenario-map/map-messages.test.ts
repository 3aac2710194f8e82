import { describe, expect, it } from 'vitest';
import { englishMapMessages } from '../../../src/components/scenario-map/map-messages';
import { loadCatalogue } from '../../../src/i18n/catalogue';
import { pickMessages } from '../../../src/i18n/messages';

describe("the map's English strings for islands without a catalogue", () => {
  it('are exactly the outcome, vocabulary and map sections of content/i18n/en.yaml', () => {
    const english = loadCatalogue(process.cwd(), 'en').messages;
    expect(englishMapMessages).toEqual(pickMessages(english, 'outcome', 'vocabulary', 'map'));
  });
});
