import type { Outcome, Scenario, ScenarioNode } from '../../schemas/scenario';
import { longestDepths, nodeById } from '../../dialogue/scenario-graph';
import type { NodeKindOrMissing } from '../../vocabulary/labels';
import { decisionEdges, fullEdges, type EdgeChoice } from './map-edges';

export type { EdgeChoice };

/**
 * Lays a scenario's graph out as columns by depth, for a diagram that reads left to right. Pure
 * geometry: where boxes and edges go, not which are joined (./map-edges.ts) nor what they say
 * (./map-text.ts); the React component only draws what these return, so both are testable in Node.
 *
 * Two views of the same graph:
 * - "full": every node (conversations, scenes, decisions, endings), for reviewers;
 * - "decisions": only the start, the decisions and the endings, with each choice drawn to the
 *   next decision or ending it can lead to. Small enough to read from the back of a room.
 */
export type MapMode = 'full' | 'decisions';

/**
 * Which way the map reads: "across" (left to right, for a wide screen or projector) or "down"
 * (top to bottom, for a portrait A4 page).
 */
export type MapOrientation = 'across' | 'down';

/**
 * A box the map draws: a scenario node, or "missing" for a target a choice or route names that no
 * node has. The build refuses such a scenario, but `npm run dev` still shows the review map to the
 * author, so a broken route is drawn to a marked box rather than dropped.
 */
export type MapNodeKind = NodeKindOrMissing;

export interface MapNode {
  id: string;
  kind: MapNodeKind;
  outcome?: Outcome;
  column: number;
  row: number;
  x: number;
  y: number;
}

export interface MapEdge {
  /** `from->to`; one edge per pair of nodes, however many choices or routes it carries. */
  id: string;
  from: string;
  to: string;
  /** The choices that lead along this edge (a decision's edges in both modes). */
  choices: EdgeChoice[];
  /** Set when the edge is a route taken only under some flags (full mode), or passes one (decisions mode). */
  conditional: boolean;
  /** Set when the edge leads to a target no node has (a broken route). */
  broken: boolean;
  /** SVG path data, from the right side of `from` to the left side of `to` (bottom to top when reading down). */
  d: string;
  /** Where the edge's label sits. */
  labelX: number;
  labelY: number;
}

export interface ScenarioMapLayout {
  mode: MapMode;
  orientation: MapOrientation;
  nodes: MapNode[];
  edges: MapEdge[];
  columns: number;
  rows: number;
  width: number;
  height: number;
}

/** Diagram units; the SVG scales them to the space it has. */
export const geometry = {
  nodeWidth: 200,
  nodeHeight: 80,
  columnGap: 124,
  rowGap: 36,
  /** Reading down: the gap between boxes side by side, and between levels. */
  siblingGap: 28,
  levelGap: 100,
  padding: 16,
} as const;

/** The point at t on a cubic Bézier curve. */
function cubicPoint(t: number, p0: number, p1: number, p2: number, p3: number) {
  const u = 1 - t;
  return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

/** Lays the scenario out in the given mode, reading across or down. */
export function layoutScenarioMap(
  scenario: Scenario,
  mode: MapMode = 'full',
  orientation: MapOrientation = 'across',
): ScenarioMapLayout {
  const { keyNodes, edges: abstractEdges } =
    mode === 'full'
      ? { keyNodes: new Set(scenario.nodes.map((node) => node.id)), edges: fullEdges(scenario) }
      : decisionEdges(scenario);
  const outgoing = (node: ScenarioNode) =>
    abstractEdges.filter((edge) => edge.from === node.id).map((edge) => edge.to);
  const { depth, order } = longestDepths(scenario, outgoing);
  // Nodes the start cannot reach (integrity checks forbid them) still appear, after the others.
  const stray = scenario.nodes
    .map((node) => node.id)
    .filter((id) => keyNodes.has(id) && !depth.has(id));
  const lastColumn = Math.max(0, ...depth.values());
  stray.forEach((id) => depth.set(id, lastColumn + 1));
  // Targets no node has: each gets a marked box one column after the latest node leading to it.
  const missing = [
    ...new Set(abstractEdges.map((edge) => edge.to).filter((id) => !nodeById(scenario, id))),
  ];
  for (const id of missing) {
    const from = abstractEdges
      .filter((edge) => edge.to === id && depth.has(edge.from))
      .map((edge) => depth.get(edge.from)!);
    depth.set(id, (from.length ? Math.max(...from) : lastColumn) + 1);
  }
  const placed = [...order.filter((id) => keyNodes.has(id)), ...stray, ...missing];

  const columns: string[][] = [];
  for (const id of placed) (columns[depth.get(id)!] ??= []).push(id);
  for (let index = 0; index < columns.length; index += 1) columns[index] ??= [];

  // One barycentre sweep: each node sits near the average row of the nodes that lead to it,
  // which keeps a choice's consequences beside it and removes most crossings.
  const rowOf = new Map<string, number>();
  columns.forEach((column, index) => {
    if (index > 0) {
      const weight = (id: string) => {
        const parents = abstractEdges
          .filter((edge) => edge.to === id && rowOf.has(edge.from))
          .map((edge) => rowOf.get(edge.from)! - (columns[depth.get(edge.from)!]!.length - 1) / 2);
        return parents.length ? parents.reduce((sum, row) => sum + row, 0) / parents.length : 0;
      };
      const discovery = new Map(column.map((id, position) => [id, position]));
      column.sort((a, b) => weight(a) - weight(b) || discovery.get(a)! - discovery.get(b)!);
    }
    column.forEach((id, row) => rowOf.set(id, row));
  });

  const rows = Math.max(1, ...columns.map((column) => column.length));
  const { nodeWidth, nodeHeight, padding } = geometry;
  const across = orientation === 'across';
  // "Main" runs from the start to the endings; "cross" runs across a column of alternatives.
  const mainSize = across ? nodeWidth : nodeHeight;
  const crossSize = across ? nodeHeight : nodeWidth;
  const mainGap = across ? geometry.columnGap : geometry.levelGap;
  const crossGap = across ? geometry.rowGap : geometry.siblingGap;
  const mainLength =
    padding * 2 + columns.length * mainSize + Math.max(0, columns.length - 1) * mainGap;
  const crossLength = padding * 2 + rows * crossSize + (rows - 1) * crossGap;
  const width = across ? mainLength : crossLength;
  const height = across ? crossLength : mainLength;

  const nodes: MapNode[] = columns.flatMap((column, columnIndex) => {
    // Centre each column, so a lone ending sits level with the middle of the diagram.
    const offset = ((rows - column.length) * (crossSize + crossGap)) / 2;
    return column.map((id, row): MapNode => {
      const node = nodeById(scenario, id);
      const main = padding + columnIndex * (mainSize + mainGap);
      const cross = padding + offset + row * (crossSize + crossGap);
      const position = {
        column: columnIndex,
        row,
        x: across ? main : cross,
        y: across ? cross : main,
      };
      if (!node) return { id, kind: 'missing', ...position };
      return {
        id,
        kind: node.kind,
        ...(node.kind === 'ending' ? { outcome: node.outcome } : {}),
        ...position,
      };
    });
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));

  const edges: MapEdge[] = abstractEdges
    .filter((edge) => byId.has(edge.from) && byId.has(edge.to))
    .map((edge) => {
      const from = byId.get(edge.from)!;
      const to = byId.get(edge.to)!;
      // Spread a node's outgoing edges along its leading side, in the order of their targets.
      const crossOf = (node: MapNode) => (across ? node.y : node.x);
      const mainOf = (node: MapNode) => (across ? node.x : node.y);
      const siblings = abstractEdges
        .filter((candidate) => candidate.from === edge.from && byId.has(candidate.to))
        .sort(
          (a, b) =>
            crossOf(byId.get(a.to)!) - crossOf(byId.get(b.to)!) ||
            mainOf(byId.get(a.to)!) - mainOf(byId.get(b.to)!),
        );
      const slot = siblings.indexOf(edge);
      const spread =
        siblings.length > 1 ? (slot / (siblings.length - 1) - 0.5) * (crossSize * 0.6) : 0;
      // Work along the main axis (m) and across it (c), then turn into x and y.
      const m1 = mainOf(from) + mainSize;
      const c1 = crossOf(from) + crossSize / 2 + spread;
      const m2 = mainOf(to);
      const c2 = crossOf(to) + crossSize / 2;
      const bend = Math.max(mainGap * 0.6, (m2 - m1) * 0.4);
      const point = (m: number, c: number) => (across ? `${m} ${c}` : `${c} ${m}`);
      // Across, labels sit on the first stretch of an edge, near its decision, where edges are
      // apart; down, mid-way, where the gap between levels has room for a stack of them.
      const t = across ? 0.3 : 0.5;
      const labelM = Math.round(cubicPoint(t, m1, m1 + bend, m2 - bend, m2));
      const labelC = Math.round(cubicPoint(t, c1, c1, c2, c2));
      return {
        id: `${edge.from}->${edge.to}`,
        from: edge.from,
        to: edge.to,
        choices: edge.choices,
        conditional: edge.conditional,
        broken: !nodeById(scenario, edge.to),
        d: `M ${point(m1, c1)} C ${point(m1 + bend, c1)} ${point(m2 - bend, c2)} ${point(m2, c2)}`,
        labelX: across ? labelM : labelC,
        labelY: across ? labelC : labelM,
      };
    });

  return { mode, orientation, nodes, edges, columns: columns.length, rows, width, height };
}

/** The edges of a layout a walk passes along (in decisions mode, between the nodes it shows). */
export function edgesOnPath(layout: ScenarioMapLayout, trail: readonly string[]): Set<string> {
  const shown = new Set(layout.nodes.map((node) => node.id));
  const kept = trail.filter((id) => shown.has(id));
  const ids = new Set<string>();
  for (let index = 1; index < kept.length; index += 1)
    ids.add(`${kept[index - 1]}->${kept[index]}`);
  return ids;
}
