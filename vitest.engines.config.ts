import { defineConfig } from 'vitest/config';

// The same tests in Chromium, Firefox and WebKit (tests/engines/suite.ts), one file per engine so each
// engine's count shows in the output. One engine at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    globalSetup: ['tests/engines/setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
