/**
 * How long an MP4 is, read from its movie header (the mvhd box) without decoding anything.
 *
 * Node-only. The content checks use it to catch scene times past the end of the video, so it must
 * be fast on real footage of hundreds of megabytes: it reads box headers, never the media data,
 * and works whether the index (moov) is at the front (faststart) or at the end.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Reads `length` bytes at `offset`; returns fewer when the data ends first. */
export type ReadAt = (offset: number, length: number) => Uint8Array;

interface Box {
  type: string;
  /** Where the box's contents start, after its header. */
  contentStart: number;
  end: number;
}

const boxTypePattern = /^[\x20-\x7e]{4}$/;

/** Lists the boxes between start and end, or returns null when the bytes are not boxes. */
function readBoxes(readAt: ReadAt, start: number, end: number): Box[] | null {
  const boxes: Box[] = [];
  let offset = start;
  while (offset < end) {
    const header = readAt(offset, 16);
    if (header.length < 8) return null;
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    const type = String.fromCharCode(...header.subarray(4, 8));
    if (!boxTypePattern.test(type)) return null;
    let size = view.getUint32(0);
    let headerSize = 8;
    if (size === 1) {
      if (header.length < 16) return null;
      size = Number(view.getBigUint64(8));
      headerSize = 16;
    } else if (size === 0) {
      size = end - offset; // "to the end of the file"
    }
    if (size < headerSize || offset + size > end) return null;
    boxes.push({ type, contentStart: offset + headerSize, end: offset + size });
    offset += size;
  }
  return boxes;
}

/** A full box's timescale and duration fields, which sit later in version 1 (64-bit times). */
function readTimedFullBox(
  readAt: ReadAt,
  box: Box,
  kind: 'mvhd' | 'mehd',
): { timescale?: number; duration: number } | null {
  const bytes = readAt(box.contentStart, 32);
  if (bytes.length < 4) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint8(0);
  if (version !== 0 && version !== 1) return null;
  const wide = version === 1;
  if (kind === 'mehd') {
    if (bytes.length < (wide ? 12 : 8)) return null;
    return { duration: wide ? Number(view.getBigUint64(4)) : view.getUint32(4) };
  }
  // version, flags, creation time, modification time, then timescale and duration.
  const timescaleAt = wide ? 20 : 12;
  if (bytes.length < timescaleAt + (wide ? 12 : 8)) return null;
  const timescale = view.getUint32(timescaleAt);
  const duration = wide
    ? view.getBigUint64(timescaleAt + 4)
    : BigInt(view.getUint32(timescaleAt + 4));
  // All ones means "unknown"; treat it like the 0 a fragmented file writes.
  const unknown = wide ? duration === 0xffffffffffffffffn : duration === 0xffffffffn;
  return { timescale, duration: unknown ? 0 : Number(duration) };
}

/**
 * The duration in seconds from the movie header, or null when the data is not an MP4 with one.
 * A fragmented MP4 leaves the movie header's duration at 0 and gives it in mvex/mehd instead.
 */
export function mp4DurationFrom(readAt: ReadAt, size: number): number | null {
  const topLevel = readBoxes(readAt, 0, size);
  const moov = topLevel?.find((box) => box.type === 'moov');
  if (!topLevel || topLevel[0]?.type !== 'ftyp' || !moov) return null;
  const inMoov = readBoxes(readAt, moov.contentStart, moov.end);
  const mvhdBox = inMoov?.find((box) => box.type === 'mvhd');
  if (!inMoov || !mvhdBox) return null;
  const mvhd = readTimedFullBox(readAt, mvhdBox, 'mvhd');
  if (!mvhd?.timescale) return null;
  if (mvhd.duration > 0) return mvhd.duration / mvhd.timescale;

  const mvex = inMoov.find((box) => box.type === 'mvex');
  const mehdBox =
    mvex && readBoxes(readAt, mvex.contentStart, mvex.end)?.find((box) => box.type === 'mehd');
  const mehd = mehdBox ? readTimedFullBox(readAt, mehdBox, 'mehd') : null;
  return mehd ? mehd.duration / mvhd.timescale : 0;
}

/** The duration in seconds of the MP4 at filePath, or null when it is not an MP4 or cannot be read. */
export function readMp4Duration(filePath: string): number | null {
  let descriptor: number;
  try {
    descriptor = openSync(filePath, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(descriptor).size;
    const readAt: ReadAt = (offset, length) => {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      const read = buffer.length ? readSync(descriptor, buffer, 0, buffer.length, offset) : 0;
      return buffer.subarray(0, read);
    };
    return mp4DurationFrom(readAt, size);
  } finally {
    closeSync(descriptor);
  }
}

/** Reads from bytes already in memory, e.g. in a test. */
export function readAtBytes(bytes: Uint8Array): ReadAt {
  return (offset, length) => bytes.subarray(offset, offset + length);
}
