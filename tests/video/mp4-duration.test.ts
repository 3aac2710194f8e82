import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mp4DurationFrom, readAtBytes, readMp4Duration } from '../../src/video/mp4-duration';

// Made once with ffmpeg: a 2-second 64x36 H.264 + AAC clip with the index at the front.
const tinyMp4 = fileURLToPath(new URL('../fixtures/videos/tiny.mp4', import.meta.url));

function box(type: string, ...contents: Uint8Array[]): Uint8Array {
  const size = 8 + contents.reduce((total, part) => total + part.length, 0);
  const bytes = new Uint8Array(size);
  new DataView(bytes.buffer).setUint32(0, size);
  bytes.set(new TextEncoder().encode(type), 4);
  let offset = 8;
  for (const part of contents) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

function fields(...values: { bits: 8 | 32 | 64; value: number | bigint }[]): Uint8Array {
  const bytes = new Uint8Array(values.reduce((total, { bits }) => total + bits / 8, 0));
  const view = new DataView(bytes.buffer);
  let offset = 0;
  for (const { bits, value } of values) {
    if (bits === 8) view.setUint8(offset, Number(value));
    if (bits === 32) view.setUint32(offset, Number(value));
    if (bits === 64) view.setBigUint64(offset, BigInt(value));
    offset += bits / 8;
  }
  return bytes;
}

const ftyp = box('ftyp', new TextEncoder().encode('isom\0\0\0\0isom'));
const versionAndFlags = (version: number) =>
  fields(
    { bits: 8, value: version },
    { bits: 8, value: 0 },
    { bits: 8, value: 0 },
    { bits: 8, value: 0 },
  );
const mvhdV0 = (timescale: number, duration: number) =>
  box(
    'mvhd',
    versionAndFlags(0),
    fields(
      { bits: 32, value: 0 },
      { bits: 32, value: 0 },
      { bits: 32, value: timescale },
      { bits: 32, value: duration },
    ),
    new Uint8Array(80),
  );
const mvhdV1 = (timescale: number, duration: bigint) =>
  box(
    'mvhd',
    versionAndFlags(1),
    fields(
      { bits: 64, value: 0 },
      { bits: 64, value: 0 },
      { bits: 32, value: timescale },
      { bits: 64, value: duration },
    ),
    new Uint8Array(80),
  );
const durationOf = (bytes: Uint8Array) => mp4DurationFrom(readAtBytes(bytes), bytes.length);
const concat = (...parts: Uint8Array[]) => {
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
};

describe('readMp4Duration', () => {
  it('reads the duration of a real MP4 made by ffmpeg', () => {
    expect(readMp4Duration(tinyMp4)).toBeCloseTo(2, 3);
  });

  it('returns null for a file that is not an MP4', () => {
    expect(readMp4Duration(fileURLToPath(import.meta.url))).toBeNull();
  });

  it('returns null for a file that does not exist', () => {
    expect(readMp4Duration('/no/such/file.mp4')).toBeNull();
  });

  it('returns null for an MP4 cut short', () => {
    const bytes = readFileSync(tinyMp4);
    expect(durationOf(bytes.subarray(0, 100))).toBeNull();
  });
});

describe('mp4DurationFrom', () => {
  it('reads a version 0 movie header', () => {
    expect(durationOf(concat(ftyp, box('moov', mvhdV0(600, 1500))))).toBe(2.5);
  });

  it('reads a version 1 movie header with 64-bit times', () => {
    expect(durationOf(concat(ftyp, box('moov', mvhdV1(90000, 27_000_000_000n))))).toBe(300_000);
  });

  it('finds the index at the end of the file, after the media data', () => {
    expect(
      durationOf(
        concat(
          ftyp,
          box('mdat', new Uint8Array(1000)),
          box('moov', box('udta'), mvhdV0(1000, 61_234)),
        ),
      ),
    ).toBe(61.234);
  });

  it('reads a 64-bit box size', () => {
    const mdat = concat(
      fields({ bits: 32, value: 1 }),
      new TextEncoder().encode('mdat'),
      fields({ bits: 64, value: 16 + 10 }),
      new Uint8Array(10),
    );
    expect(durationOf(concat(ftyp, mdat, box('moov', mvhdV0(1000, 4000))))).toBe(4);
  });

  it('reads the fragment duration of a fragmented MP4', () => {
    const mehd = box('mehd', versionAndFlags(0), fields({ bits: 32, value: 9000 }));
    expect(durationOf(concat(ftyp, box('moov', mvhdV0(1000, 0), box('mvex', mehd))))).toBe(9);
  });

  it('returns null without a file type box, movie box or movie header', () => {
    expect(durationOf(box('moov', mvhdV0(1000, 4000)))).toBeNull();
    expect(durationOf(concat(ftyp, box('mdat')))).toBeNull();
    expect(durationOf(concat(ftyp, box('moov', box('trak'))))).toBeNull();
  });

  it('returns null for a zero timescale or an unknown header version', () => {
    expect(durationOf(concat(ftyp, box('moov', mvhdV0(0, 4000))))).toBeNull();
    const mvhdV2 = box('mvhd', versionAndFlags(2), new Uint8Array(96));
    expect(durationOf(concat(ftyp, box('moov', mvhdV2)))).toBeNull();
  });

  it('returns null when a box claims to run past the end', () => {
    const bytes = concat(ftyp, box('moov', mvhdV0(1000, 4000)));
    new DataView(bytes.buffer).setUint32(ftyp.length, 10_000);
    expect(durationOf(bytes)).toBeNull();
  });
});
