import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ScenarioMap,
  type ScenarioMapProps,
} from '../../../src/components/scenario-map/ScenarioMap';
import { fixture, loadScenario } from '../../helpers/load-scenario';
import { withBrokenRoute } from './broken-route';
import { loadCatalogue } from '../../../src/i18n/catalogue';
import { pickMessages } from '../../../src/i18n/messages';
import { catalogueMessages } from '../../helpers/catalogue';
import { MessagesProvider } from '../../../src/i18n/MessagesContext';

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));

// No DOM in these tests (Node only): the markup is read as text.
const english = pickMessages(catalogueMessages('en'), 'outcome', 'vocabulary', 'map');
const render = (props: Partial<ScenarioMapProps> = {}) =>
  renderToStaticMarkup(
    createElement(ScenarioMap, { scenario, idPrefix: 'test', messages: english, ...props }),
  );
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:)])/g, '$1')
    .trim();

/** The text of the map-as-a-list item for a node. */
function itemText(html: string, nodeId: string): string {
  const start = html.indexOf(`id="test-node-${nodeId}"`);
  if (start < 0) return '';
  const next = html.indexOf('id="test-node-', start + 1);
  return textOf(
    html.slice(html.indexOf('>', start) + 1, next < 0 ? html.indexOf('</ol>', start) : next),
  );
}
const count = (html: string, text: string) => html.split(text).length - 1;

describe('the scenario map', () => {
  it('is an image with a name and a description, and the same map as a list', () => {
    const html = render({
      heading: 'The map',
      primaryPath: { label: "the room's path", choices: ['letter', 'discharge'] },
    });
    expect(html).toContain('role="img" aria-labelledby="test-map-title test-map-desc"');
    expect(html).toContain('<title id="test-map-title">Map of “Flag route”</title>');
    expect(textOf(html)).toContain(
      "The room's path: D1 option B, then D2 option B, then ending E2, Lost weeks (poor outcome).",
    );
    expect(count(html, 'class="app-map__item ')).toBe(5);
    expect(html).toContain('<h2 class="app-map__heading">The map</h2>');
    expect(html).toContain('<h3 class="app-map__item-heading">');
  });

  it('marks endings by word and pattern, not colour alone', () => {
    const html = render();
    expect(itemText(html, 'poor-ending')).toContain('Poor outcome');
    expect(html).toContain('fill="url(#test-pattern-poor)"');
    expect(html).toMatch(/data-node="poor-ending"[^]*?E2 · Poor/);
  });

  it('shows the votes at each option, and which option each path took', () => {
    const html = render({
      primaryPath: { label: "the room's path", choices: ['letter', 'discharge'] },
      secondaryPath: { label: 'the recommended path', choices: ['phone', 'rebook'] },
      votes: { 'first-call': { phone: 7, letter: 3 } },
    });
    const decision = itemText(html, 'first-call');
    expect(decision).toContain('Option A: Phone the patient Leads to D2');
    expect(decision).toContain('7 votes (70%). Taken on the recommended path.');
    expect(decision).toContain('Option B: Send the standard letter');
    expect(decision).toContain("3 votes (30%). Taken on the room's path.");
    expect(count(html, 'data-path="primary"')).toBe(3);
    expect(count(html, 'data-path="secondary"')).toBe(3);
    expect(html).toContain('>A · 7 votes</text>');
    expect(html).toContain('>B · 3 votes</text>');
    expect(textOf(html)).toContain("The room's path: thick solid line");
  });

  it('shows scores, flags and conditions for reviewers when asked', () => {
    expect(itemText(render(), 'second-call')).not.toContain('points');
    const html = render({
      mode: 'full',
      showScores: true,
      showFlags: true,
      showConditions: true,
      notes: { later: ['Check the second line with a GP.'] },
    });
    expect(itemText(html, 'second-call')).toContain(
      'Option A: Rebook with a named contact Leads to C2',
    );
    expect(itemText(html, 'second-call')).toContain(
      '10 points. Only if earlier the room chose “Phone the patient” (D1).',
    );
    expect(itemText(html, 'first-call')).toContain('Sets: phoned.');
    expect(itemText(html, 'wrap-up')).toContain(
      'E1: Only if earlier the room chose “Phone the patient” (D1).',
    );
    expect(itemText(html, 'later')).toContain('Check the second line with a GP.');
    expect(html).toContain('data-mode="full"');
  });
});

describe('the scenario map with a broken route', () => {
  const broken = withBrokenRoute(scenario);

  it('draws and lists the missing target, so the author sees where the route breaks', () => {
    const html = renderToStaticMarkup(
      createElement(ScenarioMap, {
        scenario: broken,
        idPrefix: 'test',
        mode: 'full',
        messages: english,
      }),
    );
    expect(html).toContain('class="app-map__node app-map__node--missing" data-node="latter"');
    expect(html).toContain('data-broken="true"');
    expect(itemText(html, 'latter')).toContain(
      '? · Missing node: Broken route: no node has the id "latter"',
    );
  });
});

describe('the scenario map with a broken route and a path', () => {
  it('still draws the map, without the path, since the machine cannot be built to walk it', () => {
    const html = renderToStaticMarkup(
      createElement(ScenarioMap, {
        scenario: withBrokenRoute(scenario),
        idPrefix: 'test',
        mode: 'full',
        messages: english,
        primaryPath: { label: 'the recommended path', choices: ['phone', 'rebook'] },
      }),
    );
    expect(html).toContain('data-node="latter"');
    expect(html).not.toContain('data-path="primary"');
  });
});

describe('the scenario map in the page’s language', () => {
  it('takes its words from the messages it is given', () => {
    const welsh = pickMessages(
      loadCatalogue(process.cwd(), 'cy').messages,
      'outcome',
      'vocabulary',
      'map',
    );
    const html = render({ mode: 'full', messages: welsh });
    expect(html).toContain('Y map fel rhestr');
    expect(itemText(html, 'first-call')).toContain('D1 · Penderfyniad');
    expect(html).not.toContain('The map as a list');
  });

  it('inside an island, takes the words its provider holds', () => {
    const welsh = pickMessages(catalogueMessages('cy'), 'outcome', 'vocabulary', 'map');
    const html = renderToStaticMarkup(
      createElement(MessagesProvider, {
        messages: welsh,
        children: createElement(ScenarioMap, { scenario, idPrefix: 'test', mode: 'full' }),
      }),
    );
    expect(html).toContain('Y map fel rhestr');
    expect(html).not.toContain('The map as a list');
  });

  it('refuses to guess a language when it has no strings at all', () => {
    expect(() =>
      renderToStaticMarkup(createElement(ScenarioMap, { scenario, idPrefix: 'test' })),
    ).toThrow(/needs its page's strings/);
  });
});
