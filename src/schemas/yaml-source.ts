import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { fieldPath, type Problem } from './problem';
import { closestName } from './did-you-mean';

/**
 * YAML read with enough position information to name the line of any field, and schema issues
 * turned into words an author can act on. Shared by the content checks and the settings loader,
 * so a scenario file and a trust's settings file report mistakes the same way.
 */

export type FieldPath = (string | number)[];

/** A YAML text parsed with enough position information to name the line of any field. */
export interface ParsedYaml {
  data: unknown;
  lineOf: (path: FieldPath) => number | undefined;
  syntaxProblems: Omit<Problem, 'file'>[];
}

export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  // Later syntax errors usually follow from the first, so only the first is reported.
  const syntaxProblems = doc.errors.slice(0, 1).map((error) => ({
    severity: 'error' as const,
    line: (error.linePos?.[0]?.line ?? 0) + lineOffset || undefined,
    message: `the YAML cannot be read: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.`,
    fix:
      error.code === 'DUPLICATE_KEY'
        ? 'remove or rename the repeated field.'
        : 'check the indentation (spaces, not tabs), the colons after field names, and quote text that contains a colon or starts with a special character.',
  }));
  const lineOf = (fieldPathParts: FieldPath): number | undefined => {
    // A missing field is reported at the nearest parent that exists.
    for (let depth = fieldPathParts.length; depth > 0; depth -= 1) {
      const offset = fieldOffset(doc, fieldPathParts.slice(0, depth));
      if (offset !== undefined) return lineCounter.linePos(offset).line + lineOffset;
    }
    return undefined;
  };
  return { data: syntaxProblems.length ? undefined : doc.toJS(), lineOf, syntaxProblems };
}

/** Where a field starts: its key for a mapping entry (the line authors look for), else the value. */
function fieldOffset(doc: Document, fieldPathParts: FieldPath): number | undefined {
  const parent = doc.getIn(fieldPathParts.slice(0, -1), true);
  const key = fieldPathParts.at(-1);
  if (isMap(parent)) {
    const pair = parent.items.find(
      (item) => (item.key as { value?: unknown } | null)?.value === key,
    );
    return (pair?.key as { range?: [number, number] } | undefined)?.range?.[0];
  }
  if (isSeq(parent) && typeof key === 'number') {
    return (parent.items[key] as { range?: [number, number] } | undefined)?.range?.[0];
  }
  return undefined;
}

export function valueAt(data: unknown, fieldPathParts: FieldPath): unknown {
  return fieldPathParts.reduce<unknown>(
    (value, part) =>
      value && typeof value === 'object'
        ? (value as Record<string | number, unknown>)[part]
        : undefined,
    data,
  );
}

/** How many steps of a path exist in the data, from the top. */
export function depthIn(data: unknown, fieldPathParts: FieldPath): number {
  let value = data;
  for (const [depth, part] of fieldPathParts.entries()) {
    if (!value || typeof value !== 'object' || !(part in (value as object))) return depth;
    value = (value as Record<string | number, unknown>)[part];
  }
  return fieldPathParts.length;
}

export interface DescribeOptions {
  /** Where the fields are documented, e.g. "docs/authoring.md". */
  docs?: string;
  /** The field names allowed where a field is unknown, for a "did you mean" hint. */
  knownFields?: (parent: FieldPath) => readonly string[];
}

/** Turns a schema issue into words an author can act on. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  options: DescribeOptions = {},
): { message: string; fix: string; path: FieldPath } {
  const docs = options.docs ?? 'docs/authoring.md';
  const issuePath = issue.path.map((part) =>
    typeof part === 'symbol' ? String(part) : part,
  ) as FieldPath;
  // An item in a list is named with its list: "scormVersions[1]", not "1".
  const last = issuePath.at(-1);
  const fieldName =
    typeof last === 'number'
      ? `${String(issuePath.at(-2) ?? 'item')}[${last}]`
      : String(last ?? 'the file');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    const suggestion =
      issue.keys.length === 1 && options.knownFields
        ? closestName(issue.keys[0]!, options.knownFields(issuePath))
        : undefined;
    return {
      path: [...issuePath, issue.keys[0]!],
      message: `unknown field ${keys}.`,
      fix: suggestion
        ? `did you mean "${suggestion}"? Correct the spelling, or remove the field (see ${docs}).`
        : `check the spelling against ${docs}, or remove the field.`,
    };
  }
  if (issue.code === 'invalid_type' && valueAt(data, issuePath) === undefined) {
    return {
      path: issuePath,
      message: `the required field "${fieldName}" is missing.`,
      fix: `add ${fieldName}: (it ${issue.message}).`,
    };
  }
  const received = valueAt(data, issuePath);
  // A message that already quotes the value (a custom check's) does not need it again.
  const shown =
    received === undefined ||
    typeof received === 'object' ||
    issue.message.includes(String(received))
      ? ''
      : ` (found ${JSON.stringify(received)})`;
  return {
    path: issuePath,
    message: `${fieldName} ${issue.message}${shown}.`,
    fix: `correct ${fieldName}: it ${issue.message}.`,
  };
}

/** Splits a node-level path so problems say which node and which field in it. */
export function locate(
  data: unknown,
  fieldPathParts: FieldPath,
): { node?: string; field?: string } {
  if (fieldPathParts[0] === 'nodes' && typeof fieldPathParts[1] === 'number') {
    const id = valueAt(data, ['nodes', fieldPathParts[1], 'id']);
    const rest = fieldPathParts.slice(2);
    return {
      node: typeof id === 'string' ? id : `nodes[${fieldPathParts[1]}]`,
      field: rest.length ? fieldPath(rest) : undefined,
    };
  }
  return { field: fieldPathParts.length ? fieldPath(fieldPathParts) : undefined };
}
