import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/facilitator/room-session';
import { addRun } from '../../src/facilitator/room-session';
import {
  createSessionStore,
  previousSessionKey,
  sessionKey,
} from '../../src/facilitator/session-store';

/** A Storage kept in memory, as the browser's would be. */
function memoryStorage(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

const now = new Date('2026-11-21T14:00:00Z');
const withRun = () =>
  addRun(
    createSession(now, 'first'),
    { id: 'missed-appointment', title: 'The missed appointment', start: 'intro' },
    now,
    'r',
  ).session;

describe('the facilitator session store', () => {
  it('keeps the session under a facilitator key of its own, never a learner’s', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage);
    store.save(withRun());
    expect([...storage.data.keys()]).toEqual([sessionKey]);
    expect(sessionKey).toMatch(/^across-the-interface:facilitator:/);
    expect(store.load()?.runs).toHaveLength(1);
  });

  it('carries on with a recent session', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage);
    store.save(withRun());
    expect(store.current(new Date('2026-11-21T15:00:00Z')).id).toBe('first');
  });

  it('starts a new session after 12 idle hours, keeping the old one to download', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage);
    store.save(withRun());
    const fresh = store.current(new Date('2026-11-22T09:00:00Z'));
    expect(fresh.id).not.toBe('first');
    expect(fresh.runs).toEqual([]);
    expect(store.loadPrevious()?.id).toBe('first');
    expect(storage.data.has(previousSessionKey)).toBe(true);
  });

  it('does not keep an empty session as the previous one', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage);
    store.save(withRun());
    store.startNew(now);
    store.startNew(now);
    expect(store.loadPrevious()?.id).toBe('first');
  });

  it('starts afresh from damaged data', () => {
    const storage = memoryStorage();
    storage.setItem(sessionKey, '{not json');
    const store = createSessionStore(storage);
    expect(store.load()).toBeNull();
    expect(store.current(now).runs).toEqual([]);
  });

  it('keeps the session for the page when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const store = createSessionStore(blocked);
    const session = withRun();
    store.save(session);
    expect(store.load()).toEqual(session);
  });
});
