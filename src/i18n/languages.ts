/**
 * The module's languages: which one a page is in, where its pages live, and which one an LMS
 * learner prefers. Pure, so pages, islands, the launcher and the checks share it.
 */
import type { Language } from '../schemas/settings';

export type { Language } from '../schemas/settings';

/** The BCP 47 tag a page's lang attribute carries. */
export const languageTags: Record<Language, string> = { en: 'en-GB', cy: 'cy' };

/**
 * The path prefix of a language's pages: none for the first (default) language, "/cy" or "/en"
 * for the second, so English-first sites keep every address they had.
 */
export function languagePrefix(language: Language, languages: readonly Language[]): string {
  return language === languages[0] ? '' : `/${language}`;
}

/** A site path ("/scenarios/fit-note/") in a language. */
export function pathInLanguage(
  sitePath: string,
  language: Language,
  languages: readonly Language[],
): string {
  const clean = sitePath.startsWith('/') ? sitePath : `/${sitePath}`;
  return `${languagePrefix(language, languages)}${clean}`;
}

/** Which language a site path is in, and the path without its language prefix. */
export function splitLanguagePath(
  sitePath: string,
  languages: readonly Language[],
): { language: Language; path: string } {
  const match = /^\/(en|cy)(\/.*|$)/.exec(sitePath);
  const prefixed = match?.[1] as Language | undefined;
  if (prefixed && prefixed !== languages[0] && languages.includes(prefixed))
    return { language: prefixed, path: match![2] || '/' };
  return { language: languages[0] ?? 'en', path: sitePath };
}

/** The other language of a two-language site, for the switch; undefined on a one-language site. */
export function otherLanguage(
  language: Language,
  languages: readonly Language[],
): Language | undefined {
  return languages.find((candidate) => candidate !== language);
}

/**
 * A learner's LMS language preference as one of the module's languages: "cy", "cy-GB", "en",
 * "en-GB" (any case, _ or -) when the module offers it; anything else, or nothing, is no
 * preference, and the module opens in its first language.
 */
export function preferredLanguage(
  preference: string | null | undefined,
  languages: readonly Language[],
): Language | undefined {
  const primary = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i
    .exec(preference ?? '')?.[1]
    ?.toLowerCase();
  return languages.find((language) => language === primary);
}

/** The language of a page's lang attribute ("cy", "en-GB"), if it is one of the module's. */
export function languageOfTag(
  tag: string | null | undefined,
  languages: readonly Language[],
): Language | undefined {
  return preferredLanguage(tag, languages);
}

/**
 * Where an LMS launch starts: the bookmarked page (relative to the package root, e.g.
 * "cy/scenarios/fit-note/" or "" for home) moved into the learner's preferred language when the
 * LMS gives one the module offers; otherwise the bookmark as it is.
 */
export function startLocation(
  location: string,
  preference: string | null | undefined,
  languages: readonly Language[],
): string {
  const preferred = preferredLanguage(preference, languages);
  if (!preferred) return location;
  const { path } = splitLanguagePath(`/${location}`, languages);
  return pathInLanguage(path, preferred, languages).slice(1);
}

/**
 * The locale an island writes dates in: its page's lang attribute ("cy", "en-GB"), so a date
 * reads "6 Rhagfyr 2026" on a Welsh page; British English outside a page (unit tests).
 */
export function documentLocale(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'en-GB';
}
