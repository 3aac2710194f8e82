import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nationIds } from '../../src/schemas/nation';
import { formatProblems } from '../../src/schemas/problem';
import { loadSettings, readSettings } from '../../src/settings/load-settings';
import { readNation } from '../../src/settings/nations';
import { resolvePlaceholder } from '../../src/settings/placeholders';

const repo = path.resolve(import.meta.dirname, '../..');
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** The repository's settings with `nation` set by a trust's one-line file. */
function settingsFor(nation: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'nation-'));
  roots.push(root);
  const file = path.join(root, 'trust.yaml');
  writeFileSync(file, `nation: ${nation}\n`);
  return loadSettings(repo, file);
}

describe('the nations in content/nations/', () => {
  it.each(nationIds)('%s has a valid file whose id matches its name', (id) => {
    const { nation, problems } = readNation(repo, id);
    expect(problems).toEqual([]);
    expect(nation?.id).toBe(id);
  });

  it('all define the same sources, so content citing one builds in every nation', () => {
    const names = nationIds.map((id) => Object.keys(readNation(repo, id).nation!.sources).sort());
    for (const list of names) expect(list).toEqual(names[0]);
  });

  it('show the NHS lozenge only in England: never for an HSC trust, and Wales and Scotland have their own identities', () => {
    expect(
      Object.fromEntries(nationIds.map((id) => [id, readNation(repo, id).nation!.nhsLogo])),
    ).toEqual({ england: true, wales: false, scotland: false, 'northern-ireland': false });
  });

  it('say nothing England-only outside England (DWP is right in Wales and Scotland too)', () => {
    const englandOnly =
      /NHS Standard Contract|NHS England|\bICBs?\b|integrated care board|FP10|e-Referral|\be-RS\b|\bSC\d/;
    for (const id of nationIds.filter((nation) => nation !== 'england')) {
      expect(
        readFileSync(path.join(repo, 'content/nations', `${id}.yaml`), 'utf8')
          .split('\n')
          .filter((line) => !line.startsWith('#') && englandOnly.test(line)),
        id,
      ).toEqual([]);
    }
  });

  it('name no Northern Ireland referral system, which the brief leaves unverified', () => {
    expect(readNation(repo, 'northern-ireland').nation!.referralRoute).toMatch(
      /check your HSC trust's local arrangements/,
    );
  });
});

describe('the nation setting', () => {
  it('defaults to England', () => {
    const settings = loadSettings(repo, undefined);
    expect(settings.nation).toBe('england');
    expect(resolvePlaceholder('nation.organisation', settings)).toBe('trust');
    expect(resolvePlaceholder('nation.prescriptionForm', settings)).toBe('FP10');
  });

  it("fills each nation's nouns, forms and routes", () => {
    const fill = (nation: string, name: string) => resolvePlaceholder(name, settingsFor(nation));
    expect(nationIds.map((id) => fill(id, 'nation.organisation'))).toEqual([
      'trust',
      'health board',
      'health board',
      'HSC trust',
    ]);
    expect(nationIds.map((id) => fill(id, 'nation.anOrganisation'))).toEqual([
      'a trust',
      'a health board',
      'a health board',
      'an HSC trust',
    ]);
    expect(nationIds.map((id) => fill(id, 'nation.prescriptionForm'))).toEqual([
      'FP10',
      'WP10',
      'GP10',
      'HS21',
    ]);
    expect(nationIds.map((id) => fill(id, 'nation.hospitalPrescriptionForm'))).toEqual([
      'FP10',
      'WP10',
      'HBP',
      'HS21',
    ]);
    expect(nationIds.map((id) => fill(id, 'nation.commissionerShort'))).toEqual([
      'ICB',
      'health board',
      'health board',
      'SPPG',
    ]);
    expect(nationIds.map((id) => fill(id, 'nation.fitNoteDepartmentShort'))).toEqual([
      'DWP',
      'DWP',
      'DWP',
      'Department for Communities',
    ]);
    expect(fill('wales', 'nation.referralRoute')).toBe(
      'the Welsh Clinical Communications Gateway (WCCG)',
    );
    expect(fill('scotland', 'nation.referralRoute')).toBe('SCI Gateway');
    // Only England's route for asking a specialist first has a verified name (NHS e-RS Advice and Guidance).
    expect(nationIds.map((id) => fill(id, 'nation.anAdviceRequest'))).toEqual([
      'an Advice and Guidance request',
      ...Array(3).fill('a request for specialist advice'),
    ]);
    expect(nationIds.map((id) => fill(id, 'nation.adviceRequests'))).toEqual([
      'Advice and Guidance requests',
      ...Array(3).fill('requests for specialist advice'),
    ]);
    expect(fill('wales', 'nation.sources.results')).toMatch(
      /^the All Wales interface standards \(April 2026\), investigations/,
    );
    expect(fill('northern-ireland', 'nation.sources.missed-appointment')).toMatch(
      /goes back to the hospital, not the GP/,
    );
  });

  it("replaces England's wording of a national policy, and has no national figure to quote where the nation sets none", () => {
    const wales = settingsFor('wales');
    expect(wales.policies['medicines-on-discharge']!.nationalText).toBe(
      'NHS Wales sets no national minimum this module can quote',
    );
    expect(resolvePlaceholder('policies.medicines-on-discharge.national', wales)).toBeUndefined();
    expect(
      resolvePlaceholder('policies.medicines-on-discharge.national', settingsFor('england')),
    ).toBe('7 days');
  });

  it('never names a health board or an HSC trust "Your NHS trust", and keeps a trust\'s own name', () => {
    expect(nationIds.map((id) => settingsFor(id).organisation.name)).toEqual([
      'Your NHS trust',
      'Your health board',
      'Your health board',
      'Your HSC trust',
    ]);
    expect(settingsFor('northern-ireland').organisation.shortName).toBe('your HSC trust');
    expect(
      loadSettings(repo, path.join(repo, 'content/trusts/lagan-mourne-hsc.yaml')).organisation.name,
    ).toBe('Lagan and Mourne Health and Social Care Trust');
  });

  it("keeps a trust's own national wording over the nation's", () => {
    const root = mkdtempSync(path.join(tmpdir(), 'nation-'));
    roots.push(root);
    const file = path.join(root, 'trust.yaml');
    writeFileSync(
      file,
      'nation: scotland\npolicies:\n  medicines-on-discharge:\n    nationalText: "our board agreed {value} {unit}"\n',
    );
    expect(loadSettings(repo, file).policies['medicines-on-discharge']!.nationalText).toBe(
      'our board agreed {value} {unit}',
    );
  });

  it('reports a nation that does not exist at the line that sets it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'nation-'));
    roots.push(root);
    const file = path.join(root, 'trust.yaml');
    writeFileSync(file, 'organisation:\n  name: Test\nnation: cymru\n');
    expect(formatProblems(readSettings(repo, file).problems).replace(file, 'trust.yaml'))
      .toMatchInlineSnapshot(`
      "Error in trust.yaml:3, field "nation": nation must be one of: england, wales, scotland, northern-ireland (found "cymru").
        Fix: correct nation: it must be one of: england, wales, scotland, northern-ireland.

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a nation file with a mistake, naming its file, line and field', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'nation-'));
    roots.push(root);
    cpSync(path.join(repo, 'content'), path.join(root, 'content'), { recursive: true });
    const file = path.join(root, 'content/nations/wales.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('nhsLogo: false', 'nhsLogo: no')
        .replace('  gp: WP10\n', ''),
    );
    writeFileSync(path.join(root, 'trust.yaml'), 'nation: wales\n');
    expect(formatProblems(readSettings(root, path.join(root, 'trust.yaml')).problems))
      .toMatchInlineSnapshot(`
      "Error in content/nations/wales.yaml:22, field "prescriptionForm.gp": the required field "gp" is missing.
        Fix: add gp: (it must be text).

      Error in content/nations/wales.yaml:35, field "nhsLogo": nhsLogo must be true or false (found "no").
        Fix: correct nhsLogo: it must be true or false.

      2 errors, 0 warnings in the content."
    `);
  });
});
