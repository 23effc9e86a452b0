/**
 * The tests that mutation testing (npm run test:mutation) runs against src/lib: the library's
 * own unit tests, the build scripts' and the broken-data fixtures. The component, state and
 * real-data tests are left out: they load the whole atlas when imported, which makes every
 * library mutant re-run them from scratch, and src/lib's tests are meant to catch its mistakes
 * on their own.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/lib/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/data/fixtures.test.ts'],
    environment: 'node',
    // Instrumented code runs several times slower; the property tests need the room.
    testTimeout: 30_000,
  },
});
