import { defineConfig } from 'vitest/config';

/** Test runner setup: unit, API and end-to-end suites share one run of `npm test`. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
