/**
 * Writes each node's stretch of the vlog into the author's scenario YAML, leaving the rest of the
 * file exactly as the author wrote it.
 *
 * The yaml package's Document API says what the file should hold (setIn / deleteIn) and where each
 * node sits in the text. Re-printing the whole document with toString would also re-flow every
 * folded (>-) text and re-space flow maps, turning a segment update into a diff of the whole file;
 * so the change is made as small text edits at those positions instead, and kept only if the
 * edited text parses to exactly what the Document API produced. If it does not (an unusual layout,
 * such as a node written as one flow map), the document is printed with toString after all.
 */
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type ToStringOptions,
  type YAMLMap,
} from 'yaml';
import { isDeepStrictEqual } from 'node:util';

export interface SegmentSeconds {
  start: number;
  end: number;
}

export interface SegmentWriteResult {
  text: string;
  /** Whether any segment was added, changed or removed. */
  changed: boolean;
  /** Whether the whole file had to be re-printed, so the author should look over the diff. */
  restyled: boolean;
}

interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

const flowSegment = (segment: SegmentSeconds) => `{ start: ${segment.start}, end: ${segment.end} }`;

const keyOf = (pair: Pair) => (isScalar(pair.key) ? pair.key.value : pair.key);
const pairOf = (map: YAMLMap, key: string) => map.items.find((pair) => keyOf(pair) === key);
const rangeOf = (node: unknown) => (node as Node | null)?.range ?? undefined;

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEndAfter = (text: string, offset: number) => {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
};

/** Whether a key is the first thing on its line, so its whole line can be added or removed. */
const startsItsLine = (text: string, offset: number) =>
  /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));

/** The edits that set or remove one node's segment, or null when the layout needs a full re-print. */
function segmentEdits(
  text: string,
  node: YAMLMap,
  wanted: SegmentSeconds | undefined,
): TextEdit[] | null {
  const pair = pairOf(node, 'segment');
  const keyStart = rangeOf(pair?.key)?.[0];
  const valueRange = rangeOf(pair?.value);

  if (!wanted) {
    if (!pair) return [];
    if (keyStart === undefined || !valueRange || !startsItsLine(text, keyStart)) return null;
    // The pair's lines go, with any comment at the end of its last line.
    return [
      {
        from: lineStart(text, keyStart),
        to: lineEndAfter(text, Math.max(valueRange[1] - 1, keyStart)),
        insert: '',
      },
    ];
  }

  if (pair && isMap(pair.value)) {
    const edits: TextEdit[] = [];
    const fields = pair.value.items.map(keyOf);
    if (fields.length !== 2 || !fields.includes('start') || !fields.includes('end')) return null;
    for (const field of ['start', 'end'] as const) {
      const scalar = pairOf(pair.value, field)?.value;
      const range = rangeOf(scalar);
      if (!isScalar(scalar) || !range) return null;
      if (scalar.value !== wanted[field])
        edits.push({ from: range[0], to: range[1], insert: String(wanted[field]) });
    }
    return edits;
  }
  if (pair) {
    if (!valueRange) return null;
    return [{ from: valueRange[0], to: valueRange[1], insert: flowSegment(wanted) }];
  }

  // A new segment goes on its own line after the node's kind (or id), where authors look for it;
  // in a translation overlay, whose nodes have neither, after the node's last field.
  const anchor = pairOf(node, 'kind') ?? pairOf(node, 'id') ?? node.items.at(-1);
  const anchorKey = rangeOf(anchor?.key);
  const anchorValue = rangeOf(anchor?.value);
  if (!anchorKey || !anchorValue || node.flow) return null;
  const keyLineStart = lineStart(text, anchorKey[0]);
  const indent = ' '.repeat(anchorKey[0] - keyLineStart);
  const at = lineEndAfter(text, Math.max(anchorValue[1] - 1, anchorKey[0]));
  const newline = at === text.length && !text.endsWith('\n') ? '\n' : '';
  return [{ from: at, to: at, insert: `${newline}${indent}segment: ${flowSegment(wanted)}\n` }];
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.from - a.from)
    .reduce(
      (result, edit) => result.slice(0, edit.from) + edit.insert + result.slice(edit.to),
      text,
    );
}

/** The print style closest to the author's, for the rare full re-print. */
function closestStyle(doc: Document, original: string): ToStringOptions {
  const candidates: ToStringOptions[] = [0, 80].flatMap((lineWidth) =>
    [true, false].flatMap((indentSeq) =>
      [true, false].map((flowCollectionPadding) => ({
        lineWidth,
        indentSeq,
        flowCollectionPadding,
      })),
    ),
  );
  const originalLines = new Set(original.split('\n'));
  const strangers = (options: ToStringOptions) =>
    doc
      .toString(options)
      .split('\n')
      .filter((line) => !originalLines.has(line)).length;
  return candidates.reduce((best, options) =>
    strangers(options) < strangers(best) ? options : best,
  );
}

/** Where the nodes are: the scenario's nodes list, or a translation overlay's nodes map. */
type NodeKey = number | string;

function writeSegmentsAt(
  yamlText: string,
  segments: ReadonlyMap<NodeKey, SegmentSeconds>,
  nodesKind: 'list' | 'map',
): SegmentWriteResult {
  const doc = parseDocument(yamlText);
  if (doc.errors.length)
    throw new Error(`the YAML cannot be read: ${doc.errors[0]!.message.split('\n')[0]}`);
  const nodes = doc.get('nodes', true);
  if (nodesKind === 'list' ? !isSeq(nodes) : !isMap(nodes))
    throw new Error(
      nodesKind === 'list' ? 'the scenario has no nodes list' : 'the translation has no nodes',
    );
  const entries: [NodeKey, unknown][] = isSeq(nodes)
    ? nodes.items.map((item, index) => [index, item])
    : (nodes as YAMLMap).items.map((pair) => [String(keyOf(pair)), pair.value]);

  const current = (doc.toJS() as { nodes: Record<NodeKey, { segment?: unknown } | null> }).nodes;
  const target = parseDocument(yamlText);
  const edits: TextEdit[] = [];
  let editable = true;
  let changed = false;
  for (const [key, node] of entries) {
    if (!isMap(node)) continue;
    const wanted = segments.get(key);
    if (wanted ? isDeepStrictEqual(current[key]?.segment, wanted) : !node.has('segment')) continue;
    changed = true;
    if (wanted) target.setIn(['nodes', key, 'segment'], target.createNode(wanted, { flow: true }));
    else target.deleteIn(['nodes', key, 'segment']);
    const nodeEdits = segmentEdits(yamlText, node, wanted);
    if (nodeEdits) edits.push(...nodeEdits);
    else editable = false;
  }

  if (!changed) return { text: yamlText, changed: false, restyled: false };
  if (editable) {
    const edited = applyEdits(yamlText, edits);
    const check = parseDocument(edited);
    if (!check.errors.length && isDeepStrictEqual(check.toJS(), target.toJS()))
      return { text: edited, changed: true, restyled: false };
  }
  return { text: target.toString(closestStyle(doc, yamlText)), changed: true, restyled: true };
}

/**
 * Sets `segment` on every node in `segments` (keyed by the node's index in the nodes list) and
 * removes it from every other node. Returns the text unchanged when nothing needs to change.
 */
export function writeSegments(
  yamlText: string,
  segments: ReadonlyMap<number, SegmentSeconds>,
): SegmentWriteResult {
  return writeSegmentsAt(yamlText, segments, 'list');
}

/**
 * The same for a translation overlay (scenarios/cy/<id>.yaml), whose nodes are a map by node id:
 * sets `nodes.<id>.segment` for the language's own vlog and removes it from every other node.
 */
export function writeOverlaySegments(
  yamlText: string,
  segments: ReadonlyMap<string, SegmentSeconds>,
): SegmentWriteResult {
  return writeSegmentsAt(yamlText, segments, 'map');
}
