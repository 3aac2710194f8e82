/**
 * The placeholder picture and the final MP4, made with ffmpeg: a coloured background by side, a
 * permanent "Placeholder" label, who is speaking, and a card for each scene. What they say is in
 * the captions, which are on by default; drawn in the picture too, it showed twice, one copy over
 * the other.
 *
 * The video is a slideshow. Each distinct picture (one per caption chunk or scene card) is drawn
 * once, all in one ffmpeg run, and a second run encodes them for as long as each lasts with the
 * soundtrack. Drawing every frame instead (10 a second, through hundreds of timed text filters)
 * took several times longer for the same file.
 *
 * Every text sits in its own small file (drawtext's textfile) so no apostrophe, colon or percent
 * sign in the dialogue can break the filter graph.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Side } from '../../src/schemas/common';
import type { Scenario } from '../../src/schemas/scenario';
import type { Timeline } from './timeline';

export const frame = { width: 640, height: 360, fps: 10 } as const;

export const placeholderLabel = 'Placeholder — replace with your own filmed vlog';

/** The languages the placeholder vlog can be made in. */
export type VlogLanguage = 'en' | 'cy';

/** The words drawn on the picture, by language. */
export const pictureLabels: Record<
  VlogLanguage,
  { placeholder: string; sides: Record<Side, string> }
> = {
  en: {
    placeholder: placeholderLabel,
    sides: { hospital: 'Hospital', 'general-practice': 'General practice', patient: 'Patient' },
  },
  cy: {
    placeholder: 'Fideo dros dro — rhowch eich vlog eich hun yn ei le',
    sides: { hospital: 'Ysbyty', 'general-practice': 'Practis cyffredinol', patient: 'Claf' },
  },
};

/** Backgrounds from the NHS palette, dark enough for white text at AA contrast. */
export const backgrounds: Record<Side | 'neutral', string> = {
  hospital: '0x003087', // NHS dark blue
  'general-practice': '0x006747', // NHS dark green
  patient: '0x330072', // NHS purple
  neutral: '0x231f20', // NHS black, for cards without a side
};

const labelStrip = { height: 44, colour: '0xffb81c' }; // NHS warm yellow, with black text
const margin = 36;

const fontCandidates = {
  regular: [
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  ],
  bold: [
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf',
  ],
};

export interface Fonts {
  regular: string;
  bold: string;
}

export function findFonts(): Fonts {
  const find = (candidates: readonly string[]) => candidates.find((file) => existsSync(file));
  const regular = find(fontCandidates.regular);
  const bold = find(fontCandidates.bold);
  if (!regular || !bold)
    throw new Error('DejaVu Sans is not installed (apt-get install -y fonts-dejavu-core).');
  return { regular, bold };
}

/** The video's length: the timeline rounded up to a whole frame. */
export function videoLengthMs(timeline: Timeline): number {
  return (Math.ceil((timeline.durationMs / 1000) * frame.fps) * 1000) / frame.fps;
}

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrapText(text: string, width: number): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

const lineCount = (text: string) => text.split('\n').length;

/** One still: a scene card, or someone speaking. It shows from startMs until endMs. */
export type Picture =
  | {
      kind: 'card';
      startMs: number;
      endMs: number;
      background: string;
      heading: string;
      subheading: string;
    }
  | {
      kind: 'speaker';
      startMs: number;
      endMs: number;
      background: string;
      name: string;
      role: string;
      words: string;
    };

/**
 * The stills of a vlog, in order and end to end from 0 to `lengthMs`: each card or chunk of speech
 * stays until the next starts, so the picture never blanks between lines.
 */
export function planPictures(
  timeline: Timeline,
  scenario: Scenario,
  lengthMs: number,
  language: VlogLanguage = 'en',
): Picture[] {
  const sideLabels = pictureLabels[language].sides;
  const cast = new Map(scenario.cast.map((member) => [member.id, member]));
  const starts: Omit<Picture, 'endMs'>[] = timeline.scenes.flatMap((scene) => [
    ...(scene.titleCard
      ? [
          {
            kind: 'card' as const,
            startMs: scene.titleCard.startMs,
            background: backgrounds[scene.titleCard.perspective ?? 'neutral'],
            heading: scene.titleCard.when,
            subheading: scene.titleCard.where,
          },
        ]
      : []),
    ...scene.utterances.map((utterance) => {
      const speaker = cast.get(utterance.speakerId);
      return {
        kind: 'speaker' as const,
        startMs: utterance.startMs,
        background: backgrounds[speaker?.side ?? 'neutral'],
        name: speaker?.name ?? utterance.speakerId,
        role: speaker ? `${speaker.role} · ${sideLabels[speaker.side]}` : '',
        words: utterance.text,
      };
    }),
  ]);
  return starts.map(
    (picture, index) =>
      ({
        ...picture,
        startMs: index === 0 ? 0 : picture.startMs,
        endMs: starts[index + 1]?.startMs ?? lengthMs,
      }) as Picture,
  );
}

/** Quotes a filter option value; the values here are paths, colours and numbers, never free text. */
function quoted(value: string): string {
  if (/['\\]/.test(value))
    throw new Error(`cannot use ${JSON.stringify(value)} in an ffmpeg filter graph`);
  return `'${value}'`;
}

/** A filter graph with the text files it reads. */
export interface PictureGraph {
  graph: string;
  textFiles: Map<string, string>;
}

interface TextOptions {
  text: string;
  font: string;
  size: number;
  colour?: string;
  x: string;
  y: number | string;
  lineSpacing?: number;
}

/**
 * Builds drawbox and drawtext filters, each optionally shown on one frame only, collecting each
 * text into its own file in textDir.
 */
class GraphBuilder {
  readonly filters: string[] = [];
  readonly textFiles = new Map<string, string>();
  /** The frame the next filters draw on; undefined draws on every frame. */
  onFrame: number | undefined;

  constructor(
    private readonly fonts: Fonts,
    private readonly textDir: string,
    private readonly namePrefix: string,
  ) {}

  private enable(): string {
    return this.onFrame === undefined ? '' : `:enable=${quoted(`eq(n,${this.onFrame})`)}`;
  }

  box(colour: string, area: { y: number; h: number | string }): void {
    this.filters.push(
      `drawbox=x=0:y=${area.y}:w=iw:h=${area.h}:color=${colour}:t=fill${this.enable()}`,
    );
  }

  text(options: TextOptions): void {
    const file = path.join(
      this.textDir,
      `${this.namePrefix}-${String(this.textFiles.size).padStart(4, '0')}.txt`,
    );
    this.textFiles.set(file, options.text);
    this.filters.push(
      [
        `drawtext=fontfile=${quoted(options.font)}`,
        `textfile=${quoted(file)}`,
        'expansion=none',
        `fontsize=${options.size}`,
        `fontcolor=${options.colour ?? 'white'}`,
        `line_spacing=${options.lineSpacing ?? 0}`,
        `x=${quoted(options.x)}`,
        `y=${quoted(String(options.y))}`,
      ].join(':') + this.enable(),
    );
  }

  placeholderLabel(language: VlogLanguage = 'en'): void {
    this.box(labelStrip.colour, { y: 0, h: labelStrip.height });
    this.text({
      text: pictureLabels[language].placeholder,
      font: this.fonts.bold,
      size: 19,
      colour: 'black',
      x: '(w-text_w)/2',
      y: `(${labelStrip.height}-text_h)/2`,
    });
  }

  /** A heading and a line under it, centred together in the space below the label. */
  card(heading: string, subheading: string): void {
    const headingLines = wrapText(heading, 30);
    const subheadingLines = wrapText(subheading, 40);
    const headingHeight = lineCount(headingLines) * 42;
    const blockHeight = headingHeight + 20 + lineCount(subheadingLines) * 30;
    const top =
      labelStrip.height +
      Math.max(0, Math.round((frame.height - labelStrip.height - blockHeight) / 2));
    this.text({
      text: headingLines,
      font: this.fonts.bold,
      size: 34,
      x: '(w-text_w)/2',
      y: top,
      lineSpacing: 8,
    });
    this.text({
      text: subheadingLines,
      font: this.fonts.regular,
      size: 24,
      x: '(w-text_w)/2',
      y: top + headingHeight + 20,
      lineSpacing: 6,
    });
  }

  /**
   * Name, then role and side (wrapped, as some roles are long). Not the words being said: the
   * captions carry them, and the player draws captions over the lower part of the picture.
   */
  speaker(name: string, role: string): void {
    const roleLines = wrapText(role, 58);
    this.text({ text: name, font: this.fonts.bold, size: 30, x: String(margin), y: 62 });
    if (role)
      this.text({
        text: roleLines,
        font: this.fonts.regular,
        size: 18,
        x: String(margin),
        y: 102,
        lineSpacing: 4,
      });
  }
}

/**
 * One filter chain that draws picture i on frame i, over a one-frame-per-picture plain source.
 * The placeholder label is drawn last, on every frame, so nothing covers it.
 */
export function buildStillsGraph(
  pictures: readonly Picture[],
  fonts: Fonts,
  textDir: string,
  language: VlogLanguage = 'en',
): PictureGraph {
  const builder = new GraphBuilder(fonts, textDir, 'still-text');
  for (const [index, picture] of pictures.entries()) {
    builder.onFrame = index;
    builder.box(picture.background, { y: 0, h: 'ih' });
    if (picture.kind === 'card') builder.card(picture.heading, picture.subheading);
    else builder.speaker(picture.name, picture.role);
  }
  builder.onFrame = undefined;
  builder.placeholderLabel(language);
  return { graph: `[0:v]${builder.filters.join(',\n')}[stills]`, textFiles: builder.textFiles };
}

/** The poster: a card with the scenario's title. */
export function buildPosterGraph(scenario: Scenario, fonts: Fonts, textDir: string): PictureGraph {
  const builder = new GraphBuilder(fonts, textDir, 'poster-text');
  builder.card(scenario.title, 'Placeholder vlog');
  builder.placeholderLabel();
  return { graph: builder.filters.join(','), textFiles: builder.textFiles };
}

/** The concat demuxer's list: each still for as long as it shows. */
export function slideshowList(
  pictures: readonly Picture[],
  stillFile: (index: number) => string,
): string {
  const entries = pictures.map(
    (picture, index) =>
      `file ${quoted(stillFile(index))}\nduration ${((picture.endMs - picture.startMs) / 1000).toFixed(3)}`,
  );
  // The demuxer ignores the last entry's duration unless the file is listed once more.
  const last = pictures.length ? [`file ${quoted(stillFile(pictures.length - 1))}`] : [];
  return ['ffconcat version 1.0', ...entries, ...last, ''].join('\n');
}

/** Writes through a temporary name, so a failed run never leaves a broken file in public/. */
async function writeThrough(
  output: string,
  write: (partial: string) => Promise<void>,
): Promise<void> {
  const partial = `${output}.partial${path.extname(output)}`;
  try {
    await write(partial);
    await rename(partial, output);
  } finally {
    await rm(partial, { force: true });
  }
}

function runFfmpeg(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'ffmpeg',
      ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error('ffmpeg is not installed (apt-get install -y ffmpeg).')
          : error,
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `ffmpeg failed (${code}):\n${stderr.trim().split('\n').slice(-15).join('\n')}`,
            ),
          ),
    );
  });
}

let filterScriptOption: Promise<string> | undefined;

/** ffmpeg 7 replaced -filter_complex_script with "-/filter_complex file"; ask which this one takes. */
function filterFromFileOption(): Promise<string> {
  filterScriptOption ??= new Promise((resolve) => {
    const child = spawn('ffmpeg', ['-version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', () => resolve('-filter_complex_script'));
    child.on('close', () => {
      const major = Number(/ffmpeg version n?(\d+)\./.exec(stdout)?.[1]);
      resolve(major && major < 7 ? '-filter_complex_script' : '-/filter_complex');
    });
  });
  return filterScriptOption;
}

async function writeTextFiles(textFiles: ReadonlyMap<string, string>): Promise<void> {
  await Promise.all([...textFiles].map(([file, text]) => writeFile(file, text)));
}

// Output flags that keep the file free of dates and library versions, so unchanged input
// gives an unchanged file and no noise in version control.
const reproducible = [
  '-map_metadata',
  '-1',
  '-fflags',
  '+bitexact',
  '-flags:v',
  '+bitexact',
  '-flags:a',
  '+bitexact',
];

/**
 * Encodes the vlog: H.264 tuned for still pictures at a low frame rate, AAC mono speech, and the
 * index at the front (faststart) so playback starts before the whole file has downloaded.
 */
export async function renderVlog(options: {
  timeline: Timeline;
  scenario: Scenario;
  soundtrack: string;
  workDir: string;
  output: string;
  fonts: Fonts;
  language?: VlogLanguage;
}): Promise<void> {
  const lengthMs = videoLengthMs(options.timeline);
  const pictures = planPictures(options.timeline, options.scenario, lengthMs, options.language);
  const { graph, textFiles } = buildStillsGraph(
    pictures,
    options.fonts,
    options.workDir,
    options.language,
  );
  await writeTextFiles(textFiles);
  const graphFile = path.join(options.workDir, 'stills.filtergraph');
  await writeFile(graphFile, graph);
  const stillFile = (index: number) =>
    path.join(options.workDir, `still-${String(index).padStart(4, '0')}.png`);
  await runFfmpeg([
    '-f',
    'lavfi',
    '-i',
    `color=c=${backgrounds.neutral}:s=${frame.width}x${frame.height}:r=1:d=${pictures.length}`,
    await filterFromFileOption(),
    graphFile,
    '-map',
    '[stills]',
    '-frames:v',
    String(pictures.length),
    '-start_number',
    '0',
    path.join(options.workDir, 'still-%04d.png'),
  ]);

  const listFile = path.join(options.workDir, 'slideshow.ffconcat');
  await writeFile(listFile, slideshowList(pictures, stillFile));
  const duration = (lengthMs / 1000).toFixed(3);
  await writeThrough(options.output, (partial) =>
    runFfmpeg([
      '-f',
      'concat',
      '-safe',
      '0',
      '-i',
      listFile,
      '-i',
      options.soundtrack,
      '-map',
      '0:v',
      '-map',
      '1:a',
      '-vf',
      `fps=${frame.fps},format=yuv420p`,
      // On these still pictures veryfast made smaller files than slow, in under half the time.
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-tune',
      'stillimage',
      '-crf',
      '30',
      '-profile:v',
      'main',
      // A keyframe at least every 5 seconds, so seeking to a scene's start is quick.
      '-g',
      String(frame.fps * 5),
      '-c:a',
      'aac',
      '-b:a',
      '48k',
      '-ac',
      '1',
      '-ar',
      '44100',
      '-t',
      duration,
      '-movflags',
      '+faststart',
      ...reproducible,
      partial,
    ]),
  );
}

/** The poster as a JPEG. */
export async function renderPoster(options: {
  scenario: Scenario;
  workDir: string;
  output: string;
  fonts: Fonts;
}): Promise<void> {
  const { graph, textFiles } = buildPosterGraph(options.scenario, options.fonts, options.workDir);
  await writeTextFiles(textFiles);
  await writeThrough(options.output, (partial) =>
    runFfmpeg([
      '-f',
      'lavfi',
      '-i',
      `color=c=${backgrounds.neutral}:s=${frame.width}x${frame.height}:d=1`,
      '-vf',
      graph,
      '-frames:v',
      '1',
      '-q:v',
      '3',
      ...reproducible,
      partial,
    ]),
  );
}
