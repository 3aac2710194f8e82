/**
 * The little markup an interface string may carry where a sentence names things in bold or code
 * (an LMS's button, a file name): **bold** and `code`, nothing else, so a translator keeps whole
 * sentences and no HTML ever comes from the catalogue.
 */
export interface InlinePart {
  kind: 'text' | 'strong' | 'code';
  text: string;
}

/** A string's parts, in order; an unclosed ** or ` is kept as text, never swallowed. */
export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const pattern = /\*\*(.+?)\*\*|`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push(
      match[1] !== undefined
        ? { kind: 'strong', text: match[1] }
        : { kind: 'code', text: match[2]! },
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
