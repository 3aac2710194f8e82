/// <reference lib="webworker" />
import type { InsightsCourse } from './course';
import {
  InsightsFileError,
  type ExportFile,
  type InteractionKey,
  type LoadedFile,
  type SessionRecordFile,
} from './files';
import { loadFile } from './load-file';
import { buildReport, noFilter, type ReportFilter } from './report';
import type { FileStatus, FromWorker, ToWorker, WorkerText } from './worker-protocol';

/**
 * Reads the files and counts in a Web Worker, so a 500,000-row export never freezes the page:
 * the page sends files and filters, and gets back progress and the finished, suppressed report.
 * The parsed answers (numbers for learners, never names) stay here until the tab is closed.
 */
declare const self: DedicatedWorkerGlobalScope;

let course: InsightsCourse | null = null;
let key: InteractionKey | null = null;
let exports: ExportFile[] = [];
let sessions: SessionRecordFile[] = [];
let filter: ReportFilter = noFilter;

const post = (message: FromWorker) => self.postMessage(message);

/** The browser's own words for an unexpected failure (in its language, not the page's). */
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function describe(file: LoadedFile): FileStatus {
  const plural = (count: number) => (count === 1 ? 'One' : 'Many');
  if (file.kind === 'key')
    return {
      name: file.name,
      kind: 'key',
      description: { key: 'insights.files.key', params: { decisions: file.decisions.size } },
    };
  if (file.kind === 'session-record') {
    const decisions = file.scenarios.reduce((sum, scenario) => sum + scenario.decisions.length, 0);
    const scenarios = file.scenarios.length;
    return {
      name: file.name,
      kind: 'session-record',
      description: {
        key: `insights.files.session.scenarios${plural(scenarios)}Decisions${plural(decisions)}`,
        params: { day: file.day, scenarios, decisions },
      },
    };
  }
  const attempts = file.attempts.length;
  return {
    name: file.name,
    kind: 'export',
    description: {
      key: `insights.files.export${plural(attempts)}`,
      params: { attempts },
      keyParams: { format: `insights.format.${file.format}` },
    },
  };
}

function publish(loadMilliseconds: number | null) {
  const files = [
    ...(key ? [describe(key)] : []),
    ...exports.map(describe),
    ...sessions.map(describe),
  ];
  let waitingFor: WorkerText | null = null;
  if (!key) waitingFor = { key: 'insights.waitingFor.key' };
  else if (!exports.length && !sessions.length) waitingFor = { key: 'insights.waitingFor.answers' };
  try {
    const report = waitingFor ? null : buildReport(course!, key!, exports, sessions, filter);
    post({ type: 'state', files, report, waitingFor, loadMilliseconds });
  } catch (error) {
    // Never a blank page: say what failed, and keep the files so another filter can be tried.
    post({
      type: 'refused',
      name: 'the report',
      message: { key: 'insights.refused.reportFailed', params: { error: errorText(error) } },
    });
    post({ type: 'state', files, report: null, waitingFor: null, loadMilliseconds });
  }
}

async function load(files: File[]) {
  const started = performance.now();
  for (const file of files) {
    let lastPost = 0;
    try {
      const loaded = await loadFile(file, course!, (bytesRead, totalBytes) => {
        const now = performance.now();
        if (now - lastPost > 100 || bytesRead === totalBytes) {
          lastPost = now;
          post({ type: 'progress', name: file.name, bytesRead, totalBytes });
        }
      });
      // A file loaded again replaces the one of the same name.
      exports = exports.filter((existing) => existing.name !== file.name);
      sessions = sessions.filter((existing) => existing.name !== file.name);
      if (loaded.kind === 'key') key = loaded;
      else if (loaded.kind === 'export') exports.push(loaded);
      else sessions.push(loaded);
    } catch (error) {
      post({
        type: 'refused',
        name: file.name,
        message:
          error instanceof InsightsFileError
            ? error.said
            : {
                key: 'insights.refused.unreadable',
                params: { file: file.name, error: errorText(error) },
              },
      });
    }
  }
  publish(performance.now() - started);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'start') {
    course = message.course;
    publish(null);
  } else if (message.type === 'load') void load(message.files);
  else if (message.type === 'remove') {
    if (key?.name === message.name) key = null;
    exports = exports.filter((file) => file.name !== message.name);
    sessions = sessions.filter((file) => file.name !== message.name);
    publish(null);
  } else if (message.type === 'filter') {
    filter = message.filter;
    publish(null);
  }
};
