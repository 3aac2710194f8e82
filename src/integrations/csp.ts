import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy Astro writes into each built page (security.csp in
 * astro.config.mjs) lists a hash of every inline script and style. Anything that edits a built
 * page afterwards (the relative-URL rewrite, packaging) must keep those hashes true, or the
 * browser refuses the script. These helpers read a page's policy and inline code, and put the
 * hashes right after an edit.
 */

const metaPattern = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;

/** The policy in a page's <meta http-equiv="content-security-policy">, or null. */
export function pageCsp(html: string): string | null {
  return (
    metaPattern
      .exec(html)?.[1]
      ?.replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&') ?? null
  );
}

/** The policy as directive name → its values. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** Script types a browser runs; a JSON data block is not code and needs no hash. */
const isExecutable = (attributes: string) => {
  const type = /\stype=(["'])(.*?)\1/i.exec(attributes)?.[2]?.trim().toLowerCase();
  return (
    !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript'
  );
};

/** The text of every inline script the browser would run, in page order. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\ssrc=/i.test(attributes) && isExecutable(attributes))
    .map(([, , body = '']) => body);
}

/** The text of every <style> element, in page order. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body = '']) => body);
}

/** A CSP source expression for some inline code: 'sha256-…'. */
export const cspHash = (code: string) =>
  `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** Inline event handler attributes (onclick="…"), which a strict policy forbids. */
export function inlineEventHandlers(html: string): string[] {
  return [...html.matchAll(/<[a-z][\w-]*\b[^>]*?\s(on[a-z]+)\s*=/gi)].map(([, name = '']) =>
    name.toLowerCase(),
  );
}

/**
 * After an edit turned `before` into `after`, adds to the page's policy the hash of each inline
 * script or style the edit changed (old hashes stay: the policy Astro writes is shared by many
 * pages). Returns `after`, corrected; a page without a policy is returned unchanged.
 */
export function refreshCspHashes(before: string, after: string): string {
  const policy = metaPattern.exec(after);
  if (!policy) return after;
  const kinds = [
    {
      directives: ['script-src', 'script-src-elem'],
      old: inlineScripts(before),
      now: inlineScripts(after),
    },
    {
      directives: ['style-src', 'style-src-elem'],
      old: inlineStyles(before),
      now: inlineStyles(after),
    },
  ];
  let content = policy[1]!;
  for (const { directives, old, now } of kinds) {
    if (old.length !== now.length)
      throw new Error(
        'An edit to a built page added or removed an inline script or style, so its CSP hashes cannot be kept true.',
      );
    const added = now.filter((code, index) => code !== old[index]).map(cspHash);
    for (const name of directives) {
      content = content.replace(
        new RegExp(`(^|;)(\\s*${name}\\s)([^;]*)`),
        (whole, start: string, lead: string, values: string) => {
          const missing = added.filter(
            (hash) => !values.includes(hash) && !values.includes(hash.replace(/'/g, '&#39;')),
          );
          return missing.length ? `${start}${lead}${values.trimEnd()} ${missing.join(' ')}` : whole;
        },
      );
    }
  }
  return content === policy[1]
    ? after
    : after.replace(policy[0], policy[0].replace(policy[1]!, content));
}
