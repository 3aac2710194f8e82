import {
  moduleKey,
  moduleStorage,
  readJson,
  removeKey,
  writeJson,
  type KeyValueStorage,
} from '../storage/browser-storage';
import { createSession, isStale, parseSession, type FacilitatorSession } from './room-session';

/**
 * Where a facilitated session is kept: this browser's local storage, under keys of its own, so a
 * refresh, a second tab or a closed laptop lid loses nothing. Deliberately separate from learner
 * progress (src/progress): facilitator pages never read or write a learner's record, and never
 * look for an LMS.
 */
export const sessionKey = moduleKey('facilitator:v1:session');
/** The session before the current one, kept so its record can still be downloaded. */
export const previousSessionKey = moduleKey('facilitator:v1:previous-session');

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

const read = (storage: KeyValueStorage | undefined, key: string) =>
  readJson(storage, key, parseSession);

/** Where storage is full or blocked, the session lasts as long as the page. */
function write(
  storage: KeyValueStorage | undefined,
  key: string,
  session: FacilitatorSession | null,
) {
  if (session) writeJson(storage, key, session);
  else removeKey(storage, key);
}

export function createSessionStore(
  storage: KeyValueStorage | undefined = moduleStorage(),
): SessionStore {
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
