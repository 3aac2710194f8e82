import { describe, it, expect } from 'vitest';
import {
  encodeWav,
  layClips,
  readWav,
  wavDurationMs,
  type PcmAudio,
} from '../../../scripts/videos/wav';

const tone = (milliseconds: number, value: number, sampleRate = 1000): PcmAudio => ({
  sampleRate,
  channels: 1,
  bitsPerSample: 16,
  samples: new Uint8Array(
    Array.from({ length: (milliseconds * sampleRate) / 1000 }, () => [value, 0]).flat(),
  ),
});

describe('WAV files', () => {
  it('reads back what it writes, and its length from the header', () => {
    const audio = tone(250, 7, 8000);
    const read = readWav(encodeWav(audio));
    expect(read).toEqual(audio);
    expect(wavDurationMs(read)).toBe(250);
  });

  it('skips chunks other than fmt and data', () => {
    const bytes = encodeWav(tone(10, 1));
    const list = new Uint8Array([...new TextEncoder().encode('LIST'), 3, 0, 0, 0, 1, 2, 3, 0]);
    const withList = new Uint8Array([...bytes.subarray(0, 36), ...list, ...bytes.subarray(36)]);
    expect(readWav(withList).samples).toEqual(tone(10, 1).samples);
  });

  it('reads a streamed WAV whose data size was never filled in', () => {
    const bytes = encodeWav(tone(10, 1));
    new DataView(bytes.buffer).setUint32(40, 0xffffffff, true);
    expect(wavDurationMs(readWav(bytes))).toBe(10);
  });

  it('refuses what it cannot read', () => {
    expect(() => readWav(new TextEncoder().encode('not a wav at all'))).toThrow(/not a WAV/);
    const floats = encodeWav(tone(10, 1));
    new DataView(floats.buffer).setUint16(20, 3, true);
    expect(() => readWav(floats)).toThrow(/not plain PCM/);
  });
});

describe('layClips', () => {
  it('places each clip at its start time, with silence around it', () => {
    const track = layClips(
      [
        { audio: tone(2, 5), startMs: 1 },
        { audio: tone(1, 9), startMs: 4 },
      ],
      6,
    );
    expect([...track.samples].filter((_, index) => index % 2 === 0)).toEqual([0, 5, 5, 0, 9, 0]);
  });

  it('refuses clips in different formats', () => {
    expect(() =>
      layClips(
        [
          { audio: tone(1, 1, 1000), startMs: 0 },
          { audio: tone(1, 1, 2000), startMs: 5 },
        ],
        10,
      ),
    ).toThrow(/same sample rate/);
  });
});
