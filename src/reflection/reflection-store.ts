import {
  moduleKey,
  moduleStorage,
  readJson,
  writeJson,
  type KeyValueStorage,
} from '../storage/browser-storage';

/**
 * The learner's reflective notes. They belong to the learner: they stay in this browser (never in
 * the LMS's progress data, which has a hard size limit) unless the learner downloads or prints them.
 */
import type { Translate } from '../i18n/messages';

export interface Reflection {
  whatHappened: string;
  whatILearned: string;
  whatIWillDoDifferently: string;
  /** When the notes last changed (ISO 8601). */
  updatedAt: string;
}

/** The three reflective headings, in order; each one's label and hint are reflections.fields.<field>.* in the catalogue. */
export const reflectionFields = ['whatHappened', 'whatILearned', 'whatIWillDoDifferently'] as const;

export type ReflectionField = (typeof reflectionFields)[number];

const keyFor = (scenarioId: string) => moduleKey(`v1:reflection:${scenarioId}`);

export function isEmpty(reflection: Reflection | null): boolean {
  return !reflection || reflectionFields.every((key) => !reflection[key].trim());
}

export function loadReflection(
  scenarioId: string,
  storage: KeyValueStorage | undefined = moduleStorage(),
): Reflection | null {
  return readJson(storage, keyFor(scenarioId), (value) => {
    if (!value || typeof value !== 'object') return null;
    const parsed = value as Partial<Reflection>;
    return {
      whatHappened: String(parsed.whatHappened ?? ''),
      whatILearned: String(parsed.whatILearned ?? ''),
      whatIWillDoDifferently: String(parsed.whatIWillDoDifferently ?? ''),
      updatedAt: String(parsed.updatedAt ?? ''),
    };
  });
}

/** Returns false when the browser would not keep the notes, so the page can say so. */
export function saveReflection(
  scenarioId: string,
  reflection: Reflection,
  storage: KeyValueStorage | undefined = moduleStorage(),
): boolean {
  return writeJson(storage, keyFor(scenarioId), reflection);
}

/**
 * A reflective note laid out for a foundation or GP training e-portfolio entry: title, date,
 * the three reflective headings, and where it came from; in the page's language (t: the
 * reflections.* strings; locale: how it writes the date).
 */
export function portfolioNote(
  entries: { title: string; reflection: Reflection }[],
  moduleTitle: string,
  t: Translate,
  today = new Date(),
  locale = 'en-GB',
): string {
  const date = today.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const sections = entries.map(({ title, reflection }) =>
    [
      t('reflections.file.heading', { title }),
      t('reflections.file.activity', { module: moduleTitle, title }),
      t('reflections.file.date', { date }),
      '',
      ...reflectionFields.flatMap((key) => [
        t(`reflections.fields.${key}.label`),
        reflection[key].trim() || t('reflections.notWritten'),
        '',
      ]),
    ].join('\n'),
  );
  return `${sections.join('\n----------------------------------------\n\n').trimEnd()}\n`;
}
