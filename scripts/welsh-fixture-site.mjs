#!/usr/bin/env node
/**
 * Assembles a small bilingual copy of the module for trying the Welsh machinery before the real
 * Welsh content exists: this project's code, interface strings and public files, with the tiny
 * integrity-test scenario and its Welsh translation (tests/fixtures/integrity/base and welsh).
 *
 *   node scripts/welsh-fixture-site.mjs <dir> [--languages cy,en]
 *
 * Then build it with `npx astro build` run in <dir>. The real module's Welsh is checked by the
 * ordinary build with Welsh on (docs/welsh.md); this is for developing and testing the machinery.
 */
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { languages: { type: 'string', default: 'cy,en' } },
});
const target = path.resolve(positionals[0] ?? '/tmp/welsh-site');
const project = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(project, 'tests/fixtures/integrity');

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
// Vite follows symbolic links to their real paths, which breaks Astro's compile cache for src/: copy the code.
// No upstream issue found for this exact case (searched withastro/astro and vitejs/vite issues); the
// nearest are withastro/astro#17319 (a build from a symlinked folder loses its CSS) and #16616 (the
// compile-metadata cache stored and read under different paths).
for (const code of ['src', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
  cpSync(path.join(project, code), path.join(target, code), { recursive: true });
// scorm/ finds the project from its own folder, so it is copied too (without packages already made).
cpSync(path.join(project, 'scorm'), path.join(target, 'scorm'), {
  recursive: true,
  filter: (source) => !source.startsWith(path.join(project, 'scorm/out')),
});
for (const shared of ['node_modules', 'scripts'])
  symlinkSync(path.join(project, shared), path.join(target, shared));
cpSync(path.join(fixtures, 'base'), target, { recursive: true });
cpSync(path.join(fixtures, 'welsh'), target, { recursive: true });
cpSync(path.join(project, 'content/i18n'), path.join(target, 'content/i18n'), { recursive: true });
for (const entry of readdirSync(path.join(project, 'public'))) {
  if (entry !== 'videos')
    cpSync(path.join(project, 'public', entry), path.join(target, 'public', entry), {
      recursive: true,
    });
}
// The reference pages every page links to, short, in both languages.
const referencePages = {
  about: ['About this module', 'Ynghylch y modiwl hwn'],
  glossary: ['Glossary', 'Geirfa'],
  accessibility: ['Accessibility statement', 'Datganiad hygyrchedd'],
};
mkdirSync(path.join(target, 'content/pages/cy'), { recursive: true });
for (const [page, [english, welsh]] of Object.entries(referencePages)) {
  writeFileSync(
    path.join(target, 'content/pages', `${page}.mdx`),
    `---\ntitle: ${english}\ndescription: ${english} for the bilingual fixture.\n---\n\n${english}.\n`,
  );
  writeFileSync(
    path.join(target, 'content/pages/cy', `${page}.mdx`),
    `---\ntitle: ${welsh}\ndescription: ${welsh} ar gyfer y gosodiad dwyieithog.\ntranslation: { status: unreviewed, translator: Across the Interface content team (machine-assisted) }\n---\n\n${welsh}.\n`,
  );
}
const settingsFile = path.join(target, 'content/settings.yaml');
const languages = values.languages.split(',').map((language) => language.trim());
writeFileSync(
  settingsFile,
  readFileSync(settingsFile, 'utf8')
    .replace(/^languages: .*$/m, `languages: [${languages.join(', ')}]`)
    // Both SCORM versions, so the LMS tests run on each.
    .replace(/^scormVersions: .*$/m, 'scormVersions: [scorm12, scorm2004]'),
);
console.log(
  `A bilingual copy (languages: [${languages.join(', ')}]) is in ${target}; build it with: cd ${target} && npx astro build`,
);
