/**
 * The placeholder vlog as a script: which nodes become scenes and what is said in each, in the
 * order of the scenario file. Pure, so it can be tested without espeak-ng or ffmpeg.
 *
 * One video is played linearly, so it cannot hold a line that only some learners see: lines with
 * requires or unless stay text-only in the dialogue view and are left out of the video.
 */
import type { Line, Scenario } from '../../src/schemas/scenario';
import type { Side } from '../../src/schemas/common';
import { splitIntoCaptionChunks } from './caption-chunks';

/** A caption-sized piece of one line, synthesised and captioned on its own. */
export interface Utterance {
  speakerId: string;
  /** Which line of the node it comes from. */
  lineIndex: number;
  text: string;
}

export interface VlogScene {
  /** Where the node is in the scenario's nodes list; its segment is written back there. */
  nodeIndex: number;
  nodeId: string;
  /** Scene nodes open with a silent card saying when and where. */
  titleCard?: { when: string; where: string; perspective?: Side };
  utterances: Utterance[];
  /** The scene's name in the chapters track. */
  chapterTitle: string;
}

export interface VlogScript {
  scenes: VlogScene[];
}

const isUnconditional = (line: Line) => !line.requires?.length && !line.unless?.length;

const doctorTitle = /^(?:Dr|Prof)\.?$/;
const courtesyTitle = /^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/;

/**
 * How a chapter title names someone: colleagues by first name ("Dr Amara Okafor" is "Amara"),
 * patients as they would be addressed ("Mrs Gloria Campbell" is "Mrs Campbell").
 */
export function shortName(fullName: string): string {
  const [first = fullName, ...rest] = fullName.trim().split(/\s+/);
  if (!rest.length) return first;
  if (courtesyTitle.test(first)) return `${first} ${rest.at(-1)}`;
  if (doctorTitle.test(first)) return rest.length > 1 ? rest[0]! : fullName;
  return first;
}

/** "and" before the last name: Welsh "a", or "ac" before a vowel. */
function andBefore(name: string, language: 'en' | 'cy'): string {
  if (language === 'en') return 'and';
  return /^[aeiouwyâêîôûŵŷ]/i.test(name) ? 'ac' : 'a';
}

function listNames(names: readonly string[], language: 'en' | 'cy'): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} ${andBefore(names.at(-1)!, language)} ${names.at(-1)}`;
}

/** The opening words of a scene, cut at a word boundary. */
function openingWords(text: string, maxLength = 40): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, maxLength)).replace(/[,;:.!?—–-]+$/, '')}…`;
}

/** "Amara and Tom: “Hi Tom, it's Amara from…”" — who speaks, and how the scene begins. */
function dialogueChapterTitle(
  scenario: Scenario,
  utterances: readonly Utterance[],
  firstLine: string,
  language: 'en' | 'cy',
): string {
  const names = new Map(scenario.cast.map((member) => [member.id, shortName(member.name)]));
  const speakers = [...new Set(utterances.map((utterance) => utterance.speakerId))].map(
    (id) => names.get(id) ?? id,
  );
  return `${listNames(speakers, language)}: “${openingWords(firstLine.replace(/\s+/g, ' ').trim())}”`;
}

/** Builds the vlog's scenes from a scenario: every node with something to show, in file order. */
export function buildVlogScript(scenario: Scenario, language: 'en' | 'cy' = 'en'): VlogScript {
  const scenes: VlogScene[] = [];
  for (const [nodeIndex, node] of scenario.nodes.entries()) {
    if (node.kind === 'decision') continue;
    const utterances = (node.lines ?? []).flatMap((line, lineIndex) =>
      isUnconditional(line)
        ? splitIntoCaptionChunks(line.text).map((text) => ({
            speakerId: line.speaker,
            lineIndex,
            text,
          }))
        : [],
    );
    if (node.kind === 'scene') {
      scenes.push({
        nodeIndex,
        nodeId: node.id,
        titleCard: {
          when: node.when,
          where: node.where,
          ...(node.perspective ? { perspective: node.perspective } : {}),
        },
        utterances,
        chapterTitle: `${node.when} — ${node.where}`,
      });
    } else if (utterances.length) {
      const firstLine = node.lines?.[utterances[0]!.lineIndex]?.text ?? '';
      scenes.push({
        nodeIndex,
        nodeId: node.id,
        utterances,
        chapterTitle: dialogueChapterTitle(scenario, utterances, firstLine, language),
      });
    }
  }
  return { scenes };
}
