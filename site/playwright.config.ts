// Browser tests against the BUILT site, built from a real CMS and served by the project's static server.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 4399);
const executablePath =
  process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE'] ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Playwright empties its output folder at start; keep it apart from Vitest's report in test-results/.
  outputDir: 'test-results/playwright-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // A real Glasnik (CMS with demo content, search) and the built site: see tests/support/global-setup.ts.
  globalSetup: './tests/support/global-setup.ts',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    acceptDownloads: true,
  },
});
