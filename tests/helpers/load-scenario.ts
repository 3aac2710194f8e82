import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { scenarioSchema, type Scenario } from '../../src/schemas/scenario';

/** Reads and validates a scenario file, as the build does. */
export function loadScenario(file: string): Scenario {
  return scenarioSchema.parse(parse(readFileSync(file, 'utf8')));
}

export const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
