import { moduleKey, moduleStorage, readJson, writeJson, type KeyValueStorage } from '../storage/browser-storage';

/**
 * The learner's reflective notes. They belong to the learner: they stay in this browser (never in
 * the LMS's progress data, which has a hard size limit) unless the learner downloads or prints them.
 */
export interface Reflection {
  whatHappened: string;
  whatILearned: string;
  whatIWillDoDifferently: string;
  /** When the notes last changed (ISO 8601). */
  updatedAt: string;
}

export const reflectionFields = [
  { key: 'whatHappened', label: 'What happened', hint: 'The situation, what you decided and what followed for the patient and the other side.' },
  { key: 'whatILearned', label: 'What I learned', hint: 'About the requirement, the other side of the interface, or yourself.' },
  { key: 'whatIWillDoDifferently', label: 'What I will do differently', hint: 'One or two concrete things for your next shift.' },
] as const;

export type ReflectionField = (typeof reflectionFields)[number]['key'];

const keyFor = (scenarioId: string) => moduleKey(`v1:reflection:${scenarioId}`);

export function isEmpty(reflection: Reflection | null): boolean {
  return !reflection || reflectionFields.every(({ key }) => !reflection[key].trim());
}

export function loadReflection(scenarioId: string, storage: KeyValueStorage | undefined = moduleStorage()): Reflection | null {
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
export function saveReflection(scenarioId: string, reflection: Reflection, storage: KeyValueStorage | undefined = moduleStorage()): boolean {
  return writeJson(storage, keyFor(scenarioId), reflection);
}

/**
 * A reflective note laid out for a foundation or GP training e-portfolio entry: title, date,
 * the three reflective headings, and where it came from.
 */
export function portfolioNote(entries: { title: string; reflection: Reflection }[], moduleTitle: string, today = new Date()): string {
  const date = today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const sections = entries.map(({ title, reflection }) =>
    [
      `Reflection: ${title}`,
      `Learning activity: ${moduleTitle}, e-learning scenario "${title}"`,
      `Date: ${date}`,
      '',
      ...reflectionFields.flatMap(({ key, label }) => [label, reflection[key].trim() || '(not written)', '']),
    ].join('\n'),
  );
  return `${sections.join('\n----------------------------------------\n\n').trimEnd()}\n`;
}
