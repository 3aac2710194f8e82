import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end specs run in Playwright against the built site, not in Vitest.
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
