import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CohortSummary } from '../../../src/components/insights/CohortSummary';
import { RankingSection } from '../../../src/components/insights/RankingSection';
import { ScenarioSection } from '../../../src/components/insights/ScenarioSection';
import { MessagesProvider } from '../../../src/i18n/MessagesContext';
import { catalogueMessages } from '../../helpers/catalogue';
import { moodleFixtureReport, nationalCourse } from '../../insights/course-fixture';

const course = nationalCourse();

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The report as the page shows it (every section, the significant-event summaries included), as text. */
async function reportText(language: 'en' | 'cy') {
  const report = await moodleFixtureReport(course);
  const sections: ReactNode[] = [
    createElement(CohortSummary, { key: 'summary', course, report }),
    createElement(RankingSection, { key: 'ranking', report }),
    ...report.scenarios.map((figures) =>
      createElement(ScenarioSection, { key: figures.id, course, figures, scenario: undefined }),
    ),
  ];
  const html = renderToStaticMarkup(
    createElement(MessagesProvider, { messages: catalogueMessages(language), children: sections }),
  );
  return `${textOf(html)} ${[...html.matchAll(/title="([^"]*)"/g)].map((match) => textOf(match[1]!)).join(' ')}`;
}

/** English insights strings that Welsh words differently, cut at their {parameters}. */
function englishInsightsFragments(): string[] {
  const english = catalogueMessages('en');
  const welsh = catalogueMessages('cy');
  return [
    ...new Set(
      Object.entries(english)
        .filter(([key, text]) => key.startsWith('insights.') && welsh[key] !== text)
        .flatMap(([, text]) => text.split(/\{[\w-]+\}/))
        .map((fragment) => fragment.trim())
        .filter((fragment) => fragment.length >= 10 && /\S\s+\S/.test(fragment)),
    ),
  ];
}

describe('the insights report in Welsh', () => {
  it('shows the notes made in src/insights/ in English on an English page', async () => {
    const text = await reportText('en');
    expect(text).toContain('fewer than 5 learners: hidden so that no one can be recognised');
    expect(text).toContain("Not in these files: Moodle's Interactions report records no time");
    expect(text).toContain('took the same wrong turn');
    expect(text).toContain("see the key's wording");
  });

  it('shows no English interface words, its notes, hidden figures and summaries included', async () => {
    const text = await reportText('cy');
    expect(text).toContain("llai na 5 dysgwr: wedi'i guddio fel na ellir adnabod neb");
    expect(text).toContain('gweler geiriad yr allwedd');
    // The scenarios' and the key's own words are content (English in this English course), not interface.
    const content = JSON.stringify([course, await moodleFixtureReport(course)]);
    const interfaceEnglish = englishInsightsFragments().filter(
      (english) => !content.includes(english.replace(/"/g, '\\"')),
    );
    expect(interfaceEnglish.length).toBeGreaterThan(100);
    expect(interfaceEnglish.filter((english) => text.includes(english))).toEqual([]);
  });
});
