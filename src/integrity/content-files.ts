/**
 * The one way Node code finds and reads content files: the build's checks, `npm run
 * check:content`, `npm run package`, the vlog generator, the benchmark and the tests all list and
 * load scenarios here, so they agree on which files count and report a bad one the same way.
 *
 * A file whose name starts with "_" is a draft (docs/authoring.md): never listed, so nothing
 * checks, builds, packages or films it. The site's content collections (src/content.config.ts)
 * use the same rule through `nonDraftPattern`.
 *
 * Node-only (it reads the disk): nothing a browser island imports may import it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { scenarioSchema, type Scenario } from '../schemas/scenario';
import { formatProblems, type Problem } from '../schemas/problem';
import { describeIssue, locate, parseYaml, type ParsedYaml } from '../schemas/yaml-source';

/** Where the scenarios live, relative to the project root. */
export const scenariosFolder = 'scenarios';

/** Whether a file is a draft: its name starts with "_". */
export const isDraft = (file: string) => path.basename(file).startsWith('_');

/** Glob patterns for a content collection: every file with the extension but the drafts. */
export const nonDraftPattern = (extension: string) => [`*${extension}`, `!_*${extension}`];

/**
 * The files in a content folder with the extension, drafts left out, sorted, as paths from the
 * project root ("scenarios/results.yaml"); none when the folder does not exist.
 */
export function contentFiles(root: string, folder: string, extension: string): string[] {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !isDraft(name))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** Every scenario file in the project, drafts left out: "scenarios/<id>.yaml". */
export const scenarioFiles = (root: string) => contentFiles(root, scenariosFolder, '.yaml');

/** A scenario's file from its id. */
export const scenarioFile = (id: string) => `${scenariosFolder}/${id}.yaml`;

/** A schema's issues with a YAML file, each at its line and in words an author can act on. */
export function schemaProblems(file: string, parsed: ParsedYaml, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const { message, fix, path: issuePath } = describeIssue(issue, parsed.data);
    return {
      severity: 'error' as const,
      file,
      line: parsed.lineOf(issuePath),
      ...locate(parsed.data, issuePath),
      message,
      fix,
    };
  });
}

/** Reads the YAML frontmatter of an MDX file; its lines are counted from the top of the file. */
export function parseFrontmatter(text: string): ParsedYaml | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? parseYaml(match[1]!, 1) : null;
}

/** A scenario file read: its text and parse, and the scenario when the YAML and schema accept it. */
export interface ScenarioFile {
  /** The path from the project root. */
  file: string;
  text: string;
  parsed: ParsedYaml;
  /** Present when `problems` is empty. */
  scenario?: Scenario;
  /** YAML syntax or schema problems, with their lines. */
  problems: Problem[];
}

/** Reads one scenario file (a path from the project root, or absolute) and validates it against the schema. */
export function readScenarioFile(root: string, file: string): ScenarioFile {
  const relative = path.isAbsolute(file) ? path.relative(root, file) : file;
  const text = readFileSync(path.resolve(root, file), 'utf8');
  const parsed = parseYaml(text);
  if (parsed.syntaxProblems.length)
    return {
      file: relative,
      text,
      parsed,
      problems: parsed.syntaxProblems.map((problem) => ({ ...problem, file: relative })),
    };
  const result = scenarioSchema.safeParse(parsed.data);
  if (!result.success)
    return {
      file: relative,
      text,
      parsed,
      problems: schemaProblems(relative, parsed, result.error),
    };
  return { file: relative, text, parsed, scenario: result.data, problems: [] };
}

/** Content that cannot be read: its message lists every problem as `npm run check:content` does. */
export class ContentError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

/**
 * Scenarios for code that needs them valid (packaging, the benchmark, tests): the ones named by
 * id, else every file but the drafts. Throws a ContentError listing every file's problems at once.
 */
export function loadScenarios(root: string, ids?: readonly string[]): Scenario[] {
  const read = (ids ? ids.map(scenarioFile) : scenarioFiles(root)).map((file) => {
    if (!existsSync(path.join(root, file))) {
      return {
        problems: [
          {
            severity: 'error' as const,
            file,
            message: `there is no ${file}.`,
            fix: 'check the scenario id, or add the scenario (npm run new:scenario).',
          },
        ],
      };
    }
    return readScenarioFile(root, file);
  });
  const problems = read.flatMap((scenarioRead) => scenarioRead.problems);
  if (problems.length) throw new ContentError(problems);
  return read.map((scenarioRead) => (scenarioRead as ScenarioFile).scenario!);
}

/** One scenario file (a path from the project root, or absolute), valid; a ContentError otherwise. */
export function loadScenarioFile(root: string, file: string): Scenario {
  const read = readScenarioFile(root, file);
  if (!read.scenario) throw new ContentError(read.problems);
  return read.scenario;
}
