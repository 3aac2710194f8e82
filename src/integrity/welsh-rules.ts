/**
 * With Welsh on (languages includes cy), everything learners see must have its Welsh version:
 * the interface strings, each included scenario's translation, teaching page and vlog files,
 * every reference page, and the settings text. Each problem names the Welsh file and the missing
 * key, node or field, and says how to fix it (docs/welsh.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Scenario } from '../schemas/scenario';
import type { Settings } from '../schemas/settings';
import type { TeachingPage } from '../schemas/teaching-page';
import { translatedPageSchema, translatedTeachingPageSchema } from '../schemas/translation';
import {
  applyOverlay,
  languageAsset,
  overlayFile,
  overlayProblems,
} from '../i18n/scenario-overlay';
import { scenarioOverlaySchema } from '../schemas/translation';
import { catalogueProblems } from '../i18n/catalogue';
import type { Problem } from '../schemas/problem';
import { parseYaml } from '../schemas/yaml-source';
import { contentFiles, parseFrontmatter, schemaProblems } from './content-files';
import { checkVlog } from './video-rules';
import { readTranslatedNation, translatedNationFile } from '../i18n/settings-language';
import { nationFile } from '../settings/nations';

export const welshFolders = {
  scenarios: 'scenarios/cy',
  teachingPages: 'content/scenarios/cy',
  pages: 'content/pages/cy',
} as const;

const missingFile = (file: string, english: string, what: string): Problem => ({
  severity: 'error',
  file,
  message: `Welsh is on, but ${what} has no Welsh version.`,
  fix: `add ${file}, translated from ${english} (docs/welsh.md); or take cy out of languages in the settings.`,
});

/** The scenario translations, checked and laid over the English; the Welsh scenarios by id. */
function checkScenarioTranslations(
  root: string,
  included: readonly Scenario[],
  englishFiles: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const scenario of included) {
    const file = overlayFile('cy', scenario.id);
    const englishFile = englishFiles.get(scenario.id) ?? `scenarios/${scenario.id}.yaml`;
    if (!existsSync(path.join(root, file))) {
      problems.push(missingFile(file, englishFile, `the scenario "${scenario.id}"`));
      continue;
    }
    const parsed = parseYaml(readFileSync(path.join(root, file), 'utf8'));
    if (parsed.syntaxProblems.length) {
      problems.push(...parsed.syntaxProblems.map((problem) => ({ ...problem, file })));
      continue;
    }
    const result = scenarioOverlaySchema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...schemaProblems(file, parsed, result.error));
      continue;
    }
    const found = overlayProblems(scenario, result.data, file, englishFile);
    problems.push(
      ...found.map((problem) => ({
        ...problem,
        ...(problem.node ? { line: parsed.lineOf(['nodes', problem.node]) } : {}),
      })),
    );
    const welsh = applyOverlay(scenario, result.data, 'cy');
    const vlogFiles = (['video', 'captions', 'chapters'] as const).flatMap((field) =>
      scenario.vlog[field] ? [[field, languageAsset(scenario.vlog[field], 'cy')] as const] : [],
    );
    const absent = vlogFiles.filter(([, asset]) => !existsSync(path.join(root, 'public', asset)));
    for (const [field, asset] of absent) {
      problems.push({
        severity: 'error',
        file,
        field: `vlog.${field}`,
        message: `Welsh is on, but public/${asset} (the Welsh ${field === 'video' ? 'vlog' : field}) does not exist.`,
        fix: `make it with npm run videos -- --only ${scenario.id} --language cy, or add the filmed Welsh file (docs/videos.md).`,
      });
    }
    if (!absent.length && !found.length) {
      for (const finding of checkVlog(root, welsh)) {
        const node =
          finding.path[0] === 'nodes' && typeof finding.path[1] === 'number'
            ? welsh.nodes[finding.path[1]]?.id
            : undefined;
        problems.push({
          severity: finding.severity,
          file,
          ...(node ? { node, field: `nodes.${node}.${finding.path.slice(2).join('.')}` } : {}),
          message: finding.message,
          fix: finding.fix,
        });
      }
    }
  }
  return problems;
}

function checkTeachingTranslations(
  root: string,
  included: readonly string[],
  teachingPages: ReadonlyMap<string, { file: string; page: TeachingPage }>,
): Problem[] {
  const problems: Problem[] = [];
  for (const id of included) {
    const english = teachingPages.get(id);
    if (!english) continue;
    const file = `${welshFolders.teachingPages}/${path.basename(english.file)}`;
    if (!existsSync(path.join(root, file))) {
      problems.push(missingFile(file, english.file, `the teaching page of "${id}"`));
      continue;
    }
    const parsed = parseFrontmatter(readFileSync(path.join(root, file), 'utf8'));
    if (!parsed || parsed.syntaxProblems.length) {
      problems.push(
        ...(
          parsed?.syntaxProblems ?? [
            {
              severity: 'error' as const,
              message: 'the page has no frontmatter.',
              fix: `copy the frontmatter of ${english.file} and translate it.`,
            },
          ]
        ).map((problem) => ({ ...problem, file })),
      );
      continue;
    }
    const result = translatedTeachingPageSchema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...schemaProblems(file, parsed, result.error));
      continue;
    }
    if (result.data.scenario !== id) {
      problems.push({
        severity: 'error',
        file,
        line: parsed.lineOf(['scenario']),
        field: 'scenario',
        message: `the page says scenario: ${result.data.scenario}, but it translates ${english.file} (scenario: ${id}).`,
        fix: `set scenario: ${id} (ids are never translated).`,
      });
    }
    for (const field of ['learningOutcomes', 'discussionQuestions', 'sources'] as const) {
      const wanted = english.page[field].length;
      const found = result.data[field].length;
      if (wanted !== found) {
        problems.push({
          severity: 'error',
          file,
          line: parsed.lineOf([field]),
          field,
          message: `has ${found} item${found === 1 ? '' : 's'} where ${english.file} has ${wanted}.`,
          fix: `translate each of the ${wanted} English items, in the same order.`,
        });
      }
    }
  }
  return problems;
}

function checkPageTranslations(root: string, pageFiles: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const englishFile of pageFiles) {
    const file = `${welshFolders.pages}/${path.basename(englishFile)}`;
    if (!existsSync(path.join(root, file))) {
      problems.push(missingFile(file, englishFile, `the page ${englishFile}`));
      continue;
    }
    const parsed = parseFrontmatter(readFileSync(path.join(root, file), 'utf8'));
    const result =
      parsed && !parsed.syntaxProblems.length ? translatedPageSchema.safeParse(parsed.data) : null;
    if (!parsed || parsed.syntaxProblems.length)
      problems.push(
        ...(
          parsed?.syntaxProblems ?? [
            {
              severity: 'error' as const,
              message: 'the page has no frontmatter.',
              fix: `copy the frontmatter of ${englishFile} and translate it.`,
            },
          ]
        ).map((problem) => ({ ...problem, file })),
      );
    else if (result && !result.success)
      problems.push(...schemaProblems(file, parsed, result.error));
  }
  return problems;
}

/** A Welsh file with no English one: an id that was renamed or mistyped. */
function strayTranslations(
  root: string,
  folder: string,
  extension: string,
  englishIds: ReadonlySet<string>,
  englishFolder: string,
): Problem[] {
  return contentFiles(root, folder, extension)
    .filter((file) => !englishIds.has(path.basename(file, extension)))
    .map((file) => ({
      severity: 'error' as const,
      file,
      message: `there is no ${englishFolder}/${path.basename(file)} for this Welsh file to translate.`,
      fix: `rename it to match its English file in ${englishFolder}/, or remove it.`,
    }));
}

/** The settings text learners see on Welsh pages: contacts and policy phrases. */
function settingsTranslationProblems(
  root: string,
  settings: Settings,
  at: (fieldPath: (string | number)[]) => { file: string; line?: number; field: string },
): Problem[] {
  const problems: Problem[] = [];
  const cy = settings.cy;
  const nationFileCy = translatedNationFile('cy', settings.nation);
  const welshNation = readTranslatedNation(root, 'cy', settings.nation);
  if (!welshNation) {
    problems.push({
      severity: 'error',
      file: nationFileCy,
      message: `Welsh is on, but the nation's data (${nationFile(settings.nation)}) has no valid Welsh version, so its nouns, forms and routes would show in English.`,
      fix: `add ${nationFileCy}: the same shape as ${nationFile(settings.nation)}, its text translated (docs/welsh.md).`,
    });
  }
  for (const name of Object.keys(settings.contacts)) {
    if (!cy?.contacts?.[name])
      problems.push({
        severity: 'error',
        ...at(['contacts', name]),
        field: `cy.contacts.${name}`,
        message: `Welsh is on, but the contact "${name}" has no Welsh text.`,
        fix: `add cy: { contacts: { ${name}: "…" } } to the settings, in Welsh (docs/welsh.md).`,
      });
  }
  for (const name of Object.keys(settings.policies)) {
    for (const field of ['unit', 'nationalText', 'localText'] as const) {
      if (field === 'nationalText' && welshNation?.policies[name]?.nationalText) continue;
      if (!cy?.policies?.[name]?.[field])
        problems.push({
          severity: 'error',
          ...at(['policies', name, field]),
          field: `cy.policies.${name}.${field}`,
          message: `Welsh is on, but the policy "${name}" has no Welsh ${field}.`,
          fix: `add cy: { policies: { ${name}: { ${field}: "…" } } } to the settings, in Welsh, with the same {slots} (docs/welsh.md).`,
        });
    }
  }
  return problems;
}

export interface WelshCheckInput {
  settings: Settings;
  scenarios: ReadonlyMap<string, { file: string; scenario: Scenario }>;
  teachingPages: ReadonlyMap<string, { file: string; page: TeachingPage }>;
  /** The English reference pages, e.g. content/pages/about.mdx. */
  pageFiles: readonly string[];
  /** Where a settings field is set, for problems in the settings. */
  at: (fieldPath: (string | number)[]) => { file: string; line?: number; field: string };
}

/** Every Welsh problem, or none when Welsh is off. */
export function checkWelsh(root: string, input: WelshCheckInput): Problem[] {
  if (!input.settings.languages.includes('cy')) return [];
  const included = input.settings.scenarios
    .map((entry) => input.scenarios.get(entry.id))
    .filter((entry) => !!entry);
  return [
    ...catalogueProblems(root, 'cy'),
    ...checkScenarioTranslations(
      root,
      included.map((entry) => entry.scenario),
      new Map(included.map((entry) => [entry.scenario.id, entry.file])),
    ),
    ...checkTeachingTranslations(
      root,
      input.settings.scenarios.map((entry) => entry.id),
      input.teachingPages,
    ),
    ...checkPageTranslations(root, input.pageFiles),
    ...strayTranslations(
      root,
      welshFolders.scenarios,
      '.yaml',
      new Set(input.scenarios.keys()),
      'scenarios',
    ),
    ...strayTranslations(
      root,
      welshFolders.teachingPages,
      '.mdx',
      new Set([...input.teachingPages.values()].map((entry) => path.basename(entry.file, '.mdx'))),
      'content/scenarios',
    ),
    ...strayTranslations(
      root,
      welshFolders.pages,
      '.mdx',
      new Set(input.pageFiles.map((file) => path.basename(file, '.mdx'))),
      'content/pages',
    ),
    ...settingsTranslationProblems(root, input.settings, input.at),
  ];
}
