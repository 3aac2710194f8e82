import { describe, expect, it } from 'vitest';
import {
  languagePrefix,
  otherLanguage,
  pathInLanguage,
  preferredLanguage,
  splitLanguagePath,
  startLocation,
} from '../../src/i18n/languages';

describe('preferredLanguage', () => {
  it.each([
    ['cy', 'cy'],
    ['cy-GB', 'cy'],
    ['CY_gb', 'cy'],
    ['en', 'en'],
    ['en-GB', 'en'],
    [' en-US ', 'en'],
  ] as const)('reads the LMS preference %j as %s', (preference, language) => {
    expect(preferredLanguage(preference, ['en', 'cy'])).toBe(language);
  });

  it.each(['', 'fr', 'fr-CA', 'cym', 'welsh', 'cy GB', null, undefined])(
    'treats %j as no preference',
    (preference) => {
      expect(preferredLanguage(preference, ['en', 'cy'])).toBeUndefined();
    },
  );

  it('ignores a preference for a language the module does not offer', () => {
    expect(preferredLanguage('cy-GB', ['en'])).toBeUndefined();
  });
});

describe('language paths', () => {
  it('keeps the first language at the root and puts the second under its prefix', () => {
    expect(languagePrefix('en', ['en', 'cy'])).toBe('');
    expect(pathInLanguage('/scenarios/fit-note/', 'cy', ['en', 'cy'])).toBe(
      '/cy/scenarios/fit-note/',
    );
    expect(pathInLanguage('/scenarios/fit-note/', 'en', ['cy', 'en'])).toBe(
      '/en/scenarios/fit-note/',
    );
    expect(pathInLanguage('/', 'cy', ['cy', 'en'])).toBe('/');
  });

  it('reads the language back from a path', () => {
    expect(splitLanguagePath('/cy/scenarios/fit-note/', ['en', 'cy'])).toEqual({
      language: 'cy',
      path: '/scenarios/fit-note/',
    });
    expect(splitLanguagePath('/cy', ['en', 'cy'])).toEqual({ language: 'cy', path: '/' });
    expect(splitLanguagePath('/scenarios/', ['cy', 'en'])).toEqual({
      language: 'cy',
      path: '/scenarios/',
    });
    // A page that happens to start with /cy/ on an English-only site is not Welsh.
    expect(splitLanguagePath('/cy/', ['en'])).toEqual({ language: 'en', path: '/cy/' });
  });

  it('names the other language for the switch', () => {
    expect(otherLanguage('cy', ['cy', 'en'])).toBe('en');
    expect(otherLanguage('en', ['en'])).toBeUndefined();
  });
});

describe('startLocation', () => {
  it('opens a first launch in the preferred language', () => {
    expect(startLocation('', 'cy-GB', ['en', 'cy'])).toBe('cy/');
    expect(startLocation('', 'en', ['cy', 'en'])).toBe('en/');
    expect(startLocation('', 'cy', ['cy', 'en'])).toBe('');
  });

  it('moves the bookmark into the preferred language, keeping the page', () => {
    expect(startLocation('scenarios/fit-note/', 'cy', ['en', 'cy'])).toBe('cy/scenarios/fit-note/');
    expect(startLocation('cy/scenarios/fit-note/', 'en-GB', ['en', 'cy'])).toBe(
      'scenarios/fit-note/',
    );
  });

  it('keeps the bookmark when the preference is none of the module languages', () => {
    expect(startLocation('cy/summary/', 'fr-FR', ['en', 'cy'])).toBe('cy/summary/');
    expect(startLocation('summary/', '', ['en'])).toBe('summary/');
  });
});
