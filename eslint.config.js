// @ts-check
/**
 * ESLint: the TypeScript, React hooks and Astro recommended rules (npm run lint, part of npm test).
 * Formatting is Prettier's (.prettierrc); nothing here is about layout.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  globalIgnores([
    'dist/',
    'scorm/out/',
    '.astro/',
    'test-results/',
    'playwright-report/',
    // A built site, kept as it was built, for the packaging tests.
    'tests/scorm/fixtures/site/',
  ]),
  {
    // An eslint-disable comment that no longer disables anything is an error, so each one that
    // remains says something true about the code beneath it.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // A missing dependency is a stale-closure bug; where one is left out on purpose, the
      // eslint-disable comment says why.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The scripts, packaging, benchmark, tests and configs run in Node; the islands in a browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // Unused arguments and caught errors named with a leading underscore are deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
]);
