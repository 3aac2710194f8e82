import { describe, expect, it } from 'vitest';
import {
  cspHash,
  inlineEventHandlers,
  inlineScripts,
  inlineStyles,
  pageCsp,
  parseCsp,
  refreshCspHashes,
} from '../../src/integrations/csp';
import { rewriteHtml } from '../../src/integrations/relative-urls';

const island = '(()=>{window.dispatchEvent(new Event("astro:load"))})();';
const importer = 'import("/_astro/chunk.js").then((m)=>m.start());';
const style = 'astro-island{display:contents}';

/** A built page as Astro writes it: the policy lists the hash of each inline script and style. */
const page = (scripts: string[], styles: string[] = [style]) =>
  [
    `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${scripts.map(cspHash).join(' ')}; style-src 'self' ${styles.map(cspHash).join(' ')};">`,
    ...styles.map((text) => `<style>${text}</style>`),
    '</head><body>',
    ...scripts.map((text) => `<script>${text}</script>`),
    '<script type="application/json" id="data">{"a":"</b>"}</script><script type="module" src="/_astro/x.js"></script>',
    '</body></html>',
  ].join('');

describe('reading a page', () => {
  it('finds the policy, the inline code a browser runs, and no data blocks or external scripts', () => {
    const html = page([island, importer]);
    expect(parseCsp(pageCsp(html)!).get('script-src')).toEqual([
      "'self'",
      cspHash(island),
      cspHash(importer),
    ]);
    expect(inlineScripts(html)).toEqual([island, importer]);
    expect(inlineStyles(html)).toEqual([style]);
  });

  it('reads quotes Astro writes as entities', () => {
    expect(
      pageCsp(`<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">`),
    ).toBe("script-src 'self'");
  });

  it('finds inline event handlers but not words that start with "on" elsewhere', () => {
    expect(
      inlineEventHandlers(
        '<img src=x onerror="go()"><button type="button" onClick=\'x\'>Go</button>',
      ),
    ).toEqual(['onerror', 'onclick']);
    expect(
      inlineEventHandlers('<p data-one="1">Click on=this</p><a href="/on">online</a>'),
    ).toEqual([]);
  });
});

describe('keeping the hashes true after an edit', () => {
  it('adds the hash of an inline script the relative-URL rewrite changed', () => {
    const before = page([island, importer]);
    const after = refreshCspHashes(
      before,
      rewriteHtml(before, 'scenarios/x/index.html', () => true),
    );
    const rewritten = inlineScripts(after)[1]!;
    expect(rewritten).toBe('import("../../_astro/chunk.js").then((m)=>m.start());');
    const scriptSrc = parseCsp(pageCsp(after)!).get('script-src')!;
    for (const code of inlineScripts(after)) expect(scriptSrc).toContain(cspHash(code));
    expect(parseCsp(pageCsp(after)!).get('style-src')).toContain(cspHash(style));
  });

  it('leaves a page alone when no inline code changed', () => {
    const before = page([island]);
    expect(refreshCspHashes(before, before.replace('/_astro/x.js', '../_astro/x.js'))).toBe(
      before.replace('/_astro/x.js', '../_astro/x.js'),
    );
  });

  it('refuses an edit that adds or removes inline code, rather than guess', () => {
    const before = page([island]);
    expect(() =>
      refreshCspHashes(before, before.replace('</body>', '<script>alert(1)</script></body>')),
    ).toThrow(/added or removed/);
  });
});
