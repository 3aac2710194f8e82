import type { Outcome } from '../schemas/scenario';
import type { ScenarioProgress } from '../dialogue/progress';
import { createSessionProgressStore, findLauncherSession } from '../tracking/launcher-session';

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

/** One decision a learner made, as a learning record store or LMS would want to see it. */
export interface DecisionReport {
  scenarioId: string;
  decisionId: string;
  /** The question the learner answered. */
  prompt: string;
  choiceId: string;
  choiceText: string;
  /** Points for the choice made, and for the best choice the decision offered. */
  score: number;
  bestScore: number;
  /** When the choice was made. */
  at: Date;
}

/**
 * Where progress is kept and decisions are reported. The island and the pages talk only to
 * this; which implementation sits behind it (local storage, an LMS) is decided in one place.
 */
export interface ProgressStore {
  load(scenarioId: string): ScenarioRecord | null;
  save(scenarioId: string, record: ScenarioRecord): void;
  clear(scenarioId: string): void;
  recordDecision(report: DecisionReport): void;
}

const keyFor = (scenarioId: string) => `across-the-interface:v1:scenario:${scenarioId}`;

function isRecord(value: unknown): value is ScenarioRecord {
  if (!value || typeof value !== 'object') return false;
  const record = value as Partial<ScenarioRecord>;
  const isChoiceList = (list: unknown) => Array.isArray(list) && list.every((choice) => typeof choice === 'string');
  return isChoiceList(record.choices) && (record.scored === undefined || isChoiceList(record.scored)) && typeof record.at === 'string';
}

/**
 * Progress in the browser's local storage. Storage can be missing, full or blocked (private
 * windows, locked-down ward PCs), so every access is guarded and a memory copy keeps the current
 * visit working whatever happens.
 */
export function createLocalProgressStore(storage: Storage | undefined = globalThis.localStorage): ProgressStore {
  const memory = new Map<string, ScenarioRecord>();
  return {
    load(scenarioId) {
      try {
        const raw = storage?.getItem(keyFor(scenarioId));
        if (raw) {
          const parsed: unknown = JSON.parse(raw);
          if (isRecord(parsed)) return parsed;
        }
      } catch {
        // Unreadable or corrupt storage: fall back to what this visit has seen.
      }
      return memory.get(scenarioId) ?? null;
    },
    save(scenarioId, record) {
      memory.set(scenarioId, record);
      try {
        storage?.setItem(keyFor(scenarioId), JSON.stringify(record));
      } catch {
        // Storage full or blocked: the memory copy keeps this visit going.
      }
    },
    clear(scenarioId) {
      memory.delete(scenarioId);
      try {
        storage?.removeItem(keyFor(scenarioId));
      } catch {
        // Nothing to clear if storage is blocked.
      }
    },
    recordDecision() {
      // Without an LMS there is nobody to report to; the choice itself is in the saved path.
    },
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
