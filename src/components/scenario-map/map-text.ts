/**
 * What the scenario map says, apart from where it draws it (./scenario-map-layout.ts): each box's
 * reference and words, the summary of a path, and the diagram's description, in the page's
 * language. Pure, so it is testable in Node.
 */
import type { Translate } from '../../i18n/messages';
import type { Scenario } from '../../schemas/scenario';
import { nodeById } from '../../dialogue/scenario-graph';
import type { ChoiceStep } from '../../dialogue/dialogue-machine';
import { letterOfChoice, nodeRefs, nodeTitle } from '../../vocabulary/node-references';
import { countLabel, kindLabel, optionReference, outcomeLabel } from '../../vocabulary/labels';
import type { MapNode, ScenarioMapLayout } from './scenario-map-layout';

/**
 * Labels to use instead of the map's own references, e.g. the numbers a room saw in facilitator
 * mode ("Decision 1", option "2"). Decisions and options without a label keep D1 and A to D.
 */
export interface MapNumbering {
  /** Decision id → its label, which names the decision ("Decision 1"). */
  decisions: Readonly<Record<string, string>>;
  /** Decision id → choice id → the option's label ("1", "not offered"). */
  options: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Replaces the key's line about option letters. */
  legend: string;
}

/** A box's words: its reference (D1, or "?" for a missing target) and its one-line title. */
export interface MapNodeText {
  ref: string;
  title: string;
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The words of every box of a layout, keyed by node id; references are the full map's, so both modes agree. */
export function mapNodeTexts(
  scenario: Scenario,
  layout: ScenarioMapLayout,
  t: Translate,
): Map<string, MapNodeText> {
  const refs = nodeRefs(scenario);
  return new Map(
    layout.nodes.map((node): [string, MapNodeText] => {
      const source = nodeById(scenario, node.id);
      if (!source) return [node.id, { ref: '?', title: t('map.missingTitle', { id: node.id }) }];
      return [
        node.id,
        { ref: refs.get(node.id)!, title: nodeTitle(scenario, source, kindLabel(t, 'dialogue')) },
      ];
    }),
  );
}

/** A node's name in its box and in the list: its label ("Decision 1") or its reference and kind ("D1 · Decision"). */
export function mapNodeName(
  node: MapNode,
  text: MapNodeText,
  t: Translate,
  numbering?: MapNumbering,
): string {
  return (
    numbering?.decisions[node.id] ??
    t('map.nodeName', { ref: text.ref, kind: kindLabel(t, node.kind) })
  );
}

/** A path in words: "D1 option A, then D2 option B, then ending E1, Seen in time (recommended outcome)". */
export function pathSummary(
  scenario: Scenario,
  walked: { trail: readonly string[]; steps: readonly ChoiceStep[] },
  t: Translate,
  numbering?: MapNumbering,
): string {
  const refs = nodeRefs(scenario);
  const options = walked.steps.map((step) =>
    optionReference(
      t,
      numbering?.decisions[step.decision] ?? refs.get(step.decision) ?? '?',
      numbering?.options[step.decision]?.[step.choice] ??
        letterOfChoice(scenario, step.decision, step.choice),
    ),
  );
  const last = nodeById(scenario, walked.trail.at(-1) ?? '');
  const end =
    last?.kind === 'ending'
      ? t('map.path.ending', {
          ref: refs.get(last.id)!,
          title: last.title,
          outcome: outcomeLabel(t, last.outcome).toLowerCase(),
        })
      : last
        ? t('map.path.soFar', { ref: refs.get(last.id)! })
        : '';
  return [...options, end].filter(Boolean).join(t('map.path.then'));
}

/** The diagram's description for screen readers: its size, how it reads, and the paths on it. */
export function mapDescription(
  layout: ScenarioMapLayout,
  paths: readonly { label: string; summary: string }[],
  t: Translate,
): string {
  const across = layout.orientation === 'across';
  return [
    t(across ? 'map.description.across' : 'map.description.down', {
      steps: countLabel(t, 'step', layout.nodes.length),
      columns: countLabel(t, across ? 'column' : 'row', layout.columns),
    }),
    ...paths.map((path) =>
      t('map.description.path', { label: capitalise(path.label), summary: path.summary }),
    ),
    t('map.description.listAfter'),
  ].join(' ');
}

/**
 * Breaks text into at most `maxLines` lines of about `maxChars` characters, on spaces, with an
 * ellipsis when it is cut short. SVG text does not wrap by itself.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    const word = raw.length > maxChars ? `${raw.slice(0, maxChars - 1)}…` : raw;
    if (!current) current = word;
    else if (current.length + 1 + word.length <= maxChars) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  // Room for the ellipsis: drop the line's last word, or cut a single long word.
  const space = last.lastIndexOf(' ');
  kept[maxLines - 1] =
    last.length + 1 <= maxChars
      ? `${last}…`
      : space > 0
        ? `${last.slice(0, space)}…`
        : `${last.slice(0, maxChars - 1)}…`;
  return kept;
}
