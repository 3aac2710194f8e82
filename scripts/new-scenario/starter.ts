/**
 * The starter files `npm run new:scenario -- <id>` writes: a small, complete, annotated scenario
 * (scenarios/<id>.yaml) and its teaching page (content/scenarios/<id>.mdx), and the entry that
 * adds it to content/settings.yaml. Pure text in, text out, so tests can check that the starter
 * passes every content check without touching the project.
 *
 * Every text a learner would see starts with "Starter text:" so that nobody mistakes it for
 * content, and the checks warn until it has all been replaced (src/integrity/review-rules.ts).
 * The starter makes no clinical claims: it only says what each part should hold.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { notYetReviewedText, starterMarker } from '../../src/integrity/review-rules';

/** The same rule as idSchema (lower-case words joined by hyphens), kept short for URLs and LMS reports. */
export const scenarioIdPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const maxScenarioIdLength = 40;

/** Why an id cannot be used, or null when it can. */
export function scenarioIdProblem(id: string | undefined): string | null {
  if (!id)
    return 'give the new scenario an id, e.g. npm run new:scenario -- discharge-against-advice';
  if (!scenarioIdPattern.test(id)) {
    return `"${id}" cannot be used as an id: use lower-case words joined by hyphens, starting with a letter, e.g. "discharge-against-advice"`;
  }
  if (id.length > maxScenarioIdLength)
    return `"${id}" is ${id.length} characters long: keep an id to ${maxScenarioIdLength} or fewer, e.g. "discharge-against-advice"`;
  return null;
}

/** "discharge-against-advice" → "Discharge against advice". */
export function titleFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A date as YYYY-MM-DD (UTC). */
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The last day a review may be due: 12 months after it, less a day, as the existing pages do. */
function yearLater(date: Date): Date {
  const later = new Date(
    Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()),
  );
  later.setUTCDate(later.getUTCDate() - 1);
  return later;
}

/** YAML's double-quoted form of a text: safe whatever it contains. */
const quoted = (text: string) => JSON.stringify(text);

export interface StarterOptions {
  id: string;
  /** The title learners see; by default made from the id. */
  title?: string;
  /** The day the starter is made, recorded as reviewedOn until a clinician reviews it. */
  today: Date;
}

/** scenarios/<id>.yaml: a complete little scenario with a comment on every field. */
export function starterScenarioYaml({ id, title = titleFromId(id) }: StarterOptions): string {
  const s = (text: string) => quoted(`${starterMarker} ${text}`);
  return `# ${title}: a starter scenario made by npm run new:scenario. It plays as it is, so you can
# see how the parts fit together; replace every "${starterMarker}" with the real case.
# docs/authoring.md walks through it field by field, and src/schemas/scenario.ts documents every
# field. Check your work with: npm run check:content
# See it in the browser with npm run dev, at /scenarios/${id}/ (to play it) and /review/${id}/ (its map).

# The file name without .yaml. Used in web addresses, saved progress and LMS reports, so keep it
# once the scenario is published.
id: ${id}
# The scenario's name as learners see it.
title: ${quoted(title)}
# One or two sentences for the scenario list: the situation, and the decision the learner faces.
summary: ${s('one or two sentences saying who the patient is and what the learner must decide.')}
# learnerSide: whom the learner plays, hospital (the hospital junior doctor) or general-practice
# (the GP trainee).
learnerSide: hospital
# Typical playing time in minutes; aim for 3 to 6.
minutes: 4

# cast: everyone who speaks. Each has an id (used by lines' speaker), a fictional name, a role,
# and a side: hospital, general-practice or patient. Amara and Tom are the module's two doctors.
cast:
  - id: amara
    name: Dr Amara Okafor
    role: FY2 doctor, acute medicine
    side: hospital
  - id: tom
    name: Dr Tom Fletcher
    role: GP specialty trainee (GPST2)
    side: general-practice
  - id: patient
    # Starter name: give the patient a fictional name, age and circumstances of their own.
    name: Sam Patel
    role: ${s('the patient: age, and what matters about their circumstances.')}
    side: patient

# The vlog this scenario wraps: the video, its captions and chapters (WebVTT files) and a poster
# image, with paths relative to public/. npm run new:scenario made
# placeholder files with npm run videos -- --only ${id}; run that again after changing the lines,
# or replace the files with filmed footage (docs/videos.md).
vlog:
  video: videos/${id}/vlog.mp4
  captions: videos/${id}/captions.vtt
  chapters: videos/${id}/chapters.vtt
  poster: videos/${id}/poster.jpg

# The id of the first node.
start: intro

# The nodes, in any order. Each has an id (lower-case words joined by hyphens, unique in this file;
# keep it once published) and a kind: dialogue, scene, decision or ending. A node may also have a
# segment: the stretch of the vlog it plays, which npm run videos writes for you.
nodes:
  # dialogue: the two doctors talking. lines are spoken in order; next names the node that follows.
  - id: intro
    kind: dialogue
    lines:
      - speaker: amara
        text: ${s('Amara sets the scene: who the patient is, and what has happened in hospital so far.')}
      - speaker: tom
        text: ${s('Tom says how this situation usually reaches general practice, and why it matters to the patient.')}
    next: first-decision

  # decision: a prompt and 2 to 4 choices. Make every option plausible: the wrong turns are what
  # tired, well-meaning doctors really do. Each choice has an id (keep it once published), the text
  # the learner reads, feedback (why it helps or harms), a score from 0 to 10, and a target node.
  # sets lists flags that later lines, choices and routes can test with requires and unless.
  - id: first-decision
    kind: decision
    prompt: ${s('the question put to the learner at this point in the case.')}
    choices:
      - id: good-practice
        text: ${s('what good looks like.')}
        feedback: ${s('why this helps the patient and both sides of the interface.')}
        score: 10
        sets: [did-it-well]
        target: consequence
      - id: shortcut
        text: ${s('a plausible shortcut that a busy doctor might take.')}
        feedback: ${s('what the shortcut costs the patient and the practice, and what would have been better.')}
        score: 4
        sets: [took-shortcut]
        target: consequence
      - id: wrong-turn
        text: ${s('the common wrong turn.')}
        feedback: ${s('why it goes wrong, kindly and without blame, and what to do instead.')}
        score: 1
        sets: [wrong-turn]
        target: consequence
    # source: the requirement behind the decision, what it requires and since when, as the content brief
    # says (e.g. "NHS Standard Contract service conditions, since 2017/18"). No current clause
    # numbers; add "check your trust's local policy" where local agreements vary.
    source: ${s('the requirement behind this decision, what it requires and since when.')}
    # twoMinuteFix: the quick way to get it right on a busy shift, shown with the feedback.
    twoMinuteFix: ${s('the two-minute way to get it right.')}

  # scene: a jump in time and place, to show the consequence on the other side before explaining
  # it. when and where head the scene; perspective is whose side it shows. A line with requires
  # is heard only if an earlier choice set that flag; unless, only if it did not. Lines with
  # conditions are shown as text but left out of the single vlog.
  - id: consequence
    kind: scene
    when: ${s('two weeks later')}
    where: ${s('at the GP surgery')}
    perspective: general-practice
    lines:
      - speaker: tom
        text: ${s('what reaches the practice when the hospital got it right.')}
        requires: [did-it-well]
      - speaker: tom
        text: ${s('the extra work the shortcut leaves for the practice.')}
        requires: [took-shortcut]
      - speaker: tom
        text: ${s('what the wrong turn costs the practice.')}
        requires: [wrong-turn]
      - speaker: patient
        text: ${s('what the patient experiences, in their own words.')}
    next: second-decision

  # A second decision that depends on the first: a choice with requires (or unless) is offered
  # only after the earlier choice that set (or did not set) the flag.
  - id: second-decision
    kind: decision
    prompt: ${s('Tom rings the hospital team about the patient. What do you do?')}
    choices:
      - id: confirm-plan
        text: ${s('what good looks like when the plan was already clear.')}
        requires: [did-it-well]
        feedback: ${s('why a short, clear reply closes the loop.')}
        score: 10
        target: plan-confirmed
      - id: put-it-right
        text: ${s('the hospital team taking the work back and putting it right.')}
        unless: [did-it-well]
        feedback: ${s('why taking it back helps, and what had already been lost.')}
        score: 8
        target: put-right-late
      - id: pass-it-back
        text: ${s('passing the work back to the practice.')}
        feedback: ${s('what this costs the patient and the practice.')}
        score: 1
        target: passed-back
    source: ${s('the requirement behind this decision.')}
    twoMinuteFix: ${s('the two-minute way to get it right.')}

  # Every choice leads to what it did before the learner is told why (the checks insist): here
  # each choice of the second decision has a short consequence of its own.
  - id: plan-confirmed
    kind: scene
    when: ${s('the next week')}
    where: ${s('at the GP surgery')}
    lines:
      - speaker: patient
        text: ${s('what the patient notices when the plan was clear.')}
    next: end-recommended

  - id: put-right-late
    kind: scene
    when: ${s('the next week')}
    where: ${s('at the GP surgery')}
    lines:
      - speaker: patient
        text: ${s('what the patient notices once the hospital put it right.')}
    next: end-acceptable

  - id: passed-back
    kind: scene
    when: ${s('the next week')}
    where: ${s('at the GP surgery')}
    lines:
      - speaker: patient
        text: ${s('what the patient notices when the work came back to the practice.')}
    next: end-poor

  # ending: how things turned out. outcome is recommended, acceptable or poor (endings should
  # differ in outcome, not only in score); then a title, a summary, the two doctors' closing
  # lines, and learningPoints to take away.
  - id: end-recommended
    kind: ending
    outcome: recommended
    title: ${s('a short heading for the best outcome')}
    summary: ${s('two or three sentences on how things turned out for the patient and both sides.')}
    lines:
      - speaker: amara
        text: ${s('what Amara will do next time.')}
      - speaker: tom
        text: ${s('what that meant at the practice.')}
    learningPoints:
      - ${s('the first thing to take away.')}
      - ${s('the second thing to take away.')}

  - id: end-acceptable
    kind: ending
    outcome: acceptable
    title: ${s('a short heading for an outcome that was put right late')}
    summary: ${s('what was put right, and what had already been lost.')}
    lines:
      - speaker: tom
        text: ${s('what would have helped sooner.')}
    learningPoints:
      - ${s('what to take away.')}

  - id: end-poor
    kind: ending
    outcome: poor
    title: ${s('a short heading for the poor outcome')}
    summary: ${s('what happened to the patient, without blaming anyone.')}
    lines:
      - speaker: amara
        text: ${s('what Amara would do differently.')}
    learningPoints:
      - ${s('what to take away.')}
`;
}

/** content/scenarios/<id>.mdx: the teaching page, with guidance in place of content. */
export function starterTeachingPage({
  id,
  title = titleFromId(id),
  today,
}: StarterOptions): string {
  const s = (text: string) => quoted(`${starterMarker} ${text}`);
  return `---
# The teaching page for scenarios/${id}.yaml: a starter made by npm run new:scenario. Every field
# is documented in src/schemas/teaching-page.ts; docs/authoring.md explains what goes where.
# The id of the scenario this page teaches.
scenario: ${id}
# The page heading; usually the scenario's title.
title: ${quoted(title)}
# One sentence for search results and the scenario list.
description: ${s('one sentence on what this scenario teaches.')}
# What the learner will be able to do afterwards: start each with a verb (state, explain, write…).
learningOutcomes:
  - ${s('the first thing the learner will be able to do.')}
  - ${s('the second thing the learner will be able to do.')}
# Questions a facilitator can put to a group; include at least one for GP trainees.
discussionQuestions:
  - ${s('a question that gets a group talking about how this works in their trust.')}
# Clinical review. Until a clinician has reviewed the scenario and this page, reviewedBy says
# "Not yet reviewed": the checks warn, and npm run package stops unless --allow-overdue is given.
# After the review: the reviewer's name and role, the date, and reviewBy at most 12 months later.
review:
  reviewedBy: ${quoted(notYetReviewedText)}
  reviewedOn: ${isoDate(today)}
  reviewBy: ${isoDate(yearLater(today))}
# The documents the page relies on, cited as the content brief says: title, publisher, year.
sources:
  - title: ${s('the title of the document behind the requirement')}
    publisher: ${s('who publishes it, e.g. NHS England')}
    year: ${s('the year or edition, e.g. 2023')}
---

{/* The body is plain Markdown. Keep the four headings below: learners and facilitators find the
    same sections on every teaching page. A local value (a contact route or a local policy from
    the settings) is written <LocalValue name="contacts.interface-lead" />; see docs/tailoring.md. */}

## What is required and since when

- ${starterMarker} each requirement in plain English, with its source and the year it began, as the content brief says. Say "check your trust's local policy" wherever local agreements vary.

## Key points

- ${starterMarker} three to six short points: what good looks like, and why.

## The two-minute version

${starterMarker} the quick way to get it right on a busy shift, in a few sentences. For local help, name your trust's route: <LocalValue name="contacts.interface-lead" />.

## Further reading

- ${starterMarker} the sources above, one per line: title, publisher, year.
`;
}

/**
 * content/settings.yaml with the new scenario added to the end of scenarios, optional. The yaml
 * Document API finds the list and says what the file must hold; the entry itself goes in as one
 * line written like the one above it, because re-printing the whole document would re-flow the
 * authors' long lines and re-space their lists. The result is parsed back and compared with what
 * the Document API expects; only an unusual layout falls back to a full re-print.
 */
export function settingsWithScenario(
  settingsText: string,
  id: string,
): { text: string; added: boolean } {
  const doc = parseDocument(settingsText);
  if (doc.errors.length)
    throw new Error(
      `content/settings.yaml cannot be read (${doc.errors[0]!.message.split('\n')[0]}): run npm run check:content to see what to fix.`,
    );
  const scenarios = doc.get('scenarios', true);
  if (!isSeq(scenarios))
    throw new Error('content/settings.yaml has no scenarios list to add the new scenario to.');
  if (scenarios.items.some((item) => isMap(item) && (item as YAMLMap).get('id') === id))
    return { text: settingsText, added: false };

  const expected = parseDocument(settingsText);
  (expected.get('scenarios', true) as typeof scenarios).items.push(
    expected.createNode({ id, required: false }),
  );
  const last = scenarios.items.at(-1) as
    (YAMLMap & { range?: [number, number, number] }) | undefined;
  if (last?.range && !scenarios.flow) {
    const lineStart = settingsText.lastIndexOf('\n', last.range[0] - 1) + 1;
    const prefix = settingsText.slice(lineStart, last.range[0]);
    const lineEnd = settingsText.indexOf('\n', Math.max(last.range[1] - 1, last.range[0]));
    const at = lineEnd === -1 ? settingsText.length : lineEnd + 1;
    const continuation = ' '.repeat(prefix.length);
    const entry =
      isMap(last) && last.flow
        ? `${prefix}{ id: ${id}, required: false }\n`
        : `${prefix}id: ${id}\n${continuation}required: false\n`;
    const text = `${settingsText.slice(0, at)}${at === settingsText.length && !settingsText.endsWith('\n') ? '\n' : ''}${entry}${settingsText.slice(at)}`;
    const check = parseDocument(text);
    if (!check.errors.length && isDeepStrictEqual(check.toJS(), expected.toJS()))
      return { text, added: true };
  }
  return { text: expected.toString({ lineWidth: 0 }), added: true };
}
