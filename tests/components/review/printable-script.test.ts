import { describe, expect, it } from 'vitest';
import {
  arrivalText,
  mapOrder,
  printableScript,
  stepHeadingText,
} from '../../../src/components/review/printable-script';
import { layoutScenarioMap } from '../../../src/components/scenario-map/scenario-map-layout';
import { loadCatalogue } from '../../../src/i18n/catalogue';
import { translator } from '../../../src/i18n/messages';
import { fixture, loadScenario } from '../../helpers/load-scenario';
import { withBrokenRoute } from '../scenario-map/broken-route';

const tiny = loadScenario(fixture('scenarios/flag-route.yaml'));
const ids = (steps: ReturnType<typeof printableScript>) => steps.map((step) => step.node.id);

describe('the printable script, shared by the reviewers and the facilitator guide', () => {
  it('has every node once, in the order of the full map, with its reference', () => {
    const steps = printableScript(tiny);
    expect(ids(steps)).toEqual(mapOrder(tiny));
    expect(steps.map((step) => step.ref)).toEqual(['C1', 'D1', 'S1', 'D2', 'C2', 'E1', 'E2']);
  });

  it('keeps a node the map leaves out, after the ones it shows', () => {
    // The decisions map shows only the start, the decisions and the endings.
    const decisionsMap = layoutScenarioMap(tiny, 'decisions').nodes.map((node) => node.id);
    expect(decisionsMap).not.toContain('later');
    const steps = printableScript(tiny, decisionsMap);
    expect(ids(steps).sort()).toEqual(tiny.nodes.map((node) => node.id).sort());
    expect(ids(steps).slice(0, decisionsMap.length)).toEqual(decisionsMap);
    expect(steps.find((step) => step.node.id === 'later')).toMatchObject({
      ref: 'S1',
      reachedFrom: [
        { ref: 'D1', option: 'A' },
        { ref: 'D1', option: 'B' },
      ],
    });
  });

  it('prints no step for a target no node has, and names it "?" where a route leads there', () => {
    const broken = withBrokenRoute(tiny);
    expect(ids(printableScript(broken)).sort()).toEqual(broken.nodes.map((node) => node.id).sort());
  });

  it('says where each node is reached from, its routes on and its best choices', () => {
    const steps = new Map(printableScript(tiny).map((step) => [step.node.id, step]));
    expect(steps.get('opening')).toMatchObject({
      isStart: true,
      reachedFrom: [],
      routes: [{ target: 'first-call', ref: 'D1', conditions: {} }],
    });
    expect(steps.get('wrap-up')?.routes).toEqual([
      { target: 'good-ending', ref: 'E1', conditions: { requires: ['phoned'] } },
      { target: 'poor-ending', ref: 'E2', conditions: {} },
    ]);
    expect(steps.get('good-ending')?.reachedFrom).toEqual([{ ref: 'C2' }]);
    expect([...steps.get('second-call')!.bestChoices]).toEqual(['rebook']);
    expect(steps.get('first-call')?.routes).toEqual([]);
  });

  it('heads each step with its words', () => {
    const steps = new Map(printableScript(tiny).map((step) => [step.node.id, step.node]));
    expect(stepHeadingText(steps.get('later')!)).toBe(': Three weeks later, At the GP surgery');
    expect(stepHeadingText(steps.get('first-call')!)).toBe(': What do you do?');
    expect(stepHeadingText(steps.get('good-ending')!)).toBe(': Seen in time');
    expect(stepHeadingText(steps.get('opening')!)).toBe('');
  });

  it('words the ways into a step the same in both scripts, in the page language', () => {
    const arrivals = [{ ref: 'D1', option: 'A' }, { ref: 'C2' }];
    const english = translator(loadCatalogue(process.cwd(), 'en').messages);
    expect(arrivalText(english, arrivals)).toBe('After D1 option A or C2.');
    const welsh = translator(loadCatalogue(process.cwd(), 'cy').messages);
    expect(arrivalText(welsh, arrivals)).not.toBe(arrivalText(english, arrivals));
  });
});
