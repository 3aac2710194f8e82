/**
 * Looking up interface strings. Pure and browser-safe: Astro pages get a whole catalogue at build
 * time, and hand each React island the strings it needs as a plain, serialisable object (or
 * through <MessagesProvider>), so nothing is fetched at run time.
 *
 * Keys are dotted paths into content/i18n/en.yaml ("case.continue"); parameters are written
 * {name} in the text and filled from the params object.
 */

/** A language's strings by dotted key. */
export type Messages = Readonly<Record<string, string>>;

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills {name} slots. A slot without a value stays visible, so a missing parameter is noticed, never blanked. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{([a-zA-Z][\w-]*)\}/g, (slot, name: string) =>
    name in params ? String(params[name]) : slot,
  );
}

/** The {name} parameters a message uses, sorted, to check that translations keep them. */
export function messageParams(template: string): string[] {
  return [
    ...new Set([...template.matchAll(/\{([a-zA-Z][\w-]*)\}/g)].map((match) => match[1]!)),
  ].sort();
}

export class MissingMessageError extends Error {
  constructor(readonly key: string) {
    super(
      `the interface string "${key}" is not in the catalogue (content/i18n/en.yaml); add it there and to every other language's file.`,
    );
    this.name = 'MissingMessageError';
  }
}

export type Translate = (key: string, params?: MessageParams) => string;

/**
 * The lookup for one language's strings. An unknown key throws: the build check guarantees every
 * language has every English key, so a miss is a programming error, caught by the build and tests.
 */
export function translator(messages: Messages): Translate {
  return (key, params) => {
    const template = messages[key];
    if (template === undefined) throw new MissingMessageError(key);
    return formatMessage(template, params);
  };
}

/** The strings under some key prefixes ("case.", "player."), for an island's props. */
export function pickMessages(messages: Messages, ...prefixes: readonly string[]): Messages {
  return Object.fromEntries(
    Object.entries(messages).filter(([key]) =>
      prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`)),
    ),
  );
}

/**
 * The messages without the sections named: for an island whose catalogue section also holds the
 * words of the static page around it, which the island never shows but would carry in its props.
 */
export function omitMessages(messages: Messages, ...prefixes: readonly string[]): Messages {
  return Object.fromEntries(
    Object.entries(messages).filter(
      ([key]) => !prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`)),
    ),
  );
}

/** Flattens a nested YAML catalogue into dotted keys; a non-text leaf is reported, not guessed at. */
export function flattenCatalogue(
  value: unknown,
  prefix = '',
  into: Record<string, string> = {},
  problems: string[] = [],
): { messages: Record<string, string>; problems: string[] } {
  if (typeof value === 'string') into[prefix] = value;
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value))
      flattenCatalogue(item, prefix ? `${prefix}.${key}` : key, into, problems);
  } else problems.push(prefix);
  return { messages: into, problems };
}

/** A message given as data (a key and its parameters), e.g. from a Web Worker, so the page words it. */
export interface MessageData {
  key: string;
  params?: MessageParams;
  /** Parameters that are themselves messages: a key, or a message with its own parameters. */
  keyParams?: Readonly<Record<string, string | MessageData>>;
}

/** Words a message given as data, in the lookup's language. */
export function sayMessage(t: Translate, message: MessageData): string {
  const named = Object.fromEntries(
    Object.entries(message.keyParams ?? {}).map(([name, part]) => [
      name,
      typeof part === 'string' ? t(part) : sayMessage(t, part),
    ]),
  );
  return t(message.key, { ...message.params, ...named });
}
