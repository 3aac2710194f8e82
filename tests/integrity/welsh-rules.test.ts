import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrity/check-content';
import { formatProblems } from '../../src/schemas/problem';

const fixtures = new URL('../fixtures/integrity/', import.meta.url).pathname;
const roots: string[] = [];
const today = new Date('2026-11-21T00:00:00Z');

/** The tiny project with Welsh on and every Welsh file in place, then `change` applied. */
function welshProject(change: (root: string) => void = () => {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'welsh-'));
  roots.push(root);
  cpSync(path.join(fixtures, 'base'), root, { recursive: true });
  cpSync(path.join(fixtures, 'welsh'), root, { recursive: true });
  change(root);
  return root;
}
const report = (root: string) =>
  formatProblems(checkContent(root, { today, overlayFile: undefined }).problems);

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('Welsh integrity', () => {
  it('passes the complete bilingual tiny project', () => {
    expect(checkContent(welshProject(), { today, overlayFile: undefined }).problems).toEqual([]);
  });

  it('names the Welsh catalogue and each key it lacks, adds or changes the parameters of', () => {
    const root = welshProject((dir) =>
      cpSync(
        path.join(fixtures, 'mistakes/welsh-missing-key.yaml'),
        path.join(dir, 'content/i18n/cy.yaml'),
      ),
    );
    expect(report(root)).toMatchInlineSnapshot(`
      "Error in content/i18n/cy.yaml, field "case.continue": the key "case.continue" is missing; content/i18n/en.yaml has it ("Continue").
        Fix: add case.continue to content/i18n/cy.yaml, translated.

      Error in content/i18n/cy.yaml, field "case.progress": uses {cam}, {steps} where content/i18n/en.yaml uses {step}, {steps}.
        Fix: keep every {parameter} exactly as the English writes it, untranslated.

      Error in content/i18n/cy.yaml, field "nav.homepage": the key "nav.homepage" is not in content/i18n/en.yaml.
        Fix: remove it, or add it to content/i18n/en.yaml first (English is the source of the key set).

      3 errors, 0 warnings in the content."
    `);
  });

  it('names every Welsh file that is missing: scenario, teaching page and vlog', () => {
    const root = welshProject((dir) => {
      rmSync(path.join(dir, 'scenarios/cy/tiny.yaml'));
      rmSync(path.join(dir, 'content/scenarios/cy/tiny.mdx'));
    });
    expect(report(root)).toMatchInlineSnapshot(`
      "Error in scenarios/cy/tiny.yaml: Welsh is on, but the scenario "tiny" has no Welsh version.
        Fix: add scenarios/cy/tiny.yaml, translated from scenarios/tiny.yaml (docs/welsh.md); or take cy out of languages in the settings.

      Error in content/scenarios/cy/tiny.mdx: Welsh is on, but the teaching page of "tiny" has no Welsh version.
        Fix: add content/scenarios/cy/tiny.mdx, translated from content/scenarios/tiny.mdx (docs/welsh.md); or take cy out of languages in the settings.

      2 errors, 0 warnings in the content."
    `);
    const noCaptions = welshProject((dir) =>
      rmSync(path.join(dir, 'public/videos/tiny/captions.cy.vtt')),
    );
    expect(report(noCaptions)).toMatchInlineSnapshot(`
      "Error in scenarios/cy/tiny.yaml, field "vlog.captions": Welsh is on, but public/videos/tiny/captions.cy.vtt (the Welsh captions) does not exist.
        Fix: make it with npm run videos -- --only tiny --language cy, or add the filmed Welsh file (docs/videos.md).

      1 error, 0 warnings in the content."
    `);
  });

  it('names the settings text that has no Welsh', () => {
    const root = welshProject((dir) => {
      const file = path.join(dir, 'content/settings.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8').replace(/\ncy:[\s\S]*$/, '\n')}`);
    });
    expect(report(root)).toMatchInlineSnapshot(`
      "Error in content/settings.yaml:4, field "cy.contacts.interface-lead": Welsh is on, but the contact "interface-lead" has no Welsh text.
        Fix: add cy: { contacts: { interface-lead: "…" } } to the settings, in Welsh (docs/welsh.md).

      Error in content/settings.yaml:6, field "cy.policies.medicines-on-discharge.unit": Welsh is on, but the policy "medicines-on-discharge" has no Welsh unit.
        Fix: add cy: { policies: { medicines-on-discharge: { unit: "…" } } } to the settings, in Welsh, with the same {slots} (docs/welsh.md).

      Error in content/settings.yaml:6, field "cy.policies.medicines-on-discharge.nationalText": Welsh is on, but the policy "medicines-on-discharge" has no Welsh nationalText.
        Fix: add cy: { policies: { medicines-on-discharge: { nationalText: "…" } } } to the settings, in Welsh, with the same {slots} (docs/welsh.md).

      Error in content/settings.yaml:6, field "cy.policies.medicines-on-discharge.localText": Welsh is on, but the policy "medicines-on-discharge" has no Welsh localText.
        Fix: add cy: { policies: { medicines-on-discharge: { localText: "…" } } } to the settings, in Welsh, with the same {slots} (docs/welsh.md).

      4 errors, 0 warnings in the content."
    `);
  });

  it('names the nation data that has no Welsh version', () => {
    const root = welshProject((dir) =>
      rmSync(path.join(dir, 'content/nations/cy'), { recursive: true }),
    );
    expect(report(root)).toMatchInlineSnapshot(`
      "Error in content/nations/cy/england.yaml: Welsh is on, but the nation's data (content/nations/england.yaml) has no valid Welsh version, so its nouns, forms and routes would show in English.
        Fix: add content/nations/cy/england.yaml: the same shape as content/nations/england.yaml, its text translated (docs/welsh.md).

      1 error, 0 warnings in the content."
    `);
  });

  it('asks nothing Welsh of an English-only project', () => {
    const root = welshProject((dir) => {
      const file = path.join(dir, 'content/settings.yaml');
      cpSync(path.join(fixtures, 'base/content/settings.yaml'), file);
      rmSync(path.join(dir, 'content/i18n'), { recursive: true });
      rmSync(path.join(dir, 'scenarios/cy/tiny.yaml'));
    });
    expect(checkContent(root, { today, overlayFile: undefined }).problems).toEqual([]);
  });
});
