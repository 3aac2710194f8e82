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
    plugins: { 'react-hooks': { rules: reactHooks.rules } },
    // The two rules of hooks, not plugin v7's recommended set: its other rules (refs, purity,
    // set-state-in-effect, preserve-manual-memoization) describe code the React Compiler can
    // optimise, and this project does not use the compiler. set-state-in-effect would also forbid
    // the pattern every island needs here: static HTML first, then state only the browser knows
    // (local storage, the LMS) read in an effect.
    rules: {
      'react-hooks/rules-of-hooks': 'error',
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
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
]);
