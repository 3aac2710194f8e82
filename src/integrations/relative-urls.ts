import path from 'node:path';

/**
 * Rewrites the root-absolute URLs Astro writes ("/_astro/x.js", "/scenarios/") as URLs relative
 * to the file they are in, so the built site works from any folder: an LMS's deep content path, a
 * file share, a sub-path on the open web. Astro has no relative base option, hence this
 * (withastro/astro#4229; its relative-links RFC, withastro/roadmap#381, was closed).
 */

/** Splits "/a/b/?q#h" into its path and the "?q#h" suffix. */
function splitSuffix(url: string): [string, string] {
  const at = url.search(/[?#]/);
  return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}

/**
 * The relative form of a root-absolute URL, as seen from a file (a path relative to the site's
 * root, e.g. "scenarios/fit-note/index.html"). Always starts "./" or "../": a dynamic import()
 * treats "_astro/x.js" as a bare module name and fails.
 */
export function relativeUrl(fromFile: string, url: string): string {
  const [target, suffix] = splitSuffix(url);
  const fromDir = path.posix.dirname(`/${fromFile}`);
  let relative = path.posix.relative(fromDir, target);
  if (target.endsWith('/') && relative !== '') relative += '/';
  if (relative === '') relative = './';
  else if (!relative.startsWith('../')) relative = `./${relative}`;
  return relative + suffix;
}

const isRootAbsolute = (url: string) => url.startsWith('/') && !url.startsWith('//');

/** Attributes that hold one URL, including Astro's island attributes. */
const urlAttributes = [
  'href',
  'src',
  'poster',
  'action',
  'data',
  'component-url',
  'renderer-url',
  'before-hydration-url',
];
const attributePattern = new RegExp(`(\\s(?:${urlAttributes.join('|')})=)(["'])(.*?)\\2`, 'gi');

/**
 * Rewrites one built HTML page. `isSitePath` tells which root-absolute strings inside island
 * props are links into the site (props are data, so only known top-level folders and files are
 * treated as URLs).
 */
export function rewriteHtml(
  html: string,
  file: string,
  isSitePath: (url: string) => boolean,
): string {
  const rewrite = (url: string) => (isRootAbsolute(url) ? relativeUrl(file, url) : url);
  return (
    html
      .replace(
        attributePattern,
        (_match, name: string, quote: string, url: string) =>
          `${name}${quote}${rewrite(url)}${quote}`,
      )
      .replace(
        /(\ssrcset=)(["'])(.*?)\2/gi,
        (_match, name: string, quote: string, list: string) => {
          const candidates = list
            .split(',')
            .map((candidate) => candidate.trim().replace(/^\S+/, (url) => rewrite(url)));
          return `${name}${quote}${candidates.join(', ')}${quote}`;
        },
      )
      // Island props are HTML-escaped JSON: {"scenariosHref":[0,"/scenarios/"]}.
      .replace(
        /(\sprops=")([^"]*)"/g,
        (_match, start: string, json: string) =>
          `${start}${json.replace(/&quot;(\/[^&"]*?)&quot;/g, (whole, url: string) => (isRootAbsolute(url) && isSitePath(url) ? `&quot;${relativeUrl(file, url)}&quot;` : whole))}"`,
      )
      // Module scripts Astro inlines may import chunks directly.
      .replace(
        /(import\s*\(?\s*|from\s*)(["'`])(\/_astro\/[^"'`]+)\2/g,
        (_match, lead: string, quote: string, url: string) =>
          `${lead}${quote}${relativeUrl(file, url)}${quote}`,
      )
  );
}

/** Rewrites url(...) and @import in one built stylesheet. */
export function rewriteCss(css: string, file: string): string {
  return css
    .replace(
      /url\(\s*(["']?)(\/(?!\/)[^)"']*)\1\s*\)/g,
      (_match, quote: string, url: string) => `url(${quote}${relativeUrl(file, url)}${quote})`,
    )
    .replace(
      /@import\s+(["'])(\/(?!\/)[^"']*)\1/g,
      (_match, quote: string, url: string) => `@import ${quote}${relativeUrl(file, url)}${quote}`,
    );
}

/**
 * For LMS packages: links to folders ("../scenarios/") point at the folder's index.html, because
 * LMS content servers, zip-backed players and file shares do not serve a folder's index page.
 * Only relative links (after rewriteHtml) are touched, in href attributes and island props.
 */
export function explicitIndexLinks(html: string): string {
  const withIndex = (url: string) => {
    const [target, suffix] = splitSuffix(url);
    return /^\.{1,2}\/(?:.*\/)?$/.test(target) ? `${target}index.html${suffix}` : url;
  };
  return html
    .replace(
      /(\shref=)(["'])(.*?)\2/gi,
      (_match, name: string, quote: string, url: string) =>
        `${name}${quote}${withIndex(url)}${quote}`,
    )
    .replace(
      /(\sprops=")([^"]*)"/g,
      (_match, start: string, json: string) =>
        `${start}${json.replace(/&quot;(\.{1,2}\/[^&"]*?)&quot;/g, (_whole, url: string) => `&quot;${withIndex(url)}&quot;`)}"`,
    );
}
