import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Scenario } from '../schemas/scenario';
import { teachingPageSchema, type TeachingPage } from '../schemas/teaching-page';
import { pageSchema } from '../schemas/page';
import { errorsFirst, fieldPath, type Problem } from '../schemas/problem';
import { locate, type FieldPath, type ParsedYaml } from '../schemas/yaml-source';
import {
  contentFiles,
  parseFrontmatter,
  readScenarioFile,
  schemaProblems,
  scenariosFolder,
} from './content-files';
import {
  readSettings,
  settingsOverlayVariable,
  trustSettingsFiles,
} from '../settings/load-settings';
import {
  nationPlaceholderNames,
  placeholderNames,
  unknownPlaceholders,
} from '../settings/placeholders';
import { nationFile } from '../settings/nations';
import { nationIds } from '../schemas/nation';
import type { Settings } from '../schemas/settings';
import { checkScenario, type Finding } from './scenario-rules';
import { checkVlog } from './video-rules';
import { checkSpokenLines } from './spoken-line-rules';
import { checkReview, starterTextProblems, today } from './review-rules';
import { checkLearningDesign } from './learning-design-rules';
import { checkContractReview } from './contract-review-rules';
import { checkSignOffs } from './sign-off-rules';
import { checkRequiredMinutes, moduleMinutes, type ModuleMinutes } from './induction-minutes';
import { didYouMean } from '../schemas/did-you-mean';
import { checkWelsh } from './welsh-rules';

/** Where content lives, relative to the project root. Files starting with "_" are drafts and skipped (content-files.ts). */
export const contentFolders = {
  scenarios: scenariosFolder,
  teachingPages: 'content/scenarios',
  pages: 'content/pages',
  public: 'public',
} as const;

type Path = FieldPath;

/** Every string in parsed data with its path, to find placeholders and point at them. */
function* stringsIn(value: unknown, at: Path = []): Generator<{ text: string; path: Path }> {
  if (typeof value === 'string') yield { text: value, path: at };
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* stringsIn(item, [...at, index]);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...at, key]);
}

const placeholderFix = (settings: Settings, name: string) =>
  didYouMean(
    name,
    placeholderNames(settings),
    `use one of: ${placeholderNames(settings).join(', ')}; or add the value to content/settings.yaml (see docs/tailoring.md).`,
  );

/**
 * A nation.… name the chosen nation does not define: the fix is in the nation's file, and every
 * nation needs the value, or some nation's package would not build.
 */
function unknownNationValue(name: string, settings: Settings): { message: string; fix: string } {
  const file = nationFile(settings.nation);
  const field = name.slice('nation.'.length);
  return {
    message: `{{${name}}} names a value that ${file} (nation: ${settings.nation}) does not define.`,
    fix: field.startsWith('sources.')
      ? `add ${field.slice('sources.'.length)} under sources: in ${file}, and in every other file in content/nations/ so that each nation's package builds; or use one this nation defines: ${nationPlaceholderNames(
          settings.nationData,
        )
          .filter((known) => known.startsWith('nation.sources.'))
          .join(', ')}.`
      : `use one of: ${nationPlaceholderNames(settings.nationData).join(', ')} (see src/schemas/nation.ts).`,
  };
}

/** {{names}} in YAML values that the settings cannot fill. */
function placeholderProblems(
  file: string,
  parsed: ParsedYaml,
  settings: Settings | null,
): Problem[] {
  if (!settings) return [];
  return [...stringsIn(parsed.data)].flatMap(({ text, path: at }) =>
    unknownPlaceholders(text, settings).map((name) => ({
      severity: 'error' as const,
      file,
      line: parsed.lineOf(at),
      ...locate(parsed.data, at),
      ...(name.startsWith('nation.')
        ? unknownNationValue(name, settings)
        : {
            message: `the placeholder {{${name}}} names a local value that does not exist.`,
            fix: placeholderFix(settings, name),
          }),
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
        ...(name.startsWith('nation.')
          ? {
              message: `<LocalValue name="${name}" />: ${unknownNationValue(name, settings).message}`,
              fix: unknownNationValue(name, settings).fix,
            }
          : {
              message: `<LocalValue name="${name}" /> names a local value that does not exist.`,
              fix: placeholderFix(settings, name),
            }),
      });
    }
  }
  // <ForNation only="…"> or except="…" naming something that is not a nation would hide or show text everywhere.
  for (const match of text.matchAll(/<ForNation\s+(only|except)="([^"]*)"/g)) {
    const unknown = match[2]!
      .split(/\s+/)
      .filter((id) => id && !(nationIds as readonly string[]).includes(id));
    if (unknown.length || !match[2]!.trim()) {
      problems.push({
        severity: 'error',
        file,
        line: text.slice(0, match.index).split('\n').length,
        field: 'ForNation',
        message: `<ForNation ${match[1]}="${match[2]}"> names ${unknown.length ? unknown.map((id) => `"${id}"`).join(', ') : 'no nation'}, which is not a nation.`,
        fix: `use one or more of ${nationIds.join(', ')}, separated by spaces.`,
      });
    }
  }
  return problems;
}

export interface CheckedContent {
  problems: Problem[];
  scenarios: Map<string, { file: string; scenario: Scenario }>;
  teachingPages: Map<string, { file: string; page: TeachingPage }>;
  /** The minutes of the required and optional scenarios in the settings in force (null when they are not valid). */
  minutes: ModuleMinutes | null;
}

/** Loads and checks one scenario file: YAML, schema, id, graph and its vlog files. */
function checkScenarioFile(
  root: string,
  file: string,
  settings: Settings | null,
): { problems: Problem[]; scenario?: Scenario } {
  const { text, parsed, scenario, problems: readProblems } = readScenarioFile(root, file);
  if (!scenario) return { problems: readProblems };

  const problems: Problem[] = [
    ...placeholderProblems(file, parsed, settings),
    ...starterTextProblems(file, text),
  ];
  /** A rule's finding, placed at its line and field in this file. */
  const atFinding = (finding: Finding): Problem => ({
    severity: finding.severity,
    file,
    line: parsed.lineOf(finding.path),
    ...locate(parsed.data, finding.path),
    message: finding.message,
    fix: finding.fix,
  });
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
  const structure = checkScenario(scenario);
  // The learning-design rules judge a story that works; on a broken one they would only add noise.
  const design = structure.some((finding) => finding.severity === 'error')
    ? []
    : checkLearningDesign(scenario);
  for (const finding of [...structure, ...checkSpokenLines(scenario), ...design])
    problems.push(atFinding(finding));
  // An optional scenario still being written may not have its vlog yet: the site builds, with a
  // warning, and `npm run package` refuses it (refuseMissingVlogs in video-rules.ts).
  const optional =
    Boolean(settings) &&
    !settings!.scenarios.some((entry) => entry.id === scenario.id && entry.required);
  for (const field of ['video', 'captions', 'chapters', 'poster'] as const) {
    const asset = scenario.vlog[field];
    if (asset && !existsSync(path.join(root, contentFolders.public, asset))) {
      const makeable = field === 'video' || field === 'captions' || field === 'poster';
      problems.push({
        severity: optional ? 'warning' : 'error',
        ...(optional ? { code: 'vlog-missing' as const } : {}),
        file,
        line: parsed.lineOf(['vlog', field]),
        field: `vlog.${field}`,
        message: `the file public/${asset} does not exist.${optional ? ' The scenario is optional, so the site builds without it, but npm run package refuses it.' : ''}`,
        fix: makeable
          ? `add the file (npm run videos makes placeholder vlogs), or correct the path; see docs/videos.md.`
          : 'add the file or correct the path; see docs/videos.md.',
      });
    }
  }
  const vlogFiles = Object.values(scenario.vlog).filter(
    (asset): asset is string => typeof asset === 'string',
  );
  if (vlogFiles.every((asset) => existsSync(path.join(root, contentFolders.public, asset)))) {
    for (const finding of checkVlog(root, scenario)) problems.push(atFinding(finding));
  }
  return { problems, scenario };
}

export interface CheckOptions {
  /** A trust's settings file overlaid on the defaults; by default the one in ACROSS_SETTINGS, if any. */
  overlayFile?: string;
  /** The day review dates are checked against; by default today (or ACROSS_TODAY). */
  today?: Date;
  /**
   * With no trust's file in force, also check every trust file in content/trusts/ (as
   * `npm run check:content` does). The build leaves them out: a trust's file is checked when it is
   * the one being built or packaged, so one trust's half-made file never stops anyone's build.
   */
  allTrustFiles?: boolean;
}

/**
 * Every author-facing check, over every content file, collecting all problems rather than
 * stopping at the first. The build, `npm run check:content` and `npm run package` all call this.
 */
export function checkContent(root: string, options: CheckOptions = {}): CheckedContent {
  const problems: Problem[] = [];
  const overlayFile =
    'overlayFile' in options
      ? options.overlayFile
      : process.env[settingsOverlayVariable] || undefined;
  const on = options.today ?? today();
  // Problems in the settings themselves are reported by checkSettings below.
  const settings = readSettings(root, overlayFile).settings;
  const scenarios = new Map<string, { file: string; scenario: Scenario }>();
  const teachingPages = new Map<string, { file: string; page: TeachingPage }>();

  for (const file of contentFiles(root, contentFolders.scenarios, '.yaml')) {
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

  for (const file of contentFiles(root, contentFolders.teachingPages, '.mdx')) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const parsed = parseFrontmatter(text);
    if (!parsed) {
      problems.push({
        severity: 'error',
        file,
        message: 'the page has no frontmatter.',
        fix: 'start the file with a --- block holding scenario, title, description, learningOutcomes, discussionQuestions, review and sources.',
      });
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
    problems.push(
      ...placeholderProblems(file, parsed, settings),
      ...componentProblems(file, text, settings),
      ...starterTextProblems(file, text),
    );
    if (
      !scenarios.has(page.scenario) &&
      !existsSync(path.join(root, contentFolders.scenarios, `${page.scenario}.yaml`))
    ) {
      problems.push({
        severity: 'error',
        file,
        line: parsed.lineOf(['scenario']),
        field: 'scenario',
        message: `the scenario "${page.scenario}" does not exist.`,
        fix: didYouMean(
          page.scenario,
          [...scenarios.keys()],
          `use the id of a file in scenarios/ (${[...scenarios.keys()].map((id) => `"${id}"`).join(', ') || 'none yet'}).`,
        ),
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
      const included = !settings || settings.scenarios.some((entry) => entry.id === page.scenario);
      problems.push(
        ...checkReview(
          { file, scenario: page.scenario, review: page.review, included, lineOf: parsed.lineOf },
          on,
        ),
      );
      problems.push(
        ...checkContractReview({
          file,
          text,
          review: page.review,
          scenario: scenarios.get(page.scenario)?.scenario,
          lineOf: parsed.lineOf,
        }),
      );
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

  for (const file of contentFiles(root, contentFolders.pages, '.mdx')) {
    const text = readFileSync(path.join(root, file), 'utf8');
    problems.push(...componentProblems(file, text, settings));
    const parsed = parseFrontmatter(text);
    const result =
      parsed && !parsed.syntaxProblems.length ? pageSchema.safeParse(parsed.data) : null;
    if (!parsed || parsed.syntaxProblems.length) {
      problems.push(
        ...(
          parsed?.syntaxProblems ?? [
            {
              severity: 'error' as const,
              message: 'the page has no frontmatter.',
              fix: 'start the file with a --- block holding title and description.',
            },
          ]
        ).map((problem) => ({ ...problem, file })),
      );
    } else if (result && !result.success) {
      problems.push(...schemaProblems(file, parsed, result.error));
    }
  }

  const scenarioFiles = new Set(
    contentFiles(root, contentFolders.scenarios, '.yaml').map((file) =>
      path.basename(file, '.yaml'),
    ),
  );
  problems.push(
    ...checkSettings(
      root,
      scenarioFiles,
      overlayFile,
      { scenarios, teachingPages, on },
      options.allTrustFiles ?? false,
    ),
  );
  // Welsh files are required by the settings in force (a trust's, when packaging for it), so an
  // English trust's build never waits for a translation it does not use.
  if (settings) {
    const { locate: where } = readSettings(root, overlayFile);
    const at = (parts: (string | number)[]) => {
      const found = where(parts);
      return {
        file: found.file,
        ...(found.line ? { line: found.line } : {}),
        field: fieldPath(parts),
      };
    };
    problems.push(
      ...checkWelsh(root, {
        settings,
        scenarios,
        teachingPages,
        pageFiles: contentFiles(root, contentFolders.pages, '.mdx'),
        at,
      }),
    );
  }
  const minutes = settings ? moduleMinutes(settings.scenarios, minutesOf(scenarios)) : null;
  return { problems: errorsFirst(problems), scenarios, teachingPages, minutes };
}

/** What the settings checks need from the scenarios and teaching pages already read. */
interface ContentRead {
  scenarios: CheckedContent['scenarios'];
  teachingPages: CheckedContent['teachingPages'];
  on: Date;
}

const minutesOf = (scenarios: CheckedContent['scenarios']) =>
  new Map([...scenarios].map(([id, { scenario }]) => [id, scenario.minutes]));

/**
 * The settings must be valid and name only scenarios that exist. With a trust's file in force,
 * that file overlaid on the defaults (another trust's mistake must not stop this trust's
 * package); otherwise the defaults, and with allTrustFiles each trust file in content/trusts/
 * (drafts, starting with "_", left out) overlaid on them.
 * Every problem names the file (the trust's, where it sets the value) and the line.
 */
function checkSettings(
  root: string,
  scenarios: Set<string>,
  overlayFile: string | undefined,
  content: ContentRead,
  allTrustFiles: boolean,
): Problem[] {
  const overlays = overlayFile
    ? [overlayFile]
    : [undefined, ...(allTrustFiles ? trustSettingsFiles(root) : [])];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const overlayChoice of overlays) {
    for (const problem of checkOneSettings(root, scenarios, overlayChoice, content)) {
      // The defaults' own problems would otherwise repeat once per trust file.
      const key = `${problem.file}:${problem.line}:${problem.field}:${problem.message}`;
      if (!seen.has(key) && !!seen.add(key)) problems.push(problem);
    }
  }
  return problems;
}

function checkOneSettings(
  root: string,
  scenarios: Set<string>,
  overlayFile: string | undefined,
  content: ContentRead,
): Problem[] {
  const read = readSettings(root, overlayFile);
  const { settings, locate, files } = read;
  const at = (fieldPathParts: FieldPath) => {
    const where = locate(fieldPathParts);
    return {
      file: where.file,
      ...(where.line ? { line: where.line } : {}),
      field: fieldPath(fieldPathParts),
    };
  };
  const problems: Problem[] = [...read.problems];
  // Scenario ids are checked even when other values are wrong, so every mistake shows at once.
  const rawList = (read.raw as { scenarios?: unknown } | undefined)?.scenarios;
  const entries =
    settings?.scenarios ??
    (Array.isArray(rawList)
      ? rawList.filter((entry): entry is { id: string } => typeof entry?.id === 'string')
      : []);
  const logo = settings?.organisation.logo;
  if (logo && !existsSync(path.join(root, contentFolders.public, logo))) {
    problems.push({
      severity: 'error',
      ...at(['organisation', 'logo']),
      message: `the logo file public/${logo} does not exist.`,
      fix: 'put the logo (.svg or .png) in public/ and give its path relative to public/, e.g. trusts/northshire/logo.svg.',
    });
  }
  const listed = entries.map((entry) => entry.id);
  entries.forEach((entry, index) => {
    if (!scenarios.has(entry.id)) {
      problems.push({
        severity: 'error',
        ...at(['scenarios', index, 'id']),
        message: `the settings include the scenario "${entry.id}", but there is no scenarios/${entry.id}.yaml.`,
        fix: didYouMean(
          entry.id,
          [...scenarios],
          `correct the id, add the scenario, or remove it from the list (scenarios available: ${[...scenarios.keys()].join(', ') || 'none'}).`,
        ),
      });
    }
    if (listed.indexOf(entry.id) !== index) {
      problems.push({
        severity: 'error',
        ...at(['scenarios', index, 'id']),
        message: `the scenario "${entry.id}" is listed twice.`,
        fix: 'list each scenario once.',
      });
    }
  });
  const listFile = locate(['scenarios']).file;
  const left = [...scenarios.keys()].filter((id) => !listed.includes(id));
  if (left.length && settings) {
    const names = left.map((id) => `"${id}"`).join(', ');
    const one = left.length === 1;
    problems.push({
      severity: 'warning',
      ...at(['scenarios']),
      message:
        files.overlay && listFile === files.overlay
          ? `the scenario${one ? '' : 's'} ${names} ${one ? 'is' : 'are'} not in this trust's list of scenarios, so its package will not include ${one ? 'it' : 'them'}.`
          : `the scenario${one ? '' : 's'} ${names} ${one ? 'is' : 'are'} not included in the module, so learners will not see ${one ? 'it' : 'them'}.`,
      fix: `to include ${one ? 'it' : 'one'}, add ${left.slice(0, 1).map((id) => `{ id: ${id}, required: true }`)} (or required: false for an optional scenario) to scenarios in ${listFile}.`,
    });
  }
  if (settings) {
    problems.push(
      ...checkRequiredMinutes(
        moduleMinutes(settings.scenarios, minutesOf(content.scenarios)),
        at(['scenarios']),
      ),
    );
    const reviews = new Map(
      [...content.teachingPages].map(([id, { file, page }]) => [id, { file, review: page.review }]),
    );
    problems.push(
      ...checkSignOffs({ signOffs: settings.clinicalSignOff, scenarios, reviews, at }, content.on),
    );
  }
  return problems;
}
