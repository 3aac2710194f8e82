import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readScenario } from './support/scenario-plans';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const fixtures = path.resolve(import.meta.dirname, '../fixtures/lms-exports/moodle-4.5');
/** A fixture as a file input gets it (Playwright takes paths or buffers, not both at once). */
const fixture = (name: string) => ({
  name,
  mimeType: name.endsWith('.xlsx')
    ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    : 'text/plain',
  buffer: readFileSync(path.join(fixtures, name)),
});

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    ),
  ).toEqual([]);
}

/**
 * A facilitator session record as the presenter view downloads it, with the room's votes at
 * "The second problem"'s first decision (Stan's mole), by choice id.
 */
function sessionRecord(date: string, votes: Record<string, number>) {
  const scenario = readScenario('second-problem');
  const decision = scenario.nodes.find(
    (node) => node.kind === 'decision' && node.id === 'skin-decision',
  );
  if (decision?.kind !== 'decision') throw new Error('second-problem has no skin-decision');
  const options = decision.choices.map((choice, index) => ({
    number: index + 1,
    text: choice.text,
    votes: votes[choice.id] ?? 0,
    followed: index === 0,
    best: choice.score === 10,
  }));
  return {
    name: `facilitator-session-${date}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'across-the-interface/facilitator-session-record',
        version: 1,
        module: { title: 'Across the Interface', version: '1.0.0' },
        date,
        startedAt: `${date}T09:00:00.000Z`,
        lastActivityAt: `${date}T09:40:00.000Z`,
        exportedAt: `${date}T09:41:00.000Z`,
        scenarios: [
          {
            id: 'second-problem',
            title: scenario.title,
            startedAt: `${date}T09:00:00.000Z`,
            finished: false,
            ending: null,
            decisions: [
              {
                number: 1,
                prompt: decision.prompt,
                totalVotes: options.reduce((sum, option) => sum + option.votes, 0),
                options,
                followed: 1,
                followedMinority: false,
              },
            ],
          },
        ],
      }),
    ),
  };
}

test('an interface lead loads the Moodle export, the key and two session records, and sees the hand-counted figures, printed and downloaded', async ({
  page,
  baseURL,
}, testInfo) => {
  const foreign: string[] = [];
  const siteOrigin = new URL(baseURL!).origin;
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    // Files are read in this tab; downloads are Blob URLs; nothing goes anywhere else.
    if (!/^(blob|data):/.test(request.url()) && new URL(request.url()).origin !== siteOrigin)
      foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto('/insights/');
  await expect(page.getByTestId('moodle-scorm12')).toContainText(
    'On Moodle, use the SCORM 1.2 package for insights',
  );
  await expectNoViolations(page);

  await page.getByLabel('Choose files, or drop them here').setInputFiles([
    fixture('across-the-interface-interactions.csv'),
    fixture('scorm12-interactions.txt'),
    fixture('scorm2004-interactions.txt'),
    // Room votes by choice: two sessions, 13 and 9 people.
    sessionRecord('2026-12-01', { 'ask-gp-to-refer': 3, 'refer-directly': 9, 'see-your-gp': 1 }),
    sessionRecord('2026-12-03', { 'ask-gp-to-refer': 2, 'refer-directly': 7 }),
  ]);
  await expect(page.getByTestId('cohort-summary')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status')).toContainText('Files read. 12 learners in the report.');

  // The SCORM 2004 report, every answer blank in Moodle 4.5, is refused and says why.
  await expect(page.getByTestId('refusals')).toContainText(
    '"scorm2004-interactions.txt" is a Moodle Interactions report with 12 attempts but not one answer in it',
  );
  await expect(page.getByTestId('refusals')).toContainText(
    'On Moodle, use the SCORM 1.2 package for insights',
  );
  await expect(page.getByRole('heading', { name: 'A file could not be used' })).toBeFocused();

  // Hand count from check.md (cohort A, SCORM 1.2): twelve learners; at Stan's mole, 10 answered:
  // ask-gp-to-refer 6, see-your-gp 2, refer-directly 2 (the best). 2 is hidden, and so is
  // "missed the best choice", which would give the 2 away.
  await expect(page.getByTestId('learners')).toHaveText('12');
  // The fixtures were made with version 1.0.0, before keys named their version; this page is the current one.
  await expect(page.getByTestId('answers-version')).toContainText(
    'The interaction key does not say which version of the module it was written for',
  );
  await expect(page.getByTestId('answers-version')).toContainText(
    /decisions have changed since then: there the figures use the key's wording/,
  );
  // A decision rewritten since 1.0.0 is counted with the key's choices and says so, with none of this page's explanations.
  const ask = page.getByTestId('decision-question-and-follow-up-ask-decision');
  await expect(ask.getByTestId('changed-note')).toContainText("see the key's wording");
  await expect(ask.locator('tr[data-choice="framed-question"]')).toContainText('Best');
  await expect(ask.locator('tr[data-choice="framed-question"] .app-insights__letter')).toHaveText(
    'C',
  );
  await expect(
    page.getByTestId('decision-second-problem-skin-decision').getByTestId('changed-note'),
  ).toHaveCount(0);
  await expect(page.getByTestId('decision-second-problem-skin-decision')).not.toContainText(
    "see the key's wording",
  );
  const mole = page.getByTestId('decision-second-problem-skin-decision');
  await expect(mole).toContainText('Answered by 10 learners');
  await expect(
    mole.locator('tr[data-choice="ask-gp-to-refer"] [data-testid="learners-cell"]'),
  ).toHaveText('6 (60%)');
  await expect(
    mole.locator('tr[data-choice="refer-directly"] [data-testid="learners-cell"]'),
  ).toContainText('fewer than 5');
  await expect(
    mole.locator('tr[data-choice="see-your-gp"] [data-testid="learners-cell"]'),
  ).toContainText('fewer than 5');
  // The room's votes beside them: 3 + 2, 9 + 7, 1 + 0.
  await expect(
    mole.locator('tr[data-choice="ask-gp-to-refer"] [data-testid="room-cell"]'),
  ).toHaveText('5');
  await expect(
    mole.locator('tr[data-choice="refer-directly"] [data-testid="room-cell"]'),
  ).toHaveText('16');
  await expect(mole.locator('tr[data-choice="see-your-gp"] [data-testid="room-cell"]')).toHaveText(
    '1',
  );
  await expect(mole).toContainText('Room votes from 2 sessions: 22.');
  // The most common wrong turn, with its teaching notes and a printable summary.
  const turn = mole.getByTestId('wrong-turn');
  await expect(turn).toContainText('6 of 10 learners, 60%');
  await expect(
    turn.getByRole('link', { name: 'Teaching notes for The second problem' }),
  ).toHaveAttribute('href', /scenarios\/second-problem\/(index\.html)?#teaching-notes$/);
  await turn.getByText('Significant-event-style summary for the interface group').click();
  await expect(turn.getByTestId('significant-event')).toContainText('The two-minute fix');
  const [summaryDownload] = await Promise.all([
    page.waitForEvent('download'),
    turn.getByRole('button', { name: 'Download it as text' }).click(),
  ]);
  expect(summaryDownload.suggestedFilename()).toBe(
    'significant-event-second-problem-skin-decision.txt',
  );
  const summaryText = await readFile((await summaryDownload.path())!, 'utf8');
  expect(summaryText).toContain('6 of 10 learners (60%)');
  expect(summaryText).toMatch(
    /Teaching notes: http:\/\/127\.0\.0\.1:\d+\/scenarios\/second-problem\/(index\.html)?#teaching-notes/,
  );
  // "Print this summary" prints that summary alone, on one page (the print dialog itself is stubbed).
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await turn.getByRole('button', { name: 'Print this summary' }).click();
  const summaryPdf = await page.pdf({
    format: 'A4',
    preferCSSPageSize: true,
    path: testInfo.outputPath('significant-event.pdf'),
  });
  expect((summaryPdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  // The pre-"first answer counts" duplicate is named, not counted.
  await expect(page.getByTestId('cohort-summary').locator('..')).toContainText(
    '1 later answer at a decision already answered in the same attempt',
  );

  // The map with the cohort's path draws when opened.
  const scenario = page.getByTestId('scenario-second-problem');
  await scenario.getByText("The scenario map, with the cohort's most common path").click();
  await expect(scenario.locator('svg').last()).toBeVisible();
  await expectNoViolations(page);

  // At 320 pixels wide the page reflows: tables scroll in their own boxes, the page never sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Filters: a day with no attempts leaves no learners; back to every day.
  await page.getByLabel('From (day the attempt started)').fill('2026-12-05');
  await expect(page.getByTestId('learners')).toHaveText('0');
  await page.getByLabel('From (day the attempt started)').fill('');
  await expect(page.getByTestId('learners')).toHaveText('12');
  await expect(page.getByRole('status')).toHaveText('Figures updated: 12 learners included.');

  // Download: the same figures, with no name or email in it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the figures (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^across-the-interface-insights-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).toContain('module,,,,,learners,12,,');
  expect(csv).toMatch(
    /choice,The second problem,Stan's mole[^\r\n]*,"?Explain that it needs checking[^\r\n]*,poor,learners who chose it,6,60%,/,
  );
  expect(csv).toMatch(/room votes \(2 sessions\),16,/);
  for (const word of ['Aoife', 'Bhriain', 'nhs.example', '@']) expect(csv).not.toContain(word);

  // Print: the overview, then one A4 page per scenario.
  const pdf = await page.pdf({
    format: 'A4',
    preferCSSPageSize: true,
    path: testInfo.outputPath('insights.pdf'),
  });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1 + 10);

  expect(foreign).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('files the page cannot use are refused with what they are, never a blank page or a wrong chart', async ({
  page,
}) => {
  await page.goto('/insights/');
  await page.getByLabel('Choose files, or drop them here').setInputFiles([
    fixture('scorm12-interactions-moodle-defaults.txt'),
    fixture('scorm12-basic.xlsx'),
    {
      name: 'notes.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    },
  ]);
  const refusals = page.getByTestId('refusals');
  await expect(refusals.locator('li')).toHaveCount(3, { timeout: 15_000 });
  await expect(refusals).toContainText("downloaded with Moodle's default options");
  await expect(refusals).toContainText('"scorm12-basic.xlsx" is Moodle\'s Basic report');
  await expect(refusals).toContainText(
    '"notes.png" is not a text file, an Excel workbook or a session record',
  );
  await expect(page.getByTestId('cohort-summary')).toHaveCount(0);
  await expectNoViolations(page);

  // An export without the key: the page says what is still needed.
  await page
    .getByLabel('Choose files, or drop them here')
    .setInputFiles([fixture('scorm2004-track-details-ati-a-01-attempt-1.csv')]);
  await expect(page.getByTestId('waiting-for')).toContainText('Still needed: the interaction key');
});
