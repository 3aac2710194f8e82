import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PrintedKeyTable } from '../../../src/components/facilitator/KeyTable';
import { HeldSceneHint } from '../../../src/components/facilitator/HeldSceneHint';
import { MessagesProvider } from '../../../src/i18n/MessagesContext';
import { keyBindings, keyHelp } from '../../../src/facilitator/keymap';
import { loadCatalogue } from '../../../src/i18n/catalogue';
import { translator, type Messages } from '../../../src/i18n/messages';

const catalogue = (language: 'en' | 'cy') => loadCatalogue(process.cwd(), language).messages;
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** The table's body rows, as text. */
const rowsOf = (html: string) =>
  [...html.matchAll(/<tr class="nhsuk-table__row"><td[^]*?<\/tr>/g)].map((match) =>
    textOf(match[0]),
  );

describe('the key table', () => {
  for (const language of ['en', 'cy'] as const) {
    it(`lists the bindings table, row for row, in ${language === 'en' ? 'English' : 'Welsh'}`, () => {
      const t = translator(catalogue(language));
      const html = renderToStaticMarkup(
        createElement(PrintedKeyTable, { messages: catalogue(language) }),
      );
      const expected = keyHelp(t).map((row) =>
        textOf(`${row.keys.join(t('presenter.help.or'))} ${row.action}`),
      );
      expect(rowsOf(html)).toEqual(expected);
      expect(rowsOf(html)).toHaveLength(keyBindings.length);
    });
  }

  it('is the one table the help dialog, the start page and the printed key card show', () => {
    // None of them writes out keys of its own: each renders KeyTable, which reads keyBindings.
    expect(readFileSync('src/components/facilitator/HelpDialog.tsx', 'utf8')).toMatch(
      /<KeyTable \/>/,
    );
    for (const page of [
      'src/components/facilitator/guide/KeyCard.astro',
      'src/pages/facilitator/index.astro',
    ]) {
      const source = readFileSync(page, 'utf8');
      expect(source, page).toMatch(/<PrintedKeyTable\s/);
      expect(source, page).not.toMatch(/<td|keyHelp|keyBindings/);
    }
  });
});

describe('the held scene hint', () => {
  const render = (messages: Messages, phase: 'waiting' | 'playing' | 'loading', playable = true) =>
    renderToStaticMarkup(
      createElement(MessagesProvider, {
        messages,
        children: createElement(HeldSceneHint, { phase, videoPaused: true, playable }),
      }),
    ).replace(/&#x27;/g, "'");

  it('shows the keys it names as keys, in the page language', () => {
    expect(render(catalogue('en'), 'playing')).toContain(
      'The scene is paused. Press <kbd>V</kbd> to carry on, or <kbd>W</kbd> to show its words.',
    );
    expect(render(catalogue('en'), 'waiting')).toContain('Press <kbd>Space</kbd> (or the clicker');
    expect(render(catalogue('en'), 'waiting', false)).toContain(
      'The scene did not start. Press <kbd>V</kbd> to try again, or <kbd>Space</kbd> to show its words.',
    );
    expect(render(catalogue('cy'), 'loading')).toContain(
      "Mae'r olygfa'n llwytho. Pwyswch <kbd>W</kbd>",
    );
  });
});
