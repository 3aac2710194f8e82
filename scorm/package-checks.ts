import path from 'node:path';

/**
 * Checks a package's files the way an LMS would find problems: URLs that only work at a web
 * server's root, links to folders (LMS content servers do not serve a folder's index.html), and
 * references to files that are missing or differ in letter case (case-insensitive disks hide
 * these; LMS storage does not). The schemas check none of this.
 */

export interface Problem {
  file: string;
  message: string;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const isText = (file: string) => /\.(html|css|js|mjs)$/.test(file);

/** Root-absolute URLs ("/_astro/x.js") in HTML, CSS or JavaScript. */
export function rootAbsoluteUrls(
  file: string,
  content: string,
  topLevel: ReadonlySet<string>,
): string[] {
  const found: string[] = [];
  const add = (match: RegExpMatchArray | null) => match && found.push(...match);
  const entries = [...topLevel]
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  if (file.endsWith('.html')) {
    add(
      content.match(
        /\s(?:href|src|poster|action|data|srcset|component-url|renderer-url|before-hydration-url)=["']\/(?!\/)[^"']*/gi,
      ),
    );
    if (entries) add(content.match(new RegExp(`&quot;/(?:${entries})(?:[/?#][^&]*)?&quot;`, 'g')));
    add(content.match(/["'`]\/_astro\/[^"'`]*/g));
  } else if (file.endsWith('.css')) {
    add(content.match(/url\(\s*["']?\/(?!\/)[^)"']*/g));
    add(content.match(/@import\s+["']\/(?!\/)[^"']*/g));
  } else {
    if (entries)
      add(content.match(new RegExp(`["'\`]/(?:${entries})(?:[/?#][^"'\`]*)?["'\`]`, 'g')));
    // Vite's preload helper for a root base: function(dep){return "/"+dep}.
    add(content.match(/return\s*["'`]\/["'`]\s*\+/g));
  }
  return found;
}

/** The relative URLs a file refers to, to check they exist. */
function references(file: string, content: string): string[] {
  const urls: string[] = [];
  if (file.endsWith('.html')) {
    for (const match of content.matchAll(
      /\s(?:href|src|poster|component-url|renderer-url|before-hydration-url)=["']([^"']*)["']/gi,
    ))
      urls.push(match[1]!);
    for (const match of content.matchAll(/\ssrcset=["']([^"']*)["']/gi))
      urls.push(...match[1]!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
    for (const match of content.matchAll(/&quot;(\.{1,2}\/[^&"]*)&quot;/g)) urls.push(match[1]!);
  } else if (file.endsWith('.css')) {
    for (const match of content.matchAll(/url\(\s*["']?([^)"']*)["']?\s*\)/g)) urls.push(match[1]!);
  } else {
    for (const match of content.matchAll(
      /(?:import\s*\(\s*|from\s*|import\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g,
    ))
      urls.push(match[1]!);
    // Vite's dependency map for preloads: ["./chunk.js","./style.css"].
    for (const match of content.matchAll(/__vite__mapDeps=[^[]*\[([^\]]*)\]/g)) {
      for (const dep of match[1]!.matchAll(/["'`](\.{1,2}\/[^"'`]+)["'`]/g)) urls.push(dep[1]!);
    }
  }
  return urls.filter(
    (url) =>
      url.startsWith('./') ||
      url.startsWith('../') ||
      (!/^[a-z][a-z0-9+.-]*:|^[#/]/i.test(url) && url !== ''),
  );
}

/**
 * Every problem with the package's files: root-absolute URLs, links to folders, and references
 * to missing files or files whose name differs in letter case.
 */
export function checkPackageFiles(files: ReadonlyMap<string, Uint8Array>): Problem[] {
  const problems: Problem[] = [];
  const names = new Set(files.keys());
  const lowerCase = new Map([...names].map((name) => [name.toLowerCase(), name]));
  const topLevel = new Set([...names].map((name) => name.split('/')[0]!));
  for (const [file, bytes] of files) {
    if (!isText(file)) continue;
    const content = text(bytes);
    for (const url of rootAbsoluteUrls(file, content, topLevel))
      problems.push({ file, message: `root-absolute URL ${url.trim()}` });
    for (const url of references(file, content)) {
      const target = url.split(/[?#]/)[0]!;
      if (!target) continue;
      const resolved = path.posix.normalize(
        path.posix.join(path.posix.dirname(file), decodeURIComponent(target)),
      );
      if (resolved.startsWith('../'))
        problems.push({ file, message: `${url} points outside the package` });
      else if (target.endsWith('/') || resolved === '.')
        problems.push({
          file,
          message: `${url} links to a folder; LMS content servers need the file (…/index.html)`,
        });
      else if (!names.has(resolved)) {
        const otherCase = lowerCase.get(resolved.toLowerCase());
        problems.push({
          file,
          message: otherCase
            ? `${url} differs in letter case from ${otherCase}`
            : `${url} is missing (${resolved})`,
        });
      }
    }
  }
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}\n${problem.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/** Problems with the manifest's file references: missing, or differing in letter case. */
export function checkManifestFiles(manifest: string, names: ReadonlySet<string>): Problem[] {
  const lowerCase = new Map([...names].map((name) => [name.toLowerCase(), name]));
  return [...manifest.matchAll(/\shref="([^"]*)"/g)].flatMap((match) => {
    const file = decodeURIComponent(match[1]!.replace(/&amp;/g, '&'));
    if (names.has(file)) return [];
    const otherCase = lowerCase.get(file.toLowerCase());
    return [
      {
        file: 'imsmanifest.xml',
        message: otherCase
          ? `${file} differs in letter case from ${otherCase}`
          : `${file} is not in the package`,
      },
    ];
  });
}
