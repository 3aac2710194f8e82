import { describe, expect, it } from 'vitest';
import { omitMessages, pickMessages, sayMessage, translator } from '../../src/i18n/messages';
import { documentLocale } from '../../src/i18n/languages';

describe('a message given as data', () => {
  const t = translator({
    'files.export': '{format}: {attempts} attempts',
    'format.csv': 'CSV of interactions',
    'waiting.key': 'the interaction key',
    'misfit.decision': '"{file}" ({keyVersion}) does not fit.',
    'version.named': 'version {version}',
  });

  it('is worded with its parameters, and with parameters that are themselves messages', () => {
    expect(
      sayMessage(t, {
        key: 'files.export',
        params: { attempts: 3 },
        keyParams: { format: 'format.csv' },
      }),
    ).toBe('CSV of interactions: 3 attempts');
    expect(sayMessage(t, { key: 'waiting.key' })).toBe('the interaction key');
  });

  it('words a parameter that is a message with parameters of its own', () => {
    expect(
      sayMessage(t, {
        key: 'misfit.decision',
        params: { file: 'cohort.txt' },
        keyParams: { keyVersion: { key: 'version.named', params: { version: '1.0.0' } } },
      }),
    ).toBe('"cohort.txt" (version 1.0.0) does not fit.');
  });

  it('names an unknown key, so a worker and the catalogue cannot drift apart unnoticed', () => {
    expect(() =>
      sayMessage(t, {
        key: 'files.export',
        params: { attempts: 1 },
        keyParams: { format: 'format.xlsx' },
      }),
    ).toThrow(/format\.xlsx/);
  });
});

describe('the locale an island writes dates in', () => {
  it('is British English outside a page', () => {
    expect(documentLocale()).toBe('en-GB');
  });
});

describe("an island's messages", () => {
  const catalogue = {
    'presenter.next.continue': 'Continue',
    'presenter.start.heading': 'Facilitator mode',
    'presenter.startAgain': 'Start again',
    'presenter.help.cardIntro': 'Print this card',
    'presenter.help.heading': 'Keys',
    'map.title': 'Map',
  };

  it('leave out whole sections the page alone shows, and no key that only starts the same', () => {
    const presenter = pickMessages(catalogue, 'presenter');
    expect(omitMessages(presenter, 'presenter.start', 'presenter.help.cardIntro')).toEqual({
      'presenter.next.continue': 'Continue',
      'presenter.startAgain': 'Start again',
      'presenter.help.heading': 'Keys',
    });
  });
});
