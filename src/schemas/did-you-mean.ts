/**
 * "Did you mean" hints: the known name an author most likely meant when a name is misspelt (a
 * node id in a target, a placeholder's policy name, a field). A small edit distance, so a hint
 * is only offered for a near miss, never a wild guess.
 */

/**
 * Edit distance between two names, ignoring case: insertions, deletions, substitutions and
 * swaps of two neighbouring letters ("latre" for "later"), each counting one (optimal string
 * alignment distance).
 */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i += 1) {
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[x.length]![y.length]!;
}

/**
 * The known name closest to a misspelt one, if it is close enough to be the likely intent: one
 * edit, or one for every four letters in longer names ("poor" is not a slip for "good"). Ties
 * go to the name listed first.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of known) {
    if (candidate === name) continue;
    const score = editDistance(name, candidate);
    if (!best || score < best.score) best = { candidate, score };
  }
  return best && best.score <= Math.max(1, Math.floor(name.length / 4))
    ? best.candidate
    : undefined;
}

/**
 * A fix led by `did you mean "x"?` when the name is a near miss of a known one, or the fix as it
 * was: "did you mean "bloods"? Point it at an existing node …".
 */
export function didYouMean(name: string, known: readonly string[], fix: string): string {
  const suggestion = closestName(name, known);
  return suggestion
    ? `did you mean "${suggestion}"? ${fix.charAt(0).toUpperCase()}${fix.slice(1)}`
    : fix;
}
