import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrity/check-content';
import { formatProblems } from '../../src/integrity/problem';

const fixtures = new URL('../fixtures/integrity/', import.meta.url).pathname;
const roots: string[] = [];

/** A copy of the tiny valid project with one thing changed. */
function projectWith(change: { scenario?: string; teaching?: (text: string) => string; remove?: string[] } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'integrity-'));
  roots.push(root);
  cpSync(path.join(fixtures, 'base'), root, { recursive: true });
  if (change.scenario) cpSync(path.join(fixtures, 'mistakes', `${change.scenario}.yaml`), path.join(root, 'scenarios/tiny.yaml'));
  if (change.teaching) {
    const file = path.join(root, 'content/scenarios/tiny.mdx');
    writeFileSync(file, change.teaching(readFileSync(file, 'utf8')));
  }
  for (const file of change.remove ?? []) rmSync(path.join(root, file));
  return root;
}

const report = (root: string) => formatProblems(checkContent(root).problems);

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('content integrity', () => {
  it('passes the valid tiny project', () => {
    expect(checkContent(projectWith()).problems).toEqual([]);
  });

  it('reports a choice whose target does not exist', () => {
    expect(report(projectWith({ scenario: 'bad-target' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:25, node "ask", field "choices[1].target": "latre" is not a node in this scenario.
        Fix: point it at an existing node ("intro", "ask", "later", "good", "poor") or add a node with id "latre".

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a node that cannot be reached', () => {
    expect(report(projectWith({ scenario: 'unreachable-node' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:45, node "orphan": the node "orphan" cannot be reached from the start "intro".
        Fix: point a choice or next at it, check the flags its way in requires, or delete it.

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a dead end where the flags rule out every choice', () => {
    expect(report(projectWith({ scenario: 'dead-end' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:27, node "later": no ending can be reached from "later".
        Fix: make sure every path from this node leads, through choices or next, to a node with kind: ending.

      Error in scenarios/tiny.yaml:46, node "stuck": the decision "stuck" offers no choice: every choice's requires or unless rules it out.
        Fix: give at least one choice no conditions, or loosen the conditions so one is always offered.

      Warning in scenarios/tiny.yaml:50, node "stuck", field "choices[0]": the choice "rebook" is never offered: no path reaches this decision with its flags.
        Fix: check its requires and unless against the choices that lead here.

      Warning in scenarios/tiny.yaml:51, node "stuck", field "choices[1]": the choice "call" is never offered: no path reaches this decision with its flags.
        Fix: check its requires and unless against the choices that lead here.

      2 errors, 2 warnings in the content."
    `);
  });

  it('reports a scenario with no ending', () => {
    expect(report(projectWith({ scenario: 'no-ending' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:14, field "nodes": the scenario has no ending, so no learner can finish it.
        Fix: add at least one node with kind: ending (outcome, title, summary, learningPoints) and point a choice at it.

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a story that loops back', () => {
    expect(report(projectWith({ scenario: 'loop' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:20, node "ask": the story loops: ask → later → ask.
        Fix: make every path move forward to an ending; learners can already undo a choice, so a loop back is not needed.

      1 error, 0 warnings in the content."
    `);
  });

  it('reports duplicate node ids', () => {
    expect(report(projectWith({ scenario: 'duplicate-id' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:39, node "good", field "id": the node id "good" is used 2 times.
        Fix: give each node its own id; rename this one and update any target that should point to it.

      Error in scenarios/tiny.yaml:32, node "later", field "next": "poor" is not a node in this scenario.
        Fix: point it at an existing node ("intro", "ask", "later", "good", "good") or add a node with id "poor".

      2 errors, 0 warnings in the content."
    `);
  });

  it('reports a flag that is tested but never set', () => {
    expect(report(projectWith({ scenario: 'flag-never-set' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:31, node "later", field "lines[0].unless[0]": the flag "rang" is tested here but no choice sets it.
        Fix: add "rang" to the sets list of the choice that should make this happen, or correct the spelling.

      1 error, 0 warnings in the content."
    `);
  });

  it('reports an unknown field with its line', () => {
    expect(report(projectWith({ scenario: 'unknown-field' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:23, node "ask", field "promt": unknown field "promt".
        Fix: check the spelling against docs/authoring.md, or remove the field.

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a value of the wrong type', () => {
    expect(report(projectWith({ scenario: 'wrong-type' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:24, node "ask", field "choices[0].score": score must be a whole number from 0 to 10 (found "ten").
        Fix: correct score: it must be a whole number from 0 to 10.

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a YAML syntax error', () => {
    expect(report(projectWith({ scenario: 'yaml-syntax' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:23: the YAML cannot be read: Sequence item without - indicator.
        Fix: check the indentation (spaces, not tabs), the colons after field names, and quote text that contains a colon or starts with a special character.

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a teaching page that points at a missing scenario', () => {
    expect(report(projectWith({ teaching: (text) => text.replace('scenario: tiny', 'scenario: tinny') }))).toMatchInlineSnapshot(`
      "Error in content/scenarios/tiny.mdx:2, field "scenario": the scenario "tinny" does not exist.
        Fix: use the id of a file in scenarios/ ("tiny").

      Error in scenarios/tiny.yaml: the scenario "tiny" has no teaching page.
        Fix: add content/scenarios/tiny.mdx with scenario: tiny in its frontmatter (see docs/authoring.md).

      2 errors, 0 warnings in the content."
    `);
  });

  it('reports missing video and captions files', () => {
    expect(report(projectWith({ remove: ['public/videos/tiny/vlog.mp4', 'public/videos/tiny/captions.vtt'] }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:11, field "vlog.video": the file public/videos/tiny/vlog.mp4 does not exist.
        Fix: add the file (npm run videos makes placeholder vlogs), or correct the path; see docs/videos.md.

      Error in scenarios/tiny.yaml:12, field "vlog.captions": the file public/videos/tiny/captions.vtt does not exist.
        Fix: add the file (npm run videos makes placeholder vlogs), or correct the path; see docs/videos.md.

      2 errors, 0 warnings in the content."
    `);
  });

  it('reports a placeholder that names no local value', () => {
    expect(report(projectWith({ scenario: 'unknown-placeholder' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:24, node "ask", field "choices[0].feedback": the placeholder {{contacts.gp-liason}} names a local value that does not exist.
        Fix: use one of: organisation.name, organisation.shortName, contacts.interface-lead, policies.medicines-on-discharge, policies.medicines-on-discharge.national, policies.medicines-on-discharge.both; or add the value to content/settings.yaml (see docs/tailoring.md).

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a LocalValue component that names no local value', () => {
    expect(report(projectWith({ teaching: (text) => `${text}\nWe supply <LocalValue name="policies.tto-days" />.\n` }))).toMatchInlineSnapshot(`
      "Error in content/scenarios/tiny.mdx:15, field "LocalValue": <LocalValue name="policies.tto-days" /> names a local value that does not exist.
        Fix: use one of: organisation.name, organisation.shortName, contacts.interface-lead, policies.medicines-on-discharge, policies.medicines-on-discharge.national, policies.medicines-on-discharge.both; or add the value to content/settings.yaml (see docs/tailoring.md).

      1 error, 0 warnings in the content."
    `);
  });

  it('reports every problem at once, across files', () => {
    const root = projectWith({ scenario: 'bad-target', teaching: (text) => text.replace('reviewBy: 2027-11-19', 'reviewBy: 2028-06-01') });
    const problems = checkContent(root).problems;
    expect(problems.map((problem) => problem.file)).toEqual(['scenarios/tiny.yaml', 'content/scenarios/tiny.mdx', 'scenarios/tiny.yaml']);
  });
});
