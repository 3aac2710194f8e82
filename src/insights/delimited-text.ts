/**
 * A streaming reader for delimited text: Moodle's "text format" downloads (PHP fputcsv with a
 * tab), Moodle's Track details CSV, the interaction key and a generic CSV. It takes the text in
 * chunks as they are read from disk and hands back whole rows, so a 500,000-row export never has
 * to sit in memory as one string. Fields follow RFC 4180: quoted when they hold the delimiter, a
 * quote or a line break, with quotes inside doubled; rows end with LF or CRLF.
 */
export class DelimitedTextReader {
  private field = '';
  private row: string[] = [];
  private inQuotes = false;
  /** A quote seen inside a quoted field: either the end of the field or the first of a doubled pair. */
  private quotePending = false;
  private carriageReturn = false;
  private started = false;
  private rowCount = 0;

  constructor(
    private readonly delimiter: string,
    private readonly onRow: (row: string[], index: number) => void,
  ) {}

  /** Rows handed on so far, the header included. */
  get rows(): number {
    return this.rowCount;
  }

  push(chunk: string): void {
    let text = chunk;
    if (!this.started) {
      this.started = true;
      // A UTF-8 byte order mark (Moodle's Track details CSV starts with one) is not part of the first header.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!this.inQuotes && text.indexOf('"') < 0) {
      this.pushUnquoted(text);
      return;
    }
    const { delimiter } = this;
    let start = 0;
    const length = text.length;
    for (let index = 0; index < length; index += 1) {
      const char = text[index]!;
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (char === '"') {
            this.field += '"';
            start = index + 1;
            continue;
          }
          this.inQuotes = false;
          start = index;
          // Fall through: the character after a closing quote is read as unquoted text.
        } else {
          if (char === '"') {
            this.field += text.slice(start, index);
            this.quotePending = true;
            start = index + 1;
          }
          continue;
        }
      }
      if (this.carriageReturn) {
        this.carriageReturn = false;
        if (char === '\n') {
          start = index + 1;
          continue;
        }
      }
      if (char === delimiter) {
        this.field += text.slice(start, index);
        this.row.push(this.field);
        this.field = '';
        start = index + 1;
      } else if (char === '\n' || char === '\r') {
        this.field += text.slice(start, index);
        this.endRow();
        this.carriageReturn = char === '\r';
        start = index + 1;
      } else if (char === '"' && this.field === '' && start === index) {
        this.inQuotes = true;
        start = index + 1;
      }
    }
    this.field += text.slice(start);
  }

  /**
   * The fast path for a chunk with no quote in it (most of a large export): whole lines are
   * split with indexOf and split, not a character at a time.
   */
  private pushUnquoted(text: string): void {
    const { delimiter } = this;
    let start = 0;
    if (this.carriageReturn) {
      this.carriageReturn = false;
      if (text.charCodeAt(0) === 10) start = 1;
    }
    const lineEnd = /\r\n?|\n/g;
    lineEnd.lastIndex = start;
    for (let match = lineEnd.exec(text); match; match = lineEnd.exec(text)) {
      const parts = text.slice(start, match.index).split(delimiter);
      parts[0] = this.field + parts[0];
      this.field = '';
      const row = this.row.length ? this.row.concat(parts) : parts;
      this.row = [];
      this.onRow(row, this.rowCount);
      this.rowCount += 1;
      // A CR at the very end of the chunk may be the first half of a CRLF split across chunks.
      if (match[0] === '\r' && match.index === text.length - 1) this.carriageReturn = true;
      start = match.index + match[0].length;
    }
    if (start < text.length) {
      const parts = text.slice(start).split(delimiter);
      parts[0] = this.field + parts[0];
      this.field = parts.pop()!;
      this.row.push(...parts);
    }
  }

  /** The end of the text: a last row without a line break is still a row. */
  end(): void {
    if (this.quotePending) {
      this.quotePending = false;
      this.inQuotes = false;
    }
    if (this.field !== '' || this.row.length > 0) this.endRow();
  }

  private endRow(): void {
    this.row.push(this.field);
    this.field = '';
    const row = this.row;
    this.row = [];
    this.onRow(row, this.rowCount);
    this.rowCount += 1;
  }
}

/** Every row of a whole text, for small files and tests. */
export function readDelimitedText(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  const reader = new DelimitedTextReader(delimiter, (row) => rows.push(row));
  reader.push(text);
  reader.end();
  return rows;
}

/**
 * Tab or comma, from the first line: Moodle's text downloads are tab-separated whatever the menu
 * calls them; the key, the Track details download and a generic CSV use commas.
 */
export function guessDelimiter(firstLine: string): '\t' | ',' {
  const tabs = firstLine.split('\t').length;
  const commas = firstLine.split(',').length;
  return tabs >= commas && tabs > 1 ? '\t' : ',';
}
