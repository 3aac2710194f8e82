import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/insights/load-file';
import { buildReport } from '../../src/insights/report';
import { InsightsFileError, type ExportFile, type InteractionKey } from '../../src/insights/files';
import { loadFixture, madeFile, moodleFixtures, nationalCourse } from './course-fixture';
import { sayMessage } from '../../src/i18n/messages';
import { translate } from '../helpers/catalogue';

const course = nationalCourse();
const english = translate('en');
const fixtureText = (name: string) => readFileSync(path.join(moodleFixtures, name), 'utf8');
const refusal = async (name: string, content: string | Uint8Array) => {
  try {
    await loadFile(madeFile(name, content), course);
  } catch (error) {
    return sayMessage(english, (error as InsightsFileError).said);
  }
  throw new Error(`${name} was accepted`);
};
const fixtureRefusal = async (name: string) => {
  try {
    await loadFixture(course, name);
  } catch (error) {
    return sayMessage(english, (error as InsightsFileError).said);
  }
  throw new Error(`${name} was accepted`);
};

describe('files the insights page refuses, each with a message saying what it is and what was expected', () => {
  it("Moodle's Basic report, in text and Excel format", async () => {
    expect(await fixtureRefusal('scorm12-basic.txt')).toMatchInlineSnapshot(
      `""scorm12-basic.txt" is Moodle's Basic report: one row per attempt with its status and score, but none of the learners' choices. On the SCORM activity's Reports page choose "Interactions report" instead, tick "Summary of question" and "Summary of responses", press "Save preferences", then download it in text or Excel format."`,
    );
    expect(await fixtureRefusal('scorm12-basic.xlsx')).toBe(
      (await fixtureRefusal('scorm12-basic.txt')).replace(
        'scorm12-basic.txt',
        'scorm12-basic.xlsx',
      ),
    );
  });

  it("an Interactions report with Moodle's default options (responses without questions)", async () => {
    expect(await fixtureRefusal('scorm12-interactions-moodle-defaults.txt')).toMatchInlineSnapshot(
      `""scorm12-interactions-moodle-defaults.txt" is a Moodle Interactions report downloaded with Moodle's default options: it has "Response" columns but no "Question" columns, so a response cannot be tied to a scenario or decision (the third answer is a different decision for different learners). On the report page, tick "Summary of question" as well as "Summary of responses", press "Save preferences", and download it again."`,
    );
    expect(await fixtureRefusal('scorm2004-interactions-moodle-defaults.txt')).toMatch(
      /default options/,
    );
  });

  it("Moodle 4.5's Interactions report of a SCORM 2004 activity, every answer cell blank", async () => {
    expect(await fixtureRefusal('scorm2004-interactions.txt')).toMatchInlineSnapshot(
      `""scorm2004-interactions.txt" is a Moodle Interactions report with 12 attempts but not one answer in it: every "Question" and "Response" cell is empty. That is what Moodle 4.5 downloads for a SCORM 2004 activity (it stores SCORM 2004 answers under names its report does not read). On Moodle, use the SCORM 1.2 package for insights; for a SCORM 2004 activity, load each learner's "Track details" download (CSV) instead."`,
    );
    expect(await fixtureRefusal('scorm2004-interactions.xlsx')).toMatch(
      /use the SCORM 1\.2 package for insights/,
    );
  });

  it("another organisation's package key (its own module id) and a damaged key", async () => {
    const key = fixtureText('across-the-interface-interactions.csv');
    expect(
      await refusal(
        'northshire-interactions.csv',
        key.replaceAll('urn:across-the-interface:', 'urn:ati-northshire:'),
      ),
    ).toMatchInlineSnapshot(
      `""northshire-interactions.csv" is the interaction key of another module or another organisation's package: its interaction ids start "urn:ati-northshire:", and this page reads "urn:across-the-interface:" (Across the Interface). Load the key that npm run package wrote beside the packages your learners played."`,
    );
    // A key of another version of this module is read (tests/insights/key-course.test.ts); a damaged one is not.
    expect(
      await refusal(
        'edited-interactions.csv',
        key.replace(',a,rebook-routine,', ',A,rebook-routine,'),
      ),
    ).toMatchInlineSnapshot(
      `""edited-interactions.csv" is an interaction key with 1 damaged row of 100, e.g. row 2 (missed-appointment / handle-dna) has the response "A", choice id "rebook-routine", points "4" and best points "10", not a letter a to z, an id and two numbers. Load the key that npm run package wrote beside the packages your learners played, unchanged."`,
    );
    expect(
      await refusal('short-key.csv', 'interaction id,scenario,decision\n'),
    ).toMatchInlineSnapshot(
      `""short-key.csv" is a table whose headings (3 columns) are not ones this page knows. This page reads: the interaction key (across-the-interface-interactions.csv from npm run package); Moodle or Totara's SCORM Interactions report, downloaded in text or Excel format with "Summary of question" and "Summary of responses" ticked; Moodle's Track details CSV for one learner's attempt; a CSV with the columns learner, interaction id, response, result and time; or a facilitator session record (.json)."`,
    );
  });

  it('garbage: binary bytes, an empty file, a zip that is no workbook, JSON that is no session record, an unknown table', async () => {
    expect(
      await refusal(
        'photo.png',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      ),
    ).toMatchInlineSnapshot(
      `""photo.png" is not a text file, an Excel workbook or a session record, so this page cannot read it. This page reads: the interaction key (across-the-interface-interactions.csv from npm run package); Moodle or Totara's SCORM Interactions report, downloaded in text or Excel format with "Summary of question" and "Summary of responses" ticked; Moodle's Track details CSV for one learner's attempt; a CSV with the columns learner, interaction id, response, result and time; or a facilitator session record (.json)."`,
    );
    expect(await refusal('empty.txt', '')).toMatchInlineSnapshot(
      `""empty.txt" is empty. This page reads: the interaction key (across-the-interface-interactions.csv from npm run package); Moodle or Totara's SCORM Interactions report, downloaded in text or Excel format with "Summary of question" and "Summary of responses" ticked; Moodle's Track details CSV for one learner's attempt; a CSV with the columns learner, interaction id, response, result and time; or a facilitator session record (.json)."`,
    );
    expect(
      await refusal('archive.xlsx', zipSync({ 'readme.txt': strToU8('hello') })),
    ).toMatchInlineSnapshot(
      `""archive.xlsx" is a zip file this page cannot read as a workbook: it has no worksheet. This page reads: the interaction key (across-the-interface-interactions.csv from npm run package); Moodle or Totara's SCORM Interactions report, downloaded in text or Excel format with "Summary of question" and "Summary of responses" ticked; Moodle's Track details CSV for one learner's attempt; a CSV with the columns learner, interaction id, response, result and time; or a facilitator session record (.json)."`,
    );
    expect(await refusal('settings.json', '{"theme":"dark"}')).toMatchInlineSnapshot(
      `""settings.json" is a JSON file but not a facilitator session record (the file the presenter view downloads, facilitator-session-<date>.json). This page reads: the interaction key (across-the-interface-interactions.csv from npm run package); Moodle or Totara's SCORM Interactions report, downloaded in text or Excel format with "Summary of question" and "Summary of responses" ticked; Moodle's Track details CSV for one learner's attempt; a CSV with the columns learner, interaction id, response, result and time; or a facilitator session record (.json)."`,
    );
    expect(
      await refusal('register.csv', 'Surname,Forename,Grade\nSmith,Jo,FY1\n'),
    ).toMatchInlineSnapshot(
      `""register.csv" is a table whose headings (3 columns) are not ones this page knows. This page reads: the interaction key (across-the-interface-interactions.csv from npm run package); Moodle or Totara's SCORM Interactions report, downloaded in text or Excel format with "Summary of question" and "Summary of responses" ticked; Moodle's Track details CSV for one learner's attempt; a CSV with the columns learner, interaction id, response, result and time; or a facilitator session record (.json)."`,
    );
    expect(
      await refusal(
        'half.json',
        '{"format":"across-the-interface/facilitator-session-record","scen',
      ),
    ).toMatchInlineSnapshot(
      `""half.json" starts like JSON but cannot be read as JSON: it may be damaged or only partly downloaded. This page reads: the interaction key (across-the-interface-interactions.csv from npm run package); Moodle or Totara's SCORM Interactions report, downloaded in text or Excel format with "Summary of question" and "Summary of responses" ticked; Moodle's Track details CSV for one learner's attempt; a CSV with the columns learner, interaction id, response, result and time; or a facilitator session record (.json)."`,
    );
  });

  it('an export from another module: the report names where it comes from and counts nothing from it', async () => {
    const key = (await loadFixture(
      course,
      'across-the-interface-interactions.csv',
    )) as InteractionKey;
    const foreign = (await loadFile(
      madeFile(
        'other-module.txt',
        fixtureText('scorm12-interactions.txt').replaceAll(
          'urn:across-the-interface:',
          'urn:sepsis-six:',
        ),
      ),
      course,
    )) as ExportFile;
    const report = buildReport(course, key, [foreign], []);
    expect(sayMessage(english, report.sources[0]!.problem!)).toMatchInlineSnapshot(
      `""other-module.txt" comes from another module or another organisation's package: its interaction ids start "urn:sepsis-six:", and this page reads "urn:across-the-interface:" (Across the Interface). Load the export of the activity that runs this module."`,
    );
    expect(report.learners.value).toBe(0);
  });

  it('a generic CSV without a response column', async () => {
    expect(
      await refusal(
        'lms.csv',
        'learner,interaction id,result\nA,urn:across-the-interface:results:summary-pending,correct\n',
      ),
    ).toMatchInlineSnapshot(
      `""lms.csv" is a CSV of interactions without a "response" column. A generic CSV needs the columns learner, interaction id and response (result and time are optional); docs/insights.md lists the headings each may have."`,
    );
  });
});

describe('every real Moodle 4.5 download in the fixtures', () => {
  it('is read, or refused with a message of its own: none is misread or fails another way', async () => {
    const outcomes: Record<string, string> = {};
    for (const name of readdirSync(moodleFixtures)
      .filter((file) => /\.(txt|xlsx|csv)$/.test(file))
      .sort()) {
      try {
        const loaded = await loadFixture(course, name);
        outcomes[name] =
          loaded.kind === 'export'
            ? `${loaded.format}: ${loaded.attempts.length} attempts`
            : loaded.kind;
      } catch (error) {
        if (!(error instanceof InsightsFileError)) throw error;
        const said = sayMessage(english, error.said);
        outcomes[name] = `refused: ${said.slice(name.length + 6, name.length + 60)}…`;
      }
    }
    expect(outcomes).toMatchInlineSnapshot(`
      {
        "across-the-interface-interactions.csv": "key",
        "scorm12-basic.txt": "refused: Moodle's Basic report: one row per attempt with its st…",
        "scorm12-basic.xlsx": "refused: Moodle's Basic report: one row per attempt with its st…",
        "scorm12-interactions-moodle-defaults.txt": "refused: a Moodle Interactions report downloaded with Moodle's …",
        "scorm12-interactions.txt": "moodle-interactions-text: 13 attempts",
        "scorm12-interactions.xlsx": "moodle-interactions-xlsx: 13 attempts",
        "scorm2004-basic.txt": "refused: Moodle's Basic report: one row per attempt with its st…",
        "scorm2004-basic.xlsx": "refused: Moodle's Basic report: one row per attempt with its st…",
        "scorm2004-interactions-moodle-defaults.txt": "refused: a Moodle Interactions report downloaded with Moodle's …",
        "scorm2004-interactions.txt": "refused: a Moodle Interactions report with 12 attempts but not …",
        "scorm2004-interactions.xlsx": "refused: a Moodle Interactions report with 12 attempts but not …",
        "scorm2004-track-details-ati-a-01-attempt-1.csv": "moodle-track-details: 1 attempts",
      }
    `);
  });
});

describe('files the insights page reads', () => {
  it('a facilitator session record, kept without anything but votes', async () => {
    const record = {
      format: 'across-the-interface/facilitator-session-record',
      version: 1,
      module: { title: 'Across the Interface', version: '1.0.0' },
      date: '2026-12-02',
      scenarios: [
        {
          id: 'results',
          title: 'The results',
          decisions: [
            {
              number: 1,
              prompt: course.scenarios.find((scenario) => scenario.id === 'results')!.decisions[0]!
                .prompt,
              totalVotes: 9,
              options: [{ text: 'x', votes: 9, followed: true }],
            },
          ],
        },
      ],
    };
    const loaded = await loadFile(
      madeFile('facilitator-session-2026-12-02.json', JSON.stringify(record)),
      course,
    );
    expect(loaded).toMatchObject({
      kind: 'session-record',
      day: '2026-12-02',
      moduleVersion: '1.0.0',
      scenarios: [{ id: 'results' }],
    });
  });

  it('a generic CSV, any column order and heading case, rows in any order', async () => {
    const loaded = (await loadFile(
      madeFile(
        'lms.csv',
        'Time,Response,Learner ID,Interaction_ID\n2026-12-01T10:05:00Z,a,7,urn:across-the-interface:results:tell-patient\n2026-12-01T10:00:00Z,c,7,urn:across-the-interface:results:summary-pending\n',
      ),
      course,
    )) as ExportFile;
    expect(loaded.attempts).toEqual([
      {
        learner: 0,
        attempt: 1,
        day: '2026-12-01',
        score: null,
        answers: [
          {
            interactionId: 'urn:across-the-interface:results:summary-pending',
            response: 'c',
            at: Date.parse('2026-12-01T10:00:00Z'),
          },
          {
            interactionId: 'urn:across-the-interface:results:tell-patient',
            response: 'a',
            at: Date.parse('2026-12-01T10:05:00Z'),
          },
        ],
      },
    ]);
  });

  it('keeps no names or email addresses from a Moodle export', async () => {
    const loaded = await loadFixture(course, 'scorm12-interactions.txt');
    const kept = JSON.stringify(loaded);
    for (const word of ['Aoife', 'Bhriain', 'nhs.example', 'Renée', '@'])
      expect(kept).not.toContain(word);
  });
});

describe('a refused file in Welsh', () => {
  it('is worded in Welsh from the same message data, naming the file and what this page reads', async () => {
    try {
      await loadFixture(course, 'scorm12-basic.txt');
    } catch (error) {
      const said = (error as InsightsFileError).said;
      expect(said).toMatchObject({ key: 'insights.refused.basicReport' });
      const welsh = sayMessage(translate('cy'), said);
      expect(welsh).toMatch(/^Mae "scorm12-basic.txt" yn Basic report Moodle/);
      expect(welsh).not.toContain('choices');
      expect(sayMessage(translate('cy'), { ...said, key: 'insights.refused.empty' })).toMatch(
        /yn wag\. Mae'r dudalen hon yn darllen: yr allwedd ryngweithio/,
      );
      return;
    }
    throw new Error('the Basic report was accepted');
  });
});
