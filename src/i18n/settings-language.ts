/** The settings as a language's pages show them (build side only: reads the settings' files). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Language, Settings } from '../schemas/settings';
import { nationSchema, type Nation } from '../schemas/nation';
import { overlay } from '../settings/load-settings';
import { nationsFolder } from '../settings/nations';

/** Where a nation's data in a language lives, e.g. content/nations/cy/wales.yaml. */
export const translatedNationFile = (language: Language, nation: string) =>
  `${nationsFolder}/${language}/${nation}.yaml`;

/** A nation's data in a language, or null when there is none (the build requires it with Welsh on). */
export function readTranslatedNation(
  root: string,
  language: Language,
  nation: string,
): Nation | null {
  const file = path.join(root, translatedNationFile(language, nation));
  if (!existsSync(file)) return null;
  const result = nationSchema.safeParse(parse(readFileSync(file, 'utf8')));
  return result.success ? result.data : null;
}

/**
 * The trust's translated text (the `cy:` block) laid over the English settings, with the nation's
 * data in that language (content/nations/cy/<nation>.yaml) and its policy phrases; English is the
 * settings as written.
 */
export function settingsInLanguage(
  settings: Settings,
  language: Language,
  root = process.cwd(),
): Settings {
  if (language === 'en') return settings;
  const nation = readTranslatedNation(root, language, settings.nation);
  const nationPolicies = Object.fromEntries(
    Object.entries(nation?.policies ?? {}).map(([name, value]) => [
      name,
      { nationalText: value.nationalText },
    ]),
  );
  const withNation = nation
    ? (overlay({ ...settings, nationData: nation }, { policies: nationPolicies }) as Settings)
    : settings;
  const translated = settings[language];
  return translated ? (overlay(withNation, translated) as Settings) : withNation;
}
