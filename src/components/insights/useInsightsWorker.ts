import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { InsightsCourse } from '../../insights/course';
import type { Report, ReportFilter } from '../../insights/report';
import type { FileStatus, FromWorker, ToWorker, WorkerText } from '../../insights/worker-protocol';
import { sayMessage, type Translate } from '../../i18n/messages';

export interface Refusal {
  name: string;
  message: string;
}

/**
 * The connection to the worker that reads the files and counts: what is loaded, what was
 * refused, the report, and what to announce. The worker sends plain data; words come from t.
 */
export function useInsightsWorker(
  course: InsightsCourse,
  t: Translate,
  fileInput: RefObject<HTMLInputElement | null>,
) {
  const worker = useRef<Worker | null>(null);
  const [files, setFiles] = useState<FileStatus[]>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [waitingFor, setWaitingFor] = useState<WorkerText | null>(null);
  const [reading, setReading] = useState<{ name: string; share: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [loadSeconds, setLoadSeconds] = useState<number | null>(null);
  /** Set when a filter changes, so the figures that come back are announced. */
  const filterPending = useRef(false);

  const send = (message: ToWorker) => worker.current?.postMessage(message);

  const loadFiles = useCallback(
    (list: FileList | null) => {
      if (!list || list.length === 0) return;
      const chosen = [...list];
      setRefusals((current) =>
        current.filter((item) => !chosen.some((file) => file.name === item.name)),
      );
      setBusy(true);
      setAnnouncement(
        t(chosen.length === 1 ? 'insights.load.readingOne' : 'insights.load.readingMany', {
          count: chosen.length,
        }),
      );
      worker.current?.postMessage({ type: 'load', files: chosen } satisfies ToWorker);
    },
    [t],
  );

  useEffect(() => {
    const started = new Worker(new URL('../../insights/insights-worker.ts', import.meta.url), {
      type: 'module',
      name: 'insights',
    });
    worker.current = started;
    started.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress')
        setReading({
          name: message.name,
          share: message.totalBytes ? message.bytesRead / message.totalBytes : 1,
        });
      else if (message.type === 'refused')
        setRefusals((list) => [
          ...list.filter((item) => item.name !== message.name),
          { name: message.name, message: sayMessage(t, message.message) },
        ]);
      else {
        setFiles(message.files);
        // A large report renders in slices the browser can interrupt, so the page keeps answering.
        startTransition(() => setReport(message.report));
        setWaitingFor(message.waitingFor);
        setBusy(false);
        setReading(null);
        if (filterPending.current && message.report) {
          filterPending.current = false;
          const { learners } = message.report;
          setAnnouncement(
            learners.hidden
              ? t('insights.announce.updatedFew')
              : t(
                  learners.value === 1
                    ? 'insights.announce.updatedOne'
                    : 'insights.announce.updatedMany',
                  { count: learners.value },
                ),
          );
        }
        if (message.loadMilliseconds !== null) {
          setLoadSeconds(message.loadMilliseconds / 1000);
          const learners = message.report?.learners;
          setAnnouncement(
            learners
              ? learners.hidden
                ? t('insights.announce.readFew')
                : t('insights.announce.readMany', { count: learners.value })
              : t('insights.announce.readWaiting', {
                  what: message.waitingFor ? sayMessage(t, message.waitingFor) : '',
                }),
          );
        }
      }
    };
    started.onerror = () => {
      setBusy(false);
      setRefusals((list) => [
        ...list,
        { name: t('insights.load.thePage'), message: t('insights.load.noWorker') },
      ]);
    };
    started.postMessage({ type: 'start', course } satisfies ToWorker);
    // Files chosen before the page finished loading its script are still in the input: read them now.
    const input = fileInput.current;
    if (input?.files?.length) {
      loadFiles(input.files);
      input.value = '';
    }
    return () => started.terminate();
  }, [course, t, loadFiles, fileInput]);

  const sendFilter = (filter: ReportFilter) => {
    filterPending.current = true;
    send({ type: 'filter', filter });
  };
  const removeFile = (name: string) => send({ type: 'remove', name });

  return {
    files,
    refusals,
    report,
    waitingFor,
    reading,
    busy,
    announcement,
    loadSeconds,
    loadFiles,
    removeFile,
    sendFilter,
  };
}
