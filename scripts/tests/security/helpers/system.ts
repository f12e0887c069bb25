/**
 * What the security system tests share: a throw-away Glasnik (real Meilisearch and Strapi, no site build
 * yet), a signed-in admin client for the content manager, and the site build and search reindex run the
 * way `npm start` runs them — into a temporary folder, never into site/dist.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSettings } from '../../../src/lib/config.ts';
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

export interface AdminClient {
  /** Any admin API call; answers the parsed JSON body and the status. */
  call(
    method: string,
    apiPath: string,
    body?: unknown,
  ): Promise<{
    status: number;
    body: { data?: Record<string, unknown> & { documentId?: string }; error?: { message?: string } };
  }>;
  /** Creates a draft in the content manager and answers its documentId. @throws {Error} with the CMS message when refused. */
  create(uid: string, data: Record<string, unknown>, locale?: string): Promise<string>;
  /** Presses Publish. @throws {Error} with the CMS message when refused. */
  publish(uid: string, documentId: string, locale?: string): Promise<Record<string, unknown>>;
  update(uid: string, documentId: string, data: Record<string, unknown>, locale?: string): Promise<void>;
  unpublish(uid: string, documentId: string, locale?: string): Promise<void>;
}

/** Signs in as the system's first administrator (the super admin `npm start` creates). */
export async function adminClient(system: TestSystem): Promise<AdminClient> {
  const settings = readSettings({});
  const login = await fetch(`${system.cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: settings.GLASNIK_ADMIN_EMAIL, password: settings.GLASNIK_ADMIN_PASSWORD }),
  });
  if (!login.ok) throw new Error(`test setup: admin login answered ${login.status}: ${await login.text()}`);
  const token = ((await login.json()) as { data: { token: string } }).data.token;
  const call: AdminClient['call'] = async (method, apiPath, body) => {
    const response = await fetch(`${system.cmsUrl}${apiPath}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  };
  const base = (uid: string) => `/content-manager/collection-types/${uid}`;
  const expectOk = (what: string, answer: Awaited<ReturnType<AdminClient['call']>>) => {
    if (answer.status >= 300)
      throw new Error(
        `test setup: ${what} answered ${answer.status}: ${JSON.stringify(answer.body.error ?? answer.body)}`,
      );
    return answer;
  };
  return {
    call,
    create: async (uid, data, locale = 'bg') => {
      const answer = expectOk(`create ${uid}`, await call('POST', `${base(uid)}?locale=${locale}`, data));
      return answer.body.data?.documentId as string;
    },
    publish: async (uid, documentId, locale = 'bg') =>
      expectOk(
        `publish ${uid} ${documentId}`,
        await call('POST', `${base(uid)}/${documentId}/actions/publish?locale=${locale}`, {}),
      ).body.data ?? {},
    update: async (uid, documentId, data, locale = 'bg') => {
      expectOk(
        `update ${uid} ${documentId}`,
        await call('PUT', `${base(uid)}/${documentId}?locale=${locale}`, data),
      );
    },
    unpublish: async (uid, documentId, locale = 'bg') => {
      expectOk(
        `unpublish ${uid} ${documentId}`,
        await call('POST', `${base(uid)}/${documentId}/actions/unpublish?locale=${locale}`, {}),
      );
    },
  };
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
