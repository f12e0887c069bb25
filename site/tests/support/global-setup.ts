/**
 * Playwright's global setup: a real Glasnik for the browser tests. It starts a throw-away system
 * (Meilisearch, Strapi with the demo content, the search index — the same sequence as `npm start`),
 * builds the site from it the way production does, checks the build the way the publisher does before a
 * swap (expected pages, feeds, no broken internal link) and fails on any problem, and serves the build
 * with the project's static server on E2E_PORT. The returned function tears it all down.
 *
 * Shortcuts for local work: CMS_URL (+ STRAPI_READ_TOKEN, MEILI_URL, MEILI_SEARCH_KEY) builds against a
 * CMS you already run; E2E_SKIP_BUILD=1 serves an existing E2E_DIST as it is.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBuildDetailed } from '@glasnik/scripts/publish/check';
import { readSearchKey } from '@glasnik/scripts/search/search-key';
import { startStaticServer } from '@glasnik/scripts/static-server';
import { startTestSystem, type TestSystem } from '@glasnik/scripts/test-system';

const siteRoot = fileURLToPath(new URL('../../', import.meta.url));
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4399);
const siteUrl = `http://127.0.0.1:${E2E_PORT}`;
const outDir = process.env['E2E_DIST'] ?? path.join(siteRoot, '.cache/e2e-dist');

function build(env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [path.join(siteRoot, '../node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: siteRoot,
        env: { ...process.env, ...env, SITE_URL: siteUrl, SITE_OUT_DIR: outDir },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('close', (code) => {
      if (code === 0) {
        console.log(
          `[e2e] site built from ${env['CMS_URL']} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
        resolve();
      } else reject(new Error(`astro build failed with exit code ${code}; see the log above.`));
    });
  });
}

/**
 * The publisher's pre-swap check over the e2e build. Broken links fail here although the publisher may
 * only warn about them: with the demo content every link must resolve (a fallback article once linked to
 * English category pages under their Bulgarian slugs).
 * @throws {Error} listing every problem the check found.
 */
async function assertBuildIsSound(): Promise<void> {
  const { problems, warnings } = await checkBuildDetailed(outDir, {
    siteUrl,
    brokenLinks: 'warn',
    maxProblems: 50,
  });
  const all = [...problems, ...warnings];
  if (all.length > 0)
    throw new Error(`The e2e build in ${outDir} fails the publisher's check:\n- ${all.join('\n- ')}`);
  console.log('[e2e] build checked: expected pages, feeds and internal links are all fine');
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  let system: TestSystem | undefined;
  if (process.env['E2E_SKIP_BUILD'] !== '1') {
    let buildEnv: Record<string, string>;
    if (process.env['CMS_URL']) {
      buildEnv = { CMS_URL: process.env['CMS_URL'] };
    } else {
      const began = Date.now();
      system = await startTestSystem({
        seed: true,
        buildSite: false,
        log: (line) => process.env['E2E_VERBOSE'] && console.log(line),
      });
      console.log(`[e2e] Glasnik with demo content up in ${((Date.now() - began) / 1000).toFixed(1)} s`);
      buildEnv = {
        CMS_URL: system.cmsUrl,
        STRAPI_READ_TOKEN: system.secrets.STRAPI_READ_TOKEN,
        MEILI_URL: system.meiliUrl,
        MEILI_SEARCH_KEY: readSearchKey(path.join(system.workDir, 'data')) ?? '',
      };
      // The test workers read these to know search is configured for this build.
      process.env['MEILI_URL'] = buildEnv['MEILI_URL'];
      process.env['MEILI_SEARCH_KEY'] = buildEnv['MEILI_SEARCH_KEY'];
    }
    await rm(outDir, { recursive: true, force: true });
    try {
      await build(buildEnv);
      await assertBuildIsSound();
    } catch (error) {
      await system?.dispose();
      throw error;
    }
  }
  const searchOrigin = process.env['MEILI_PUBLIC_URL'] || process.env['MEILI_URL'];
  const server = await startStaticServer({
    root: outDir,
    port: E2E_PORT,
    ...(searchOrigin ? { searchOrigin } : {}),
  });
  console.log(`[e2e] serving ${outDir} on ${server.url}`);
  return async () => {
    await server.close();
    await system?.dispose();
  };
}
