import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Settings } from '../../src/schemas/settings';
import { loadSettings, readSettings, SettingsError } from '../../src/settings/load-settings';
import { fillText } from '../../src/settings/placeholders';
import { checkContent } from '../../src/integrity/check-content';
import { moduleMinutes, requiredMinutesLimit } from '../../src/integrity/induction-minutes';
import { loadScenario } from '../helpers/load-scenario';

const repo = path.resolve(import.meta.dirname, '../..');
const tiny = path.resolve(import.meta.dirname, '../fixtures/integrity/base');
const trusts = path.resolve(import.meta.dirname, '../fixtures/integrity/trusts');

describe("a trust's settings overlaid on the defaults", () => {
  it('changes only what the trust sets: fields in a group one by one, lists as a whole', () => {
    const settings = loadSettings(tiny, path.join(trusts, 'valid.yaml'));
    expect(settings.organisation).toEqual({
      name: 'Testshire Hospitals NHS Trust',
      shortName: 'Testshire',
    });
    expect(settings.policies['medicines-on-discharge']).toMatchObject({
      national: 7,
      local: 28,
      unit: 'days',
    });
    expect(settings.contacts).toEqual({ 'interface-lead': 'the interface lead' });
    expect(settings.scenarios).toEqual([{ id: 'tiny', required: true }]);
  });

  it('stops with every problem, each naming the trust file, its line and the field', () => {
    const overlay = path.join(trusts, 'mistakes.yaml');
    expect(() => loadSettings(tiny, overlay)).toThrow(SettingsError);
    const message = (() => {
      try {
        loadSettings(tiny, overlay);
        return '';
      } catch (error) {
        return (error as Error).message.replaceAll(trusts, '<trusts>');
      }
    })();
    expect(message).toMatchInlineSnapshot(`
      "The settings in <trusts>/mistakes.yaml (overlaid on content/settings.yaml) cannot be used:

      Error in <trusts>/mistakes.yaml:4, field "organisation.shortname": unknown field "shortname".
        Fix: did you mean "shortName"? Correct the spelling, or remove the field (see docs/tailoring.md).

      Error in <trusts>/mistakes.yaml:5, field "accentColour": accentColour #41b6e6 fails: contrast with white text on it is 2.32:1, below the 4.5:1 WCAG AA needs.
        Fix: choose a darker colour: white header text on it, and text in it on the pale page background, both need a contrast of at least 4.5:1 (NHS blue "#005eb8" passes); see docs/tailoring.md.

      Error in <trusts>/mistakes.yaml:5, field "accentColour": accentColour #41b6e6 fails: contrast with the NHS page background is 2.09:1, below the 4.5:1 WCAG AA needs.
        Fix: choose a darker colour: white header text on it, and text in it on the pale page background, both need a contrast of at least 4.5:1 (NHS blue "#005eb8" passes); see docs/tailoring.md.

      Error in <trusts>/mistakes.yaml:8, field "policies.medicines-on-discharge.local": local must be a number (found "fourteen").
        Fix: correct local: it must be a number."
    `);
  });

  it('explains the other likely mistakes, each in the trust file, with a fix that matches it', () => {
    const { problems } = readSettings(tiny, path.join(trusts, 'more-mistakes.yaml'));
    expect(
      problems.map(
        (problem) =>
          `${path.basename(problem.file)}:${problem.line} ${problem.field}: ${problem.message}\n  Fix: ${problem.fix}`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "more-mistakes.yaml:3 accentColour: accentColour must be a colour in double quotes, written as "#rrggbb", e.g. "#005eb8".
        Fix: put the colour in double quotes, e.g. accentColour: "#6b1d5c". Without them, YAML reads # as the start of a comment and the value is lost.",
        "more-mistakes.yaml:5 contacts.interface-lead: interface-lead is shown to learners as written, so it must not contain { or }: write the contact out in full (found "the {organisation} interface office, {{contacts.gp-queries}}").
        Fix: correct interface-lead: it is shown to learners as written, so it must not contain { or }: write the contact out in full.",
        "more-mistakes.yaml:9 policies.medicines-on-discharge.localText: localText uses {org}, {units}, which the module cannot fill; it may use {organisation}, {value} and {unit} (found "at {org} we supply {value} {units}").
        Fix: correct localText: it uses {org}, {units}, which the module cannot fill; it may use {organisation}, {value} and {unit}.",
        "more-mistakes.yaml:12 scenarios[1].id: the required field "id" is missing.
        Fix: add id: (it must be the id of a scenario, e.g. "fit-note" for scenarios/fit-note.yaml).",
        "more-mistakes.yaml:13 passMark: passMark must be a whole number from 0 to 100 (found 70.5).
        Fix: give a whole percentage from 0 to 100, e.g. passMark: 70.",
        "more-mistakes.yaml:14 scormVersions: scormVersions must be a list in square brackets, e.g. [scorm12] or [scorm12, scorm2004].
        Fix: list scorm12, scorm2004 or both in square brackets, e.g. scormVersions: [scorm12].",
      ]
    `);
  });

  it('names the line of a YAML mistake in the trust file', () => {
    const { problems } = readSettings(tiny, path.join(trusts, 'yaml-syntax.yaml'));
    expect(problems.map((problem) => ({ ...problem, file: path.basename(problem.file) })))
      .toMatchInlineSnapshot(`
      [
        {
          "file": "yaml-syntax.yaml",
          "fix": "check the indentation (spaces, not tabs), the colons after field names, and quote text that contains a colon or starts with a special character.",
          "line": 2,
          "message": "the YAML cannot be read: Nested mappings are not allowed in compact mappings.",
          "severity": "error",
        },
      ]
    `);
  });

  it('suggests clinicalSignOff, which the national settings leave out, for a misspelling', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'typo-'));
    try {
      writeFileSync(
        path.join(work, 'trust.yaml'),
        'clinicalSignoff:\n  tiny: { name: Dr A, role: GP, date: 2026-11-20 }\n',
      );
      expect(
        readSettings(tiny, path.join(work, 'trust.yaml')).problems.map(
          (problem) => `${problem.line} ${problem.message} ${problem.fix}`,
        ),
      ).toEqual([
        '1 unknown field "clinicalSignoff". did you mean "clinicalSignOff"? Correct the spelling, or remove the field (see docs/tailoring.md).',
      ]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('says when the trust file is not there', () => {
    const { problems } = readSettings(tiny, 'no-such-trust.yaml');
    expect(problems.map((problem) => `${problem.file}: ${problem.message} ${problem.fix}`)).toEqual(
      [
        'no-such-trust.yaml: the settings file no-such-trust.yaml does not exist. check the path after --settings: it is relative to the folder you run the command in.',
      ],
    );
  });

  it('blames the defaults for a wrong value the trust does not set', () => {
    const read = readSettings(tiny, path.join(trusts, 'valid.yaml'));
    expect(read.locate(['passMark'])).toEqual({ file: 'content/settings.yaml', line: 8 });
    expect(read.locate(['policies', 'medicines-on-discharge', 'local'])).toEqual({
      file: path.join(trusts, 'valid.yaml'),
      line: 8,
    });
    expect(read.locate(['policies', 'medicines-on-discharge', 'unit']).file).toBe(
      'content/settings.yaml',
    );
  });
});

describe('the example trust, Northshire', () => {
  const settings = loadSettings(repo, 'content/trusts/northshire.yaml');
  const national = loadSettings(repo, undefined);
  /** The trust's file as written, so these tests follow it when the example changes. */
  const file = parse(readFileSync(path.join(repo, 'content/trusts/northshire.yaml'), 'utf8')) as {
    organisation: Settings['organisation'];
    accentColour: string;
    contacts: Record<string, string>;
    policies: Record<string, { local: number }>;
    scenarios: Settings['scenarios'];
    scormVersions: Settings['scormVersions'];
  };

  it('is valid: its own name, logo, colour, contacts, scenarios and SCORM versions, and the national values for what it leaves out', () => {
    expect(settings.organisation).toEqual(file.organisation);
    expect(settings.accentColour).toBe(file.accentColour);
    for (const [name, contact] of Object.entries(file.contacts))
      expect(settings.contacts[name]).toBe(contact);
    const leftOut = Object.keys(national.contacts).filter((name) => !(name in file.contacts));
    expect(leftOut.length).toBeGreaterThan(0);
    for (const name of leftOut) expect(settings.contacts[name]).toBe(national.contacts[name]);
    expect(settings.scenarios).toEqual(file.scenarios);
    expect(settings.scormVersions).toEqual(file.scormVersions);
  });

  it('uses only fictional phone numbers, from the range Ofcom keeps for drama', () => {
    const numbers =
      Object.values(settings.contacts)
        .join(' ')
        .match(/\b0\d{3,4} ?\d{6}\b/g) ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) expect(number.replace(' ', '')).toMatch(/^01632960\d{3}$/);
  });

  it('puts each local policy that differs beside the national requirement, field by field', () => {
    for (const [name, { local }] of Object.entries(file.policies)) {
      const policy = national.policies[name]!;
      expect(local).not.toBe(policy.national);
      // Only local: is set, so the national figure, unit and wording stay.
      expect(settings.policies[name]).toEqual({ ...policy, local });
      const nationalText = policy.nationalText
        .replace('{value}', String(policy.national))
        .replace('{unit}', policy.unit);
      const localText = policy.localText
        .replace('{organisation}', file.organisation.shortName)
        .replace('{value}', String(local))
        .replace('{unit}', policy.unit);
      expect(fillText(`{{policies.${name}.both}}`, settings)).toBe(`${nationalText}; ${localText}`);
    }
  });

  it('records no clinical sign-off, since nobody has signed anything for a fictional trust', () => {
    expect(settings.clinicalSignOff).toBeUndefined();
  });

  it('documents a sign-off that, uncommented, the checks accept once its dates have come', () => {
    const text = readFileSync(path.join(repo, 'content/trusts/northshire.yaml'), 'utf8');
    const example = text.match(/^# clinicalSignOff:\n(?:# {3}.*\n)+/m)?.[0].replace(/^# /gm, '');
    expect(example).toBeDefined();
    const work = mkdtempSync(path.join(tmpdir(), 'northshire-'));
    try {
      writeFileSync(path.join(work, 'trust.yaml'), `${text}\n${example}`);
      const { problems } = checkContent(repo, {
        overlayFile: path.join(work, 'trust.yaml'),
        today: new Date('2027-02-01T00:00:00Z'),
      });
      expect(problems.filter((problem) => problem.field?.startsWith('clinicalSignOff'))).toEqual(
        [],
      );
      expect(
        Object.keys(loadSettings(repo, path.join(work, 'trust.yaml')).clinicalSignOff ?? {}),
      ).toEqual(['missed-appointment', 'fit-note']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('the national settings', () => {
  const settings = loadSettings(repo, undefined);

  it('record no clinical sign-off: no trust has signed the national content for everyone', () => {
    expect(settings.clinicalSignOff).toBeUndefined();
  });

  it(`require a core that fits an induction slot: at most ${requiredMinutesLimit} minutes`, () => {
    const minutes = new Map(
      settings.scenarios.map(({ id }) => [
        id,
        loadScenario(path.join(repo, 'scenarios', `${id}.yaml`)).minutes,
      ]),
    );
    const { required } = moduleMinutes(settings.scenarios, minutes);
    expect(required.scenarios).toHaveLength(8);
    expect(required.minutes).toBeLessThanOrEqual(requiredMinutesLimit);
  });

  it('say which contract set a requirement, and to check the current one', () => {
    for (const policy of Object.values(settings.policies))
      expect(policy.nationalText).toMatch(
        /2017–19 NHS Standard Contract .*\(check the current service conditions\)$/,
      );
  });
});
