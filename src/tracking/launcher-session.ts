import {
  createLocalProgressStore,
  type ProgressStore,
  type ProgressWhere,
  type ScenarioRecord,
} from '../progress/progress-store';
import { findUpwards, readWindow } from './api-discovery';
import type { TrackingSession } from './session';

/**
 * How module pages reach the launcher's session. The launcher (the package's SCO) holds the one
 * communication session with the LMS and shows the module's pages in a frame; a page finds the
 * session by walking up its own parents, as it would look for an LMS API. Pages that are not in a
 * launcher (the open web, a facilitator's projector) find nothing and keep progress locally.
 */
export const launcherGlobal = '__acrossTheInterface';

export interface LauncherGlobal {
  /** Bumped if the session's shape changes, so an old page never misreads a new launcher. */
  protocol: 1;
  session: TrackingSession;
}

export function findLauncherSession(start: unknown = globalThis.window): TrackingSession | null {
  if (!start) return null;
  return findUpwards(start, (win) => {
    const found = readWindow(win, launcherGlobal) as Partial<LauncherGlobal> | undefined;
    return found && found.protocol === 1 && found.session ? found.session : null;
  });
}

// Objects cross between the page's and the launcher's JavaScript realms: copy, never share.
const copy = <T>(value: T): T =>
  value === null || value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);

/** Where a session keeps progress, as the learner is told. */
function whereSessionSaves(session: TrackingSession): ProgressWhere {
  if (session.snapshot().readOnly) return 'review';
  if (session.mode === 'none') return 'nowhere';
  return session.mode === 'local' ? 'browser-lms-unreachable' : 'lms';
}

/** The ProgressStore the module's pages use inside a launcher. */
export function createSessionProgressStore(session: TrackingSession): ProgressStore {
  return {
    get where() {
      return whereSessionSaves(session);
    },
    load: (scenarioId) => copy<ScenarioRecord | null>(session.load(scenarioId)),
    save: (scenarioId, record) => session.save(scenarioId, copy(record)),
    clear: (scenarioId) => session.clear(scenarioId),
    reset: () => session.reset(),
    recordDecision: (decision) => session.recordDecision(copy(decision)),
  };
}

/**
 * The store for this page: the LMS session when the page runs inside the SCORM launcher, this
 * browser's local storage otherwise (the open web, or a page opened on its own).
 */
export function getProgressStore(): ProgressStore {
  const session = findLauncherSession();
  return session ? createSessionProgressStore(session) : createLocalProgressStore();
}
