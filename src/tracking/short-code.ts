/**
 * Short, stable codes for author ids, so saved progress stays small. A code depends only on the
 * id it stands for: reordering choices or nodes, or adding new ones, never changes an existing
 * code, so saved progress survives rebuilds as long as authors keep their ids. Two ids can share a
 * code by chance (about 1 in 47,000 per pair); `codeClashes` finds that and packaging refuses it.
 */

/** Three base-36 characters: 46,656 codes. */
export const shortCodeLength = 3;
const codeSpace = 36 ** shortCodeLength;

/** FNV-1a, 32-bit: small, fast and the same in every JavaScript engine. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function shortCode(id: string): string {
  return (fnv1a(id) % codeSpace).toString(36).padStart(shortCodeLength, '0');
}

/** Maps codes back to ids; a code that two of the ids share maps to null (ambiguous). */
export function codeTable(ids: Iterable<string>): Map<string, string | null> {
  const table = new Map<string, string | null>();
  for (const id of new Set(ids)) {
    const code = shortCode(id);
    table.set(code, table.has(code) && table.get(code) !== id ? null : id);
  }
  return table;
}

/** Groups of distinct ids that share a code. */
export function codeClashes(ids: Iterable<string>): string[][] {
  const byCode = new Map<string, string[]>();
  for (const id of new Set(ids))
    byCode.set(shortCode(id), [...(byCode.get(shortCode(id)) ?? []), id]);
  return [...byCode.values()].filter((group) => group.length > 1);
}
