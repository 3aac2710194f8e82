import type { Scenario } from '../../schemas/scenario';
import type { Translate } from '../../i18n/messages';
import { nodeById } from '../../dialogue/scenario-graph';
import { countLabel } from '../../vocabulary/labels';
import type { MapNumbering } from './map-text';
import { colours } from './map-style';
import type { EdgeChoice, MapEdge } from './scenario-map-layout';

/** A label on an edge: its words, and whether it is on the primary path (drawn bold). */
export interface EdgeLabelText {
  text: string;
  bold: boolean;
}

/** What to write on the edges: votes (decision id → choice id → people) and, for reviewers, points. */
export interface EdgeLabelOptions {
  scenario: Scenario;
  t: Translate;
  showScores: boolean;
  votes?: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined;
  numbering?: MapNumbering | undefined;
  /** The edges and the `decision/choice` pairs on the primary path. */
  primaryEdges: ReadonlySet<string>;
  primaryChoices: ReadonlySet<string>;
}

/** One label per choice when there is something to say about each (votes, points); else the letters together. */
export function edgeLabels(edge: MapEdge, options: EdgeLabelOptions): EdgeLabelText[] {
  const { scenario, t, showScores, votes, numbering, primaryEdges, primaryChoices } = options;
  const optionLabel = (step: EdgeChoice) =>
    numbering?.options[step.decision]?.[step.choice] ?? step.letter;
  const choiceOf = (decision: string, choice: string) => {
    const node = nodeById(scenario, decision);
    return node?.kind === 'decision'
      ? node.choices.find((candidate) => candidate.id === choice)
      : undefined;
  };
  const detailed =
    showScores || edge.choices.some((step) => votes?.[step.decision]?.[step.choice] !== undefined);
  if (!detailed)
    return edge.choices.length
      ? [{ text: edge.choices.map(optionLabel).join(' / '), bold: primaryEdges.has(edge.id) }]
      : [];
  return edge.choices.map((step) => {
    const parts = [optionLabel(step)];
    if (showScores)
      parts.push(t('map.points', { count: choiceOf(step.decision, step.choice)?.score ?? 0 }));
    const count = votes?.[step.decision]?.[step.choice];
    if (count !== undefined) parts.push(countLabel(t, 'vote', count));
    return { text: parts.join(' · '), bold: primaryChoices.has(`${step.decision}/${step.choice}`) };
  });
}

/** An edge's labels, stacked around its label point, each in a white box. */
export function MapEdgeLabel({ edge, labels }: { edge: MapEdge; labels: EdgeLabelText[] }) {
  if (!labels.length) return null;
  const lineHeight = 24;
  const top = edge.labelY - (labels.length * lineHeight) / 2;
  return (
    <g className="app-map__edge-label">
      {labels.map((label, index) => {
        const width = label.text.length * 7.6 + 14;
        const y = top + index * lineHeight;
        return (
          <g key={index}>
            <rect
              x={edge.labelX - width / 2}
              y={y + 1}
              width={width}
              height={lineHeight - 2}
              rx={4}
              fill="#ffffff"
              stroke={label.bold ? colours.primary : colours.edge}
              strokeWidth={label.bold ? 2.5 : 1}
            />
            <text
              x={edge.labelX}
              y={y + 17}
              fontSize={13.5}
              textAnchor="middle"
              fontWeight={label.bold ? 'bold' : 'normal'}
              fill={colours.text}
            >
              {label.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
