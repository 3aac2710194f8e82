import { describe, expect, it } from 'vitest';
import { layoutScenarioMap } from '../../../src/components/scenario-map/scenario-map-layout';
import {
  mapDescription,
  mapNodeName,
  mapNodeTexts,
  pathSummary,
  wrapText,
} from '../../../src/components/scenario-map/map-text';
import { replayChoices } from '../../../src/dialogue/replay';
import { translate } from '../../helpers/catalogue';
import { fixture, loadScenario } from '../../helpers/load-scenario';
import { withBrokenRoute } from './broken-route';

const tiny = loadScenario(fixture('scenarios/flag-route.yaml'));
const t = translate('en');

describe('the words on the map', () => {
  it('gives each box its reference and one line of words, with the full map references in either mode', () => {
    const decisions = layoutScenarioMap(tiny, 'decisions');
    const texts = mapNodeTexts(tiny, decisions, t);
    expect(texts.get('good-ending')).toEqual({ ref: 'E1', title: 'Seen in time' });
    expect(texts.get('second-call')?.ref).toBe('D2');
    expect(texts.get('poor-ending')?.ref).toBe('E2');
    const node = decisions.nodes.find((candidate) => candidate.id === 'second-call')!;
    expect(mapNodeName(node, texts.get('second-call')!, t)).toBe('D2 · Decision');
    expect(
      mapNodeName(node, texts.get('second-call')!, t, {
        decisions: { 'second-call': 'Decision 2' },
        options: {},
        legend: '',
      }),
    ).toBe('Decision 2');
  });

  it('names a target no node has as a broken route', () => {
    const broken = withBrokenRoute(tiny);
    expect(mapNodeTexts(broken, layoutScenarioMap(broken, 'full'), t).get('latter')).toEqual({
      ref: '?',
      title: 'Broken route: no node has the id "latter"',
    });
  });

  it('sums up a path in words, to its ending or as far as it has gone', () => {
    expect(pathSummary(tiny, replayChoices(tiny, ['phone', 'rebook']), t)).toBe(
      'D1 option A, then D2 option A, then ending E1, Seen in time (recommended outcome)',
    );
    expect(pathSummary(tiny, replayChoices(tiny, ['letter']), t)).toBe(
      'D1 option B, then so far, at D2',
    );
  });

  it('describes the diagram for screen readers', () => {
    const layout = layoutScenarioMap(tiny, 'decisions', 'down');
    expect(
      mapDescription(layout, [{ label: 'the recommended path', summary: 'D1 option A' }], t),
    ).toBe(
      `${layout.nodes.length} steps in ${layout.columns} rows, read from top to bottom. The recommended path: D1 option A. The same map is set out as a list after the diagram.`,
    );
  });
});

describe('wrapping text for the diagram', () => {
  it('breaks on spaces within the width', () => {
    expect(wrapText('Phone the patient before you discharge', 14, 3)).toEqual([
      'Phone the',
      'patient before',
      'you discharge',
    ]);
  });

  it('adds an ellipsis when the text is cut short', () => {
    expect(wrapText('Phone the patient before you discharge', 14, 2)).toEqual([
      'Phone the',
      'patient…',
    ]);
    expect(wrapText('Phone the patient before you discharge', 16, 1)).toEqual(['Phone the…']);
  });

  it('shortens a word longer than a line', () => {
    expect(wrapText('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
  });

  it('returns nothing for empty text', () => {
    expect(wrapText('   ', 10, 2)).toEqual([]);
  });
});
