/**
 * WebVTT captions and chapters: a strict reader and a writer.
 *
 * Pure TypeScript with no Node or DOM APIs, because the browser uses it too (to show the cue being
 * spoken beside the dialogue) and the build uses it to reject files a browser would silently
 * ignore. Browsers drop a malformed cue without a word, so the reader is stricter than they are
 * and says which line is wrong.
 *
 * Only what the module needs is kept from a cue's text: the first voice tag becomes `voice`, other
 * markup (<i>, <b>, <c>, inline timestamps) is dropped, and character references are decoded.
 */

export interface VttCue {
  /** The optional identifier line above the timing line. */
  id?: string;
  /** Seconds from the start of the video. */
  start: number;
  /** Seconds from the start of the video; always later than start. */
  end: number;
  /** What is said or shown, as plain text; lines of a multi-line cue are joined with "\n". */
  text: string;
  /** Who is speaking, from a <v Name> tag. */
  voice?: string;
}

export interface VttError {
  /** 1-based line in the file. */
  line: number;
  /** What is wrong and what to write instead. */
  message: string;
}

export type VttParseResult = { ok: true; cues: VttCue[] } | { ok: false; errors: VttError[] };

const timestampPattern = /^(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})$/;
const timingLinePattern = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$/;
const example = '00:01:02.500';

/** Reads hh:mm:ss.ttt or mm:ss.ttt as whole milliseconds, or says what is wrong with it. */
function parseTimestamp(written: string): { milliseconds: number } | { problem: string } {
  const match = timestampPattern.exec(written);
  if (!match) {
    return {
      problem: `"${written}" is not a WebVTT time: write hh:mm:ss.ttt or mm:ss.ttt with two-digit minutes and seconds and three-digit milliseconds, e.g. ${example}`,
    };
  }
  const [, hours = '0', minutes = '0', seconds = '0', milliseconds = '0'] = match;
  if (Number(minutes) > 59)
    return {
      problem: `"${written}" has ${minutes} minutes: minutes must be 00 to 59 (write the hours in front, e.g. 01:05:00.000)`,
    };
  if (Number(seconds) > 59)
    return { problem: `"${written}" has ${seconds} seconds: seconds must be 00 to 59` };
  return {
    milliseconds:
      ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(milliseconds),
  };
}

/** Formats seconds as a WebVTT timestamp, hh:mm:ss.ttt, rounded to the millisecond. */
export function formatVttTimestamp(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`a WebVTT time must be 0 or more seconds (got ${seconds})`);
  }
  const totalMilliseconds = Math.round(seconds * 1000);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  const milliseconds = totalMilliseconds % 1000;
  const totalSeconds = Math.floor(totalMilliseconds / 1000);
  return `${pad(Math.floor(totalSeconds / 3600), 2)}:${pad(Math.floor(totalSeconds / 60) % 60, 2)}:${pad(totalSeconds % 60, 2)}.${pad(milliseconds, 3)}`;
}

// The references caption tools actually write; browsers know all of HTML's, which a caption never needs.
const characterReferences: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
};

function decodeReferences(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(amp|lt|gt|quot|apos|nbsp|lrm|rlm));/g,
    (reference, decimal?: string, hex?: string, name?: string) => {
      if (name) return characterReferences[name] ?? reference;
      const codePoint = decimal ? Number(decimal) : Number.parseInt(hex ?? '', 16);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference;
    },
  );
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Splits cue text into the speaker of its first voice tag and the text with all markup removed. */
function readCueText(payload: string): { text: string; voice?: string } {
  const voiceTag = /<v(?:\.[^\s>]*)?[ \t]+([^>]*)>/.exec(payload);
  const voice = voiceTag?.[1]?.trim();
  const text = decodeReferences(payload.replace(/<[^>]*>/g, ''));
  return voice ? { text, voice: decodeReferences(voice) } : { text };
}

/** Groups the lines after the header into blocks separated by blank lines, remembering where each starts. */
function blocksOf(
  lines: readonly string[],
  from: number,
): { firstLine: number; lines: string[] }[] {
  const blocks: { firstLine: number; lines: string[] }[] = [];
  let current: { firstLine: number; lines: string[] } | undefined;
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    if (!current) {
      current = { firstLine: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  }
  return blocks;
}

/**
 * Reads WebVTT text strictly: a WEBVTT first line, well-formed times, every cue ending after it
 * starts, cues in order of start time, and no cue without text. Returns every problem found, not
 * just the first, so an author can fix a file in one go.
 */
export function parseVtt(source: string): VttParseResult {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const errors: VttError[] = [];
  const cues: VttCue[] = [];

  const firstLine = lines[0] ?? '';
  if (!/^WEBVTT(?:[ \t].*)?$/.test(firstLine)) {
    errors.push({
      line: 1,
      message:
        firstLine.trim() === ''
          ? 'the file must start with the word WEBVTT on its first line, but the first line is empty.'
          : `the file must start with the word WEBVTT on its first line (found "${firstLine.slice(0, 40)}").`,
    });
    return { ok: false, errors };
  }

  // The header runs to the first blank line; a timing line inside it means a missing blank line.
  let headerEnd = 1;
  while (headerEnd < lines.length && lines[headerEnd]!.trim() !== '') {
    if (lines[headerEnd]!.includes('-->')) {
      errors.push({
        line: headerEnd + 1,
        message: 'a cue starts straight after the WEBVTT line: leave a blank line after WEBVTT.',
      });
    }
    headerEnd += 1;
  }

  let previous: { start: number; line: number } | undefined;
  let seenCue = false;
  for (const block of blocksOf(lines, headerEnd)) {
    const [first = '', second] = block.lines;
    if (/^NOTE(?:[ \t]|$)/.test(first)) continue;
    if (!seenCue && /^(?:STYLE|REGION)[ \t]*$/.test(first)) continue;

    const timingIndex = first.includes('-->') ? 0 : second?.includes('-->') ? 1 : -1;
    if (timingIndex === -1) {
      errors.push({
        line: block.firstLine,
        message: `this block is not a cue: a cue needs a timing line such as "${example} --> 00:01:04.000" (on the first line, or on the second after an identifier).`,
      });
      continue;
    }
    seenCue = true;
    const timingLineNumber = block.firstLine + timingIndex;
    const timing = timingLinePattern.exec(block.lines[timingIndex]!);
    if (!timing) {
      errors.push({
        line: timingLineNumber,
        message: `the timing line must be "start --> end" with a space either side of the arrow, e.g. "${example} --> 00:01:04.000".`,
      });
      continue;
    }
    const start = parseTimestamp(timing[1]!);
    const end = parseTimestamp(timing[2]!);
    if ('problem' in start)
      errors.push({ line: timingLineNumber, message: `the start time ${start.problem}.` });
    if ('problem' in end)
      errors.push({ line: timingLineNumber, message: `the end time ${end.problem}.` });

    const payloadLines = block.lines.slice(timingIndex + 1);
    const arrowLine = payloadLines.findIndex((line) => line.includes('-->'));
    if (arrowLine !== -1) {
      errors.push({
        line: timingLineNumber + 1 + arrowLine,
        message:
          'a line of cue text contains "-->": leave a blank line between cues, and do not write "-->" in cue text.',
      });
    }
    if (payloadLines.length === 0) {
      errors.push({
        line: timingLineNumber,
        message:
          'the cue has no text: write what is said on the line after the timing line, or remove the cue.',
      });
    }
    if ('problem' in start || 'problem' in end) continue;

    if (end.milliseconds <= start.milliseconds) {
      errors.push({
        line: timingLineNumber,
        message: `the cue ends at ${formatVttTimestamp(end.milliseconds / 1000)}, which is not after its start at ${formatVttTimestamp(start.milliseconds / 1000)}: the end time must be later than the start.`,
      });
    }
    if (previous && start.milliseconds < previous.start) {
      errors.push({
        line: timingLineNumber,
        message: `the cue starts at ${formatVttTimestamp(start.milliseconds / 1000)}, before the cue on line ${previous.line} (${formatVttTimestamp(previous.start / 1000)}): put the cues in order of start time.`,
      });
    }
    previous = { start: start.milliseconds, line: timingLineNumber };

    const { text, voice } = readCueText(payloadLines.join('\n'));
    cues.push({
      ...(timingIndex === 1 ? { id: first } : {}),
      start: start.milliseconds / 1000,
      end: end.milliseconds / 1000,
      text,
      ...(voice ? { voice } : {}),
    });
  }

  return errors.length ? { ok: false, errors } : { ok: true, cues };
}

/** Writes cues as a WebVTT file; text is escaped and a voice becomes a <v Name> tag. */
export function serializeVtt(cues: readonly VttCue[]): string {
  const blocks = cues.map((cue) => {
    if (cue.id !== undefined && (cue.id.includes('-->') || /[\r\n]/.test(cue.id))) {
      throw new Error(
        `a cue id cannot contain "-->" or a line break (got ${JSON.stringify(cue.id)})`,
      );
    }
    const text = cue.text
      .split(/\r\n|\r|\n/)
      .filter((line) => line.trim() !== '')
      .map(escapeText)
      .join('\n');
    const voiced = cue.voice ? `<v ${escapeText(cue.voice)}>${text}` : text;
    return [
      ...(cue.id !== undefined ? [cue.id] : []),
      `${formatVttTimestamp(cue.start)} --> ${formatVttTimestamp(cue.end)}`,
      voiced,
    ].join('\n');
  });
  return ['WEBVTT', ...blocks].join('\n\n') + '\n';
}
