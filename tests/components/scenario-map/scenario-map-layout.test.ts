import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { targetsOf } from '../../../src/dialogue/scenario-graph';
import {
  edgesOnPath,
  geometry,
  layoutScenarioMap,
  type ScenarioMapLayout,
} from '../../../src/components/scenario-map/scenario-map-layout';
import { replayChoices } from '../../../src/dialogue/replay';
import { fixture, loadScenario } from '../../helpers/load-scenario';
import { loadScenarios } from '../../../src/integrity/content-files';
import { withBrokenRoute } from './broken-route';

const tiny = loadScenario(fixture('scenarios/flag-route.yaml'));
const real = loadScenarios(fileURLToPath(new URL('../../../', import.meta.url)));

const node = (layout: ScenarioMapLayout, id: string) =>
  layout.nodes.find((candidate) => candidate.id === id)!;

/** Whether two laid-out boxes overlap. */
const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  a.x < b.x + geometry.nodeWidth &&
  b.x < a.x + geometry.nodeWidth &&
  a.y < b.y + geometry.nodeHeight &&
  b.y < a.y + geometry.nodeHeight;

describe('scenario map layout, full mode', () => {
  const layout = layoutScenarioMap(tiny, 'full');

  it('puts each node in the column of its longest distance from the start', () => {
    expect(
      Object.fromEntries(layout.nodes.map((candidate) => [candidate.id, candidate.column])),
    ).toEqual({
      opening: 0,
      'first-call': 1,
      later: 2,
      'second-call': 3,
      'wrap-up': 4,
      'good-ending': 5,
      'poor-ending': 5,
    });
    expect(layout.columns).toBe(6);
    expect(layout.rows).toBe(2);
  });

  it('carries the kind of each box and the outcome of an ending, but no words (map-text.ts gives those)', () => {
    expect(node(layout, 'good-ending')).toMatchObject({ kind: 'ending', outcome: 'recommended' });
    expect(node(layout, 'good-ending')).not.toHaveProperty('title');
  });

  it('merges choices that lead to the same node into one edge, lettered in authored order', () => {
    const edge = layout.edges.find((candidate) => candidate.id === 'first-call->later')!;
    expect(edge.choices.map((choice) => `${choice.letter}:${choice.choice}`)).toEqual([
      'A:phone',
      'B:letter',
    ]);
    expect(
      layout.edges
        .find((candidate) => candidate.id === 'second-call->wrap-up')!
        .choices.map((choice) => choice.letter),
    ).toEqual(['A', 'B', 'C']);
  });

  it('marks routes taken only under some flags as conditional', () => {
    expect(
      layout.edges.find((candidate) => candidate.id === 'wrap-up->good-ending')!.conditional,
    ).toBe(true);
    expect(
      layout.edges.find((candidate) => candidate.id === 'opening->first-call')!.conditional,
    ).toBe(false);
  });

  it('draws every edge from left to right, from the right side of one box to the left side of the next', () => {
    for (const edge of layout.edges) {
      const from = node(layout, edge.from);
      const to = node(layout, edge.to);
      expect(to.column).toBeGreaterThan(from.column);
      expect(edge.d.startsWith(`M ${from.x + geometry.nodeWidth} `)).toBe(true);
      expect(edge.d.endsWith(`${to.x} ${to.y + geometry.nodeHeight / 2}`)).toBe(true);
    }
  });

  it('keeps every box inside the diagram', () => {
    for (const candidate of layout.nodes) {
      expect(candidate.x).toBeGreaterThanOrEqual(0);
      expect(candidate.y).toBeGreaterThanOrEqual(0);
      expect(candidate.x + geometry.nodeWidth).toBeLessThanOrEqual(layout.width);
      expect(candidate.y + geometry.nodeHeight).toBeLessThanOrEqual(layout.height);
    }
  });
});

describe('scenario map layout, reading down', () => {
  const across = layoutScenarioMap(tiny, 'full');
  const down = layoutScenarioMap(tiny, 'full', 'down');

  it('turns the map on its side for portrait paper', () => {
    expect(down.orientation).toBe('down');
    expect(down.rows).toBe(across.rows);
    expect(down.width).toBe(
      geometry.padding * 2 + down.rows * geometry.nodeWidth + (down.rows - 1) * geometry.siblingGap,
    );
    expect(down.height).toBeGreaterThan(down.width);
    for (const candidate of down.nodes)
      expect(candidate.y).toBe(
        geometry.padding + candidate.column * (geometry.nodeHeight + geometry.levelGap),
      );
  });

  it('draws every edge from the bottom of one box to the top of the next', () => {
    for (const edge of down.edges) {
      const from = node(down, edge.from);
      const to = node(down, edge.to);
      expect(edge.d).toMatch(new RegExp(`^M [\\d.-]+ ${from.y + geometry.nodeHeight} C `));
      expect(edge.d.endsWith(`${to.x + geometry.nodeWidth / 2} ${to.y}`)).toBe(true);
      expect(edge.labelY).toBeGreaterThan(from.y + geometry.nodeHeight);
      expect(edge.labelY).toBeLessThan(to.y);
    }
  });
});

describe('scenario map layout, decisions mode', () => {
  const layout = layoutScenarioMap(tiny, 'decisions');

  it('shows only the start, the decisions and the endings', () => {
    expect(layout.nodes.map((candidate) => candidate.id).sort()).toEqual([
      'first-call',
      'good-ending',
      'opening',
      'poor-ending',
      'second-call',
    ]);
  });

  it('draws each choice through conversations and scenes to the decision or ending it can reach', () => {
    expect(layout.edges.map((edge) => edge.id).sort()).toEqual([
      'first-call->second-call',
      'opening->first-call',
      'second-call->good-ending',
      'second-call->poor-ending',
    ]);
    const toGood = layout.edges.find((edge) => edge.id === 'second-call->good-ending')!;
    expect(toGood.choices.map((choice) => choice.choice)).toEqual([
      'rebook',
      'discharge',
      'rebook-blind',
    ]);
    expect(toGood.conditional).toBe(true);
  });
});

describe('every real scenario lays out cleanly', () => {
  for (const scenario of real) {
    it(scenario.id, () => {
      for (const mode of ['full', 'decisions'] as const) {
        const layout = layoutScenarioMap(scenario, mode);
        const expected =
          mode === 'full'
            ? scenario.nodes.length
            : scenario.nodes.filter(
                (candidate) => candidate.kind !== 'dialogue' && candidate.kind !== 'scene',
              ).length + 1;
        expect(layout.nodes).toHaveLength(expected);
        for (const [index, a] of layout.nodes.entries()) {
          for (const b of layout.nodes.slice(index + 1))
            expect(overlaps(a, b), `${a.id} overlaps ${b.id} (${mode})`).toBe(false);
        }
        for (const edge of layout.edges)
          expect(node(layout, edge.to).column).toBeGreaterThan(node(layout, edge.from).column);
      }
      // Every authored edge appears in full mode.
      const full = layoutScenarioMap(scenario, 'full');
      const drawn = new Set(full.edges.map((edge) => edge.id));
      for (const source of scenario.nodes)
        for (const target of targetsOf(source))
          expect(drawn.has(`${source.id}->${target}`)).toBe(true);
      // The decisions map is small enough for a projector.
      expect(layoutScenarioMap(scenario, 'decisions').columns).toBeLessThanOrEqual(7);
    });
  }
});

describe('the edges a path passes along', () => {
  it('gives the edges of a path in either mode', () => {
    const trail = replayChoices(tiny, ['letter', 'discharge']).trail;
    expect([...edgesOnPath(layoutScenarioMap(tiny, 'decisions'), trail)]).toEqual([
      'opening->first-call',
      'first-call->second-call',
      'second-call->poor-ending',
    ]);
    expect(edgesOnPath(layoutScenarioMap(tiny, 'full'), trail).size).toBe(5);
  });
});

describe('a broken route (a target no node has), as `npm run dev` shows it to the author', () => {
  // The build refuses this scenario; the dev server still renders the review map, which must show
  // the author where the route breaks rather than quietly leave the choice out.
  const broken = withBrokenRoute(tiny);

  it('draws the mistyped target as a marked box after the node that names it, in both modes', () => {
    for (const mode of ['full', 'decisions'] as const) {
      const layout = layoutScenarioMap(broken, mode);
      const missing = node(layout, 'latter');
      expect(missing, mode).toMatchObject({ kind: 'missing' });
      expect(missing.column, mode).toBe(node(layout, 'first-call').column + 1);
      expect(
        layout.nodes.filter((candidate) => candidate.kind === 'missing'),
        mode,
      ).toHaveLength(1);
      for (const other of layout.nodes.filter((candidate) => candidate !== missing))
        expect(overlaps(missing, other), `${mode}: ${other.id}`).toBe(false);
    }
  });

  it('keeps the choice on a broken edge, and no other edge is broken', () => {
    const layout = layoutScenarioMap(broken, 'full');
    const edge = layout.edges.find((candidate) => candidate.to === 'latter')!;
    expect(edge).toMatchObject({
      from: 'first-call',
      broken: true,
      choices: [{ decision: 'first-call', choice: 'letter', letter: 'B' }],
    });
    expect(layout.edges.filter((candidate) => candidate.broken)).toEqual([edge]);
    expect(layoutScenarioMap(tiny, 'full').edges.some((candidate) => candidate.broken)).toBe(false);
    expect(
      layoutScenarioMap(tiny, 'full').nodes.some((candidate) => candidate.kind === 'missing'),
    ).toBe(false);
  });
});
