/**
 * Prints one closing line over every workspace's test reports (Vitest and Playwright JSON in
 * `<workspace>/test-results/`), e.g. `Tests: 212 passed, 0 failed, 3 skipped`, so CI logs end with
 * the whole count rather than the last runner's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './lib/paths.ts';

const vitestReport = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number().default(0),
  numTodoTests: z.number().default(0),
});
const playwrightReport = z.object({
  stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number(), skipped: z.number() }),
});

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows: string[] = [];
for (const workspace of ['scripts', 'cms', 'site']) {
  const folder = path.join(REPO_ROOT, workspace, 'test-results');
  if (!existsSync(folder)) continue;
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    const data: unknown = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
    const vitest = vitestReport.safeParse(data);
    const playwright = playwrightReport.safeParse(data);
    let counts: typeof totals;
    if (vitest.success) {
      counts = {
        passed: vitest.data.numPassedTests,
        failed: vitest.data.numFailedTests,
        skipped: vitest.data.numPendingTests + vitest.data.numTodoTests,
      };
    } else if (playwright.success) {
      const { stats } = playwright.data;
      counts = { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
    } else {
      continue;
    }
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    rows.push(
      `  ${`${workspace}/${file}`.padEnd(40)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
    );
  }
}
console.log(rows.join('\n'));
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
