/**
 * Screenshots of a served build at phone and desktop widths, for looking at the design by eye:
 * `tsx tests/support/screenshots.ts http://127.0.0.1:4399 /tmp/shots /bg/ /bg/news/…/`.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:4399', outDir = 'test-results/screenshots', ...paths] = process.argv.slice(2);
const executablePath =
  process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE'] ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu'],
});
await mkdir(outDir, { recursive: true });
for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const url of paths.length > 0 ? paths : ['/bg/']) {
    await page.goto(new URL(url, base).href, { waitUntil: 'networkidle' });
    const file = path.join(outDir, `${width}-${url.replace(/[^a-z0-9]+/gi, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
