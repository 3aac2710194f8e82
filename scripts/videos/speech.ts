/**
 * Synthesising speech with espeak-ng, one caption-sized chunk at a time, so each cue's times are
 * exactly those of its own audio. Chunks run in parallel, one per CPU core.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { inParallel } from './in-parallel';
import { speechRate, type Voice } from './voices';
import { readWav, type PcmAudio } from './wav';

export interface SpeechRequest {
  voice: Voice;
  text: string;
}

const keyOf = ({ voice, text }: SpeechRequest) => `${voice.name}|${voice.pitch}|${text}`;

function run(command: string, args: readonly string[], stdin: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`${command} is not installed (apt-get install -y ${command}).`)
          : error,
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (${code}): ${stderr.trim()}`)),
    );
    child.stdin.end(stdin);
  });
}

/**
 * Speaks each request into a WAV in workDir and reads it back. The same words in the same voice
 * are synthesised once. Returns a lookup from request to audio.
 */
export async function synthesise(
  requests: readonly SpeechRequest[],
  workDir: string,
): Promise<(request: SpeechRequest) => PcmAudio> {
  const unique = [...new Map(requests.map((request) => [keyOf(request), request])).values()];
  const audios = await inParallel(unique, availableParallelism(), async (request, index) => {
    const file = path.join(workDir, `speech-${String(index).padStart(4, '0')}.wav`);
    // -z drops espeak-ng's own closing pause: the timeline adds fixed pauses instead.
    await run(
      'espeak-ng',
      [
        '-v',
        request.voice.name,
        '-p',
        String(request.voice.pitch),
        '-s',
        String(speechRate),
        '-z',
        '-w',
        file,
        '--stdin',
      ],
      request.text,
    );
    return readWav(await readFile(file));
  });
  const byKey = new Map(unique.map((request, index) => [keyOf(request), audios[index]!]));
  return (request) => {
    const audio = byKey.get(keyOf(request));
    if (!audio) throw new Error(`no speech was synthesised for "${request.text}"`);
    return audio;
  };
}
