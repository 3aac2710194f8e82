import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { languageSchema, type Settings } from '../schemas/settings';

/**
 * Folders under public/ that hold one scenario's or one organisation's files. Astro copies all
 * of public/ into every build; a trust's build should carry only its own scenarios' vlogs and
 * its own logo, not the other scenarios' videos (megabytes in its SCORM package) or the
 * example trust's logo.
 */
const perScenarioFolder = 'videos';
const perOrganisationFolder = 'trusts';

/** The folders in a build that the settings do not use, relative to the build. */
export function unusedAssetFolders(
  siteDir: string,
  settings: Pick<Settings, 'scenarios' | 'organisation'>,
): string[] {
  const folders = (parent: string) =>
    existsSync(path.join(siteDir, parent))
      ? readdirSync(path.join(siteDir, parent), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
      : [];
  const scenarioIds = new Set(settings.scenarios.map((scenario) => scenario.id));
  const logoFolder = settings.organisation.logo?.split('/').slice(0, 2).join('/');
  return [
    ...folders(perScenarioFolder)
      .filter((name) => !scenarioIds.has(name))
      .map((name) => `${perScenarioFolder}/${name}`),
    ...folders(perOrganisationFolder)
      .filter((name) => `${perOrganisationFolder}/${name}` !== logoFolder)
      .map((name) => `${perOrganisationFolder}/${name}`),
  ];
}

/**
 * The vlog files in languages the settings do not offer, relative to the build: a scenario's
 * Welsh vlog, captions and chapters (vlog.cy.mp4, captions.cy.vtt, chapters.cy.vtt; see
 * languageAsset in src/i18n/scenario-overlay.ts) in a build that is English only. No page of
 * such a build links to them, and the Welsh vlogs alone would nearly double its SCORM package.
 */
export function unusedLanguageFiles(
  siteDir: string,
  settings: Pick<Settings, 'languages'>,
): string[] {
  const unoffered = languageSchema.options.filter(
    (language) => language !== 'en' && !settings.languages.includes(language),
  );
  if (unoffered.length === 0) return [];
  const inUnofferedLanguage = new RegExp(`\\.(${unoffered.join('|')})\\.[a-z0-9]+$`, 'i');
  const videos = path.join(siteDir, perScenarioFolder);
  if (!existsSync(videos)) return [];
  return readdirSync(videos, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(path.join(videos, folder.name))
        .filter((file) => inUnofferedLanguage.test(file))
        .map((file) => `${perScenarioFolder}/${folder.name}/${file}`),
    );
}

/** Removes what unusedAssetFolders and unusedLanguageFiles find from the finished build. */
export function unusedAssets(settings: Settings): AstroIntegration {
  return {
    name: 'across-the-interface:unused-assets',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const unused = unusedAssetFolders(siteDir, settings);
        for (const folder of unused)
          rmSync(path.join(siteDir, folder), { recursive: true, force: true });
        const otherLanguages = unusedLanguageFiles(siteDir, settings);
        for (const file of otherLanguages) rmSync(path.join(siteDir, file), { force: true });
        for (const parent of [perScenarioFolder, perOrganisationFolder]) {
          const full = path.join(siteDir, parent);
          if (existsSync(full) && readdirSync(full).length === 0) rmSync(full, { recursive: true });
        }
        if (unused.length)
          logger.info(`left out files these settings do not use: ${unused.join(', ')}`);
        if (otherLanguages.length)
          logger.info(
            `left out ${otherLanguages.length} vlog files in languages these settings do not offer`,
          );
      },
    },
  };
}
