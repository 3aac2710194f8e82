import type { JSX, ReactNode } from 'react';
import type { Outcome, Scenario } from '../../schemas/scenario';
import { nodeById } from '../../dialogue/scenario-graph';
import { outcomeLabel } from '../case/describe';
import { describeConditions } from './describe-conditions';
import {
  choiceLetter,
  edgesOnPath,
  geometry,
  layoutScenarioMap,
  walkChoices,
  wrapText,
  type MapEdge,
  type MapMode,
  type MapNode,
  type MapNodeKind,
  type MapOrientation,
} from './scenario-map-layout';
import './scenario-map.scss';

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
}

export interface MapNumbering {
  /** Decision id → its label, which names the decision ("Decision 1"). */
  decisions: Readonly<Record<string, string>>;
  /** Decision id → choice id → the option's label ("1", "not offered"). */
  options: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Replaces the key's line about option letters. */
  legend: string;
}

const kindLabel: Record<MapNodeKind, string> = {
  decision: 'Decision',
  ending: 'Ending',
  scene: 'Scene',
  dialogue: 'Conversation',
  missing: 'Missing node',
};

/** Each outcome has a pattern and a word as well as a colour (WCAG 1.4.1). */
const outcomeStyle: Record<Outcome, { colour: string; pattern: 'solid' | 'dots' | 'hatch'; short: string }> = {
  recommended: { colour: '#007f3b', pattern: 'solid', short: 'Recommended' },
  acceptable: { colour: '#8a6d00', pattern: 'dots', short: 'Acceptable' },
  poor: { colour: '#d5281b', pattern: 'hatch', short: 'Poor' },
};

const colours = {
  text: '#212b32',
  border: '#4c6272',
  edge: '#768692',
  primary: '#212b32',
  secondary: '#005eb8',
  nodeFill: '#ffffff',
  decisionFill: '#f0f4f5',
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function Heading({ level, className, id, children }: { level: number; className?: string; id?: string; children: ReactNode }) {
  const Tag = `h${Math.min(6, Math.max(2, level))}` as keyof JSX.IntrinsicElements;
  return (
    <Tag className={className} id={id}>
      {children}
    </Tag>
  );
}

function pathSummary(scenario: Scenario, refs: Map<string, string>, choices: readonly string[], numbering?: MapNumbering): string {
  const walked = walkChoices(scenario, choices);
  const letters = walked.steps.map((step) => {
    const decision = nodeById(scenario, step.decision);
    const index = decision?.kind === 'decision' ? decision.choices.findIndex((choice) => choice.id === step.choice) : -1;
    return `${numbering?.decisions[step.decision] ?? refs.get(step.decision)} option ${numbering?.options[step.decision]?.[step.choice] ?? choiceLetter(index)}`;
  });
  const last = nodeById(scenario, walked.trail.at(-1) ?? '');
  const end = last?.kind === 'ending' ? `ending ${refs.get(last.id)}, ${last.title} (${outcomeLabel[last.outcome].toLowerCase()})` : last ? `so far, at ${refs.get(last.id)}` : '';
  return [...letters, end].filter(Boolean).join(', then ');
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
}: ScenarioMapProps) {
  const layout = layoutScenarioMap(scenario, mode, orientation);
  const allRefs = new Map(layoutScenarioMap(scenario, 'full').nodes.map((node) => [node.id, node.ref]));
  const refOf = (id: string) => allRefs.get(id);
  const primary = primaryPath ? walkChoices(scenario, primaryPath.choices) : null;
  const secondary = secondaryPath ? walkChoices(scenario, secondaryPath.choices) : null;
  const primaryEdges = primary ? edgesOnPath(layout, primary.trail) : new Set<string>();
  const secondaryEdges = secondary ? edgesOnPath(layout, secondary.trail) : new Set<string>();
  const primaryNodes = new Set(primary?.trail ?? []);
  const secondaryNodes = new Set(secondary?.trail ?? []);
  const primaryChoices = new Set(primary?.steps.map((step) => `${step.decision}/${step.choice}`) ?? []);
  const secondaryChoices = new Set(secondary?.steps.map((step) => `${step.decision}/${step.choice}`) ?? []);
  const titleId = `${idPrefix}-map-title`;
  const descId = `${idPrefix}-map-desc`;
  const listId = `${idPrefix}-map-list`;
  const { nodeWidth, nodeHeight } = geometry;

  const description = [
    `${plural(layout.nodes.length, 'step')} in ${plural(layout.columns, orientation === 'across' ? 'column' : 'row')}, read from ${orientation === 'across' ? 'left to right' : 'top to bottom'}.`,
    primaryPath && primary ? `${capitalise(primaryPath.label)}: ${pathSummary(scenario, allRefs, primaryPath.choices, numbering)}.` : '',
    secondaryPath && secondary ? `${capitalise(secondaryPath.label)}: ${pathSummary(scenario, allRefs, secondaryPath.choices, numbering)}.` : '',
    'The same map is set out as a list after the diagram.',
  ]
    .filter(Boolean)
    .join(' ');

  const optionLabel = (step: { decision: string; choice: string; letter: string }) => numbering?.options[step.decision]?.[step.choice] ?? step.letter;
  /** A node's name in the diagram's box and the list: its label ("Decision 1") or its reference and kind ("D1 · Decision"). */
  const nodeName = (node: MapNode) => numbering?.decisions[node.id] ?? `${node.ref} · ${kindLabel[node.kind]}`;

  const choiceOf = (decision: string, choice: string) => {
    const node = nodeById(scenario, decision);
    return node?.kind === 'decision' ? node.choices.find((candidate) => candidate.id === choice) : undefined;
  };

  /** One label per choice when there is something to say about each (votes, points); else the letters together. */
  const edgeLabels = (edge: MapEdge): { text: string; bold: boolean }[] => {
    const detailed = showScores || edge.choices.some((step) => votes?.[step.decision]?.[step.choice] !== undefined);
    if (!detailed) return edge.choices.length ? [{ text: edge.choices.map(optionLabel).join(' / '), bold: primaryEdges.has(edge.id) }] : [];
    return edge.choices.map((step) => {
      const parts = [optionLabel(step)];
      if (showScores) parts.push(`${choiceOf(step.decision, step.choice)?.score ?? 0} pts`);
      const count = votes?.[step.decision]?.[step.choice];
      if (count !== undefined) parts.push(plural(count, 'vote'));
      return { text: parts.join(' · '), bold: primaryChoices.has(`${step.decision}/${step.choice}`) };
    });
  };

  const drawNode = (node: MapNode) => {
    const onPrimary = primaryNodes.has(node.id);
    const onSecondary = secondaryNodes.has(node.id);
    const style = node.outcome ? outcomeStyle[node.outcome] : null;
    const band = style ? 16 : 0;
    const textX = node.x + band + 10;
    const chars = Math.floor((nodeWidth - band - 18) / 7.9);
    const lines = wrapText(node.title, chars, 2);
    const noteCount = notes?.[node.id]?.length ?? 0;
    return (
      <g key={node.id} className={`app-map__node app-map__node--${node.kind}`} data-node={node.id} data-on-path={onPrimary ? 'primary' : undefined}>
        {onSecondary && (
          <rect x={node.x - 6} y={node.y - 6} width={nodeWidth + 12} height={nodeHeight + 12} rx={10} fill="none" stroke={colours.secondary} strokeWidth={3} strokeDasharray="10 6" />
        )}
        <rect
          x={node.x}
          y={node.y}
          width={nodeWidth}
          height={nodeHeight}
          rx={node.kind === 'decision' ? 2 : 8}
          fill={node.kind === 'decision' ? colours.decisionFill : colours.nodeFill}
          stroke={onPrimary ? colours.primary : colours.border}
          strokeWidth={onPrimary ? 5 : node.kind === 'decision' || node.kind === 'missing' ? 2.5 : 1.5}
          strokeDasharray={node.kind === 'missing' ? '8 4' : undefined}
        />
        {style && (
          <rect
            x={node.x + 2.5}
            y={node.y + 2.5}
            width={band}
            height={nodeHeight - 5}
            fill={style.pattern === 'solid' ? style.colour : `url(#${idPrefix}-pattern-${node.outcome})`}
          />
        )}
        <text x={textX} y={node.y + 22} fontSize={16} fontWeight="bold" fill={colours.text}>
          {style ? `${node.ref} · ${style.short}` : nodeName(node)}
          {noteCount > 0 ? ` · ${noteCount} ✱` : ''}
        </text>
        {lines.map((line, index) => (
          <text key={index} x={textX} y={node.y + 46 + index * 19} fontSize={14.5} fill={colours.text}>
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
      strokeDasharray={edge.broken ? '12 4 2 4' : showConditions && edge.conditional ? '3 5' : undefined}
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
              <rect x={edge.labelX - width / 2} y={y + 1} width={width} height={lineHeight - 2} rx={4} fill="#ffffff" stroke={label.bold ? colours.primary : colours.edge} strokeWidth={label.bold ? 2.5 : 1} />
              <text x={edge.labelX} y={y + 17} fontSize={13.5} textAnchor="middle" fontWeight={label.bold ? 'bold' : 'normal'} fill={colours.text}>
                {label.text}
              </text>
            </g>
          );
        })}
      </g>
    );
  };

  const itemHeadingLevel = headingLevel + 1;
  const sortedNodes = [...layout.nodes].sort((a, b) => a.column - b.column || a.row - b.row);
  const leadsTo = (node: MapNode, choiceId?: string) =>
    layout.edges
      .filter((edge) => edge.from === node.id && (choiceId === undefined || edge.choices.some((step) => step.choice === choiceId)))
      .map((edge) => {
        const target = layout.nodes.find((candidate) => candidate.id === edge.to)!;
        return `${numbering?.decisions[target.id] ?? target.ref} (${target.outcome ? `ending: ${target.title}, ${outcomeLabel[target.outcome].toLowerCase()}` : `${kindLabel[target.kind].toLowerCase()}: ${target.title}`})`;
      });

  const listItem = (node: MapNode) => {
    const source = nodeById(scenario, node.id) ?? { kind: 'missing' as const };
    const marks = [primaryNodes.has(node.id) && primaryPath ? `On ${primaryPath.label}.` : '', secondaryNodes.has(node.id) && secondaryPath ? `On ${secondaryPath.label}.` : ''].filter(Boolean);
    const decisionVotes = votes?.[node.id];
    const totalVotes = decisionVotes ? Object.values(decisionVotes).reduce((sum, count) => sum + count, 0) : 0;
    return (
      <li key={node.id} id={`${idPrefix}-node-${node.id}`} className={`app-map__item app-map__item--${node.kind}`}>
        <Heading level={itemHeadingLevel} className="app-map__item-heading">
          {nodeName(node)}: {node.title}
        </Heading>
        {node.outcome && <p className={`app-map__outcome app-map__outcome--${node.outcome}`}>{outcomeLabel[node.outcome]}</p>}
        {marks.length > 0 && <p className="app-map__marks">{marks.join(' ')}</p>}
        {source.kind === 'decision' && (
          <ul className="app-map__choices">
            {source.choices.map((choice, index) => {
              const count = decisionVotes?.[choice.id];
              const onPrimary = primaryChoices.has(`${node.id}/${choice.id}`);
              const onSecondary = secondaryChoices.has(`${node.id}/${choice.id}`);
              const conditions = showConditions ? describeConditions(scenario, choice, refOf) : null;
              const targets = leadsTo(node, choice.id);
              return (
                <li key={choice.id} className={onPrimary ? 'app-map__choice app-map__choice--primary' : 'app-map__choice'}>
                  <strong>Option {numbering?.options[node.id]?.[choice.id] ?? choiceLetter(index)}:</strong> {choice.text}
                  {targets.length > 0 && <span className="app-map__detail"> Leads to {targets.join(' or ')}.</span>}
                  {count !== undefined && (
                    <span className="app-map__detail app-map__votes">
                      {' '}
                      {plural(count, 'vote')}
                      {totalVotes > 0 ? ` (${Math.round((count / totalVotes) * 100)}%)` : ''}.
                    </span>
                  )}
                  {onPrimary && primaryPath && <span className="app-map__detail app-map__taken"> Taken on {primaryPath.label}.</span>}
                  {onSecondary && secondaryPath && <span className="app-map__detail"> Taken on {secondaryPath.label}.</span>}
                  {showScores && <span className="app-map__detail"> {plural(choice.score, 'point')}.</span>}
                  {showFlags && choice.sets?.length ? <span className="app-map__detail"> Sets: {choice.sets.join(', ')}.</span> : null}
                  {conditions && <span className="app-map__detail"> {conditions}</span>}
                </li>
              );
            })}
          </ul>
        )}
        {source.kind === 'missing' && (
          <p className="app-map__detail">
            A choice or route leads here, but <code>scenarios/{scenario.id}.yaml</code> has no node with this id: correct the target&apos;s spelling or add the node.
          </p>
        )}
        {source.kind !== 'decision' && source.kind !== 'ending' && source.kind !== 'missing' && (
          <p className="app-map__detail">
            Leads to {leadsTo(node).join(' or ')}.
            {showConditions && typeof source.next !== 'string' && source.next.length > 1 && (
              <>
                {' '}
                {source.next.map((route, index) => {
                  const words = describeConditions(scenario, route, refOf);
                  return (
                    <span key={index}>
                      {allRefs.get(route.target)}: {words ?? 'otherwise.'}{' '}
                    </span>
                  );
                })}
              </>
            )}
          </p>
        )}
        {notes?.[node.id]?.length ? (
          <ul className="app-map__notes">
            {notes[node.id]!.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </li>
    );
  };

  return (
    <div className="app-map" data-mode={mode} data-orientation={orientation}>
      {heading && (
        <Heading level={headingLevel} className="app-map__heading">
          {heading}
        </Heading>
      )}
      <ul className="app-map__legend">
        {primaryPath && (
          <li>
            <svg width="48" height="14" aria-hidden="true" focusable="false">
              <line x1="2" y1="7" x2="46" y2="7" stroke={colours.primary} strokeWidth="5" />
            </svg>{' '}
            {capitalise(primaryPath.label)}: thick solid line and bold boxes
          </li>
        )}
        {secondaryPath && (
          <li>
            <svg width="48" height="14" aria-hidden="true" focusable="false">
              <line x1="2" y1="7" x2="46" y2="7" stroke={colours.secondary} strokeWidth="4" strokeDasharray="10 6" />
            </svg>{' '}
            {capitalise(secondaryPath.label)}: dashed line and dashed outlines
          </li>
        )}
        {(['recommended', 'acceptable', 'poor'] as const).map((outcome) => (
          <li key={outcome}>
            <svg width="18" height="18" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="16" height="16" fill={outcomeStyle[outcome].pattern === 'solid' ? outcomeStyle[outcome].colour : `url(#${idPrefix}-pattern-${outcome})`} stroke={colours.border} />
            </svg>{' '}
            {outcomeLabel[outcome]}: {outcomeStyle[outcome].pattern === 'solid' ? 'solid' : outcomeStyle[outcome].pattern === 'dots' ? 'dotted' : 'striped'} band
          </li>
        ))}
        <li>{numbering?.legend ?? "Letters A to D are each decision's options, in the order the scenario lists them."}</li>
      </ul>
      <div className="app-map__canvas" role="region" aria-label={`Map diagram of ${scenario.title}`} tabIndex={0}>
        <svg
          className="app-map__svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          fontFamily="Arial, sans-serif"
        >
          <title id={titleId}>{`Map of “${scenario.title}”`}</title>
          <desc id={descId}>{description}</desc>
          <defs>
            <marker id={`${idPrefix}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill={colours.edge} />
            </marker>
            <pattern id={`${idPrefix}-pattern-poor`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" fill="#ffffff" />
              <rect width="4" height="8" fill={outcomeStyle.poor.colour} />
            </pattern>
            <pattern id={`${idPrefix}-pattern-acceptable`} width="7" height="7" patternUnits="userSpaceOnUse">
              <rect width="7" height="7" fill="#ffffff" />
              <circle cx="3.5" cy="3.5" r="2.2" fill={outcomeStyle.acceptable.colour} />
            </pattern>
          </defs>
          <g className="app-map__edges">{layout.edges.map(drawEdge)}</g>
          <g className="app-map__paths">
            {layout.edges
              .filter((edge) => primaryEdges.has(edge.id))
              .map((edge) => (
                <path key={`primary-${edge.id}`} d={edge.d} fill="none" stroke={colours.primary} strokeWidth={6} strokeLinecap="round" data-path="primary" />
              ))}
            {layout.edges
              .filter((edge) => secondaryEdges.has(edge.id))
              .map((edge) => (
                <path key={`secondary-${edge.id}`} d={edge.d} transform={orientation === 'across' ? 'translate(0 8)' : 'translate(8 0)'} fill="none" stroke={colours.secondary} strokeWidth={4} strokeDasharray="10 6" data-path="secondary" />
              ))}
          </g>
          <g className="app-map__nodes">{layout.nodes.map(drawNode)}</g>
          <g className="app-map__labels">{layout.edges.map(drawLabel)}</g>
        </svg>
      </div>
      <details className="nhsuk-details app-map__details" open={listOpen}>
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">The map as a list</span>
        </summary>
        <div className="nhsuk-details__text">
          <ol className="app-map__list" id={listId}>
            {sortedNodes.map(listItem)}
          </ol>
        </div>
      </details>
    </div>
  );
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
