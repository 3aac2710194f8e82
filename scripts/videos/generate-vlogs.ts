/**
 * npm run videos — makes a placeholder vlog for every scenario, so the module works end to end
 * before a trust films its own: speech from espeak-ng, a captioned picture from ffmpeg, and
 * the scene times written back into each scenario file.
 *
 *   npm run videos                         every scenario in scenarios/
 *   npm run videos -- --only <id> ...      only these scenarios (repeat --only)
 *   npm run videos -- --root <dir>         a project somewhere else, e.g. a copy in /tmp
 *
 * Do not run it for a scenario that has real footage: it replaces the video and the segment times.
 * See docs/videos.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { scenarioSchema, type Scenario } from '../../src/schemas/scenario';
import { loadSettings } from '../../src/settings/load-settings';
import { fillPlaceholders } from '../../src/settings/placeholders';
import { parseVtt, serializeVtt, type VttCue } from '../../src/video/vtt';
import { inParallel } from './in-parallel';
import { findFonts, renderPoster, renderVlog, videoLengthMs, type Fonts } from './render';
import { synthesise } from './speech';
import { captionCues, chapterCues, layOutTimeline, segmentsByNodeIndex } from './timeline';
import { buildVlogScript, type Utterance } from './vlog-script';
import { assignVoices } from './voices';
import { encodeWav, layClips, wavDurationMs } from './wav';
import { writeSegments } from './write-segments';

/** Where the generator puts each scenario's files, relative to public/. */
const vlogPaths = (scenarioId: string) => ({
  video: `videos/${scenarioId}/vlog.mp4`,
  captions: `videos/${scenarioId}/captions.vtt`,
  chapters: `videos/${scenarioId}/chapters.vtt`,
  poster: `videos/${scenarioId}/poster.jpg`,
});

const formatDuration = (milliseconds: number) => {
  const totalSeconds = milliseconds / 1000;
  return `${Math.floor(totalSeconds / 60)}:${(totalSeconds % 60).toFixed(1).padStart(4, '0')}`;
};

/** Writes a file only when its content differs, so unchanged output keeps its timestamp. */
async function writeIfChanged(file: string, content: string): Promise<boolean> {
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return false;
  await writeFile(file, content);
  return true;
}

function validVtt(cues: readonly VttCue[], what: string): string {
  const text = serializeVtt(cues);
  const check = parseVtt(text);
  if (!check.ok) throw new Error(`the generated ${what} are not valid WebVTT: ${check.errors.map((error) => `line ${error.line}: ${error.message}`).join('; ')}`);
  return text;
}

async function generateVlog(root: string, file: string, yamlText: string, scenario: Scenario, fonts: Fonts): Promise<void> {
  const started = performance.now();
  const script = buildVlogScript(scenario);
  const paths = vlogPaths(scenario.id);
  const outputDir = path.join(root, 'public', path.dirname(paths.video));
  const voices = assignVoices(scenario.cast);
  const voiceOf = (utterance: Utterance) => {
    const voice = voices.get(utterance.speakerId);
    if (!voice) throw new Error(`the speaker "${utterance.speakerId}" is not in the cast (npm run check:content says where).`);
    return { voice, text: utterance.text };
  };

  if (!script.scenes.length) {
    console.log(`${scenario.id}: nothing to film (no scene nodes and no lines without conditions); skipped.`);
    return;
  }

  const workDir = await mkdtemp(path.join(tmpdir(), `vlog-${scenario.id}-`));
  try {
    const utterances = script.scenes.flatMap((scene) => scene.utterances);
    const speech = await synthesise(utterances.map(voiceOf), workDir);
    const timeline = layOutTimeline(script, (utterance) => wavDurationMs(speech(voiceOf(utterance))));
    const videoMs = videoLengthMs(timeline);

    const clips = timeline.scenes.flatMap((scene) => scene.utterances.map((utterance) => ({ audio: speech(voiceOf(utterance)), startMs: utterance.startMs })));
    const soundtrack = path.join(workDir, 'soundtrack.wav');
    await writeFile(soundtrack, encodeWav(layClips(clips, videoMs)));

    await mkdir(outputDir, { recursive: true });
    const output = (asset: string) => path.join(root, 'public', asset);
    await Promise.all([
      renderVlog({ timeline, scenario, soundtrack, workDir, output: output(paths.video), fonts }),
      renderPoster({ scenario, workDir, output: output(paths.poster), fonts }),
      writeIfChanged(output(paths.captions), validVtt(captionCues(timeline, scenario.cast), 'captions')),
      writeIfChanged(output(paths.chapters), validVtt(chapterCues(timeline), 'chapters')),
    ]);

    const segments = writeSegments(yamlText, segmentsByNodeIndex(timeline));
    if (segments.changed) {
      // Never overwrite an edit made while the vlog was being made: its times would be wrong anyway.
      if (readFileSync(path.join(root, file), 'utf8') !== yamlText) throw new Error('the file changed while its vlog was being made; run npm run videos again for it.');
      await writeFile(path.join(root, file), segments.text);
    }

    const size = statSync(output(paths.video)).size;
    const minutes = videoMs / 60_000;
    const megabytes = size / 1_000_000;
    console.log(
      [
        `${scenario.id}: ${formatDuration(videoMs)} long, ${timeline.scenes.length} scenes, ${utterances.length} captions`,
        `  vlog.mp4 ${megabytes.toFixed(2)} MB, ${(megabytes / minutes).toFixed(2)} MB per minute; made in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        `  segments in ${file}: ${segments.changed ? 'updated' : 'unchanged'}`,
        ...(segments.restyled ? [`  note: the yaml package restyled some of ${file} beyond the segments; look over the diff.`] : []),
      ].join('\n'),
    );
    const mismatched = (Object.keys(paths) as (keyof typeof paths)[]).filter((field) => scenario.vlog[field] !== paths[field]);
    if (mismatched.length) {
      console.log(`  note: ${file} does not point at the generated files; set ${mismatched.map((field) => `vlog.${field}: ${paths[field]}`).join(', ')}.`);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string', multiple: true },
      root: { type: 'string' },
    },
    strict: true,
  });
  const root = path.resolve(values.root ?? process.cwd());
  const scenariosDir = path.join(root, 'scenarios');
  if (!existsSync(scenariosDir)) throw new Error(`there is no scenarios folder in ${root}.`);
  const files = readdirSync(scenariosDir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort()
    .map((name) => `scenarios/${name}`);

  const only = new Set(values.only ?? []);
  const found = new Set<string>();
  const fonts = findFonts();
  let failures = 0;
  const jobs: { file: string; yamlText: string; scenario: Scenario }[] = [];
  // Placeholder vlogs speak the national defaults' local values; a trust films its own.
  const settings = (() => {
    try {
      return loadSettings(root);
    } catch {
      return null;
    }
  })();
  for (const file of files) {
    const yamlText = readFileSync(path.join(root, file), 'utf8');
    const result = scenarioSchema.safeParse(parse(yamlText));
    const id = result.success ? result.data.id : path.basename(file, '.yaml');
    if (only.size && !only.has(id)) continue;
    found.add(id);
    if (result.success) jobs.push({ file, yamlText, scenario: settings ? fillPlaceholders(result.data, settings) : result.data });
    else {
      console.error(`${file}: not a valid scenario, so no vlog was made; npm run check:content says what to fix.`);
      failures += 1;
    }
  }
  // Two scenarios at a time: most of each one's work is ffmpeg filtering on a single core.
  await inParallel(jobs, availableParallelism(), async ({ file, yamlText, scenario }) => {
    try {
      await generateVlog(root, file, yamlText, scenario, fonts);
    } catch (error) {
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      failures += 1;
    }
  });
  const unknown = [...only].filter((id) => !found.has(id));
  if (unknown.length) {
    console.error(`No scenario with the id ${unknown.map((id) => `"${id}"`).join(', ')} in ${scenariosDir}.`);
    failures += 1;
  }
  if (!found.size && !unknown.length) console.log(`No scenarios in ${scenariosDir}.`);
  process.exitCode = failures ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
