import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { settingsSchema, type Settings } from '../schemas/settings';

/** The national defaults, relative to the project root. */
export const defaultSettingsFile = 'content/settings.yaml';

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

/** Reads the defaults and any overlay; throws with the file and field when a value is wrong. */
export function loadSettings(root: string, overlayFile = process.env[settingsOverlayVariable]): Settings {
  const read = (file: string) => parse(readFileSync(path.resolve(root, file), 'utf8')) as unknown;
  const merged = overlayFile ? overlay(read(defaultSettingsFile), read(overlayFile)) : read(defaultSettingsFile);
  const result = settingsSchema.safeParse(merged);
  if (result.success) return result.data;
  const where = overlayFile ? `${defaultSettingsFile} overlaid by ${overlayFile}` : defaultSettingsFile;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
  throw new Error(`The settings in ${where} are not valid:\n${problems}`);
}
