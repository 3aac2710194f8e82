import { strFromU8, unzipSync } from 'fflate';
import type { MessageData } from '../i18n/messages';

/**
 * The first worksheet of an .xlsx file as rows of text, the way Moodle's "Download in Excel
 * format" writes it (PhpSpreadsheet): shared strings (t="s"), inline strings (t="inlineStr"),
 * numbers (<v>52.67</v>, and 1 written as <v>1.0</v>, so numbers are normalised) and empty
 * cells written with no value (<c r="H5"/>). An .xlsx is a zip of XML; a Web Worker has no
 * DOMParser, so the few elements needed are read with regular expressions.
 */
/** Why a zip is not a readable workbook, as a message the page words (insights.refused.workbook.*). */
export class XlsxError extends Error {
  constructor(readonly said: MessageData) {
    super(said.key);
    this.name = 'XlsxError';
  }
}

const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x')
      ? Number.parseInt(lower.slice(2), 16)
      : Number.parseInt(lower.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });

/** The text of an <si> or <is>: every <t> run joined (rich text splits one string into runs). */
const runsText = (xml: string) =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)]
    .map((match) => decodeEntities(match[1] ?? ''))
    .join('');

/** "DW" → 126 (zero-based column of a cell reference). */
function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** PhpSpreadsheet writes floats: 1 as "1.0". Text the way a person reads the number. */
const numberText = (value: string) => {
  const number = Number(value);
  return Number.isFinite(number) && value.trim() !== '' ? String(number) : value;
};

function firstSheetPath(files: Record<string, Uint8Array>): string {
  const workbook = files['xl/workbook.xml'];
  const relations = files['xl/_rels/workbook.xml.rels'];
  if (workbook && relations) {
    const relationId = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(strFromU8(workbook))?.[1];
    const target = relationId
      ? (new RegExp(`<Relationship\\b[^>]*\\bId="${relationId}"[^>]*\\bTarget="([^"]+)"`).exec(
          strFromU8(relations),
        )?.[1] ??
        new RegExp(`<Relationship\\b[^>]*\\bTarget="([^"]+)"[^>]*\\bId="${relationId}"`).exec(
          strFromU8(relations),
        )?.[1])
      : undefined;
    if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  const sheet = Object.keys(files)
    .filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))
    .sort()[0];
  if (!sheet) throw new XlsxError({ key: 'insights.refused.workbook.noWorksheet' });
  return sheet;
}

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  );
}

export function readXlsxRows(bytes: Uint8Array): string[][] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name.startsWith('xl/') });
  } catch {
    throw new XlsxError({ key: 'insights.refused.workbook.damaged' });
  }
  const sheetPath = firstSheetPath(files);
  const sheet = files[sheetPath];
  if (!sheet)
    throw new XlsxError({
      key: 'insights.refused.workbook.sheetMissing',
      params: { sheet: sheetPath },
    });
  const sharedFile = files['xl/sharedStrings.xml'];
  const shared = sharedFile
    ? [...strFromU8(sharedFile).matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((match) =>
        runsText(match[1] ?? ''),
      )
    : [];
  const rows: string[][] = [];
  const sheetXml = strFromU8(sheet);
  for (const rowMatch of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(/\br="(\d+)"/.exec(rowMatch[1] ?? '')?.[1] ?? rows.length + 1);
    const row: string[] = [];
    for (const cell of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1] ?? '';
      const reference = /\br="([A-Z]+)\d+"/.exec(attributes)?.[1];
      const column = reference ? columnIndex(reference) : row.length;
      const type = /\bt="([^"]+)"/.exec(attributes)?.[1];
      const body = cell[2] ?? '';
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let text: string;
      if (type === 's') text = value === undefined ? '' : (shared[Number(value)] ?? '');
      else if (type === 'inlineStr') text = runsText(body);
      else if (type === 'str' || type === 'e') text = decodeEntities(value ?? '');
      else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
      else text = value === undefined ? '' : numberText(decodeEntities(value));
      while (row.length < column) row.push('');
      row[column] = text;
    }
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(row);
  }
  return rows;
}
