import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { scenarioSchema, type Scenario } from '../schemas/scenario';
import { teachingPageSchema, type TeachingPage } from '../schemas/teaching-page';
import { pageSchema } from '../schemas/page';
import { fieldPath, type Problem } from './problem';
import { defaultSettingsFile, loadSettings } from '../settings/load-settings';
import { placeholderNames, unknownPlaceholders } from '../settings/placeholders';
import type { Settings } from '../schemas/settings';
import { checkScenario } from './scenario-rules';
import { checkVlog } from './video-rules';

/** Where content lives, relative to the project root. Files starting with "_" are drafts and skipped. */
export const contentFolders = {
  scenarios: 'scenarios',
  teachingPages: 'content/scenarios',
  pages: 'content/pages',
  public: 'public',
} as const;

type Path = (string | number)[];

/** A YAML text parsed with enough position information to name the line of any field. */
interface ParsedYaml {
  data: unknown;
  lineOf: (path: Path) => number | undefined;
  syntaxProblems: Omit<Problem, 'file'>[];
}

function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  // Later syntax errors usually follow from the first, so only the first is reported.
  const syntaxProblems = doc.errors.slice(0, 1).map((error) => ({
    severity: 'error' as const,
    line: (error.linePos?.[0]?.line ?? 0) + lineOffset || undefined,
    message: `the YAML cannot be read: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.`,
    fix:
      error.code === 'DUPLICATE_KEY'
        ? 'remove or rename the repeated field.'
        : 'check the indentation (spaces, not tabs), the colons after field names, and quote text that contains a colon or starts with a special character.',
  }));
  const lineOf = (fieldPathParts: Path): number | undefined => {
    // A missing field is reported at the nearest parent that exists.
    for (let depth = fieldPathParts.length; depth > 0; depth -= 1) {
      const offset = fieldOffset(doc, fieldPathParts.slice(0, depth));
      if (offset !== undefined) return lineCounter.linePos(offset).line + lineOffset;
    }
    return undefined;
  };
  return { data: syntaxProblems.length ? undefined : doc.toJS(), lineOf, syntaxProblems };
}

/** Where a field starts: its key for a mapping entry (the line authors look for), else the value. */
function fieldOffset(doc: Document, fieldPathParts: Path): number | undefined {
  const parent = doc.getIn(fieldPathParts.slice(0, -1), true);
  const key = fieldPathParts.at(-1);
  if (isMap(parent)) {
    const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
    return (pair?.key as { range?: [number, number] } | undefined)?.range?.[0];
  }
  if (isSeq(parent) && typeof key === 'number') {
    return (parent.items[key] as { range?: [number, number] } | undefined)?.range?.[0];
  }
  return undefined;
}

function valueAt(data: unknown, fieldPathParts: Path): unknown {
  return fieldPathParts.reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[part] : undefined), data);
}

/** Splits a node-level path so problems say which node and which field in it. */
function locate(data: unknown, fieldPathParts: Path): { node?: string; field?: string } {
  if (fieldPathParts[0] === 'nodes' && typeof fieldPathParts[1] === 'number') {
    const id = valueAt(data, ['nodes', fieldPathParts[1], 'id']);
    const rest = fieldPathParts.slice(2);
    return { node: typeof id === 'string' ? id : `nodes[${fieldPathParts[1]}]`, field: rest.length ? fieldPath(rest) : undefined };
  }
  return { field: fieldPathParts.length ? fieldPath(fieldPathParts) : undefined };
}

/** Turns a schema issue into words an author can act on. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): { message: string; fix: string; path: Path } {
  const issuePath = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)) as Path;
  const fieldName = String(issuePath.at(-1) ?? 'the file');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return {
      path: [...issuePath, issue.keys[0]!],
      message: `unknown field ${keys}.`,
      fix: 'check the spelling against docs/authoring.md, or remove the field.',
    };
  }
  if (issue.code === 'invalid_type' && valueAt(data, issuePath) === undefined) {
    return {
      path: issuePath,
      message: `the required field "${fieldName}" is missing.`,
      fix: `add ${fieldName}: (it ${issue.message}).`,
    };
  }
  const received = valueAt(data, issuePath);
  const shown = received === undefined || typeof received === 'object' ? '' : ` (found ${JSON.stringify(received)})`;
  return {
    path: issuePath,
    message: `${fieldName} ${issue.message}${shown}.`,
    fix: `correct ${fieldName}: it ${issue.message}.`,
  };
}

function schemaProblems(file: string, parsed: ParsedYaml, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const { message, fix, path: issuePath } = describeIssue(issue, parsed.data);
    return { severity: 'error', file, line: parsed.lineOf(issuePath), ...locate(parsed.data, issuePath), message, fix };
  });
}

function listFiles(root: string, folder: string, extension: string): string[] {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.startsWith('_'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** Reads the YAML frontmatter of an MDX file; its lines are counted from the top of the file. */
function parseFrontmatter(text: string): ParsedYaml | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? parseYaml(match[1]!, 1) : null;
}

/** Every string in parsed data with its path, to find placeholders and point at them. */
function* stringsIn(value: unknown, at: Path = []): Generator<{ text: string; path: Path }> {
  if (typeof value === 'string') yield { text: value, path: at };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsIn(item, [...at, index]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...at, key]);
}

const placeholderFix = (settings: Settings) =>
  `use one of: ${placeholderNames(settings).join(', ')}; or add the value to content/settings.yaml (see docs/tailoring.md).`;

/** {{names}} in YAML values that the settings cannot fill. */
function placeholderProblems(file: string, parsed: ParsedYaml, settings: Settings | null): Problem[] {
  if (!settings) return [];
  return [...stringsIn(parsed.data)].flatMap(({ text, path: at }) =>
    unknownPlaceholders(text, settings).map((name) => ({
      severity: 'error' as const,
      file,
      line: parsed.lineOf(at),
      ...locate(parsed.data, at),
      message: `the placeholder {{${name}}} names a local value that does not exist.`,
      fix: placeholderFix(settings),
    })),
  );
}

/** <LocalValue name="..."/> in an MDX body naming a value the settings cannot fill. */
function componentProblems(file: string, text: string, settings: Settings | null): Problem[] {
  if (!settings) return [];
  const problems: Problem[] = [];
  for (const match of text.matchAll(/<LocalValue\s+name="([^"]*)"/g)) {
    const [name] = [match[1]!];
    if (unknownPlaceholders(`{{${name}}}`, settings).length || !/^[A-Za-z0-9.-]+$/.test(name)) {
      problems.push({
        severity: 'error',
        file,
        line: text.slice(0, match.index).split('\n').length,
        field: 'LocalValue',
        message: `<LocalValue name="${name}" /> names a local value that does not exist.`,
        fix: placeholderFix(settings),
      });
    }
  }
  return problems;
}

export interface CheckedContent {
  problems: Problem[];
  scenarios: Map<string, { file: string; scenario: Scenario }>;
  teachingPages: Map<string, { file: string; page: TeachingPage }>;
}

/** Loads and checks one scenario file: YAML, schema, id, graph and its vlog files. */
function checkScenarioFile(root: string, file: string, settings: Settings | null): { problems: Problem[]; scenario?: Scenario } {
  const parsed = parseYaml(readFileSync(path.join(root, file), 'utf8'));
  if (parsed.syntaxProblems.length) return { problems: parsed.syntaxProblems.map((problem) => ({ ...problem, file })) };
  const result = scenarioSchema.safeParse(parsed.data);
  if (!result.success) return { problems: schemaProblems(file, parsed, result.error) };

  const scenario = result.data;
  const problems: Problem[] = placeholderProblems(file, parsed, settings);
  const expectedId = path.basename(file, '.yaml');
  if (scenario.id !== expectedId) {
    problems.push({
      severity: 'error',
      file,
      line: parsed.lineOf(['id']),
      field: 'id',
      message: `the id "${scenario.id}" does not match the file name "${expectedId}.yaml".`,
      fix: `set id: ${expectedId}, or rename the file to ${scenario.id}.yaml.`,
    });
  }
  for (const finding of checkScenario(scenario)) {
    problems.push({ severity: finding.severity, file, line: parsed.lineOf(finding.path), ...locate(parsed.data, finding.path), message: finding.message, fix: finding.fix });
  }
  for (const field of ['video', 'captions', 'chapters', 'poster'] as const) {
    const asset = scenario.vlog[field];
    if (asset && !existsSync(path.join(root, contentFolders.public, asset))) {
      problems.push({
        severity: 'error',
        file,
        line: parsed.lineOf(['vlog', field]),
        field: `vlog.${field}`,
        message: `the file public/${asset} does not exist.`,
        fix: field === 'video' || field === 'captions' || field === 'poster'
          ? `add the file (npm run videos makes placeholder vlogs), or correct the path; see docs/videos.md.`
          : 'add the file or correct the path; see docs/videos.md.',
      });
    }
  }
  const vlogFiles = Object.values(scenario.vlog).filter((asset): asset is string => typeof asset === 'string');
  if (vlogFiles.every((asset) => existsSync(path.join(root, contentFolders.public, asset)))) {
    for (const finding of checkVlog(root, scenario)) {
      problems.push({ severity: finding.severity, file, line: parsed.lineOf(finding.path), ...locate(parsed.data, finding.path), message: finding.message, fix: finding.fix });
    }
  }
  return { problems, scenario };
}

/**
 * Every author-facing check, over every content file, collecting all problems rather than
 * stopping at the first. The build and `npm run check:content` both call this.
 */
export function checkContent(root: string): CheckedContent {
  const problems: Problem[] = [];
  const settings = (() => {
    try {
      return loadSettings(root);
    } catch {
      return null; // reported by checkSettings below
    }
  })();
  const scenarios = new Map<string, { file: string; scenario: Scenario }>();
  const teachingPages = new Map<string, { file: string; page: TeachingPage }>();

  for (const file of listFiles(root, contentFolders.scenarios, '.yaml')) {
    const checked = checkScenarioFile(root, file, settings);
    problems.push(...checked.problems);
    if (!checked.scenario) continue;
    const earlier = scenarios.get(checked.scenario.id);
    if (earlier) {
      problems.push({
        severity: 'error',
        file,
        field: 'id',
        message: `the scenario id "${checked.scenario.id}" is already used by ${earlier.file}.`,
        fix: 'give each scenario its own id.',
      });
    } else {
      scenarios.set(checked.scenario.id, { file, scenario: checked.scenario });
    }
  }

  for (const file of listFiles(root, contentFolders.teachingPages, '.mdx')) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const parsed = parseFrontmatter(text);
    if (!parsed) {
      problems.push({ severity: 'error', file, message: 'the page has no frontmatter.', fix: 'start the file with a --- block holding scenario, title, description, learningOutcomes, discussionQuestions, review and sources.' });
      continue;
    }
    if (parsed.syntaxProblems.length) {
      problems.push(...parsed.syntaxProblems.map((problem) => ({ ...problem, file })));
      continue;
    }
    const result = teachingPageSchema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...schemaProblems(file, parsed, result.error));
      continue;
    }
    const page = result.data;
    problems.push(...placeholderProblems(file, parsed, settings), ...componentProblems(file, text, settings));
    if (!scenarios.has(page.scenario) && !existsSync(path.join(root, contentFolders.scenarios, `${page.scenario}.yaml`))) {
      problems.push({
        severity: 'error',
        file,
        line: parsed.lineOf(['scenario']),
        field: 'scenario',
        message: `the scenario "${page.scenario}" does not exist.`,
        fix: `use the id of a file in scenarios/ (${[...scenarios.keys()].map((id) => `"${id}"`).join(', ') || 'none yet'}).`,
      });
    } else if (teachingPages.has(page.scenario)) {
      problems.push({
        severity: 'error',
        file,
        line: parsed.lineOf(['scenario']),
        field: 'scenario',
        message: `${teachingPages.get(page.scenario)!.file} already teaches the scenario "${page.scenario}".`,
        fix: 'keep one teaching page per scenario.',
      });
    } else {
      teachingPages.set(page.scenario, { file, page });
    }
  }

  for (const [id, { file }] of scenarios) {
    if (!teachingPages.has(id)) {
      problems.push({
        severity: 'error',
        file,
        message: `the scenario "${id}" has no teaching page.`,
        fix: `add content/scenarios/${id}.mdx with scenario: ${id} in its frontmatter (see docs/authoring.md).`,
      });
    }
  }

  for (const file of listFiles(root, contentFolders.pages, '.mdx')) {
    const text = readFileSync(path.join(root, file), 'utf8');
    problems.push(...componentProblems(file, text, settings));
    const parsed = parseFrontmatter(text);
    const result = parsed && !parsed.syntaxProblems.length ? pageSchema.safeParse(parsed.data) : null;
    if (!parsed || parsed.syntaxProblems.length) {
      problems.push(...(parsed?.syntaxProblems ?? [{ severity: 'error' as const, message: 'the page has no frontmatter.', fix: 'start the file with a --- block holding title and description.' }]).map((problem) => ({ ...problem, file })));
    } else if (result && !result.success) {
      problems.push(...schemaProblems(file, parsed, result.error));
    }
  }

  const scenarioFiles = new Set(listFiles(root, contentFolders.scenarios, '.yaml').map((file) => path.basename(file, '.yaml')));
  problems.push(...checkSettings(root, scenarioFiles));
  return { problems, scenarios, teachingPages };
}

/** The settings must be valid and name only scenarios that exist. */
function checkSettings(root: string, scenarios: Set<string>): Problem[] {
  let settings;
  try {
    settings = loadSettings(root);
  } catch (error) {
    return [{ severity: 'error', file: defaultSettingsFile, message: (error as Error).message, fix: 'correct the values named above; see docs/tailoring.md.' }];
  }
  const problems: Problem[] = [];
  const logo = settings.organisation.logo;
  if (logo && !existsSync(path.join(root, contentFolders.public, logo))) {
    problems.push({ severity: 'error', file: defaultSettingsFile, field: 'organisation.logo', message: `the logo file public/${logo} does not exist.`, fix: 'put the logo (.svg or .png) in public/ and give its path relative to public/.' });
  }
  const listed = settings.scenarios.map((entry) => entry.id);
  settings.scenarios.forEach((entry, index) => {
    if (!scenarios.has(entry.id)) {
      problems.push({
        severity: 'error',
        file: defaultSettingsFile,
        field: `scenarios[${index}].id`,
        message: `the settings include the scenario "${entry.id}", but there is no scenarios/${entry.id}.yaml.`,
        fix: `correct the id, add the scenario, or remove it from the list (scenarios available: ${[...scenarios.keys()].join(', ') || 'none'}).`,
      });
    }
    if (listed.indexOf(entry.id) !== index) {
      problems.push({ severity: 'error', file: defaultSettingsFile, field: `scenarios[${index}].id`, message: `the scenario "${entry.id}" is listed twice.`, fix: 'list each scenario once.' });
    }
  });
  for (const id of scenarios.keys()) {
    if (!listed.includes(id)) {
      problems.push({
        severity: 'warning',
        file: defaultSettingsFile,
        field: 'scenarios',
        message: `the scenario "${id}" is not included in the module, so learners will not see it.`,
        fix: `add { id: ${id}, required: true } to scenarios to include it.`,
      });
    }
  }
  return problems;
}

