import type { Scenario } from '../../schemas/scenario';
import { nodeById } from '../../dialogue/scenario-graph';
import { translator, type Messages } from '../../i18n/messages';
import { countLabel, outcomeShortLabel } from '../../vocabulary/labels';
import { englishMapMessages } from './map-messages';
import { machineForMap, walkPath } from './map-paths';
import {
  mapDescription,
  mapNodeName,
  mapNodeTexts,
  pathSummary,
  wrapText,
  type MapNumbering,
} from './map-text';
import { colours, outcomeFill, outcomeStyle } from './map-style';
import { Heading, MapList, type ListedPath } from './MapList';
import { MapLegend } from './MapLegend';
import {
  edgesOnPath,
  geometry,
  layoutScenarioMap,
  type MapEdge,
  type MapMode,
  type MapNode,
  type MapOrientation,
} from './scenario-map-layout';
import './scenario-map.scss';

export type { MapNumbering };

/** A path to draw over the map. */
export interface MapPath {
  /** What it is, as a noun phrase that reads after "On": "the room's path", "the recommended path". */
  label: string;
  /** The ids of the choices taken, in order, from the start. */
  choices: readonly string[];
}

export interface ScenarioMapProps {
  scenario: Scenario;
  /** Makes the ids inside the diagram unique on the page. */
  idPrefix: string;
  /** "decisions" (the default) shows the start, decisions and endings; "full" shows every node. */
  mode?: MapMode;
  /** "across" (the default) reads left to right, for screens; "down" reads top to bottom, for portrait paper. */
  orientation?: MapOrientation;
  /** The heading above the map, and its level. */
  heading?: string;
  headingLevel?: 2 | 3 | 4;
  /** Drawn as a thick solid line, e.g. the room's path. */
  primaryPath?: MapPath;
  /** Drawn as a dashed line beside it, e.g. the recommended path. */
  secondaryPath?: MapPath;
  /** Vote counts: decision id → choice id → number of people. */
  votes?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** For reviewers: each choice's points, the flags it sets, and the conditions on choices and routes. */
  showScores?: boolean;
  showFlags?: boolean;
  showConditions?: boolean;
  /** Extra notes per node id (e.g. review comments), listed with the node and marked on the diagram. */
  notes?: Readonly<Record<string, readonly string[]>>;
  /** Whether the map-as-a-list starts open. */
  listOpen?: boolean;
  /**
   * Labels to use instead of the map's own references, e.g. the numbers a room saw in facilitator
   * mode ("Decision 1", option "2"). Decisions and options without a label keep D1 and A to D.
   */
  numbering?: MapNumbering;
  /**
   * The page's strings (the outcome, vocabulary and map sections), so the map speaks the page's
   * language; English when an island has none to give.
   */
  messages?: Messages;
}

/**
 * A scenario's graph as a diagram, with the same information as a structured list for screen
 * readers, keyboards and print. Endings are told apart by a word and a pattern, paths by line
 * style, never by colour alone. Renders on the server (no browser APIs), so static pages can use it.
 */
export function ScenarioMap({
  scenario,
  idPrefix,
  mode = 'decisions',
  orientation = 'across',
  heading,
  headingLevel = 2,
  primaryPath,
  secondaryPath,
  votes,
  showScores = false,
  showFlags = false,
  showConditions = false,
  notes,
  listOpen = false,
  numbering,
  messages = englishMapMessages,
}: ScenarioMapProps) {
  const t = translator(messages);
  const layout = layoutScenarioMap(scenario, mode, orientation);
  const texts = mapNodeTexts(scenario, layout, t);
  const machine = machineForMap(scenario);
  const primary = walkPath(scenario, machine, primaryPath?.choices);
  const secondary = walkPath(scenario, machine, secondaryPath?.choices);
  const primaryEdges = primary ? edgesOnPath(layout, primary.trail) : new Set<string>();
  const secondaryEdges = secondary ? edgesOnPath(layout, secondary.trail) : new Set<string>();
  const primaryNodes = new Set(primary?.trail ?? []);
  const secondaryNodes = new Set(secondary?.trail ?? []);
  const primaryChoices = new Set(
    primary?.steps.map((step) => `${step.decision}/${step.choice}`) ?? [],
  );
  const listed = (path: MapPath | undefined, walked: typeof primary): ListedPath | undefined =>
    path && walked
      ? {
          label: path.label,
          nodes: new Set(walked.trail),
          choices: new Set(walked.steps.map((step) => `${step.decision}/${step.choice}`)),
        }
      : undefined;
  const titleId = `${idPrefix}-map-title`;
  const descId = `${idPrefix}-map-desc`;
  const { nodeWidth, nodeHeight } = geometry;

  const description = mapDescription(
    layout,
    [
      ...(primaryPath && primary
        ? [{ label: primaryPath.label, summary: pathSummary(scenario, primary, t, numbering) }]
        : []),
      ...(secondaryPath && secondary
        ? [{ label: secondaryPath.label, summary: pathSummary(scenario, secondary, t, numbering) }]
        : []),
    ],
    t,
  );

  const optionLabel = (step: { decision: string; choice: string; letter: string }) =>
    numbering?.options[step.decision]?.[step.choice] ?? step.letter;

  const choiceOf = (decision: string, choice: string) => {
    const node = nodeById(scenario, decision);
    return node?.kind === 'decision'
      ? node.choices.find((candidate) => candidate.id === choice)
      : undefined;
  };

  /** One label per choice when there is something to say about each (votes, points); else the letters together. */
  const edgeLabels = (edge: MapEdge): { text: string; bold: boolean }[] => {
    const detailed =
      showScores ||
      edge.choices.some((step) => votes?.[step.decision]?.[step.choice] !== undefined);
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
      return {
        text: parts.join(' · '),
        bold: primaryChoices.has(`${step.decision}/${step.choice}`),
      };
    });
  };

  const drawNode = (node: MapNode) => {
    const onPrimary = primaryNodes.has(node.id);
    const onSecondary = secondaryNodes.has(node.id);
    const band = node.outcome ? 16 : 0;
    const textX = node.x + band + 10;
    const chars = Math.floor((nodeWidth - band - 18) / 7.9);
    const text = texts.get(node.id)!;
    const lines = wrapText(text.title, chars, 2);
    const noteCount = notes?.[node.id]?.length ?? 0;
    return (
      <g
        key={node.id}
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
  };

  const drawEdge = (edge: MapEdge) => (
    <path
      key={edge.id}
      d={edge.d}
      fill="none"
      stroke={colours.edge}
      strokeWidth={2}
      strokeDasharray={
        edge.broken ? '12 4 2 4' : showConditions && edge.conditional ? '3 5' : undefined
      }
      data-broken={edge.broken ? 'true' : undefined}
      markerEnd={`url(#${idPrefix}-arrow)`}
    />
  );

  const drawLabel = (edge: MapEdge) => {
    const labels = edgeLabels(edge);
    if (!labels.length) return null;
    const lineHeight = 24;
    const top = edge.labelY - (labels.length * lineHeight) / 2;
    return (
      <g key={`label-${edge.id}`} className="app-map__edge-label">
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
  };

  return (
    <div className="app-map" data-mode={mode} data-orientation={orientation}>
      {heading && (
        <Heading level={headingLevel} className="app-map__heading">
          {heading}
        </Heading>
      )}
      <MapLegend
        t={t}
        idPrefix={idPrefix}
        primaryLabel={primaryPath?.label}
        secondaryLabel={secondaryPath?.label}
        numbering={numbering}
      />
      <div
        className="app-map__canvas"
        role="region"
        aria-label={t('map.diagramLabel', { title: scenario.title })}
        tabIndex={0}
      >
        <svg
          className="app-map__svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          fontFamily="Arial, sans-serif"
        >
          <title id={titleId}>{t('map.title', { title: scenario.title })}</title>
          <desc id={descId}>{description}</desc>
          <defs>
            <marker
              id={`${idPrefix}-arrow`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill={colours.edge} />
            </marker>
            <pattern
              id={`${idPrefix}-pattern-poor`}
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="8" height="8" fill="#ffffff" />
              <rect width="4" height="8" fill={outcomeStyle.poor.colour} />
            </pattern>
            <pattern
              id={`${idPrefix}-pattern-acceptable`}
              width="7"
              height="7"
              patternUnits="userSpaceOnUse"
            >
              <rect width="7" height="7" fill="#ffffff" />
              <circle cx="3.5" cy="3.5" r="2.2" fill={outcomeStyle.acceptable.colour} />
            </pattern>
          </defs>
          <g className="app-map__edges">{layout.edges.map(drawEdge)}</g>
          <g className="app-map__paths">
            {layout.edges
              .filter((edge) => primaryEdges.has(edge.id))
              .map((edge) => (
                <path
                  key={`primary-${edge.id}`}
                  d={edge.d}
                  fill="none"
                  stroke={colours.primary}
                  strokeWidth={6}
                  strokeLinecap="round"
                  data-path="primary"
                />
              ))}
            {layout.edges
              .filter((edge) => secondaryEdges.has(edge.id))
              .map((edge) => (
                <path
                  key={`secondary-${edge.id}`}
                  d={edge.d}
                  transform={orientation === 'across' ? 'translate(0 8)' : 'translate(8 0)'}
                  fill="none"
                  stroke={colours.secondary}
                  strokeWidth={4}
                  strokeDasharray="10 6"
                  data-path="secondary"
                />
              ))}
          </g>
          <g className="app-map__nodes">{layout.nodes.map(drawNode)}</g>
          <g className="app-map__labels">{layout.edges.map(drawLabel)}</g>
        </svg>
      </div>
      <details className="nhsuk-details app-map__details" open={listOpen}>
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">{t('map.listSummary')}</span>
        </summary>
        <div className="nhsuk-details__text">
          <MapList
            t={t}
            scenario={scenario}
            layout={layout}
            texts={texts}
            idPrefix={idPrefix}
            headingLevel={headingLevel + 1}
            primary={listed(primaryPath, primary)}
            secondary={listed(secondaryPath, secondary)}
            votes={votes}
            showScores={showScores}
            showFlags={showFlags}
            showConditions={showConditions}
            notes={notes}
            numbering={numbering}
          />
        </div>
      </details>
    </div>
  );
}
