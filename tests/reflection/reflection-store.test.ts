import { describe, expect, it } from 'vitest';
import { blockSiteData, memoryStorage } from '../helpers/memory-storage';
import {
  isEmpty,
  loadReflection,
  portfolioNote,
  saveReflection,
  type Reflection,
} from '../../src/reflection/reflection-store';
import { translate } from '../helpers/catalogue';

const note: Reflection = {
  whatHappened: 'Discharged after a DNA.',
  whatILearned: 'Check the notes.',
  whatIWillDoDifferently: '',
  updatedAt: '2026-11-21T10:00:00Z',
};

describe('reflections', () => {
  it('round-trips through storage', () => {
    const storage = memoryStorage();
    expect(saveReflection('missed-appointment', note, storage)).toBe(true);
    expect(loadReflection('missed-appointment', storage)).toEqual(note);
  });

  it('says when storage refuses the notes, instead of throwing', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(saveReflection('x', note, full)).toBe(false);
  });

  it('says the notes were not kept where site data is blocked (reading localStorage throws)', () => {
    blockSiteData();
    expect(saveReflection('x', note)).toBe(false);
    expect(loadReflection('x')).toBeNull();
  });

  it('reads corrupt storage as no notes', () => {
    const storage = memoryStorage();
    storage.setItem('across-the-interface:v1:reflection:x', '{not json');
    expect(loadReflection('x', storage)).toBeNull();
  });

  it('knows an empty reflection', () => {
    expect(isEmpty(null)).toBe(true);
    expect(isEmpty({ ...note, whatHappened: ' ', whatILearned: '' })).toBe(true);
    expect(isEmpty(note)).toBe(false);
  });

  it('formats a portfolio entry with the three reflective headings', () => {
    expect(
      portfolioNote(
        [{ title: 'The missed appointment', reflection: note }],
        'Across the Interface',
        translate('en'),
        new Date('2026-11-21'),
      ),
    ).toBe(
      [
        'Reflection: The missed appointment',
        'Learning activity: Across the Interface, e-learning scenario "The missed appointment"',
        'Date: 21 November 2026',
        '',
        'What happened',
        'Discharged after a DNA.',
        '',
        'What I learned',
        'Check the notes.',
        '',
        'What I will do differently',
        '(not written)',
        '',
      ].join('\n'),
    );
  });

  it('writes the note in the language of the page, headings and date included', () => {
    const welsh = portfolioNote(
      [{ title: 'Yr apwyntiad a gollwyd', reflection: note }],
      'Ar Draws y Rhyngwyneb',
      translate('cy'),
      new Date('2026-11-21'),
      'cy',
    );
    expect(welsh).toContain('Dyddiad: 21 Tachwedd 2026');
    expect(welsh).toContain(translate('cy')('reflections.fields.whatHappened.label'));
    expect(welsh).not.toMatch(/What happened|Learning activity|\(not written\)|November/);
  });
});
