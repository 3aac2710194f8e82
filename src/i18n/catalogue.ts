/**
 * The interface-string catalogues in content/i18n/ (build side: reads files). English is the
 * source of truth for the key set; every other language must have exactly its keys, with the
 * same {parameters}.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Language } from '../schemas/settings';
import type { Problem } from '../schemas/problem';
import { translationStatusSchema, type TranslationStatus } from '../schemas/translation';
import { flattenCatalogue, messageParams, type Messages } from './messages';

export const catalogueFile = (language: Language) => `content/i18n/${language}.yaml`;

export interface Catalogue {
  file: string;
  messages: Messages;
  /** The translation block of a language other than English. */
  translation?: TranslationStatus;
}

const cache = new Map<string, Catalogue>();

/** Reads a language's catalogue; throws naming the file when it is missing or malformed. */
export function loadCatalogue(root: string, language: Language): Catalogue {
  const key = `${root}|${language}`;
  const cached = cache.get(key);
  if (cached && process.env.NODE_ENV === 'production') return cached;
  const read = readCatalogue(root, language);
  if (read.problems.length || !read.catalogue)
    throw new Error(
      read.problems
        .map((problem) => `${problem.file}: ${problem.message} ${problem.fix}`)
        .join('\n'),
    );
  cache.set(key, read.catalogue);
  return read.catalogue;
}

function readCatalogue(
  root: string,
  language: Language,
): { catalogue?: Catalogue; problems: Problem[] } {
  const file = catalogueFile(language);
  const full = path.join(root, file);
  if (!existsSync(full)) {
    return {
      problems: [
        {
          severity: 'error',
          file,
          message: `there is no ${language === 'cy' ? 'Welsh' : 'English'} interface-string catalogue.`,
          fix: `add ${file} with every key of ${catalogueFile('en')} (see docs/welsh.md).`,
        },
      ],
    };
  }
  let data: unknown;
  try {
    data = parse(readFileSync(full, 'utf8'));
  } catch (error) {
    return {
      problems: [
        {
          severity: 'error',
          file,
          message: `the YAML cannot be read: ${(error as Error).message.split('\n')[0]}`,
          fix: 'correct the YAML (quote text that holds a colon).',
        },
      ],
    };
  }
  const { translation, ...strings } = (data && typeof data === 'object' ? data : {}) as Record<
    string,
    unknown
  >;
  const problems: Problem[] = [];
  const flat = flattenCatalogue(strings);
  for (const key of flat.problems)
    problems.push({
      severity: 'error',
      file,
      field: key || '(top level)',
      message: 'is not text.',
      fix: 'write each string as text, in quotes if it holds a colon or starts with {.',
    });
  let status: TranslationStatus | undefined;
  if (language !== 'en') {
    const parsed = translationStatusSchema.safeParse(translation);
    if (parsed.success) status = parsed.data;
    else
      problems.push({
        severity: 'error',
        file,
        field: 'translation',
        message: 'has no valid translation block.',
        fix: 'start the file with translation: { status: unreviewed, translator: "…" } (docs/welsh.md).',
      });
  }
  return {
    catalogue: { file, messages: flat.messages, ...(status ? { translation: status } : {}) },
    problems,
  };
}

/**
 * With a language on, its catalogue must hold every English key, no key English lacks, and the
 * same {parameters} in each string; each problem names the file and the key.
 */
export function catalogueProblems(root: string, language: Language): Problem[] {
  const english = readCatalogue(root, 'en');
  if (!english.catalogue) return english.problems;
  if (language === 'en') return english.problems;
  const other = readCatalogue(root, language);
  if (!other.catalogue) return [...english.problems, ...other.problems];
  const problems = [...english.problems, ...other.problems];
  const { file } = other.catalogue;
  const source = catalogueFile('en');
  for (const [key, text] of Object.entries(english.catalogue.messages)) {
    const translated = other.catalogue.messages[key];
    if (translated === undefined) {
      problems.push({
        severity: 'error',
        file,
        field: key,
        message: `the key "${key}" is missing; ${source} has it ("${text}").`,
        fix: `add ${key} to ${file}, translated.`,
      });
    } else if (messageParams(text).join() !== messageParams(translated).join()) {
      problems.push({
        severity: 'error',
        file,
        field: key,
        message: `uses ${
          messageParams(translated)
            .map((name) => `{${name}}`)
            .join(', ') || 'no parameters'
        } where ${source} uses ${
          messageParams(text)
            .map((name) => `{${name}}`)
            .join(', ') || 'none'
        }.`,
        fix: 'keep every {parameter} exactly as the English writes it, untranslated.',
      });
    }
  }
  for (const key of Object.keys(other.catalogue.messages)) {
    if (!(key in english.catalogue.messages))
      problems.push({
        severity: 'error',
        file,
        field: key,
        message: `the key "${key}" is not in ${source}.`,
        fix: `remove it, or add it to ${source} first (English is the source of the key set).`,
      });
  }
  return problems;
}
