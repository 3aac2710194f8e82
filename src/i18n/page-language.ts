/**
 * Which language the page being built is in (build side). The middleware runs each page's render
 * inside its language, taken from its address (/cy/… or /en/… for the second language), so
 * href(), the site's text and the scenario catalogue follow it without every page passing it on;
 * a second-language page's getStaticPaths runs its English twin's inside the language too.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { moduleSettings } from '../settings/module-settings';
import { settingsInLanguage } from './settings-language';
import { loadCatalogue } from './catalogue';
import {
  languageTags,
  otherLanguage,
  pathInLanguage,
  splitLanguagePath,
  type Language,
} from './languages';
import type { SignOffWording } from '../settings/sign-off';
import { translator, pickMessages, type Messages, type Translate } from './messages';
import type { Settings } from '../schemas/settings';
import { formatLongDate } from '../vocabulary/format';

const storage = new AsyncLocalStorage<Language>();

/** The module's languages, the first being the one at the site root. */
export const moduleLanguages: readonly Language[] = moduleSettings.languages;

/** The site's base path without its trailing slash ("" at the root). */
const base = () => import.meta.env.BASE_URL.replace(/\/$/, '');

/** The language of a page from its address, with the base path taken off. */
export function languageOfPath(pathname: string): Language {
  const sitePath = pathname.startsWith(base()) ? pathname.slice(base().length) || '/' : pathname;
  return splitLanguagePath(sitePath, moduleLanguages).language;
}

/** Runs `work` (a page's render, or its getStaticPaths) in a language. */
export function runInLanguage<T>(language: Language, work: () => T): T {
  return storage.run(language, work);
}

/** The language of the page being built; the first language outside any page. */
export function pageLanguage(): Language {
  return storage.getStore() ?? moduleLanguages[0] ?? 'en';
}

/** The second language, whose pages live under its prefix; undefined on a one-language site. */
export const secondLanguage: Language | undefined = moduleLanguages[1];

/** The settings as the current page shows them (the trust's Welsh text on Welsh pages). */
export function pageSettings(): Settings {
  return settingsInLanguage(moduleSettings, pageLanguage());
}

/** The current page's interface strings. */
export function pageMessages(language: Language = pageLanguage()): Messages {
  return loadCatalogue(process.cwd(), language).messages;
}

/** The lookup for the current page's interface strings. */
export function pageTranslate(language: Language = pageLanguage()): Translate {
  return translator(pageMessages(language));
}

/** The strings under some key prefixes, for an island's messages prop. */
export function islandMessages(...prefixes: readonly string[]): Messages {
  return pickMessages(pageMessages(), ...prefixes);
}

/** The catalogue's translation block, for the review notice on pages in that language. */
export function catalogueTranslation(language: Language = pageLanguage()) {
  return loadCatalogue(process.cwd(), language).translation;
}

/** A site path in the current page's language: unchanged in the first language, prefixed in the second. */
export function localPath(sitePath: string, language: Language = pageLanguage()): string {
  return pathInLanguage(sitePath, language, moduleLanguages);
}

/** The same page in the other language, for the language switch; undefined on a one-language site. */
export function switchTarget(pathname: string): { language: Language; path: string } | undefined {
  const here = pageLanguage();
  const other = otherLanguage(here, moduleLanguages);
  if (!other) return undefined;
  const sitePath = pathname.startsWith(base()) ? pathname.slice(base().length) || '/' : pathname;
  return {
    language: other,
    path: pathInLanguage(splitLanguagePath(sitePath, moduleLanguages).path, other, moduleLanguages),
  };
}

/**
 * getStaticPaths for a second-language page: its English twin's paths, worked out in the second
 * language (so the props hold the translated content), each with the language as the lang param.
 * None on a one-language site.
 */
export async function secondLanguagePaths<
  P extends { params?: Record<string, string | undefined>; props?: unknown },
>(
  englishPaths: () => P[] | Promise<P[]> = () => [{} as P],
): Promise<(P & { params: Record<string, string | undefined> })[]> {
  const language = secondLanguage;
  if (!language) return [];
  const paths = await runInLanguage(language, englishPaths);
  return paths.map((entry) => ({ ...entry, params: { ...(entry.params ?? {}), lang: language } }));
}

/** A date as the current page's language writes it: "6 December 2026", "6 Rhagfyr 2026". */
export function formatPageDate(date: Date, language: Language = pageLanguage()): string {
  return formatLongDate(date, languageTags[language]);
}

/** The clinical sign-off line in the current page's language (src/settings/sign-off.ts). */
export function pageSignOffWording(language: Language = pageLanguage()): SignOffWording {
  const t = pageTranslate(language);
  return {
    awaiting: t('signOff.awaiting'),
    signed: (values) => t('signOff.signed', values),
    formatDate: (date) => formatPageDate(date, language),
  };
}
