import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, type CheckOptions } from '../../src/integrity/check-content';
import { formatProblems } from '../../src/schemas/problem';
import {
  allowOverdue,
  notYetReviewedText,
  reviewStatusLines,
  stopsPackaging,
} from '../../src/integrity/review-rules';
import { refuseMissingVlogs } from '../../src/integrity/video-rules';

const fixtures = new URL('../fixtures/integrity/', import.meta.url).pathname;
const roots: string[] = [];

/** A copy of the tiny valid project with one thing changed. */
function projectWith(
  change: {
    scenario?: string;
    teachingPage?: string;
    teaching?: (text: string) => string;
    scenarioText?: (text: string) => string;
    remove?: string[];
  } = {},
) {
  const root = mkdtempSync(path.join(tmpdir(), 'integrity-'));
  roots.push(root);
  cpSync(path.join(fixtures, 'base'), root, { recursive: true });
  if (change.scenario)
    cpSync(
      path.join(fixtures, 'mistakes', `${change.scenario}.yaml`),
      path.join(root, 'scenarios/tiny.yaml'),
    );
  if (change.teachingPage)
    cpSync(
      path.join(fixtures, 'mistakes', `${change.teachingPage}.mdx`),
      path.join(root, 'content/scenarios/tiny.mdx'),
    );
  if (change.teaching) {
    const file = path.join(root, 'content/scenarios/tiny.mdx');
    writeFileSync(file, change.teaching(readFileSync(file, 'utf8')));
  }
  if (change.scenarioText) {
    const file = path.join(root, 'scenarios/tiny.yaml');
    writeFileSync(file, change.scenarioText(readFileSync(file, 'utf8')));
  }
  for (const file of change.remove ?? []) rmSync(path.join(root, file));
  return root;
}

/** The tiny project with a trust's settings file from the fixtures as trust.yaml. */
function projectWithTrust(fixture: string) {
  const root = projectWith();
  cpSync(path.join(fixtures, 'trusts', `${fixture}.yaml`), path.join(root, 'trust.yaml'));
  return root;
}

/** Review dates are checked against a fixed day, so the tests do not age. */
const today = new Date('2026-11-21T00:00:00Z');
const report = (root: string, options: CheckOptions = {}) =>
  formatProblems(checkContent(root, { today, ...options }).problems);

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('content integrity', () => {
  it('passes the valid tiny project', () => {
    expect(checkContent(projectWith(), { today }).problems).toEqual([]);
  });

  it('reports a choice whose target does not exist', () => {
    expect(report(projectWith({ scenario: 'bad-target' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:25, node "ask", field "choices[1].target": "latre" is not a node in this scenario.
        Fix: did you mean "later"? Point it at an existing node ("intro", "ask", "later", "good", "poor") or add a node with id "latre".

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
    expect(
      report(
        projectWith({ teaching: (text) => text.replace('scenario: tiny', 'scenario: tinny') }),
      ),
    ).toMatchInlineSnapshot(`
      "Error in content/scenarios/tiny.mdx:2, field "scenario": the scenario "tinny" does not exist.
        Fix: did you mean "tiny"? Use the id of a file in scenarios/ ("tiny").

      Error in scenarios/tiny.yaml: the scenario "tiny" has no teaching page.
        Fix: add content/scenarios/tiny.mdx with scenario: tiny in its frontmatter (see docs/authoring.md).

      2 errors, 0 warnings in the content."
    `);
  });

  it('reports missing video and captions files', () => {
    expect(
      report(
        projectWith({ remove: ['public/videos/tiny/vlog.mp4', 'public/videos/tiny/captions.vtt'] }),
      ),
    ).toMatchInlineSnapshot(`
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

  it('reports a placeholder in a line the vlog speaks, as the captions are the same in every package', () => {
    expect(report(projectWith({ scenario: 'spoken-placeholder' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:18, node "intro", field "lines[0].text": this line is spoken in the vlog and written into its captions, which are made once for every package, so {{nation.organisation}} would be filled once, with the national defaults' words, for every organisation and nation.
        Fix: spoken lines are the same in every package: write it without {{…}}, or move the organisation's value to the decision or feedback text (see docs/authoring.md).

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a nation value the chosen nation does not define, naming its file', () => {
    expect(report(projectWith({ scenario: 'unknown-nation-value' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:24, node "ask", field "choices[0].feedback": {{nation.sources.missed-appointment}} names a value that content/nations/england.yaml (nation: england) does not define.
        Fix: add missed-appointment under sources: in content/nations/england.yaml, and in every other file in content/nations/ so that each nation's package builds; or use one this nation defines: nation.sources.results.

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a LocalValue component naming a nation value the nation does not define', () => {
    expect(
      report(
        projectWith({
          teaching: (text) =>
            `${text}\nThe form is <LocalValue name="nation.prescriptionPad" />.\n`,
        }),
      ),
    ).toMatchInlineSnapshot(`
      "Error in content/scenarios/tiny.mdx:15, field "LocalValue": <LocalValue name="nation.prescriptionPad" />: {{nation.prescriptionPad}} names a value that content/nations/england.yaml (nation: england) does not define.
        Fix: use one of: nation.name, nation.service, nation.organisation, nation.organisations, nation.anOrganisation, nation.commissioner, nation.commissionerShort, nation.referralRoute, nation.adviceRoute, nation.adviceRequest, nation.adviceRequests, nation.anAdviceRequest, nation.prescriptionForm, nation.hospitalPrescriptionForm, nation.aHospitalPrescriptionForm, nation.guidanceBody, nation.suspectedCancerGuidance, nation.fitNoteDepartment, nation.fitNoteDepartmentShort, nation.instrument, nation.instrumentShort, nation.sources.results (see src/schemas/nation.ts).

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a ForNation passage naming something that is not a nation', () => {
    expect(
      report(
        projectWith({
          teaching: (text) =>
            `${text}\n<ForNation only="england wales-and-borders">\n\nText.\n\n</ForNation>\n`,
        }),
      ),
    ).toMatchInlineSnapshot(`
      "Error in content/scenarios/tiny.mdx:15, field "ForNation": <ForNation only="england wales-and-borders"> names "wales-and-borders", which is not a nation.
        Fix: use one or more of england, wales, scotland, northern-ireland, separated by spaces.

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a LocalValue component that names no local value', () => {
    expect(
      report(
        projectWith({
          teaching: (text) => `${text}\nWe supply <LocalValue name="policies.tto-days" />.\n`,
        }),
      ),
    ).toMatchInlineSnapshot(`
      "Error in content/scenarios/tiny.mdx:15, field "LocalValue": <LocalValue name="policies.tto-days" /> names a local value that does not exist.
        Fix: use one of: organisation.name, organisation.shortName, contacts.interface-lead, policies.medicines-on-discharge, policies.medicines-on-discharge.national, policies.medicines-on-discharge.both; or add the value to content/settings.yaml (see docs/tailoring.md).

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a clinical review that is overdue', () => {
    expect(report(projectWith({ teachingPage: 'overdue-review' }))).toMatchInlineSnapshot(`
      "Error in content/scenarios/tiny.mdx:10, field "review.reviewBy": the clinical review was due by 31 May 2026: it is 174 days overdue.
        Fix: ask a clinician to review the scenario and content/scenarios/tiny.mdx, then record it in review: reviewedBy (their name and role), reviewedOn (the date), and reviewBy (at most 12 months later). To package the module meanwhile: npm run package -- --allow-overdue.

      1 error, 0 warnings in the content."
    `);
  });

  it('warns when the clinical review is due within 30 days', () => {
    expect(report(projectWith(), { today: new Date('2027-10-30T00:00:00Z') }))
      .toMatchInlineSnapshot(`
      "Warning in content/scenarios/tiny.mdx:7, field "review.reviewBy": the clinical review is due by 19 November 2027, in 20 days.
        Fix: arrange it now: ask a clinician to review the scenario and content/scenarios/tiny.mdx, then record it in review: reviewedBy (their name and role), reviewedOn (the date), and reviewBy (at most 12 months later). After that date, packaging stops until it is done.

      0 errors, 1 warning in the content."
    `);
  });

  it('lets the build and --allow-overdue set an overdue review aside, and says which', () => {
    const on = new Date('2026-11-21T00:00:00Z');
    const { problems } = checkContent(projectWith({ teachingPage: 'overdue-review' }), {
      today: on,
    });
    expect(problems.filter(stopsPackaging)).toHaveLength(1);
    expect(allowOverdue(problems).map((problem) => problem.severity)).toEqual(['warning']);
    expect(reviewStatusLines(problems, on)).toEqual([
      '  tiny (content/scenarios/tiny.mdx): review was due by 31 May 2026, 174 days overdue.',
    ]);
  });

  it('warns about a scenario still holding starter text, and one no clinician has reviewed', () => {
    const root = projectWith({
      teaching: (text) =>
        text
          .replace('reviewedBy: Dr A Reviewer', `reviewedBy: "${notYetReviewedText}"`)
          .replace('Phone first.\n', 'Starter text: each requirement in plain English.\n'),
    });
    expect(report(root)).toMatchInlineSnapshot(`
      "Warning in content/scenarios/tiny.mdx:13: the file still has starter text in 1 place.
        Fix: replace each "Starter text: …" with the real case (docs/authoring.md walks through it), then ask a clinician to review it.

      Warning in content/scenarios/tiny.mdx:7, field "review.reviewedBy": no clinician has reviewed this scenario yet ("Not yet reviewed: replace with the reviewing clinician's name and role").
        Fix: ask a clinician to review the scenario and content/scenarios/tiny.mdx, then record it in review: reviewedBy (their name and role), reviewedOn (the date), and reviewBy (at most 12 months later). Packaging stops until then unless --allow-overdue is given.

      0 errors, 2 warnings in the content."
    `);
  });

  it('checks a trust settings file as an overlay, pointing at its own lines (npm run check:content)', () => {
    const root = projectWith();
    mkdirSync(path.join(root, 'content/trusts'));
    cpSync(
      path.join(fixtures, 'trusts', 'mistakes.yaml'),
      path.join(root, 'content/trusts/testshire.yaml'),
    );
    expect(report(root, { allTrustFiles: true })).toMatchInlineSnapshot(`
      "Error in content/trusts/testshire.yaml:4, field "organisation.shortname": unknown field "shortname".
        Fix: did you mean "shortName"? Correct the spelling, or remove the field (see docs/tailoring.md).

      Error in content/trusts/testshire.yaml:5, field "accentColour": accentColour #41b6e6 fails: contrast with white text on it is 2.32:1, below the 4.5:1 WCAG AA needs.
        Fix: choose a darker colour: white header text on it, and text in it on the pale page background, both need a contrast of at least 4.5:1 (NHS blue "#005eb8" passes); see docs/tailoring.md.

      Error in content/trusts/testshire.yaml:5, field "accentColour": accentColour #41b6e6 fails: contrast with the NHS page background is 2.09:1, below the 4.5:1 WCAG AA needs.
        Fix: choose a darker colour: white header text on it, and text in it on the pale page background, both need a contrast of at least 4.5:1 (NHS blue "#005eb8" passes); see docs/tailoring.md.

      Error in content/trusts/testshire.yaml:8, field "policies.medicines-on-discharge.local": local must be a number (found "fourteen").
        Fix: correct local: it must be a number.

      Error in content/trusts/testshire.yaml:11, field "scenarios[1].id": the settings include the scenario "tinny", but there is no scenarios/tinny.yaml.
        Fix: did you mean "tiny"? Correct the id, add the scenario, or remove it from the list (scenarios available: tiny).

      5 errors, 0 warnings in the content."
    `);
  });

  it('checks the scenarios a trust settings file lists', () => {
    const root = projectWith();
    writeFileSync(
      path.join(root, 'trust.yaml'),
      'scenarios:\n  - { id: tiny, required: true }\n  - { id: tinny, required: false }\n',
    );
    expect(report(root, { overlayFile: 'trust.yaml' })).toMatchInlineSnapshot(`
      "Error in trust.yaml:3, field "scenarios[1].id": the settings include the scenario "tinny", but there is no scenarios/tinny.yaml.
        Fix: did you mean "tiny"? Correct the id, add the scenario, or remove it from the list (scenarios available: tiny).

      1 error, 0 warnings in the content."
    `);
  });

  it('reports every choice that shows its verdict before its consequence', () => {
    expect(report(projectWith({ scenario: 'verdict-first' }))).toMatchInlineSnapshot(`
      "Error in scenarios/tiny.yaml:26, node "ask", field "choices[0].target": the choice "phone" leads straight to the next decision "follow", so the learner is given its score and "why it matters" before seeing what it did (verdict before consequence).
        Fix: point this choice at a scene or dialogue node that shows what it did (for the patient, the other side, or later), with next: follow. Choices with truly the same consequence may share one such node, with lines that depend on their flags.

      Error in scenarios/tiny.yaml:40, node "follow", field "choices[0].target": the choice "rebook" leads straight to "wrap", where every choice of "follow" leads and no line depends on the choice (the conversation simply moves on), so the learner is given its score and "why it matters" before seeing what it did (verdict before consequence).
        Fix: point this choice at a scene or dialogue node that shows what it did (for the patient, the other side, or later), then on to "wrap"; or give "wrap" lines that depend on the choice (requires or unless a flag the choice sets).

      Error in scenarios/tiny.yaml:41, node "follow", field "choices[1].target": the choice "write" leads straight to "wrap", where every choice of "follow" leads and no line depends on the choice (the conversation simply moves on), so the learner is given its score and "why it matters" before seeing what it did (verdict before consequence).
        Fix: point this choice at a scene or dialogue node that shows what it did (for the patient, the other side, or later), then on to "wrap"; or give "wrap" lines that depend on the choice (requires or unless a flag the choice sets).

      Error in scenarios/tiny.yaml:52, node "last", field "choices[0].target": the choice "thank" leads straight to the ending "good", so the learner is given its score and "why it matters" before seeing what it did (verdict before consequence).
        Fix: point this choice at a scene or dialogue node that shows what it did (for the patient, the other side, or later), with next: good. Choices with truly the same consequence may share one such node, with lines that depend on their flags.

      4 errors, 0 warnings in the content."
    `);
  });

  it('warns when the best option gives itself away by its length, per decision and per scenario', () => {
    expect(report(projectWith({ scenario: 'longest-best' }))).toMatchInlineSnapshot(`
      "Warning in scenarios/tiny.yaml:24, node "ask", field "choices[0].text": the best option "phone" (score 10) is the longest, 70 characters against a mean of 13 for the others: 5.4× (more than 1.15×), so its length gives the answer away.
        Fix: rewrite the options of this decision: make the other options as specific and as well reasoned as a tired, well-meaning doctor's real choice, and trim the best one to the decision itself, not a "do everything" bundle; do not pad (docs/authoring.md, "Options that cannot be gamed").

      Warning in scenarios/tiny.yaml: the best option is the longest in 2 of 2 decisions ("ask", "follow"), more than half, so a learner can pass by picking the longest option.
        Fix: rewrite until the best option is the longest in at most 1 of 2 decisions (aim for one at most): make the other options as specific and as well reasoned as a tired, well-meaning doctor's real choice, and trim the best one to the decision itself, not a "do everything" bundle; do not pad (docs/authoring.md, "Options that cannot be gamed").

      0 errors, 2 warnings in the content."
    `);
  });

  it('warns when no earlier choice opens or closes a later option', () => {
    expect(report(projectWith({ scenario: 'no-later-choice' }))).toMatchInlineSnapshot(`
      "Warning in scenarios/tiny.yaml: no earlier choice in the scenario "tiny" opens or closes a later option: choices set the flags "phoned", and no choice tests one (requires or unless on a choice).
        Fix: let an earlier choice set a flag (sets: [phoned-patient]) that a later choice requires or is ruled out by (requires: [phoned-patient] or unless: [phoned-patient]), so what the learner did changes what they can do next (docs/authoring.md, "Choices that matter later").

      0 errors, 1 warning in the content."
    `);
  });

  it('warns when a page citing the contract is next reviewed after the April it changes', () => {
    expect(report(projectWith({ teachingPage: 'contract-review' }))).toMatchInlineSnapshot(`
      "Warning in content/scenarios/tiny.mdx:7, field "review.reviewBy": the page cites the contract ("SC11.7" in the page), which changes every April, but its review is due by 31 May 2027, after the contract year it was reviewed in ends on 31 March 2027.
        Fix: set reviewBy: 2027-03-31 (or earlier), so the page is checked against each April's contract.

      0 errors, 1 warning in the content."
    `);
  });

  it("finds a contract citation in the scenario's sources as well as on the page", () => {
    const root = projectWith({
      scenarioText: (text) =>
        text.replace(
          '    prompt: What do you do?\n',
          '    prompt: What do you do?\n    source: NHS Standard Contract service conditions, since 2016/17\n',
        ),
    });
    expect(report(root)).toMatchInlineSnapshot(`
      "Warning in content/scenarios/tiny.mdx:7, field "review.reviewBy": the page cites the contract ("Standard Contract" in the source of decision "ask" in scenarios/tiny.yaml), which changes every April, but its review is due by 19 November 2027, after the contract year it was reviewed in ends on 31 March 2027.
        Fix: set reviewBy: 2027-03-31 (or earlier), so the page is checked against each April's contract.

      0 errors, 1 warning in the content."
    `);
  });

  it('adds up the minutes of the required and optional scenarios, and warns above 45', () => {
    const root = projectWith({ scenarioText: (text) => text.replace('minutes: 3', 'minutes: 24') });
    writeFileSync(
      path.join(root, 'scenarios/tiny-two.yaml'),
      readFileSync(path.join(root, 'scenarios/tiny.yaml'), 'utf8').replace(
        'id: tiny',
        'id: tiny-two',
      ),
    );
    writeFileSync(
      path.join(root, 'content/scenarios/tiny-two.mdx'),
      readFileSync(path.join(root, 'content/scenarios/tiny.mdx'), 'utf8').replace(
        'scenario: tiny',
        'scenario: tiny-two',
      ),
    );
    const settings = path.join(root, 'content/settings.yaml');
    writeFileSync(
      settings,
      readFileSync(settings, 'utf8').replace(
        'scenarios: [{ id: tiny, required: true }]',
        'scenarios: [{ id: tiny, required: true }, { id: tiny-two, required: true }]',
      ),
    );
    expect(checkContent(root, { today }).minutes).toEqual({
      required: { scenarios: ['tiny', 'tiny-two'], minutes: 48 },
      optional: { scenarios: [], minutes: 0 },
    });
    expect(report(root)).toMatchInlineSnapshot(`
      "Warning in content/settings.yaml:7, field "scenarios": the required scenarios add up to 48 minutes (2 scenarios), more than the 45 an induction slot allows.
        Fix: make some scenarios optional (required: false) until the required ones total 45 minutes or less; learners can still play the optional ones (docs/tailoring.md, "How long the module takes").

      0 errors, 1 warning in the content."
    `);

    writeFileSync(
      path.join(root, 'trust.yaml'),
      'scenarios:\n  - { id: tiny, required: true }\n  - { id: tiny-two, required: false }\n',
    );
    const { minutes, problems } = checkContent(root, { today, overlayFile: 'trust.yaml' });
    expect(minutes).toEqual({
      required: { scenarios: ['tiny'], minutes: 24 },
      optional: { scenarios: ['tiny-two'], minutes: 24 },
    });
    expect(problems).toEqual([]);
  });

  it("accepts a trust's clinical sign-off of a scenario that exists, dated on or after its review", () => {
    const root = projectWith();
    mkdirSync(path.join(root, 'content/trusts'));
    cpSync(
      path.join(fixtures, 'trusts', 'sign-off.yaml'),
      path.join(root, 'content/trusts/testshire.yaml'),
    );
    expect(checkContent(root, { today }).problems).toEqual([]);
  });

  it('reports a sign-off of a scenario that does not exist', () => {
    expect(report(projectWithTrust('sign-off-unknown-scenario'), { overlayFile: 'trust.yaml' }))
      .toMatchInlineSnapshot(`
      "Error in trust.yaml:3, field "clinicalSignOff.tinny": the sign-off names the scenario "tinny", but there is no scenarios/tinny.yaml.
        Fix: use the id of a scenario (tiny), or remove the entry.

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a sign-off dated in the future', () => {
    expect(report(projectWithTrust('sign-off-future'), { overlayFile: 'trust.yaml' }))
      .toMatchInlineSnapshot(`
      "Error in trust.yaml:3, field "clinicalSignOff.tiny.date": the sign-off of "tiny" is dated 24 December 2026, which is in the future.
        Fix: record the day the clinician signed, once they have; until then leave the entry out, and the module says the scenario is awaiting local clinical sign-off.

      1 error, 0 warnings in the content."
    `);
  });

  it("reports a sign-off dated before the content's last review", () => {
    expect(report(projectWithTrust('sign-off-before-review'), { overlayFile: 'trust.yaml' }))
      .toMatchInlineSnapshot(`
      "Error in trust.yaml:3, field "clinicalSignOff.tiny.date": the sign-off of "tiny" is dated 1 October 2026, before the content was last reviewed on 20 November 2026 (content/scenarios/tiny.mdx), so the clinician signed an earlier version.
        Fix: ask the clinician to read the current review script at /review/tiny/script/ and sign it again, then record the new date (docs/tailoring.md, "Recording clinical sign-off"); or remove the entry.

      1 error, 0 warnings in the content."
    `);
  });

  it('reports a sign-off with a misspelt or missing field', () => {
    expect(report(projectWithTrust('sign-off-incomplete'), { overlayFile: 'trust.yaml' }))
      .toMatchInlineSnapshot(`
      "Error in trust.yaml:3, field "clinicalSignOff.tiny.role": the required field "role" is missing.
        Fix: add role: (it must be text).

      Error in trust.yaml:3, field "clinicalSignOff.tiny.date": the required field "date" is missing.
        Fix: add date: (it must be a date written as YYYY-MM-DD).

      Error in trust.yaml:5, field "clinicalSignOff.tiny.rol": unknown field "rol".
        Fix: did you mean "role"? Correct the spelling, or remove the field (see docs/tailoring.md).

      3 errors, 0 warnings in the content."
    `);
  });

  it('reports every problem at once, across files', () => {
    const root = projectWith({
      scenario: 'bad-target',
      teaching: (text) => text.replace('reviewBy: 2027-11-19', 'reviewBy: 2028-06-01'),
    });
    const problems = checkContent(root, { today }).problems;
    expect(problems.map((problem) => problem.file)).toEqual([
      'scenarios/tiny.yaml',
      'content/scenarios/tiny.mdx',
      'scenarios/tiny.yaml',
    ]);
  });

  it("checks a trust's file only when it is in force, and never a draft starting with _", () => {
    const root = projectWith();
    mkdirSync(path.join(root, 'content/trusts'));
    cpSync(
      path.join(fixtures, 'trusts', 'mistakes.yaml'),
      path.join(root, 'content/trusts/testshire.yaml'),
    );
    cpSync(
      path.join(fixtures, 'trusts', 'mistakes.yaml'),
      path.join(root, 'content/trusts/_draftshire.yaml'),
    );
    // The build (no trust in force): another trust's half-made file does not stop it.
    expect(checkContent(root, { today }).problems).toEqual([]);
    // npm run check:content: every trust file but the draft.
    const files = new Set(
      checkContent(root, { today, allTrustFiles: true }).problems.map((problem) => problem.file),
    );
    expect([...files]).toEqual(['content/trusts/testshire.yaml']);
    // Packaging with that trust's file: it is checked.
    expect(
      checkContent(root, { today, overlayFile: 'content/trusts/testshire.yaml' }).problems.length,
    ).toBeGreaterThan(0);
    // A draft named on purpose is checked like any other file.
    expect(
      checkContent(root, { today, overlayFile: 'content/trusts/_draftshire.yaml' }).problems.map(
        (problem) => problem.file,
      ),
    ).toContain('content/trusts/_draftshire.yaml');
  });

  it('lets an optional scenario without its vlog build with a warning, which packaging turns into an error', () => {
    const root = projectWith({ remove: ['public/videos/tiny/vlog.mp4'] });
    writeFileSync(path.join(root, 'trust.yaml'), 'scenarios:\n  - { id: tiny, required: false }\n');
    const optional = checkContent(root, { today, overlayFile: 'trust.yaml' }).problems;
    expect(optional.map((problem) => [problem.severity, problem.code, problem.field])).toEqual([
      ['warning', 'vlog-missing', 'vlog.video'],
    ]);
    expect(optional[0]!.message).toContain('npm run package refuses it');
    const packaged = refuseMissingVlogs(optional);
    expect(packaged.map((problem) => problem.severity)).toEqual(['error']);
    expect(packaged[0]!.message).toBe(
      'the file public/videos/tiny/vlog.mp4 does not exist. A package cannot go out with a scene that has no film.',
    );
    // A required scenario's missing vlog stops the build itself.
    const required = checkContent(root, { today }).problems;
    expect(required.map((problem) => [problem.severity, problem.field])).toEqual([
      ['error', 'vlog.video'],
    ]);
  });

  it('lists errors before warnings, and hints at a mistyped policy name', () => {
    const root = projectWith({
      scenario: 'bad-target',
      teaching: (text) =>
        text
          .replace('reviewBy: 2027-11-19', 'reviewBy: 2026-12-01')
          .concat('\nKeep <LocalValue name="policies.medicine-on-discharge.both" />.\n'),
    });
    const problems = checkContent(root, { today }).problems;
    const severities = problems.map((problem) => problem.severity);
    expect(severities).toEqual([...severities].sort());
    expect(severities).toContain('warning');
    expect(formatProblems(problems).indexOf('Warning')).toBeGreaterThan(
      formatProblems(problems).lastIndexOf('Error in'),
    );
    expect(formatProblems(problems)).toContain(
      'Fix: did you mean "policies.medicines-on-discharge.both"? Use one of:',
    );
  });
});
