/**
 * Brings the whole embedded system up in the order of DESIGN.md: Meilisearch → Strapi (first admin,
 * demo content when empty) → search index → site build → static server → publisher; and down again
 * in reverse order. `npm start`, the end-to-end tests and the benchmarks all use this one sequence.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from './config.ts';
import { locateMeilisearch, startMeilisearch } from './meilisearch.ts';
import { CMS_DIR, DATA_DIR } from './paths.ts';
import { assertPortFree, LOOPBACK } from './ports.ts';
import type { Secrets } from './secrets.ts';
import { readSearchKey } from './search/search-key.ts';
import { runCommand, startService, type RunningService } from './service.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { startPublishing, type Publisher, type PublishingOptions } from './publish/index.ts';

export interface SystemOptions {
  settings: Settings;
  secrets: Secrets;
  /** Seed demo content when the CMS is empty (default true). */
  seed?: boolean;
  /**
   * The first site build: 'always' (default) builds from the CMS now, 'if-missing' serves the last live
   * build when there is one, 'never' leaves the site unbuilt until the first publish.
   */
  siteBuild?: 'always' | 'if-missing' | 'never';
  /** Extra environment for the CMS (e.g. a temp DATABASE_FILENAME in tests). */
  cmsEnv?: Record<string, string>;
  /** Where search data, builds and backups live (default `.data/`). */
  dataDir?: string;
  /**
   * Publisher settings other than `npm start`'s: channel credentials (`env`, default process.env), a
   * shorter debounce, broken links as warnings, a hook that fails a build (tests and benchmarks).
   */
  publishing?: Pick<PublishingOptions, 'env' | 'debounceMs' | 'brokenLinks' | 'afterBuild' | 'cacheDir'>;
  log?: (line: string) => void;
  /** Aborting it (Ctrl-C during start-up) stops whatever has started and rejects. */
  signal?: AbortSignal;
}

export interface RunningSystem {
  readonly meiliUrl: string;
  readonly cmsUrl: string;
  readonly siteUrl: string;
  /** Rebuilds the site on publish; its status and builds (the same object across restartPublisher). */
  readonly publisher: Publisher;
  /** Stops the publisher and starts it again with the same settings, as a restart of `npm start` would. */
  restartPublisher(): Promise<void>;
  /** Where search data, site builds and backups of this system live. */
  readonly dataDir: string;
  /** One line per part: where it is, or why it is not running. */
  readonly summary: readonly string[];
  /** Stops every part, newest first; safe to call more than once. */
  stop(): Promise<void>;
}

type Stoppable = { name: string; stop(): Promise<unknown> };

/**
 * Starts every part that exists and resolves when all are ready.
 * @throws {Error} with one sentence when a port is taken or a part fails to start; whatever had
 *   already started is stopped first, so nothing is left running.
 */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const { settings, secrets } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const say = (line: string) => log(`[start] ${line}`);
  const dataDir = options.dataDir ?? DATA_DIR;
  const started: Stoppable[] = [];
  const summary: string[] = [];
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      for (const part of started.reverse()) {
        say(`stopping ${part.name}`);
        await part.stop().catch((error: unknown) => say(`could not stop ${part.name}: ${String(error)}`));
      }
    })());

  const { signal } = options;
  const checkpoint = () => {
    if (signal?.aborted) throw new Error('start-up was interrupted.');
  };
  try {
    // Check every port first, so a clash stops us before anything has started.
    if (!settings.MEILI_URL) await assertPortFree(settings.MEILI_PORT, 'MEILI_PORT');
    await assertPortFree(settings.CMS_PORT, 'CMS_PORT');
    await assertPortFree(settings.SITE_PORT, 'SITE_PORT');
    await assertPortFree(settings.PUBLISHER_PORT, 'PUBLISHER_PORT');

    // 1. Search.
    let meiliUrl: string;
    if (settings.MEILI_URL) {
      meiliUrl = settings.MEILI_URL;
      summary.push(`Search (Meilisearch)  ${meiliUrl}  (external, from MEILI_URL)`);
    } else {
      const binary = locateMeilisearch(settings.MEILI_BIN);
      const meiliDataDir = path.join(dataDir, 'meili');
      say(
        `starting Meilisearch (${binary === settings.MEILI_BIN ? 'MEILI_BIN' : 'npm binary'}) with data under ${meiliDataDir}`,
      );
      const meili = await startMeilisearch({
        binary,
        port: settings.MEILI_PORT,
        masterKey: secrets.MEILI_MASTER_KEY,
        dataDir: meiliDataDir,
        log,
        signal,
      });
      started.push(meili);
      meiliUrl = meili.url;
      summary.push(`Search (Meilisearch)  ${meiliUrl}  data: ${meiliDataDir}`);
    }

    checkpoint();
    // 2. CMS: build the admin panel and server code when sources changed, seed, then serve.
    const cmsUrl = `http://${LOOPBACK}:${settings.CMS_PORT}`;
    const cmsEnv: Record<string, string> = {
      ...secrets,
      NODE_ENV: process.env.NODE_ENV ?? 'production',
      STRAPI_TELEMETRY_DISABLED: 'true',
      HOST: LOOPBACK,
      CMS_PORT: String(settings.CMS_PORT),
      SITE_PORT: String(settings.SITE_PORT),
      MEILI_URL: meiliUrl,
      PUBLIC_SITE_URL: `http://${LOOPBACK}:${settings.SITE_PORT}`,
      PUBLISHER_URL: `http://${LOOPBACK}:${settings.PUBLISHER_PORT}/hooks/cms`,
      GLASNIK_ADMIN_EMAIL: settings.GLASNIK_ADMIN_EMAIL,
      GLASNIK_ADMIN_PASSWORD: settings.GLASNIK_ADMIN_PASSWORD,
      GLASNIK_DATA_DIR: dataDir,
      ...options.cmsEnv,
    };
    if (cmsNeedsBuild()) {
      say('building the CMS (admin panel and server code; about a minute the first time)');
      await runCommand('npm', ['run', 'build', '-w', '@glasnik/cms'], {
        name: 'cms-build',
        env: cmsEnv,
        log,
        signal,
      });
    }
    if (options.seed !== false && existsSync(path.join(CMS_DIR, 'scripts', 'seed.ts'))) {
      say('seeding demo content if the CMS is empty');
      await runCommand('npm', ['run', 'seed', '-w', '@glasnik/cms'], {
        name: 'seed',
        env: cmsEnv,
        log,
        signal,
      });
    }
    say(`starting the CMS (Strapi) on ${cmsUrl}`);
    const cms: RunningService = await startService({
      name: 'cms',
      command: 'npm',
      args: ['run', 'start', '-w', '@glasnik/cms'],
      env: cmsEnv,
      healthUrl: `${cmsUrl}/_health`,
      readyTimeoutMs: 120_000,
      log,
      signal,
    });
    started.push(cms);
    summary.push(`CMS (Strapi)          ${cmsUrl}/admin  database: ${describeDatabase(cmsEnv)}`);
    summary.push(`  log in as ${settings.GLASNIK_ADMIN_EMAIL} / ${describePassword(settings)}`);

    checkpoint();
    // 3. Search index.
    const reindexScript = path.join(path.dirname(CMS_DIR), 'scripts', 'src', 'search-reindex.ts');
    if (existsSync(reindexScript)) {
      say('indexing published content in Meilisearch');
      await runCommand('npx', ['tsx', reindexScript], {
        name: 'search-index',
        env: { ...cmsEnv, CMS_URL: cmsUrl },
        log,
        signal,
      });
    } else {
      summary.push('Search index          not built yet (search issue)');
    }

    checkpoint();
    // 4. Site: the publisher builds it into a new folder, checks it and swaps it in; it rebuilds on every
    // publish the CMS reports. The static server serves whatever `current` points at.
    const siteUrl = `http://${LOOPBACK}:${settings.SITE_PORT}`;
    const siteBuild = options.siteBuild ?? 'always';
    const publishing: PublishingOptions = {
      port: settings.PUBLISHER_PORT,
      secret: secrets.PUBLISH_WEBHOOK_SECRET,
      dataDir,
      cmsUrl,
      readToken: secrets.STRAPI_READ_TOKEN,
      siteUrl,
      searchUrl: meiliUrl,
      // Only the search-only key reaches the site (and so the browser); the master key never does.
      buildEnv: { MEILI_SEARCH_KEY: readSearchKey(dataDir) ?? '' },
      buildOnStart: siteBuild,
      brokenLinks: process.env.PUBLISH_BROKEN_LINKS === 'warn' ? 'warn' : 'fail',
      log,
      ...options.publishing,
    };
    let running = await startPublishing(publishing);
    // Callers keep this one object; a restart swaps what is behind it.
    const publisher: Publisher = {
      url: running.url,
      store: running.store,
      status: () => running.status(),
      requestBuild: (reason) => running.requestBuild(reason),
      idle: () => running.idle(),
      stop: () => running.stop(),
    };
    const restartPublisher = async () => {
      await running.stop();
      // A restart finds the live build in place, so it must not build again by itself.
      running = await startPublishing({ ...publishing, buildOnStart: 'if-missing' });
    };
    started.push({ name: 'publisher', stop: () => publisher.stop() });
    if (siteBuild !== 'never')
      say('building the public site from the CMS (the publisher checks it before it goes live)');
    await publisher.idle();
    const published = await publisher.status();
    const site: StaticServer = await startStaticServer({
      root: publisher.store.currentLink,
      port: settings.SITE_PORT,
      searchOrigin: meiliUrl,
    });
    started.push({ name: 'site server', stop: () => site.close() });
    summary.push(
      published.currentBuild
        ? `Public site           ${site.url}/bg/  (English: ${site.url}/en/)`
        : `Public site           ${site.url}  (no build is live yet: ${published.lastError ?? 'not built'})`,
    );
    summary.push(
      `Publisher             ${publisher.url}/status  (rebuilds on publish; undo: npm run publisher:rollback)`,
    );

    checkpoint();
    return { meiliUrl, cmsUrl, siteUrl: site.url, publisher, restartPublisher, dataDir, summary, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function describeDatabase(cmsEnv: Record<string, string>): string {
  const env = { ...process.env, ...cmsEnv };
  if (env.DATABASE_CLIENT === 'postgres') return 'PostgreSQL (DATABASE_URL)';
  return `SQLite ${env.DATABASE_FILENAME || path.join('cms', '.tmp', 'data.db')}`;
}

function describePassword(settings: Settings): string {
  return process.env.GLASNIK_ADMIN_PASSWORD
    ? '(password from GLASNIK_ADMIN_PASSWORD)'
    : `${settings.GLASNIK_ADMIN_PASSWORD}  <- demo password: set GLASNIK_ADMIN_PASSWORD / change it in the admin before real use`;
}

/** True when cms/dist is missing or older than any source file of the CMS. */
function cmsNeedsBuild(): boolean {
  const marker = path.join(CMS_DIR, 'dist', 'build', 'index.html');
  if (!existsSync(marker)) return true;
  const builtAt = statSync(marker).mtimeMs;
  return ['src', 'config', 'contract'].some((folder) => newestMtime(path.join(CMS_DIR, folder)) > builtAt);
}

function newestMtime(folder: string): number {
  if (!existsSync(folder)) return 0;
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
