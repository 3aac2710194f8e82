/** The settings as a language's pages show them (build side only: the settings loader reads files). */
import type { Language, Settings } from '../schemas/settings';
import { overlay } from '../settings/load-settings';

/**
 * The trust's translated text (the `cy:` block) laid over the English settings; English is the
 * settings as written.
 */
export function settingsInLanguage(settings: Settings, language: Language): Settings {
  if (language === 'en') return settings;
  const translated = settings[language];
  return translated ? (overlay(settings, translated) as Settings) : settings;
}
