import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/settings/load-settings';
import {
  fillPlaceholders,
  fillText,
  placeholderNames,
  policyStatement,
  resolvePlaceholder,
  unknownPlaceholders,
} from '../../src/settings/placeholders';

/** A tiny module whose trust supplies 14 days against the national 7. */
const settings = loadSettings(path.resolve(import.meta.dirname, '../fixtures/integrity/base'));
const samePolicy = { ...settings.policies['medicines-on-discharge']!, local: 7 };

describe('local values', () => {
  it('fills each kind of name', () => {
    expect(resolvePlaceholder('organisation.name', settings)).toBe('Test trust');
    expect(resolvePlaceholder('organisation.shortName', settings)).toBe('Test');
    expect(resolvePlaceholder('contacts.interface-lead', settings)).toBe('the interface lead');
    expect(resolvePlaceholder('policies.medicines-on-discharge', settings)).toBe('14 days');
    expect(resolvePlaceholder('policies.medicines-on-discharge.national', settings)).toBe('7 days');
    expect(resolvePlaceholder('policies.medicines-on-discharge.both', settings)).toBe(
      'the minimum is 7 days; at Test we supply 14 days',
    );
  });

  it('gives the national requirement alone when the local policy is the same', () => {
    expect(policyStatement(samePolicy, 'Test')).toBe('the minimum is 7 days');
  });

  it('knows nothing of names the settings do not have, or of a wrong variant', () => {
    for (const name of [
      'contacts.switchboard',
      'policies.fit-notes',
      'policies.medicines-on-discharge.local',
      'organisation.logo',
      'contacts.interface-lead.phone',
      'nothing',
    ]) {
      expect(resolvePlaceholder(name, settings), name).toBeUndefined();
    }
  });

  it('lists every name content may use, for error hints', () => {
    expect(placeholderNames(settings)).toEqual([
      'organisation.name',
      'organisation.shortName',
      'contacts.interface-lead',
      'policies.medicines-on-discharge',
      'policies.medicines-on-discharge.national',
      'policies.medicines-on-discharge.both',
    ]);
  });
});

describe('filling text', () => {
  it('fills the names it knows, allowing spaces inside the braces, and leaves the rest for the checks to report', () => {
    const text =
      'Ring {{ contacts.interface-lead }} at {{organisation.shortName}}; {{contacts.switchboard}} is not set.';
    expect(fillText(text, settings)).toBe(
      'Ring the interface lead at Test; {{contacts.switchboard}} is not set.',
    );
    expect(unknownPlaceholders(text, settings)).toEqual(['contacts.switchboard']);
  });

  it('fills every string in a nested value and leaves other values alone', () => {
    const reviewed = new Date('2026-11-20');
    const value = {
      title: '{{organisation.name}}',
      lines: [{ text: '{{policies.medicines-on-discharge}}', score: 10 }],
      reviewed,
      optional: null,
    };
    expect(fillPlaceholders(value, settings)).toEqual({
      title: 'Test trust',
      lines: [{ text: '14 days', score: 10 }],
      reviewed,
      optional: null,
    });
  });
});
