import { describe, expect, it } from 'vitest';
import {
  DelimitedTextReader,
  guessDelimiter,
  readDelimitedText,
} from '../../src/insights/delimited-text';

/** The rows the reader gives when the text arrives in chunks of `size` characters. */
function rowsInChunks(text: string, size: number): string[][] {
  const rows: string[][] = [];
  const reader = new DelimitedTextReader(',', (row) => rows.push(row));
  for (let start = 0; start < text.length; start += size)
    reader.push(text.slice(start, start + size));
  reader.end();
  return rows;
}

describe('the streaming delimited-text reader', () => {
  it('reads PHP fputcsv tab-separated text: quoted fields, doubled quotes, empty cells', () => {
    expect(
      readDelimitedText(
        'Name\t"Email address"\tScore\n"Renée Fitzgerald-O\'Hara"\tr@nhs.example\t\n"say ""hi"""\t\t74\n',
        '\t',
      ),
    ).toEqual([
      ['Name', 'Email address', 'Score'],
      ["Renée Fitzgerald-O'Hara", 'r@nhs.example', ''],
      ['say "hi"', '', '74'],
    ]);
  });

  it('gives the same rows whatever the chunks, across a quote, a CRLF or a byte order mark', () => {
    const text = '\ufeffa,b\r\n"x, ""y""\nz",2\r\nlast,row';
    const whole = readDelimitedText(text, ',');
    expect(whole).toEqual([
      ['a', 'b'],
      ['x, "y"\nz', '2'],
      ['last', 'row'],
    ]);
    for (let size = 1; size < text.length; size += 1)
      expect(rowsInChunks(text, size), `chunks of ${size}`).toEqual(whole);
  });

  it('gives the same rows on its fast path for chunks without quotes, a CRLF split between chunks included', () => {
    const text = 'learner,interaction id,response\r\nL1,urn:a:b:c,a\r\nL2,,b\nL3,urn:a:b:d,c\r\n';
    const whole = readDelimitedText(text, ',');
    expect(whole).toEqual([
      ['learner', 'interaction id', 'response'],
      ['L1', 'urn:a:b:c', 'a'],
      ['L2', '', 'b'],
      ['L3', 'urn:a:b:d', 'c'],
    ]);
    for (let size = 1; size < text.length; size += 1)
      expect(rowsInChunks(text, size), `chunks of ${size}`).toEqual(whole);
  });

  it('tells tab-separated from comma-separated by the first line', () => {
    expect(guessDelimiter('Name\t"Email address"\tAttempt')).toBe('\t');
    expect(guessDelimiter('interaction id,scenario,decision')).toBe(',');
  });
});
