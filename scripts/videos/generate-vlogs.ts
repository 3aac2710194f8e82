/**
 * npm run videos — makes a placeholder vlog for every scenario, so the module works end to end
 * before a trust films its own: speech from espeak-ng, a captioned picture from ffmpeg, and
 * the scene times written back into each scenario file.
 *
 *   npm run videos                         every scenario in scenarios/
 *   npm run videos -- --only <id> ...      only these scenarios (repeat --only)
 *   npm run videos -- --root <dir>         a project somewhere else, e.g. a copy in /tmp
 *   npm run videos -- --language cy        the Welsh vlog, from each scenario's translation in
 *                                          scenarios/cy/: vlog.cy.mp4, captions.cy.vtt and
 *                                          chapters.cy.vtt, and the Welsh segment times written
 *                                          into the translation's nodes.<id>.segment
 *
 * Do not run it for a scenario that has real footage: it replaces the video and the segment times.
 * See docs/videos.md.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import type { Scenario } from '../../src/schemas/scenario';
import {
  applyOverlay,
  languageAsset,
  overlayFile,
  overlayProblems,
} from '../../src/i18n/scenario-overlay';
import { scenarioOverlaySchema } from '../../src/schemas/translation';
import { formatProblem, formatProblems } from '../../src/schemas/problem';
import { readScenarioFile, scenarioFiles } from '../../src/integrity/content-files';
import { settingsInLanguage } from '../../src/i18n/settings-language';
import { loadSettings } from '../../src/settings/load-settings';
import { fillPlaceholders } from '../../src/settings/placeholders';
import { parseVtt, serializeVtt, type VttCue } from '../../src/video/vtt';
import { inParallel } from './in-parallel';
import {
  findFonts,
  renderPoster,
  renderVlog,
  videoLengthMs,
  type Fonts,
  type VlogLanguage,
} from './render';
import { synthesise } from './speech';
import { captionCues, chapterCues, layOutTimeline, segmentsByNodeIndex } from './timeline';
import { buildVlogScript, type Utterance } from './vlog-script';
import { assignVoices } from './voices';
import { encodeWav, layClips, wavDurationMs } from './wav';
import { writeOverlaySegments, writeSegments } from './write-segments';

/** Where the generator puts each scenario's files, relative to public/; vlog.cy.mp4 and so on in Welsh. */
const vlogPaths = (scenarioId: string, language: VlogLanguage) => ({
  video: languageAsset(`videos/${scenarioId}/vlog.mp4`, language),
  captions: languageAsset(`videos/${scenarioId}/captions.vtt`, language),
  chapters: languageAsset(`videos/${scenarioId}/chapters.vtt`, language),
  poster: `videos/${scenarioId}/poster.jpg`,
});

/** What one run makes a vlog from: the scenario file the segments go into, and the scenario it voices. */
interface VlogJob {
  /** The file the segment times are written into: the scenario, or its translation overlay. */
  file: string;
  yamlText: string;
  /** The scenario as spoken: English, or the English with the translation laid over it. */
  scenario: Scenario;
  /** The English cast, whose roles decide the voices. */
  englishCast: Scenario['cast'];
  language: VlogLanguage;
}

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
  if (!check.ok)
    throw new Error(
      `the generated ${what} are not valid WebVTT: ${check.errors.map((error) => `line ${error.line}: ${error.message}`).join('; ')}`,
    );
  return text;
}

async function generateVlog(
  root: string,
  { file, yamlText, scenario, englishCast, language }: VlogJob,
  fonts: Fonts,
): Promise<void> {
  const started = performance.now();
  const script = buildVlogScript(scenario, language);
  const paths = vlogPaths(scenario.id, language);
  const outputDir = path.join(root, 'public', path.dirname(paths.video));
  const voices = assignVoices(englishCast, language);
  const voiceOf = (utterance: Utterance) => {
    const voice = voices.get(utterance.speakerId);
    if (!voice)
      throw new Error(
        `the speaker "${utterance.speakerId}" is not in the cast (npm run check:content says where).`,
      );
    return { voice, text: utterance.text };
  };

  if (!script.scenes.length) {
    console.log(
      `${scenario.id}: nothing to film (no scene nodes and no lines without conditions); skipped.`,
    );
    return;
  }

  const workDir = await mkdtemp(path.join(tmpdir(), `vlog-${scenario.id}-`));
  try {
    const utterances = script.scenes.flatMap((scene) => scene.utterances);
    const speech = await synthesise(utterances.map(voiceOf), workDir);
    const timeline = layOutTimeline(script, (utterance) =>
      wavDurationMs(speech(voiceOf(utterance))),
    );
    const videoMs = videoLengthMs(timeline);

    const clips = timeline.scenes.flatMap((scene) =>
      scene.utterances.map((utterance) => ({
        audio: speech(voiceOf(utterance)),
        startMs: utterance.startMs,
      })),
    );
    const soundtrack = path.join(workDir, 'soundtrack.wav');
    await writeFile(soundtrack, encodeWav(layClips(clips, videoMs)));

    await mkdir(outputDir, { recursive: true });
    const output = (asset: string) => path.join(root, 'public', asset);
    await Promise.all([
      renderVlog({
        timeline,
        scenario,
        soundtrack,
        workDir,
        output: output(paths.video),
        fonts,
        language,
      }),
      // One poster serves both languages: it shows the English title, as the page around it says.
      ...(language === 'en'
        ? [renderPoster({ scenario, workDir, output: output(paths.poster), fonts })]
        : []),
      writeIfChanged(
        output(paths.captions),
        validVtt(captionCues(timeline, scenario.cast), 'captions'),
      ),
      writeIfChanged(output(paths.chapters), validVtt(chapterCues(timeline), 'chapters')),
    ]);

    const byIndex = segmentsByNodeIndex(timeline);
    const segments =
      language === 'en'
        ? writeSegments(yamlText, byIndex)
        : writeOverlaySegments(
            yamlText,
            new Map([...byIndex].map(([index, segment]) => [scenario.nodes[index]!.id, segment])),
          );
    if (segments.changed) {
      // Never overwrite an edit made while the vlog was being made: its times would be wrong anyway.
      if (readFileSync(path.join(root, file), 'utf8') !== yamlText)
        throw new Error(
          'the file changed while its vlog was being made; run npm run videos again for it.',
        );
      await writeFile(path.join(root, file), segments.text);
    }

    const size = statSync(output(paths.video)).size;
    const minutes = videoMs / 60_000;
    const megabytes = size / 1_000_000;
    console.log(
      [
        `${scenario.id}: ${formatDuration(videoMs)} long, ${timeline.scenes.length} scenes, ${utterances.length} captions`,
        `  ${path.basename(paths.video)} ${megabytes.toFixed(2)} MB, ${(megabytes / minutes).toFixed(2)} MB per minute; made in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        `  segments in ${file}: ${segments.changed ? 'updated' : 'unchanged'}`,
        ...(segments.restyled
          ? [
              `  note: the yaml package restyled some of ${file} beyond the segments; look over the diff.`,
            ]
          : []),
      ].join('\n'),
    );
    const mismatched = (Object.keys(paths) as (keyof typeof paths)[]).filter(
      (field) => scenario.vlog[field] !== paths[field] && language === 'en',
    );
    if (mismatched.length) {
      console.log(
        `  note: ${file} does not point at the generated files; set ${mismatched.map((field) => `vlog.${field}: ${paths[field]}`).join(', ')}.`,
      );
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * The Welsh job for a scenario: its translation overlay laid over the English, or null (having
 * said why) when the translation is missing or incomplete — a vlog half in English would be wrong.
 */
function welshJob(
  root: string,
  english: Scenario,
  settings: ReturnType<typeof loadSettings> | null,
): VlogJob | null {
  const file = overlayFile('cy', english.id);
  if (!existsSync(path.join(root, file))) {
    console.error(
      `${file}: there is no Welsh translation of ${english.id}, so no Welsh vlog was made; write it first (docs/welsh.md).`,
    );
    return null;
  }
  const yamlText = readFileSync(path.join(root, file), 'utf8');
  const parsed = scenarioOverlaySchema.safeParse(parse(yamlText));
  if (!parsed.success) {
    console.error(
      `${file}: not a valid translation, so no Welsh vlog was made; npm run check:content says what to fix.`,
    );
    return null;
  }
  const problems = overlayProblems(english, parsed.data, file);
  if (problems.length) {
    console.error(
      `${file}: the translation is incomplete, so no Welsh vlog was made:\n\n${problems.map(formatProblem).join('\n\n')}`,
    );
    return null;
  }
  const welsh = applyOverlay(english, parsed.data, 'cy');
  const welshSettings = settings ? settingsInLanguage(settings, 'cy') : null;
  return {
    file,
    yamlText,
    scenario: welshSettings ? fillPlaceholders(welsh, welshSettings) : welsh,
    englishCast: english.cast,
    language: 'cy',
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string', multiple: true },
      root: { type: 'string' },
      language: { type: 'string', default: 'en' },
    },
    strict: true,
  });
  const root = path.resolve(values.root ?? process.cwd());
  const language = values.language;
  if (language !== 'en' && language !== 'cy')
    throw new Error(`--language must be en or cy, not "${language}".`);
  const scenariosDir = path.join(root, 'scenarios');
  if (!existsSync(scenariosDir)) throw new Error(`there is no scenarios folder in ${root}.`);
  const files = scenarioFiles(root);

  const only = new Set(values.only ?? []);
  const found = new Set<string>();
  const fonts = findFonts();
  let failures = 0;
  const jobs: VlogJob[] = [];
  // Placeholder vlogs speak the national defaults' local values; a trust films its own.
  const settings = (() => {
    try {
      return loadSettings(root);
    } catch {
      return null;
    }
  })();
  for (const file of files) {
    const { text: yamlText, scenario, problems } = readScenarioFile(root, file);
    const id = scenario?.id ?? path.basename(file, '.yaml');
    if (only.size && !only.has(id)) continue;
    found.add(id);
    if (scenario && language === 'cy') {
      const job = welshJob(root, scenario, settings);
      if (job) jobs.push(job);
      else failures += 1;
    } else if (scenario)
      jobs.push({
        file,
        yamlText,
        scenario: settings ? fillPlaceholders(scenario, settings) : scenario,
        englishCast: scenario.cast,
        language,
      });
    else {
      console.error(
        `${formatProblems(problems)}\n${file}: not a valid scenario, so no vlog was made.`,
      );
      failures += 1;
    }
  }
  // Two scenarios at a time: most of each one's work is ffmpeg filtering on a single core.
  await inParallel(jobs, availableParallelism(), async (job) => {
    try {
      await generateVlog(root, job, fonts);
    } catch (error) {
      console.error(`${job.file}: ${error instanceof Error ? error.message : String(error)}`);
      failures += 1;
    }
  });
  const unknown = [...only].filter((id) => !found.has(id));
  if (unknown.length) {
    console.error(
      `No scenario with the id ${unknown.map((id) => `"${id}"`).join(', ')} in ${scenariosDir}.`,
    );
    failures += 1;
  }
  if (!found.size && !unknown.length) console.log(`No scenarios in ${scenariosDir}.`);
  process.exitCode = failures ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
