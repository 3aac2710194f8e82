import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  cspHash,
  inlineEventHandlers,
  inlineScripts,
  inlineStyles,
  pageCsp,
  parseCsp,
} from '../../src/integrations/csp';
import { builtPageFiles, builtSite, e2ePackagesDir, packagedPages } from './support/built-pages';

/**
 * Every page of the build and of each SCORM package carries a strict Content-Security-Policy:
 * no 'unsafe-inline' or 'unsafe-eval' for scripts, nothing from another origin, a hash for every
 * inline script and style, and no inline event handlers or style attributes (which the policy
 * would refuse). Static checks of the files; security.spec.ts watches the policy at work.
 */

/** What a strict policy must say, whatever else it says. */
function problemsWithPolicy(policy: string | null): string[] {
  if (!policy) return ['no Content-Security-Policy <meta>'];
  const directives = parseCsp(policy);
  const problems: string[] = [];
  const scriptSources = directives.get('script-src') ?? directives.get('default-src') ?? [];
  if (!directives.has('script-src')) problems.push('no script-src');
  for (const source of scriptSources) {
    if (
      ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'"].includes(source)
    )
      problems.push(`script-src allows ${source}`);
    else if (!/^'(self|sha(256|384|512)-[A-Za-z0-9+/=]+|strict-dynamic)'$/.test(source))
      problems.push(`script-src allows ${source}`);
  }
  // Scripts come from the module alone; other resources from it or from data: (icons, video.js's font).
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (/^(https?:|\*|\/\/)/.test(source) || (source.includes('.') && !source.startsWith("'")))
        problems.push(`${name} allows another origin: ${source}`);
      if (source === "'unsafe-inline'" && name.startsWith('style-src'))
        problems.push(
          `${name} allows 'unsafe-inline' (video.js's run-time styles are switched off; see load-videojs.ts)`,
        );
    }
  }
  if (directives.get('default-src')?.join(' ') !== "'self'")
    problems.push(`default-src is "${directives.get('default-src')?.join(' ')}", not 'self'`);
  if (directives.get('object-src')?.join(' ') !== "'none'")
    problems.push("object-src is not 'none'");
  if (!directives.get('base-uri')) problems.push('no base-uri');
  return problems;
}

function problemsWithPage(html: string): string[] {
  const policy = pageCsp(html);
  const problems = problemsWithPolicy(policy);
  if (!policy) return problems;
  const directives = parseCsp(policy);
  const scriptSources = directives.get('script-src-elem') ?? directives.get('script-src') ?? [];
  const styleSources = directives.get('style-src-elem') ?? directives.get('style-src') ?? [];
  for (const code of inlineScripts(html))
    if (!scriptSources.includes(cspHash(code)))
      problems.push(`an inline script has no hash in the policy: ${code.slice(0, 60)}…`);
  for (const code of inlineStyles(html))
    if (!styleSources.includes(cspHash(code)))
      problems.push(`an inline style has no hash in the policy: ${code.slice(0, 60)}…`);
  for (const handler of inlineEventHandlers(html)) problems.push(`an inline ${handler} handler`);
  if (/<[a-z][\w-]*\b[^>]*\sstyle\s*=/i.test(html))
    problems.push('a style attribute (the policy refuses inline styles)');
  if (/\s(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(html))
    problems.push('a javascript: URL');
  // The policy must come before anything it governs.
  const meta = html.search(/<meta\s+http-equiv="content-security-policy"/i);
  const firstGoverned = html.search(
    /<(script|style)\b|<link\b[^>]*\brel=["']?(stylesheet|modulepreload|preload)/i,
  );
  if (firstGoverned >= 0 && firstGoverned < meta)
    problems.push('a script, style or stylesheet comes before the policy');
  return problems;
}

test('every built page has a strict CSP covering its inline code, and no inline handlers', () => {
  const files = builtPageFiles();
  expect(files.length).toBeGreaterThan(10);
  const problems = files.flatMap((file) =>
    problemsWithPage(readFileSync(path.join(builtSite, file), 'utf8')).map(
      (problem) => `${file}: ${problem}`,
    ),
  );
  expect(problems).toEqual([]);
});

test('every page in each SCORM package keeps that policy after packaging', () => {
  const zips = readdirSync(e2ePackagesDir).filter((name) => name.endsWith('.zip'));
  expect(zips.length).toBeGreaterThan(0);
  for (const zip of zips) {
    const pages = packagedPages(path.join(e2ePackagesDir, zip));
    expect(pages.size, zip).toBeGreaterThan(10);
    const problems = [...pages].flatMap(([file, html]) =>
      problemsWithPage(html).map((problem) => `${zip}: ${file}: ${problem}`),
    );
    expect(problems).toEqual([]);
  }
});

test('the local server sends each page’s policy as a header too, and compresses text', async ({
  request,
}) => {
  const response = await request.get('/launch/', { headers: { 'Accept-Encoding': 'gzip' } });
  const header = response.headers()['content-security-policy'];
  expect(header).toBe(pageCsp(await response.text()));
  expect(problemsWithPolicy(header ?? null)).toEqual([]);
  expect(header).not.toContain('frame-ancestors');
  expect(response.headers()['content-encoding']).toBe('gzip');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});
