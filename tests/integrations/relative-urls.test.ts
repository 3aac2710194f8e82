import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSiteRelative } from '../../src/integrations/portable-build';
import {
  explicitIndexLinks,
  relativeUrl,
  rewriteCss,
  rewriteHtml,
} from '../../src/integrations/relative-urls';

describe('relative URLs', () => {
  it.each([
    ['index.html', '/', './'],
    ['index.html', '/scenarios/', './scenarios/'],
    ['index.html', '/_astro/a.js', './_astro/a.js'],
    ['scenarios/index.html', '/scenarios/', './'],
    ['scenarios/index.html', '/', '../'],
    ['scenarios/fit-note/index.html', '/scenarios/', '../'],
    [
      'scenarios/fit-note/index.html',
      '/scenarios/results/#teaching-notes',
      '../results/#teaching-notes',
    ],
    ['scenarios/fit-note/index.html', '/favicon.svg?v=2', '../../favicon.svg?v=2'],
    ['_astro/a.css', '/assets/images/x.svg', '../assets/images/x.svg'],
  ])('from %s, %s is %s', (file, url, expected) => {
    expect(relativeUrl(file, url)).toBe(expected);
  });
});

const isSitePath = (url: string) =>
  ['', 'scenarios', '_astro', 'videos', 'favicon.svg'].includes(url.slice(1).split(/[/?#]/)[0]!);

describe('rewriting a built page', () => {
  const page = [
    '<link rel="stylesheet" href="/_astro/BaseLayout.css"><link rel="icon" href="/favicon.svg">',
    '<a href="/">Home</a> <a href="/scenarios/">Scenarios</a> <a href="#main">Skip</a> <a href="https://www.nhs.uk/">NHS</a> <a href="//cdn.example/x">x</a>',
    '<img src="/videos/a/poster.jpg" srcset="/videos/a/poster.jpg 1x, /videos/a/poster@2x.jpg 2x">',
    '<astro-island component-url="/_astro/Case.js" renderer-url="/_astro/client.js" before-hydration-url="/_astro/hydrate.js"',
    ' props="{&quot;scenariosHref&quot;:[0,&quot;/scenarios/&quot;],&quot;video&quot;:[0,&quot;videos/a/vlog.mp4&quot;],&quot;slash&quot;:[0,&quot;/ is not a link&quot;],&quot;other&quot;:[0,&quot;/elsewhere/&quot;]}"></astro-island>',
    '<script type="module">import "/_astro/page.js"; import("/_astro/lazy.js");</script>',
  ].join('\n');
  const rewritten = rewriteHtml(page, 'scenarios/fit-note/index.html', isSitePath);

  it('makes every site URL in attributes relative to the page', () => {
    expect(rewritten).toContain('href="../../_astro/BaseLayout.css"');
    expect(rewritten).toContain('href="../../favicon.svg"');
    expect(rewritten).toContain('<a href="../../">Home</a> <a href="../">Scenarios</a>');
    expect(rewritten).toContain(
      'srcset="../../videos/a/poster.jpg 1x, ../../videos/a/poster@2x.jpg 2x"',
    );
  });

  it('leaves fragments, other sites and protocol-relative URLs alone', () => {
    expect(rewritten).toContain('href="#main"');
    expect(rewritten).toContain('href="https://www.nhs.uk/"');
    expect(rewritten).toContain('href="//cdn.example/x"');
  });

  it('rewrites island attributes, with "./" or "../" so import() never sees a bare name', () => {
    expect(rewritten).toContain('component-url="../../_astro/Case.js"');
    expect(rewritten).toContain('renderer-url="../../_astro/client.js"');
    expect(rewritten).toContain('before-hydration-url="../../_astro/hydrate.js"');
    expect(
      rewriteHtml('<astro-island component-url="/_astro/C.js">', 'index.html', isSitePath),
    ).toContain('component-url="./_astro/C.js"');
  });

  it('rewrites links in island props, but only strings that are paths into the site', () => {
    expect(rewritten).toContain('&quot;scenariosHref&quot;:[0,&quot;../&quot;]');
    expect(rewritten).toContain('&quot;videos/a/vlog.mp4&quot;');
    expect(rewritten).toContain('&quot;/ is not a link&quot;');
    expect(rewritten).toContain('&quot;/elsewhere/&quot;');
  });

  it('rewrites chunk imports in inline module scripts', () => {
    expect(rewritten).toContain('import "../../_astro/page.js"; import("../../_astro/lazy.js")');
  });
});

describe('rewriting a stylesheet', () => {
  it('makes url() and @import relative to the stylesheet, leaving data: URLs alone', () => {
    const css =
      '@import "/_astro/base.css";.a{background:url(/assets/images/arrow.svg)}.b{background:url("/_astro/font.woff2")}.c{background:url(data:image/svg+xml;base64,AA)}';
    expect(rewriteCss(css, '_astro/main.css')).toBe(
      '@import "./base.css";.a{background:url(../assets/images/arrow.svg)}.b{background:url("./font.woff2")}.c{background:url(data:image/svg+xml;base64,AA)}',
    );
  });
});

describe('explicit index links for LMS packages', () => {
  it('points folder links at their index.html, in hrefs and island props', () => {
    const html =
      '<a href="./">Here</a><a href="../">Up</a><a href="../scenarios/#notes">Notes</a><a href="../favicon.svg">File</a><a href="https://x.org/">Out</a><a href="#top">Top</a> props="{&quot;href&quot;:[0,&quot;./fit-note/&quot;]}"';
    expect(explicitIndexLinks(html)).toBe(
      '<a href="./index.html">Here</a><a href="../index.html">Up</a><a href="../scenarios/index.html#notes">Notes</a><a href="../favicon.svg">File</a><a href="https://x.org/">Out</a><a href="#top">Top</a> props="{&quot;href&quot;:[0,&quot;./fit-note/index.html&quot;]}"',
    );
  });
});

describe('a whole built site', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'portable-build-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('has no root-absolute URL left in its pages and stylesheets', () => {
    mkdirSync(path.join(root, '_astro'));
    mkdirSync(path.join(root, 'scenarios', 'fit-note'), { recursive: true });
    writeFileSync(
      path.join(root, 'index.html'),
      '<a href="/scenarios/">S</a><script type="module" src="/_astro/a.js"></script>',
    );
    writeFileSync(
      path.join(root, 'scenarios', 'fit-note', 'index.html'),
      '<a href="/">Home</a><link href="/_astro/a.css" rel="stylesheet">',
    );
    writeFileSync(path.join(root, '_astro', 'a.css'), '.x{background:url(/favicon.svg)}');
    writeFileSync(path.join(root, '_astro', 'a.js'), 'export const unchanged = "/";');
    expect(makeSiteRelative(root)).toBe(3);
    expect(readFileSync(path.join(root, 'index.html'), 'utf8')).toBe(
      '<a href="./scenarios/">S</a><script type="module" src="./_astro/a.js"></script>',
    );
    expect(readFileSync(path.join(root, 'scenarios', 'fit-note', 'index.html'), 'utf8')).toBe(
      '<a href="../../">Home</a><link href="../../_astro/a.css" rel="stylesheet">',
    );
    expect(readFileSync(path.join(root, '_astro', 'a.css'), 'utf8')).toBe(
      '.x{background:url(../favicon.svg)}',
    );
    expect(readFileSync(path.join(root, '_astro', 'a.js'), 'utf8')).toBe(
      'export const unchanged = "/";',
    );
    expect(makeSiteRelative(root)).toBe(0);
  });
});
