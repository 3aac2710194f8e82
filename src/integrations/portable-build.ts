import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { refreshCspHashes } from './csp';
import { rewriteCss, rewriteHtml } from './relative-urls';

/** Every file under a folder, as paths relative to it with "/" separators. */
export function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const relative = dir ? `${dir}/${name}` : name;
    return statSync(path.join(root, relative)).isDirectory()
      ? listFiles(root, relative)
      : [relative];
  });
}

/** Rewrites every HTML page and stylesheet of a built site to relative URLs; returns how many changed. */
export function makeSiteRelative(root: string): number {
  const files = listFiles(root);
  const topLevel = new Set(readdirSync(root));
  const isSitePath = (url: string) =>
    url === '/' || topLevel.has(url.slice(1).split(/[/?#]/)[0] ?? '');
  let changed = 0;
  for (const file of files) {
    // A rewrite that touches an inline script must keep the page's CSP hashes true.
    const rewrite = file.endsWith('.html')
      ? (text: string) => refreshCspHashes(text, rewriteHtml(text, file, isSitePath))
      : file.endsWith('.css')
        ? (text: string) => rewriteCss(text, file)
        : null;
    if (!rewrite) continue;
    const full = path.join(root, file);
    const before = readFileSync(full, 'utf8');
    const after = rewrite(before);
    if (after !== before) {
      writeFileSync(full, after);
      changed += 1;
    }
  }
  return changed;
}

/**
 * Makes the build portable: it works from any folder (an LMS's deep content path, a file share,
 * a sub-path on the open web). The launcher page an LMS starts is an ordinary page
 * (src/pages/launch.astro), so every build carries it.
 *
 * - Vite's chunk preloads resolve against each chunk's own URL instead of the site root.
 * - After the build, root-absolute URLs in HTML (including island attributes and props) and CSS
 *   become relative to the file they are in.
 */
export function portableBuild(): AstroIntegration {
  return {
    name: 'across-the-interface:portable-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            experimental: {
              renderBuiltUrl: (_file: string, { hostType }: { hostType: 'js' | 'css' | 'html' }) =>
                hostType === 'js' ? { relative: true } : undefined,
            },
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const changed = makeSiteRelative(fileURLToPath(dir));
        logger.info(`made URLs relative in ${changed} files`);
      },
    },
  };
}
