import type { Outcome } from '../schemas/scenario';
import type { ScenarioProgress } from '../dialogue/progress';

/** What the module remembers about one scenario for one learner. */
export interface ScenarioRecord extends ScenarioProgress {
  /** Set once the learner reaches an ending; kept if they later replay. */
  finished?: { ending: string; outcome: Outcome; score: number; maxScore: number };
  /** When the learner last moved in this scenario (ISO 8601), to find where to resume. */
  updatedAt?: string;
}

/** Where progress is kept. Local storage now; the LMS joins through the same interface. */
export interface ProgressStore {
  load(scenarioId: string): ScenarioRecord | null;
  save(scenarioId: string, record: ScenarioRecord): void;
  clear(scenarioId: string): void;
}

const keyFor = (scenarioId: string) => `across-the-interface:v1:scenario:${scenarioId}`;

function isRecord(value: unknown): value is ScenarioRecord {
  if (!value || typeof value !== 'object') return false;
  const record = value as Partial<ScenarioRecord>;
  return Array.isArray(record.choices) && record.choices.every((choice) => typeof choice === 'string') && typeof record.at === 'string';
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
  };
}
