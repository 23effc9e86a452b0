import { defineConfig } from 'vitest/config';

// Built-output tests, and end-to-end tests: Chromium against the built site served by `vite preview`, with host
// pages for the embed served from a second origin.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
