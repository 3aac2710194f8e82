import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { settingsSchema, type Settings } from '../schemas/settings';
import { nationIdSchema, type Nation } from '../schemas/nation';
import { readNation } from './nations';
import { formatProblem, fieldPath, type Problem } from '../schemas/problem';
import {
  depthIn,
  describeIssue,
  parseYaml,
  valueAt,
  type FieldPath,
  type ParsedYaml,
} from '../schemas/yaml-source';

/** The national defaults, relative to the project root. */
export const defaultSettingsFile = 'content/settings.yaml';

/** Where trusts keep their settings files in this repository (any other path works too). */
export const trustSettingsFolder = 'content/trusts';

/**
 * The trust settings files in content/trusts/, relative to the project root. A file starting with
 * "_" is a draft, left out like a scenario draft: it is used only when named with --settings.
 */
export function trustSettingsFiles(root: string): string[] {
  const folder = path.join(root, trustSettingsFolder);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => `${trustSettingsFolder}/${name}`);
}

/**
 * A trust's settings file, if one is in force: packaging sets ACROSS_SETTINGS so that the build
 * it runs uses the trust's values.
 */
export const settingsOverlayVariable = 'ACROSS_SETTINGS';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Overlays a trust's values on the defaults: objects merge field by field, lists replace. */
export function overlay(base: unknown, top: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(top)) return top === undefined ? base : top;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(top)) merged[key] = overlay(base[key], value);
  return merged;
}

/** A file as authors know it: relative to the project when it is inside it. */
export function displayPath(root: string, file: string): string {
  const relative = path.relative(root, path.resolve(root, file));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative.split(path.sep).join('/')
    : path.resolve(root, file);
}

/**
 * Field names the schema accepts that the defaults may leave out, for "did you mean" hints: by
 * the field they sit in ("" for the top level, "clinicalSignOff.*" for any scenario's sign-off).
 */
const optionalFields: Record<string, readonly string[]> = {
  '': ['clinicalSignOff', 'languages', 'cy'],
  organisation: ['logo'],
  'clinicalSignOff.*': ['name', 'role', 'date'],
};
const optionalFieldsIn = (parent: FieldPath) =>
  optionalFields[
    parent.length === 2 && parent[0] === 'clinicalSignOff'
      ? 'clinicalSignOff.*'
      : String(parent.at(-1) ?? '')
  ] ?? [];

/**
 * Hints for the mistakes a trust is most likely to make, by top-level field: given the problem
 * and the value found, the fix that matches it (or undefined for the general one).
 */
const fieldFixes: Record<string, (issue: z.core.$ZodIssue, found: unknown) => string | undefined> =
  {
    accentColour: (issue, found) => {
      // In YAML an unquoted # starts a comment, so accentColour: #6b1d5c reads as no value at all.
      if (found === null)
        return 'put the colour in double quotes, e.g. accentColour: "#6b1d5c". Without them, YAML reads # as the start of a comment and the value is lost.';
      if (issue.code === 'custom')
        return 'choose a darker colour: white header text on it, and text in it on the pale page background, both need a contrast of at least 4.5:1 (NHS blue "#005eb8" passes); see docs/tailoring.md.';
      return 'write the colour as # and six hexadecimal digits, in double quotes, e.g. accentColour: "#005eb8".';
    },
    scormVersions: () =>
      'list scorm12, scorm2004 or both in square brackets, e.g. scormVersions: [scorm12].',
    languages: () =>
      'list the languages in square brackets, the one to open in first: languages: [en], [en, cy] or [cy, en] (see docs/welsh.md).',
    passMark: () => 'give a whole percentage from 0 to 100, e.g. passMark: 70.',
  };

/**
 * Whether the trust's file is where a field's value comes from: it sets the field itself, or a
 * list on the way to it (lists replace the defaults' list as a whole).
 */
function setByOverlay(topData: unknown, fieldPathParts: FieldPath): boolean {
  let here = topData;
  for (const part of fieldPathParts) {
    if (Array.isArray(here)) return true;
    if (!isPlainObject(here) || !(String(part) in here)) return false;
    here = here[String(part)];
  }
  return true;
}

/**
 * The nation's wording of each national requirement replaces the defaults' (England's), unless
 * the trust's own file words it itself; so does its default organisation name.
 */
function withNationDefaults(merged: unknown, nation: Nation, topData: unknown): unknown {
  if (!isPlainObject(merged)) return merged;
  const policies: Record<string, unknown> = isPlainObject(merged.policies)
    ? { ...merged.policies }
    : {};
  for (const [name, { nationalText }] of Object.entries(nation.policies)) {
    if (isPlainObject(policies[name]) && !setByOverlay(topData, ['policies', name, 'nationalText']))
      policies[name] = { ...policies[name], nationalText };
  }
  // Nor may the defaults' "Your NHS trust" name a health board or an HSC trust.
  const organisation = isPlainObject(merged.organisation) ? { ...merged.organisation } : {};
  for (const field of ['name', 'shortName'] as const) {
    if (nation.defaultOrganisation && !setByOverlay(topData, ['organisation', field]))
      organisation[field] = nation.defaultOrganisation[field];
  }
  return {
    ...merged,
    ...(isPlainObject(merged.policies) ? { policies } : {}),
    ...(isPlainObject(merged.organisation) ? { organisation } : {}),
  };
}

export interface SettingsFiles {
  /** The national defaults and the trust's overlay, as shown to authors. */
  defaults: string;
  overlay?: string;
}

export interface ReadSettings {
  /** The settings in force, or null when they are not valid. */
  settings: Settings | null;
  /** Everything wrong with them, each pointing at the file and line that sets the value. */
  problems: Problem[];
  files: SettingsFiles;
  /** The file (and line) a field's value comes from: the overlay where it sets the field, else the defaults. */
  locate: (fieldPathParts: FieldPath) => { file: string; line?: number };
  /** The overlaid values before the schema checked them (undefined when a file cannot be read). */
  raw?: unknown;
}

interface SettingsSource {
  file: string;
  parsed: ParsedYaml | null;
  problems: Problem[];
}

function readSource(root: string, file: string, role: 'defaults' | 'overlay'): SettingsSource {
  const shown = displayPath(root, file);
  const full = path.resolve(root, file);
  if (!existsSync(full)) {
    return {
      file: shown,
      parsed: null,
      problems: [
        {
          severity: 'error',
          file: shown,
          message:
            role === 'overlay'
              ? `the settings file ${shown} does not exist.`
              : 'the national settings file is missing.',
          fix:
            role === 'overlay'
              ? 'check the path after --settings: it is relative to the folder you run the command in.'
              : `restore ${defaultSettingsFile} from the repository.`,
        },
      ],
    };
  }
  const parsed = parseYaml(readFileSync(full, 'utf8'));
  const problems: Problem[] = parsed.syntaxProblems.map((problem) => ({ ...problem, file: shown }));
  if (
    !problems.length &&
    parsed.data !== null &&
    parsed.data !== undefined &&
    !isPlainObject(parsed.data)
  ) {
    problems.push({
      severity: 'error',
      file: shown,
      line: 1,
      message: 'the file is not a set of settings.',
      fix: 'write one field per line, such as organisation:, contacts: or scenarios:, as in content/trusts/northshire.yaml.',
    });
  }
  return { file: shown, parsed, problems };
}

/**
 * Reads the defaults and any overlay, and checks them against the schema. Every problem names
 * the file that sets the wrong value (the trust's file, where it sets it) and its line.
 */
export function readSettings(
  root: string,
  overlayFile = process.env[settingsOverlayVariable] || undefined,
): ReadSettings {
  const defaults = readSource(root, defaultSettingsFile, 'defaults');
  const top = overlayFile ? readSource(root, overlayFile, 'overlay') : null;
  const files: SettingsFiles = { defaults: defaults.file, ...(top ? { overlay: top.file } : {}) };
  const baseData = defaults.parsed?.data ?? {};
  const topData = top?.parsed?.data ?? {};

  const locate = (fieldPathParts: FieldPath) => {
    // A list or a value the overlay sets replaces the default, so the overlay is to blame when it
    // reaches at least as deep as the defaults do.
    const fromOverlay =
      top?.parsed &&
      (setByOverlay(topData, fieldPathParts) ||
        (depthIn(topData, fieldPathParts) > 0 &&
          depthIn(topData, fieldPathParts) >= depthIn(baseData, fieldPathParts)));
    const source = fromOverlay ? top : defaults;
    return { file: source.file, line: source.parsed?.lineOf(fieldPathParts) };
  };

  const readProblems = [...defaults.problems, ...(top?.problems ?? [])];
  if (readProblems.length) return { settings: null, problems: readProblems, files, locate };

  const trustMerged = top ? overlay(baseData, isPlainObject(topData) ? topData : {}) : baseData;
  // The nation's data come next: a wrong nation name is left for the schema to report.
  const nationId = nationIdSchema.safeParse(
    isPlainObject(trustMerged) ? (trustMerged.nation ?? 'england') : 'england',
  );
  const nationRead = nationId.success ? readNation(root, nationId.data) : null;
  if (nationRead && !nationRead.nation)
    return { settings: null, problems: nationRead.problems, files, locate, raw: trustMerged };
  const merged = nationRead?.nation
    ? withNationDefaults(trustMerged, nationRead.nation, topData)
    : trustMerged;
  const result = settingsSchema.safeParse(merged);
  if (result.success) {
    // A valid nation was read above (the schema accepted it), so its data are here.
    if (nationRead?.nation)
      return {
        settings: { ...result.data, nationData: nationRead.nation },
        problems: [],
        files,
        locate,
        raw: merged,
      };
    throw new Error(`the nation "${result.data.nation}" was accepted but its data were not read`);
  }

  const knownFields = (parent: FieldPath) => {
    const here = valueAt(baseData, parent);
    const keys = isPlainObject(here) ? Object.keys(here) : [];
    // Inside a named policy or scenario entry, the fields of any other entry are the ones allowed.
    const sibling =
      parent.length === 2 && isPlainObject(valueAt(baseData, parent.slice(0, 1)))
        ? Object.values(valueAt(baseData, parent.slice(0, 1)) as object)[0]
        : undefined;
    const siblingKeys = isPlainObject(sibling) ? Object.keys(sibling) : [];
    const listItemKeys = typeof parent.at(-1) === 'number' ? ['id', 'required'] : [];
    return [...new Set([...keys, ...siblingKeys, ...listItemKeys, ...optionalFieldsIn(parent)])];
  };
  const problems = result.error.issues.map((issue): Problem => {
    const described = describeIssue(issue, merged, { docs: 'docs/tailoring.md', knownFields });
    const where = locate(described.path);
    const topField = String(described.path[0] ?? '');
    const found = valueAt(merged, described.path);
    const special =
      issue.code !== 'unrecognized_keys' && !(issue.code === 'invalid_type' && found === undefined)
        ? fieldFixes[topField]?.(issue, found)
        : undefined;
    return {
      severity: 'error',
      file: where.file,
      ...(where.line ? { line: where.line } : {}),
      ...(described.path.length ? { field: fieldPath(described.path) } : {}),
      message: described.message,
      fix: special ?? described.fix,
    };
  });
  return { settings: null, problems, files, locate, raw: merged };
}

/** Settings that cannot be used, with every problem in them. */
export class SettingsError extends Error {
  constructor(
    readonly problems: Problem[],
    readonly files: SettingsFiles,
  ) {
    const which = files.overlay
      ? `${files.overlay} (overlaid on ${files.defaults})`
      : files.defaults;
    super(
      `The settings in ${which} cannot be used:\n\n${problems.map(formatProblem).join('\n\n')}`,
    );
    this.name = 'SettingsError';
  }
}

/** Reads the defaults and any overlay; throws a SettingsError naming the file, line and field of every wrong value. */
export function loadSettings(
  root: string,
  overlayFile = process.env[settingsOverlayVariable] || undefined,
): Settings {
  const read = readSettings(root, overlayFile);
  if (!read.settings) throw new SettingsError(read.problems, read.files);
  return read.settings;
}
