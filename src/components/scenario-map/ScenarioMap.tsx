import type { Scenario } from '../../schemas/scenario';
import { translator, type Messages } from '../../i18n/messages';
import { useProvidedMessages } from '../../i18n/MessagesContext';
import { machineForMap, walkPath } from './map-paths';
import { mapDescription, mapNodeTexts, pathSummary, type MapNumbering } from './map-text';
import { colours } from './map-style';
import { Heading, MapList, type ListedPath } from './MapList';
import { MapLegend } from './MapLegend';
import { MapDefs } from './MapDefs';
import { MapNodeBox } from './MapNodeBox';
import { edgeLabels, MapEdgeLabel, type EdgeLabelOptions } from './MapEdgeLabel';
import {
  edgesOnPath,
  layoutScenarioMap,
  type MapEdge,
  type MapMode,
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
   * language. Inside an island the strings its <MessagesProvider> holds are used when this is not
   * given, so the island's page must include those sections.
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
  messages,
}: ScenarioMapProps) {
  const provided = useProvidedMessages();
  const strings = messages ?? provided;
  if (!strings)
    throw new Error(
      "ScenarioMap needs its page's strings: pass messages, or render it inside a <MessagesProvider>.",
    );
  const t = translator(strings);
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

  const labelOptions: EdgeLabelOptions = {
    scenario,
    t,
    showScores,
    votes,
    numbering,
    primaryEdges,
    primaryChoices,
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
          <MapDefs idPrefix={idPrefix} />
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
          <g className="app-map__nodes">
            {layout.nodes.map((node) => (
              <MapNodeBox
                key={node.id}
                node={node}
                text={texts.get(node.id)!}
                t={t}
                idPrefix={idPrefix}
                numbering={numbering}
                onPrimary={primaryNodes.has(node.id)}
                onSecondary={secondaryNodes.has(node.id)}
                noteCount={notes?.[node.id]?.length ?? 0}
              />
            ))}
          </g>
          <g className="app-map__labels">
            {layout.edges.map((edge) => (
              <MapEdgeLabel
                key={`label-${edge.id}`}
                edge={edge}
                labels={edgeLabels(edge, labelOptions)}
              />
            ))}
          </g>
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
