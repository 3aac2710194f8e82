/**
 * Reading espeak-ng's WAV files and laying them on one soundtrack. Durations come from the WAV
 * header rather than ffprobe, so they are exact (whole samples) and the same on every run.
 */

export interface PcmAudio {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** The sample data, little-endian as in the file. */
  samples: Uint8Array;
}

/** Reads a PCM WAV file's format and samples, or throws saying what is wrong with it. */
export function readWav(bytes: Uint8Array): PcmAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 12 || text(0) !== 'RIFF' || text(8) !== 'WAVE')
    throw new Error('not a WAV file (no RIFF/WAVE header)');
  let format: Omit<PcmAudio, 'samples'> | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = text(offset);
    const declaredSize = view.getUint32(offset + 4, true);
    const start = offset + 8;
    // A WAV streamed to a pipe cannot go back to fill in its data size; the data runs to the end.
    const size = id === 'data' ? Math.min(declaredSize, bytes.length - start) : declaredSize;
    if (id === 'fmt ') {
      const encoding = view.getUint16(start, true);
      if (encoding !== 1) throw new Error(`the WAV is not plain PCM (format ${encoding})`);
      format = {
        channels: view.getUint16(start + 2, true),
        sampleRate: view.getUint32(start + 4, true),
        bitsPerSample: view.getUint16(start + 14, true),
      };
    } else if (id === 'data') {
      if (!format) throw new Error('the WAV has its data before its format');
      return { ...format, samples: bytes.subarray(start, start + size) };
    }
    offset = start + size + (size % 2); // chunks are padded to an even length
  }
  throw new Error('the WAV has no data chunk');
}

const bytesPerFrame = (audio: Omit<PcmAudio, 'samples'>) =>
  (audio.bitsPerSample / 8) * audio.channels;

/** Length in milliseconds, rounded to the nearest millisecond. */
export function wavDurationMs(audio: PcmAudio): number {
  return Math.round((audio.samples.length / bytesPerFrame(audio) / audio.sampleRate) * 1000);
}

/** A WAV file holding the given PCM samples. */
export function encodeWav(audio: PcmAudio): Uint8Array {
  const bytes = new Uint8Array(44 + audio.samples.length);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, value: string) =>
    bytes.set(new TextEncoder().encode(value), offset);
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + audio.samples.length, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, audio.channels, true);
  view.setUint32(24, audio.sampleRate, true);
  view.setUint32(28, audio.sampleRate * bytesPerFrame(audio), true);
  view.setUint16(32, bytesPerFrame(audio), true);
  view.setUint16(34, audio.bitsPerSample, true);
  ascii(36, 'data');
  view.setUint32(40, audio.samples.length, true);
  bytes.set(audio.samples, 44);
  return bytes;
}

/**
 * One soundtrack of `durationMs` with each clip starting at its time and silence between. Every
 * clip must share one format (espeak-ng always writes 16-bit mono at its voice's rate).
 */
export function layClips(
  clips: readonly { audio: PcmAudio; startMs: number }[],
  durationMs: number,
): PcmAudio {
  const format = clips[0]?.audio ?? {
    sampleRate: 22050,
    channels: 1,
    bitsPerSample: 16,
    samples: new Uint8Array(),
  };
  const frameBytes = bytesPerFrame(format);
  const samples = new Uint8Array(Math.ceil((durationMs / 1000) * format.sampleRate) * frameBytes);
  for (const { audio, startMs } of clips) {
    if (
      audio.sampleRate !== format.sampleRate ||
      audio.channels !== format.channels ||
      audio.bitsPerSample !== format.bitsPerSample
    ) {
      throw new Error(
        'every clip on a soundtrack must have the same sample rate, channels and sample size',
      );
    }
    const offset = Math.round((startMs / 1000) * format.sampleRate) * frameBytes;
    samples.set(audio.samples.subarray(0, Math.max(0, samples.length - offset)), offset);
  }
  return {
    sampleRate: format.sampleRate,
    channels: format.channels,
    bitsPerSample: format.bitsPerSample,
    samples,
  };
}
