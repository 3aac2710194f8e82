/**
 * The browser's local storage, used so that it never throws. Storage can be missing (Node, the
 * build), full, or blocked (private windows, locked-down ward PCs); where site data is blocked,
 * merely reading `window.localStorage` throws a SecurityError. Every caller goes through here,
 * and every key is scoped by the module's id, so a national and a trust build served from one
 * origin keep their learners' progress apart.
 */

/** The part of the Web Storage API this module uses; a Storage, or a test's fake. */
export type KeyValueStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
>;

/**
 * The module id every key began with before keys were scoped: the national module's id, so the
 * national build's keys are the ones learners already have.
 */
export const unscopedPrefix = 'across-the-interface';

/**
 * The module id of this build (settings module.id), fixed at build time by astro.config.mjs.
 * Outside Vite (a Playwright spec importing a store for its key) there is no import.meta.env.
 */
export const buildModuleId: string =
  (typeof import.meta.env === 'object' ? import.meta.env.ACROSS_MODULE_ID : undefined) ??
  unscopedPrefix;

/** A key in one module's part of storage: "<module id>:<name>". */
export const moduleKey = (name: string, moduleId: string = buildModuleId) => `${moduleId}:${name}`;

/** The scope's local storage, or undefined where there is none or reading it throws. */
export function localStorageIfAllowed(scope: object = globalThis): KeyValueStorage | undefined {
  try {
    return (scope as { localStorage?: KeyValueStorage }).localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readText(
  storage: Pick<Storage, 'getItem'> | null | undefined,
  key: string,
): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * The stored JSON value as `parse` makes it (a guard's `value is T ? value : null`, or a reader
 * that fills in defaults); null when it is missing, corrupt or of another shape.
 */
export function readJson<T>(
  storage: Pick<Storage, 'getItem'> | null | undefined,
  key: string,
  parse: (value: unknown) => T | null,
): T | null {
  const text = readText(storage, key);
  if (text === null) return null;
  try {
    return parse(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Whether the browser kept the value: false when storage is missing, full or blocked. */
export function writeText(
  storage: Pick<Storage, 'setItem'> | null | undefined,
  key: string,
  value: string,
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function writeJson(
  storage: Pick<Storage, 'setItem'> | null | undefined,
  key: string,
  value: unknown,
): boolean {
  return writeText(storage, key, JSON.stringify(value));
}

export function removeKey(
  storage: Pick<Storage, 'removeItem'> | null | undefined,
  key: string,
): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

export function keysStartingWith(
  storage: Pick<Storage, 'key' | 'length'> | null | undefined,
  prefix: string,
): string[] {
  const keys: string[] = [];
  try {
    for (let index = 0; storage && index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
  } catch {
    // Blocked part-way: the keys found so far.
  }
  return keys;
}

// Keys that already carry a module id in their name (src/tracking/session.ts): never copied.
const alreadyScoped = /^(?:activity-copy|lms-copy):/;

/**
 * Gives a module other than the national one a copy of what the learner's browser kept under the
 * unscoped keys, once: a trust's build served where the national one was used to be keeps the
 * learner's progress, notes and preferences. Copied, not moved, because the national build on
 * the same origin still reads those keys; once only, so a later reset is not undone.
 */
export function adoptUnscopedKeys(
  storage: KeyValueStorage | undefined,
  moduleId: string = buildModuleId,
): void {
  if (!storage || moduleId === unscopedPrefix) return;
  const adopted = moduleKey('v1:adopted-unscoped-keys', moduleId);
  if (readText(storage, adopted) !== null) return;
  for (const key of keysStartingWith(storage, `${unscopedPrefix}:`)) {
    const name = key.slice(unscopedPrefix.length + 1);
    const value = readText(storage, key);
    if (
      alreadyScoped.test(name) ||
      value === null ||
      readText(storage, moduleKey(name, moduleId)) !== null
    )
      continue;
    writeText(storage, moduleKey(name, moduleId), value);
  }
  writeText(storage, adopted, new Date().toISOString());
}

let adoptedOnThisPage = false;

/**
 * This page's local storage for the module, or undefined where it is missing or blocked. Never
 * throws. The first call on a page adopts the unscoped keys (adoptUnscopedKeys).
 */
export function moduleStorage(scope: object = globalThis): KeyValueStorage | undefined {
  const storage = localStorageIfAllowed(scope);
  if (storage && !adoptedOnThisPage) {
    adoptedOnThisPage = true;
    adoptUnscopedKeys(storage);
  }
  return storage;
}
