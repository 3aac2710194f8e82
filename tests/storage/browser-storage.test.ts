import { describe, expect, it } from 'vitest';
import { blockSiteData, memoryStorage } from '../helpers/memory-storage';
import {
  adoptUnscopedKeys,
  keysStartingWith,
  localStorageIfAllowed,
  moduleKey,
  moduleStorage,
  readJson,
  readText,
  removeKey,
  writeJson,
  writeText,
} from '../../src/storage/browser-storage';

const full = {
  ...memoryStorage(),
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
} as unknown as Storage;
const unreadable = {
  ...memoryStorage(),
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
} as unknown as Storage;

describe('browser storage that never throws', () => {
  it('finds no storage where reading localStorage itself throws (site data blocked)', () => {
    blockSiteData();
    expect(() => globalThis.localStorage).toThrow();
    expect(localStorageIfAllowed()).toBeUndefined();
    expect(moduleStorage()).toBeUndefined();
  });

  it('reads nothing from missing or unreadable storage', () => {
    expect(readText(undefined, 'k')).toBeNull();
    expect(readText(unreadable, 'k')).toBeNull();
  });

  it("reads JSON through the caller's guard: corrupt or another shape is nothing", () => {
    const storage = memoryStorage();
    const isNumberList = (value: unknown) =>
      Array.isArray(value) && value.every((item) => typeof item === 'number')
        ? (value as number[])
        : null;
    storage.setItem('good', '[1,2]');
    storage.setItem('corrupt', '{not json');
    storage.setItem('shape', '{"a":1}');
    expect(readJson(storage, 'good', isNumberList)).toEqual([1, 2]);
    expect(readJson(storage, 'corrupt', isNumberList)).toBeNull();
    expect(readJson(storage, 'shape', isNumberList)).toBeNull();
    expect(readJson(storage, 'missing', isNumberList)).toBeNull();
  });

  it('says whether a write was kept', () => {
    const storage = memoryStorage();
    expect(writeText(storage, 'k', 'v')).toBe(true);
    expect(writeJson(storage, 'j', { a: 1 })).toBe(true);
    expect(storage.getItem('j')).toBe('{"a":1}');
    expect(writeText(full, 'k', 'v')).toBe(false);
    expect(writeText(undefined, 'k', 'v')).toBe(false);
    expect(removeKey(storage, 'k')).toBe(true);
    expect(storage.getItem('k')).toBeNull();
    expect(removeKey(undefined, 'k')).toBe(false);
  });

  it('scopes keys by module id; the national module keeps the keys learners already have', () => {
    expect(moduleKey('v1:scenario:x')).toBe('across-the-interface:v1:scenario:x');
    expect(moduleKey('v1:scenario:x', 'northshire-interface')).toBe(
      'northshire-interface:v1:scenario:x',
    );
    const storage = memoryStorage();
    storage.setItem('a:1', '');
    storage.setItem('b:1', '');
    storage.setItem('a:2', '');
    expect(keysStartingWith(storage, 'a:')).toEqual(['a:1', 'a:2']);
  });
});

describe('a trust build adopting what the unscoped keys kept', () => {
  it('copies progress, notes and preferences once, leaving the national build its own', () => {
    const storage = memoryStorage();
    storage.setItem('across-the-interface:v1:scenario:fit-note', '{"choices":[],"at":"start"}');
    storage.setItem('across-the-interface:captions', 'off');
    storage.setItem('across-the-interface:activity-copy:across-the-interface:learner:%2F', '{}');
    adoptUnscopedKeys(storage, 'trust');
    expect(storage.getItem('trust:v1:scenario:fit-note')).toBe('{"choices":[],"at":"start"}');
    expect(storage.getItem('trust:captions')).toBe('off');
    expect(storage.getItem('across-the-interface:v1:scenario:fit-note')).toBe(
      '{"choices":[],"at":"start"}',
    );
    // Already scoped by module id in its name: never copied.
    expect(keysStartingWith(storage, 'trust:activity-copy')).toEqual([]);
  });

  it("does not undo a later reset, nor overwrite the trust's own progress", () => {
    const storage = memoryStorage();
    storage.setItem('across-the-interface:v1:scenario:fit-note', 'national');
    storage.setItem('trust:v1:scenario:results', 'own');
    storage.setItem('across-the-interface:v1:scenario:results', 'national');
    adoptUnscopedKeys(storage, 'trust');
    expect(storage.getItem('trust:v1:scenario:results')).toBe('own');
    storage.removeItem('trust:v1:scenario:fit-note');
    adoptUnscopedKeys(storage, 'trust');
    expect(storage.getItem('trust:v1:scenario:fit-note')).toBeNull();
  });

  it("leaves the national build's storage alone", () => {
    const storage = memoryStorage();
    storage.setItem('across-the-interface:captions', 'off');
    adoptUnscopedKeys(storage, 'across-the-interface');
    expect(storage.length).toBe(1);
  });
});
