/**
 * Splits a line of dialogue into caption-sized chunks. Each chunk is synthesised on its own, so a
 * caption cue starts and ends exactly where its words do.
 */

/** About two caption lines: long enough for a sentence, short enough to read while it is said. */
export const maxCaptionLength = 90;

// Abbreviations whose full stop does not end a sentence.
const abbreviations = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'st',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
]);

/** Sentences, each keeping its closing punctuation and any closing quote or bracket. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const sentenceEnd = /[.!?…]+["'’”)\]]*(?=\s)/g;
  for (const match of text.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length;
    const lastWord = /(\S+)\.$/
      .exec(text.slice(start, end).replace(/["'’”)\]]+$/, ''))?.[1]
      ?.toLowerCase();
    if (lastWord && abbreviations.has(lastWord)) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  sentences.push(text.slice(start).trim());
  return sentences.filter(Boolean);
}

/** Joins consecutive pieces while they fit, so short sentences do not flash past one by one. */
function pack(pieces: readonly string[], maxLength: number): string[] {
  const chunks: string[] = [];
  for (const piece of pieces) {
    const last = chunks.at(-1);
    if (last !== undefined && last.length + 1 + piece.length <= maxLength)
      chunks[chunks.length - 1] = `${last} ${piece}`;
    else chunks.push(piece);
  }
  return chunks;
}

/** Splits at the spaces, into near-equal parts rather than full parts and a short remainder. */
function splitAtWords(text: string, maxLength: number): string[] {
  const parts = Math.ceil(text.length / maxLength);
  const target = text.length / parts;
  const chunks: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > maxLength) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current} ${word}` : word;
    if (current.length >= target && chunks.length < parts - 1) {
      chunks.push(current);
      current = '';
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** A sentence too long for one caption: split at clause punctuation, then at words. */
function splitLongSentence(sentence: string, maxLength: number): string[] {
  const clauses = sentence.split(/(?<=[,;:–—])\s+/);
  return pack(clauses, maxLength).flatMap((chunk) =>
    chunk.length > maxLength ? splitAtWords(chunk, maxLength) : [chunk],
  );
}

/**
 * Caption chunks for one line: whole sentences where they fit (short ones joined), longer
 * sentences split at commas and dashes, and only then between words. A single word longer than
 * the limit stays whole.
 */
export function splitIntoCaptionChunks(text: string, maxLength = maxCaptionLength): string[] {
  const normalised = text.replace(/\s+/g, ' ').trim();
  if (normalised.length <= maxLength) return normalised ? [normalised] : [];
  const pieces = splitSentences(normalised).flatMap((sentence) =>
    sentence.length > maxLength ? splitLongSentence(sentence, maxLength) : [sentence],
  );
  return pack(pieces, maxLength);
}
