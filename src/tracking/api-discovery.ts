/**
 * Finding things in other windows without ever throwing. An LMS may put frames from another
 * origin between the module and its API (ESR's trust content servers serve content from another
 * origin and put an adapter frame in between); reading a property of a cross-origin window throws
 * a SecurityError, so every access is guarded and the walk carries on upwards.
 */

export type ScormVersion = '1.2' | '2004';

/** The SCORM 1.2 API object an LMS provides as `window.API`. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 API object an LMS provides as `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** ADL's discovery algorithm gives up after this many parents; so do we. */
export const maxParentLevels = 500;

/** Reads a property of a window that may be cross-origin or closed; undefined if it cannot. */
export function readWindow(win: unknown, key: string): unknown {
  try {
    return (win as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function parentOf(win: unknown): unknown {
  const parent = readWindow(win, 'parent');
  return parent && parent !== win ? parent : null;
}

/** Walks from a window up through its parents, returning the first thing `pick` finds. */
export function findUpwards<T>(
  start: unknown,
  pick: (win: unknown) => T | null,
  maxLevels = maxParentLevels,
): T | null {
  let win: unknown = start;
  for (let level = 0; win && level <= maxLevels; level += 1) {
    let found: T | null;
    try {
      found = pick(win);
    } catch {
      found = null;
    }
    if (found) return found;
    win = parentOf(win);
  }
  return null;
}

function hasMethods(candidate: unknown, names: readonly string[]): boolean {
  try {
    return (
      !!candidate &&
      typeof candidate === 'object' &&
      names.every((name) => typeof (candidate as Record<string, unknown>)[name] === 'function')
    );
  } catch {
    return false;
  }
}

const scorm12Methods = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
];
const scorm2004Methods = [
  'Initialize',
  'Terminate',
  'GetValue',
  'SetValue',
  'Commit',
  'GetLastError',
  'GetErrorString',
];

function pickApi(version: ScormVersion) {
  return (win: unknown): FoundApi | null => {
    if (version === '2004') {
      const api = readWindow(win, 'API_1484_11');
      return hasMethods(api, scorm2004Methods) ? { version, api: api as Scorm2004Api } : null;
    }
    const api = readWindow(win, 'API');
    return hasMethods(api, scorm12Methods) ? { version, api: api as Scorm12Api } : null;
  };
}

/**
 * Finds the LMS's API: up the window's parents (at most 500), then up from the window that opened
 * it, then from the window that opened the top window (LMSs that launch content in a new window).
 * Versions are tried in the order given, each with a full walk.
 */
export function findScormApi(
  start: unknown,
  versions: readonly ScormVersion[] = ['2004', '1.2'],
): FoundApi | null {
  const origins = [
    start,
    readWindow(start, 'opener'),
    readWindow(readWindow(start, 'top'), 'opener'),
  ];
  for (const version of versions) {
    for (const origin of origins) {
      const found = origin ? findUpwards(origin, pickApi(version)) : null;
      if (found) return found;
    }
  }
  return null;
}
