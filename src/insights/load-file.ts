import type { InsightsCourse } from './course';
import { DelimitedTextReader, guessDelimiter } from './delimited-text';
import type { LoadedFile } from './files';
import { emptyFile, notText, readSessionRecord, refusal, sinkFor, type RowSink } from './readers';
import { isZip, readXlsxRows, XlsxError } from './xlsx';

/** A file as the page gets it from an <input type="file"> or a drop, or as a test makes it. */
export interface FileLike {
  name: string;
  size: number;
  slice(start?: number, end?: number): Blob;
  stream(): ReadableStream<Uint8Array>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type Progress = (bytesRead: number, totalBytes: number) => void;

/**
 * Reads one file, streaming text a chunk at a time (so a 500,000-row export is never one string
 * in memory) and an Excel workbook whole (Moodle's .xlsx of a cohort is small; see
 * docs/insights.md). Throws InsightsFileError with a message (as data) for the person who chose the file.
 */
export async function loadFile(
  file: FileLike,
  course: InsightsCourse,
  onProgress?: Progress,
): Promise<LoadedFile> {
  if (file.size === 0) throw emptyFile(file.name);
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (isZip(head)) {
    let rows: string[][];
    try {
      rows = readXlsxRows(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      if (error instanceof XlsxError)
        throw refusal(file.name, 'notWorkbook', {}, { reason: error.said });
      throw error;
    }
    onProgress?.(file.size, file.size);
    const [headers, ...body] = rows;
    if (!headers) throw emptyFile(file.name);
    const sink = sinkFor(file.name, headers, course, true);
    for (const row of body) sink.row(row);
    return sink.finish();
  }

  let bytesRead = 0;
  const decoder = new TextDecoder('utf-8');
  // Counts bytes for the progress bar and decodes UTF-8 as it goes (a character split between chunks is kept for the next).
  const reader = file
    .stream()
    .pipeThrough(
      new TransformStream<Uint8Array, string>({
        transform(chunk, controller) {
          bytesRead += chunk.byteLength;
          onProgress?.(bytesRead, file.size);
          controller.enqueue(decoder.decode(chunk, { stream: true }));
        },
        flush(controller) {
          const rest = decoder.decode();
          if (rest) controller.enqueue(rest);
        },
      }),
    )
    .getReader();
  let pending = '';
  let mode: 'undecided' | 'json' | 'rows' = 'undecided';
  let table: DelimitedTextReader | null = null;
  let sink: RowSink | null = null;
  let failure: unknown = null;
  const startTable = (text: string) => {
    const firstLine = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
    const started = new DelimitedTextReader(guessDelimiter(firstLine), (row, index) => {
      if (failure) return;
      try {
        if (index === 0) sink = sinkFor(file.name, row, course, false);
        else sink!.row(row);
      } catch (error) {
        failure = error;
      }
    });
    started.push(text);
    return started;
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (mode === 'rows') table!.push(value);
      else {
        pending += value;
        if (mode === 'undecided') {
          const start = pending.replace(/^\ufeff/, '').trimStart();
          // eslint-disable-next-line no-control-regex -- control bytes are what tell a binary file from text
          if (/[\u0000-\u0008\u000e-\u001a]/.test(pending.slice(0, 2000))) throw notText(file.name);
          if (start.startsWith('{') || start.startsWith('[')) mode = 'json';
          else if (/\r|\n/.test(pending) || pending.length > 65536) {
            table = startTable(pending);
            mode = 'rows';
            pending = '';
          }
        }
      }
      if (failure) throw failure;
    }
    if (mode === 'json') return readSessionRecord(file.name, pending, course);
    if (mode === 'undecided') {
      if (!pending.trim()) throw emptyFile(file.name);
      table = startTable(pending);
    }
    table!.end();
    if (failure) throw failure;
    if (!sink) throw emptyFile(file.name);
    return (sink as RowSink).finish();
  } catch (error) {
    // Stop reading the rest of a file already refused.
    await reader.cancel().catch(() => undefined);
    throw error;
  }
}
