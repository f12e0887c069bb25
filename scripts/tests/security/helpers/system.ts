/**
 * What the security system tests share: a throw-away Glasnik (real Meilisearch and Strapi, no site build
 * yet), a signed-in admin client for the content manager (tests/helpers/admin-client.ts), and the site build and search reindex run the
 * way `npm start` runs them — into a temporary folder, never into site/dist.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, SITE_DIR } from '../../../src/lib/paths.ts';
import { readSearchKey } from '../../../src/lib/search/search-key.ts';
import { startTestSystem, type TestSystem } from '../../../src/lib/test-system.ts';

export interface CommandResult {
  code: number | null;
  output: string;
}

/** Runs a command to its end, collecting stdout and stderr together. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string | undefined>; onOutput?: (text: string) => void },
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      options.onOutput?.(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const ASTRO = path.join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** The environment system.ts gives the site build, plus the output folder. */
export function siteBuildEnv(
  system: TestSystem,
  outDir: string,
  cmsUrl = system.cmsUrl,
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    CMS_URL: cmsUrl,
    STRAPI_READ_TOKEN: system.secrets.STRAPI_READ_TOKEN,
    MEILI_URL: system.meiliUrl,
    MEILI_SEARCH_KEY: readSearchKey(path.join(system.workDir, 'data')) ?? '',
    SITE_URL: system.siteUrl,
    SITE_OUT_DIR: outDir,
  };
}

/** `astro build` of the site into `outDir`, as `npm start` builds it. */
export function buildSite(
  system: TestSystem,
  outDir: string,
  options: { cmsUrl?: string; onOutput?: (text: string) => void } = {},
): Promise<CommandResult> {
  return run(process.execPath, [ASTRO, 'build'], {
    cwd: SITE_DIR,
    env: siteBuildEnv(system, outDir, options.cmsUrl),
    onOutput: options.onOutput,
  });
}

/** The full search reindex (`npm run search:reindex`), against this system. */
export function reindex(system: TestSystem): Promise<CommandResult> {
  return run(process.execPath, [TSX, path.join(REPO_ROOT, 'scripts', 'src', 'search-reindex.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...system.secrets,
      CMS_URL: system.cmsUrl,
      MEILI_URL: system.meiliUrl,
      GLASNIK_DATA_DIR: path.join(system.workDir, 'data'),
    },
  });
}

/** Every file under `root` with its path relative to it. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

const TEXT_FILE = /\.(html|xml|ics|csv|json|txt|js|css|svg|webmanifest)$/i;

/** The text files of a build (pages, feeds, iCal, sitemaps, exports, scripts), read as UTF-8. */
export function readTextFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of listFiles(root))
    if (TEXT_FILE.test(file)) files.set(file, readFileSync(path.join(root, file), 'utf8'));
  return files;
}

export { startTestSystem, type TestSystem };
// The admin client is shared with the publish and search tests.
export { adminClient, type AdminClient } from '../../helpers/admin-client.ts';
