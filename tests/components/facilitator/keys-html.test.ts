import { describe, expect, it } from 'vitest';
import { escapeText, kbd, link, sentenceHtml } from '../../../src/components/facilitator/keys-html';

describe('a catalogue sentence with keys and links, for an Astro page', () => {
  it('puts each slot’s HTML in its place and escapes the words around it', () => {
    expect(sentenceHtml('Press {f} for <full> screen & more.', { f: kbd('F') })).toBe(
      'Press <kbd>F</kbd> for &lt;full&gt; screen &amp; more.',
    );
  });

  it('escapes the text inside keys, links and text slots', () => {
    expect(link('/a?b="c"', 'Fish & chips', ' for <you>')).toBe(
      '<a href="/a?b=&quot;c&quot;">Fish &amp; chips<span class="nhsuk-u-visually-hidden"> for &lt;you&gt;</span></a>',
    );
    expect(sentenceHtml('{side} side', { side: escapeText('<b>') })).toBe('&lt;b&gt; side');
  });

  it('leaves a slot without HTML visible, so a missing one is noticed', () => {
    expect(sentenceHtml('Press {help}.', {})).toBe('Press {help}.');
  });
});
