/**
 * The Playwright web server: builds the site and serves the build the way production does (the
 * project's static server). Content comes from CMS_URL when it is set (a real Strapi with the demo
 * content), otherwise from the fixture CMS (tests/fixtures). E2E_SKIP_BUILD=1 serves an existing
 * E2E_DIST as it is.
 * Run: `tsx tests/support/serve-built-site.ts` (PORT from E2E_PORT, default 4399).
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '@glasnik/scripts/static-server';
import { startFixtureCms, type FixtureCms } from '../fixtures/fixture-cms';

const siteRoot = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.env['E2E_PORT'] ?? 4399);
const siteUrl = `http://127.0.0.1:${port}`;
const outDir = process.env['E2E_DIST'] ?? path.join(siteRoot, '.cache/e2e-dist');

function build(cmsUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [path.join(siteRoot, '../node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: siteRoot,
        env: { ...process.env, CMS_URL: cmsUrl, SITE_URL: siteUrl, SITE_OUT_DIR: outDir },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('close', (code) => {
      if (code === 0) {
        console.log(
          `[e2e] site built from ${cmsUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s into ${outDir}`,
        );
        resolve();
      } else reject(new Error(`astro build failed with exit code ${code}; see the log above.`));
    });
  });
}

let fixture: FixtureCms | undefined;
if (process.env['E2E_SKIP_BUILD'] !== '1') {
  const cmsUrl = process.env['CMS_URL'] ?? (fixture = await startFixtureCms()).url;
  await rm(outDir, { recursive: true, force: true });
  await build(cmsUrl);
  await fixture?.close();
}
const server = await startStaticServer({ root: outDir, port, host: '127.0.0.1' });
console.log(`[e2e] serving ${outDir} on ${server.url}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
