import { describe, expect, it } from 'vitest';
import { checkManifestFiles, checkPackageFiles } from '../../scorm/package-checks';

const files = (entries: Record<string, string>) =>
  new Map(
    Object.entries(entries).map(([name, content]) => [name, new TextEncoder().encode(content)]),
  );

describe('package checks', () => {
  it('find root-absolute URLs in HTML, CSS and JavaScript', () => {
    const problems = checkPackageFiles(
      files({
        'index.html':
          '<a href="/scenarios/index.html">x</a><astro-island component-url="/_astro/a.js" props="{&quot;h&quot;:[0,&quot;/scenarios/&quot;]}">',
        '_astro/a.css': '.a{background:url(/_astro/b.svg)}',
        '_astro/a.js': 'const a="/_astro/c.js";function p(e){return"/"+e}',
        '_astro/b.svg': '',
        '_astro/c.js': '',
        'scenarios/index.html': '',
      }),
    );
    const found = problems.map((problem) => `${problem.file} ${problem.message}`).join('\n');
    expect(new Set(problems.map((problem) => problem.file))).toEqual(
      new Set(['index.html', '_astro/a.css', '_astro/a.js']),
    );
    for (const url of [
      'href="/scenarios/index.html',
      'component-url="/_astro/a.js',
      '&quot;/scenarios/&quot;',
      'url(/_astro/b.svg',
      '"/_astro/c.js',
      'return"/"+',
    ])
      expect(found).toContain(url);
  });

  it('find links to folders, missing files and letter-case differences', () => {
    const problems = checkPackageFiles(
      files({
        'index.html':
          '<a href="./scenarios/">S</a><img src="./Logo.PNG"><script src="./_astro/missing.js"></script><a href="../outside.html">o</a>',
        'logo.png': '',
        '_astro/a.js': 'import("./Chunk.js");',
        '_astro/chunk.js': '',
      }),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      './scenarios/ links to a folder; LMS content servers need the file (…/index.html)',
      './Logo.PNG differs in letter case from logo.png',
      './_astro/missing.js is missing (_astro/missing.js)',
      '../outside.html points outside the package',
      './Chunk.js differs in letter case from _astro/chunk.js',
    ]);
  });

  it('accept external links, fragments and data URLs', () => {
    expect(
      checkPackageFiles(
        files({
          'index.html':
            '<a href="https://www.nhs.uk/">n</a><a href="#x">x</a><a href="mailto:a@b.c">m</a>',
          'a.css': '.a{background:url(data:image/png;base64,AA)}',
        }),
      ),
    ).toEqual([]);
  });

  it('find manifest entries that are missing or differ in case', () => {
    const manifest =
      '<resource href="launch/index.html"><file href="launch/index.html"/><file href="Index.html"/><file href="gone.js"/></resource>';
    expect(
      checkManifestFiles(manifest, new Set(['launch/index.html', 'index.html'])).map(
        (problem) => problem.message,
      ),
    ).toEqual([
      'Index.html differs in letter case from index.html',
      'gone.js is not in the package',
    ]);
  });
});
