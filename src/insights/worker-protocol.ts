import type { InsightsCourse } from './course';
import type { Report, ReportFilter } from './report';
import type { MessageData } from '../i18n/messages';

/** What the page asks of the worker that reads files and counts, off the main thread. */
export type ToWorker =
  | { type: 'start'; course: InsightsCourse }
  | { type: 'load'; files: File[] }
  | { type: 'remove'; name: string }
  | { type: 'filter'; filter: ReportFilter };

/**
 * Words for the page to show, as a key into the interface strings (content/i18n/, insights.*)
 * and its parameters: the worker stays plain data and the page says it in its own language.
 */
export type WorkerText = MessageData;

export interface FileStatus {
  name: string;
  /** What the file was read as, for the list of files. */
  kind: 'key' | 'export' | 'session-record';
  description: WorkerText;
}

export type FromWorker =
  | { type: 'progress'; name: string; bytesRead: number; totalBytes: number }
  | { type: 'refused'; name: string; message: WorkerText }
  | {
      type: 'state';
      files: FileStatus[];
      /** Null until an interaction key and at least one export or session record are loaded. */
      report: Report | null;
      /** What is still needed, when there is no report. */
      waitingFor: WorkerText | null;
      /** How long the last load took, in milliseconds, for the bench. */
      loadMilliseconds: number | null;
    };
