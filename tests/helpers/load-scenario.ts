import path from 'node:path';
import { loadScenarioFile } from '../../src/integrity/content-files';
import type { Scenario } from '../../src/schemas/scenario';

/** Reads and validates a scenario file, as the build does; a bad one fails with its file and line. */
export function loadScenario(file: string): Scenario {
  return loadScenarioFile(path.dirname(file), file);
}

export const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
