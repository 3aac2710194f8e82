import type { Outcome } from '../schemas/scenario';
import type { ScenarioProgress } from '../dialogue/progress';
import {
  keysStartingWith,
  moduleKey,
  moduleStorage,
  readJson,
  removeKey,
  writeJson,
  type KeyValueStorage,
} from '../storage/browser-storage';

/** What the module remembers about one scenario for one learner. */
export interface ScenarioRecord extends ScenarioProgress {
  /**
   * The scored run: the learner's first answers, in order (src/progress/scoring.ts). Missing in
   * records saved before the first answer counted; scoredRunOf reads those sensibly.
   */
  scored?: string[];
  /** Set once the scored run reaches an ending, with its score; practice runs never change it. */
  finished?: { ending: string; outcome: Outcome; score: number; maxScore: number };
  /** When the learner last moved in this scenario (ISO 8601), to find where to resume. */
  updatedAt?: string;
}

/**
 * One decision a learner made, as the LMS is told it (src/tracking/interactions.ts looks up the
 * rest: the question, the response letter and the weighting, from the course data).
 */
export interface DecisionMade {
  scenarioId: string;
  decisionId: string;
  choiceId: string;
  /** When the choice was made (ISO 8601). It crosses into the launcher's realm as plain data. */
  at: string;
}

/**
 * Where a store keeps progress, as the learner is told: this browser; the LMS; this browser
 * because the LMS could not be reached; nowhere (facilitator mode); nowhere because the LMS opened
 * the attempt for review.
 */
export type ProgressWhere = 'browser' | 'lms' | 'browser-lms-unreachable' | 'nowhere' | 'review';

/**
 * Where progress is kept and decisions are reported. The island and the pages talk only to
 * this; which implementation sits behind it (local storage, an LMS) is decided in one place
 * (src/tracking/launcher-session.ts).
 */
export interface ProgressStore {
  readonly where: ProgressWhere;
  load(scenarioId: string): ScenarioRecord | null;
  save(scenarioId: string, record: ScenarioRecord): void;
  clear(scenarioId: string): void;
  /** Clears progress in every scenario (an LMS keeps a completion it has already recorded). */
  reset(): void;
  recordDecision(decision: DecisionMade): void;
}

const scenarioKeyPrefix = 'v1:scenario:';
const keyFor = (scenarioId: string, moduleId?: string) =>
  moduleKey(`${scenarioKeyPrefix}${scenarioId}`, moduleId);

function isRecord(value: unknown): value is ScenarioRecord {
  if (!value || typeof value !== 'object') return false;
  const record = value as Partial<ScenarioRecord>;
  const isChoiceList = (list: unknown) =>
    Array.isArray(list) && list.every((choice) => typeof choice === 'string');
  return (
    isChoiceList(record.choices) &&
    (record.scored === undefined || isChoiceList(record.scored)) &&
    typeof record.at === 'string'
  );
}

/**
 * Progress in the browser's local storage, under this module's keys. Storage can be missing, full
 * or blocked (private windows, locked-down ward PCs): a memory copy keeps the current visit
 * working whatever happens.
 */
export function createLocalProgressStore(
  storage: KeyValueStorage | undefined = moduleStorage(),
  moduleId?: string,
): ProgressStore {
  const memory = new Map<string, ScenarioRecord>();
  return {
    where: 'browser',
    // Unreadable or corrupt storage: fall back to what this visit has seen.
    load: (scenarioId) =>
      readJson(storage, keyFor(scenarioId, moduleId), (value) =>
        isRecord(value) ? value : null,
      ) ??
      memory.get(scenarioId) ??
      null,
    save(scenarioId, record) {
      memory.set(scenarioId, record);
      writeJson(storage, keyFor(scenarioId, moduleId), record);
    },
    clear(scenarioId) {
      memory.delete(scenarioId);
      removeKey(storage, keyFor(scenarioId, moduleId));
    },
    reset() {
      memory.clear();
      for (const key of keysStartingWith(storage, keyFor('', moduleId))) removeKey(storage, key);
    },
    recordDecision() {
      // Without an LMS there is nobody to report to; the choice itself is in the saved path.
    },
  };
}
