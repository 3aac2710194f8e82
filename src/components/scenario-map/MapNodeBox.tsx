import type { Translate } from '../../i18n/messages';
import { outcomeShortLabel } from '../../vocabulary/labels';
import { mapNodeName, wrapText, type MapNodeText, type MapNumbering } from './map-text';
import { colours, outcomeFill } from './map-style';
import { geometry, type MapNode } from './scenario-map-layout';

/**
 * One box of the diagram: its outline (bold on the primary path, dashed around it on the secondary
 * path, dashed for a missing target), the outcome band of an ending, its name and its wrapped title.
 */
export function MapNodeBox({
  node,
  text,
  t,
  idPrefix,
  numbering,
  onPrimary,
  onSecondary,
  noteCount,
}: {
  node: MapNode;
  text: MapNodeText;
  t: Translate;
  idPrefix: string;
  numbering?: MapNumbering | undefined;
  onPrimary: boolean;
  onSecondary: boolean;
  noteCount: number;
}) {
  const { nodeWidth, nodeHeight } = geometry;
  const band = node.outcome ? 16 : 0;
  const textX = node.x + band + 10;
  const chars = Math.floor((nodeWidth - band - 18) / 7.9);
  const lines = wrapText(text.title, chars, 2);
  return (
    <g
      className={`app-map__node app-map__node--${node.kind}`}
      data-node={node.id}
      data-on-path={onPrimary ? 'primary' : undefined}
    >
      {onSecondary && (
        <rect
          x={node.x - 6}
          y={node.y - 6}
          width={nodeWidth + 12}
          height={nodeHeight + 12}
          rx={10}
          fill="none"
          stroke={colours.secondary}
          strokeWidth={3}
          strokeDasharray="10 6"
        />
      )}
      <rect
        x={node.x}
        y={node.y}
        width={nodeWidth}
        height={nodeHeight}
        rx={node.kind === 'decision' ? 2 : 8}
        fill={node.kind === 'decision' ? colours.decisionFill : colours.nodeFill}
        stroke={onPrimary ? colours.primary : colours.border}
        strokeWidth={
          onPrimary ? 5 : node.kind === 'decision' || node.kind === 'missing' ? 2.5 : 1.5
        }
        strokeDasharray={node.kind === 'missing' ? '8 4' : undefined}
      />
      {node.outcome && (
        <rect
          x={node.x + 2.5}
          y={node.y + 2.5}
          width={band}
          height={nodeHeight - 5}
          fill={outcomeFill(node.outcome, idPrefix)}
        />
      )}
      <text x={textX} y={node.y + 22} fontSize={16} fontWeight="bold" fill={colours.text}>
        {node.outcome
          ? `${text.ref} · ${outcomeShortLabel(t, node.outcome)}`
          : mapNodeName(node, text, t, numbering)}
        {noteCount > 0 ? ` · ${noteCount} ✱` : ''}
      </text>
      {lines.map((line, index) => (
        <text
          key={index}
          x={textX}
          y={node.y + 46 + index * 19}
          fontSize={14.5}
          fill={colours.text}
        >
          {line}
        </text>
      ))}
    </g>
  );
}
