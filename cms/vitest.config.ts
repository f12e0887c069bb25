import { defineConfig } from 'vitest/config';

/**
 * The CMS suite boots a real Strapi in the test process (one per test file), so files run one at a
 * time in a single fork. Two projects: the same tests on SQLite, then on a throw-away PostgreSQL
 * cluster (tests/helpers/postgres-global-setup.ts).
 */
const shared = {
  include: ['tests/**/*.test.ts'],
  pool: 'forks' as const,
  maxWorkers: 1,
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 180_000,
  teardownTimeout: 60_000,
  // Strapi logs every boot step; show the output of failing tests only.
  silent: 'passed-only' as const,
  globalSetup: ['tests/helpers/compile-global-setup.ts'],
};

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'sqlite', env: { GLASNIK_TEST_DB: 'sqlite' } } },
      {
        test: {
          ...shared,
          name: 'postgres',
          env: { GLASNIK_TEST_DB: 'postgres' },
          globalSetup: ['tests/helpers/compile-global-setup.ts', 'tests/helpers/postgres-global-setup.ts'],
          exclude: ['tests/unit/**'],
        },
      },
    ],
  },
});
