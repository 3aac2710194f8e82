import { createSession, isStale, parseSession, type FacilitatorSession } from './room-session';

/**
 * Where a facilitated session is kept: this browser's local storage, under keys of its own, so a
 * refresh, a second tab or a closed laptop lid loses nothing. Deliberately separate from learner
 * progress (src/progress): facilitator pages never read or write a learner's record, and never
 * look for an LMS.
 */
export const sessionKey = 'across-the-interface:facilitator:v1:session';
/** The session before the current one, kept so its record can still be downloaded. */
export const previousSessionKey = 'across-the-interface:facilitator:v1:previous-session';

export interface SessionStore {
  /** The current session, or null when there is none (or it cannot be read). */
  load(): FacilitatorSession | null;
  save(session: FacilitatorSession): void;
  /** The session before the current one, if kept. */
  loadPrevious(): FacilitatorSession | null;
  /** Keeps the current session as the previous one and starts a new, empty one. */
  startNew(now: Date): FacilitatorSession;
  /**
   * The session to carry on with: the current one, unless it has been idle for 12 hours, when it
   * is kept as the previous session and a new one starts.
   */
  current(now: Date): FacilitatorSession;
}

function read(storage: Storage | undefined, key: string): FacilitatorSession | null {
  try {
    const text = storage?.getItem(key);
    return text ? parseSession(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

function write(storage: Storage | undefined, key: string, session: FacilitatorSession | null) {
  try {
    if (session) storage?.setItem(key, JSON.stringify(session));
    else storage?.removeItem(key);
  } catch {
    // Storage full or blocked: the session lasts as long as the page.
  }
}

/** This browser's local storage, or undefined where it is blocked (reading it can throw). */
function localStorageIfAllowed(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function createSessionStore(storage: Storage | undefined = localStorageIfAllowed()): SessionStore {
  let memory: FacilitatorSession | null = null;
  const store: SessionStore = {
    load: () => read(storage, sessionKey) ?? memory,
    save(session) {
      memory = session;
      write(storage, sessionKey, session);
    },
    loadPrevious: () => read(storage, previousSessionKey),
    startNew(now) {
      const current = store.load();
      if (current && current.runs.length) write(storage, previousSessionKey, current);
      const fresh = createSession(now);
      store.save(fresh);
      return fresh;
    },
    current(now) {
      const current = store.load();
      if (current && !isStale(current, now)) return current;
      return store.startNew(now);
    },
  };
  return store;
}
