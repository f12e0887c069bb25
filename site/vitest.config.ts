import { defineConfig } from 'vitest/config';

// The folder decides the runner: tests/unit is Vitest; tests/e2e and tests/a11y are Playwright.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
    // The JSON report feeds the one-line summary CI prints (scripts/src/test-summary.ts).
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
