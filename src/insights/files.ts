import type { MessageData } from '../i18n/messages';

/**
 * What the page makes of each file it is given. Names and email addresses are read only to tell
 * one learner's rows from another's, turned into a number within the file, and dropped when the
 * file has been read: nothing here keeps them.
 */

/** One answer as the LMS recorded it. */
export interface AnswerRecord {
  interactionId: string;
  response: string;
  /** When it was recorded (milliseconds since 1970), where the file says. */
  at: number | null;
}

export interface AttemptRecord {
  /** The learner within the file: 0, 1, 2… in the order first met. Never a name. */
  learner: number;
  attempt: number;
  /** The attempt's day (YYYY-MM-DD, the LMS's time zone), for the date filter. */
  day: string | null;
  /** The attempt's score as the LMS holds it (0 to 100), when it holds one. */
  score: number | null;
  /** In the order the attempt reported them. */
  answers: AnswerRecord[];
}

/** The kinds of export the page reads; each is named in the catalogue as insights.format.<format>. */
export const exportFormats = [
  'moodle-interactions-text',
  'moodle-interactions-xlsx',
  'moodle-track-details',
  'generic-csv',
] as const;

export type ExportFormat = (typeof exportFormats)[number];

export interface ExportFile {
  kind: 'export';
  name: string;
  format: ExportFormat;
  attempts: AttemptRecord[];
  /** Learners listed, including those who never started. */
  learners: number;
  /** Learners listed with no attempt ("-" in Moodle's Attempt column). */
  notStarted: number;
  rows: number;
  /**
   * Interaction id → the "right answer" letters the file records for it (Moodle's "Right answer N",
   * Track details' correct_responses pattern): what the package that reported them called best,
   * so an export from another version than the key is recognised even where its letters fit.
   */
  rightAnswers: Map<string, Set<string>>;
}

export interface KeyChoice {
  choiceId: string;
  points: number;
  /** The choice's words as the learners read them, in the version the key was written for. */
  text: string;
}

export interface KeyDecision {
  scenarioId: string;
  scenarioTitle: string;
  decisionId: string;
  question: string;
  bestPoints: number;
  letters: Map<string, KeyChoice>;
}

export interface InteractionKey {
  kind: 'key';
  name: string;
  /** The module version the key was written for; null for a key written before it had a version column. */
  version: string | null;
  /** interaction id → scenario, decision and each response letter's choice, in the key's order. */
  decisions: Map<string, KeyDecision>;
  rows: number;
}

export interface RoomDecision {
  number: number;
  prompt: string;
  totalVotes: number;
  options: { text: string; votes: number; followed: boolean }[];
}

export interface SessionRecordFile {
  kind: 'session-record';
  name: string;
  /** The session's day, YYYY-MM-DD. */
  day: string;
  moduleVersion: string | null;
  scenarios: { id: string; title: string; decisions: RoomDecision[] }[];
}

export type LoadedFile = ExportFile | InteractionKey | SessionRecordFile;

/**
 * A file the page cannot use, with a message that says what it is and what was expected: message
 * data (insights.refused.*), so the worker sends plain data and the page words it.
 */
export class InsightsFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly said: MessageData,
  ) {
    super(said.key);
    this.name = 'InsightsFileError';
  }
}
