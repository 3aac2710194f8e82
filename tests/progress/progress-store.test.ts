import { describe, expect, it } from 'vitest';
import { blockSiteData, memoryStorage } from '../helpers/memory-storage';
import { createLocalProgressStore, type ScenarioRecord } from '../../src/progress/progress-store';
import { getProgressStore } from '../../src/tracking/launcher-session';

const record: ScenarioRecord = { choices: ['phone'], at: 'second-call', scored: ['phone'] };

describe('progress in this browser', () => {
  it("saves, loads and clears a scenario's record under the module's key", () => {
    const storage = memoryStorage();
    const store = createLocalProgressStore(storage);
    expect(store.where).toBe('browser');
    store.save('fit-note', record);
    expect(JSON.parse(storage.getItem('across-the-interface:v1:scenario:fit-note')!)).toEqual(
      record,
    );
    expect(createLocalProgressStore(storage).load('fit-note')).toEqual(record);
    store.clear('fit-note');
    expect(store.load('fit-note')).toBeNull();
  });

  it('reads a corrupt or foreign record as nothing', () => {
    const storage = memoryStorage();
    storage.setItem('across-the-interface:v1:scenario:a', '{not json');
    storage.setItem('across-the-interface:v1:scenario:b', '{"choices":"phone"}');
    const store = createLocalProgressStore(storage);
    expect(store.load('a')).toBeNull();
    expect(store.load('b')).toBeNull();
  });

  it('keeps the visit going in memory when storage is full', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    const store = createLocalProgressStore(full);
    store.save('fit-note', record);
    expect(store.load('fit-note')).toEqual(record);
  });

  it('keeps a national and a trust build on one origin apart, and resets only its own', () => {
    const storage = memoryStorage();
    const national = createLocalProgressStore(storage, 'across-the-interface');
    const trust = createLocalProgressStore(storage, 'northshire-interface');
    national.save('fit-note', record);
    expect(trust.load('fit-note')).toBeNull();
    trust.save('fit-note', { ...record, at: 'start' });
    trust.save('results', record);
    storage.setItem('northshire-interface:v1:reflection:fit-note', '{}');
    trust.reset();
    expect(trust.load('fit-note')).toBeNull();
    expect(trust.load('results')).toBeNull();
    expect(national.load('fit-note')).toEqual(record);
    expect(storage.getItem('northshire-interface:v1:reflection:fit-note')).toBe('{}');
  });
});

describe('the store a case page gets where site data is blocked', () => {
  // CaseDialogue calls getProgressStore() and then loads, saves and records decisions.
  it('works from memory instead of throwing', () => {
    blockSiteData();
    const store = getProgressStore();
    expect(store.where).toBe('browser');
    expect(store.load('fit-note')).toBeNull();
    store.save('fit-note', record);
    expect(store.load('fit-note')).toEqual(record);
    store.recordDecision({
      scenarioId: 'fit-note',
      decisionId: 'd',
      choiceId: 'c',
      at: '2026-11-21T10:00:00.000Z',
    });
    store.clear('fit-note');
    store.reset();
    expect(store.load('fit-note')).toBeNull();
  });
});
