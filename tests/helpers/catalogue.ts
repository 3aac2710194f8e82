import path from 'node:path';
import { loadCatalogue } from '../../src/i18n/catalogue';
import { translator, type Messages, type Translate } from '../../src/i18n/messages';
import type { Language } from '../../src/schemas/settings';

const project = path.resolve(import.meta.dirname, '../..');

/** A language's real interface strings (content/i18n/), as pages hand them to islands. */
export const catalogueMessages = (language: Language): Messages =>
  loadCatalogue(project, language).messages;

/** The lookup for a language's real interface strings. */
export const translate = (language: Language): Translate => translator(catalogueMessages(language));
