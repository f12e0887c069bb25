/**
 * Starts the production CMS (`strapi start`, needs cms/dist) on a corpus made by `npm run bench:corpus`,
 * with the secrets the corpus was written with (its read token only matches those), on a free port.
 * Benchmarks that write to the CMS pass `copyDatabaseTo`: they then work on a copy and the corpus stays
 * as `bench:corpus` made it, so every run starts from the same archive.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from '../../src/lib/paths.ts';
import { freePort } from '../../src/lib/ports.ts';
import type { Secrets } from '../../src/lib/secrets.ts';
import { startService, type RunningService } from '../../src/lib/service.ts';
import { corpusDir, readCorpus, type CorpusManifest } from './corpus-dir.ts';

export interface CorpusCms {
  cms: RunningService;
  cmsUrl: string;
  secrets: Secrets;
  manifest: CorpusManifest;
  /** The SQLite file this CMS runs on (the corpus's own, or the copy). */
  databaseFile: string;
}

export interface CorpusCmsOptions {
  /** Receives the CMS's output lines. */
  log: (line: string) => void;
  /** Copy the database into this folder and run on the copy (for benchmarks that write). */
  copyDatabaseTo?: string;
  /** Created as the first administrator on start (a corpus has none), for benchmarks that edit. */
  admin?: { email: string; password: string };
  /** More environment for the CMS, e.g. MEILI_URL and MEILI_MASTER_KEY for the search sync. */
  env?: Record<string, string>;
  /** A fixed port (default: a free one): image URLs, and so Astro's image cache keys, carry it. */
  port?: number;
}

/**
 * @throws {Error} when the folder holds no finished SQLite corpus, cms/dist is missing, or the CMS does
 *   not become healthy (with its last output lines).
 */
export async function startCorpusCms(dir: string, options: CorpusCmsOptions): Promise<CorpusCms> {
  const corpus = corpusDir(dir);
  const { secrets, manifest } = readCorpus(corpus);
  if (manifest.databaseClient !== 'sqlite')
    throw new Error(
      `${corpus.dir} was written to ${manifest.databaseClient}: start that CMS yourself and pass --cms-url and --token.`,
    );
  if (!existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html')))
    throw new Error(
      'cms/dist is missing: run `npm run build -w @glasnik/cms` once, then this benchmark again.',
    );
  let databaseFile = corpus.databaseFile;
  if (options.copyDatabaseTo) {
    mkdirSync(options.copyDatabaseTo, { recursive: true });
    databaseFile = path.join(options.copyDatabaseTo, 'cms.db');
    // A database left in WAL mode keeps recent pages in the -wal file: copy it along.
    for (const suffix of ['', '-wal', '-shm'])
      if (existsSync(corpus.databaseFile + suffix))
        copyFileSync(corpus.databaseFile + suffix, databaseFile + suffix);
  }
  const port = options.port ?? (await freePort());
  const cmsUrl = `http://127.0.0.1:${port}`;
  const cms = await startService({
    name: 'cms',
    command: 'npm',
    args: ['run', 'start', '-w', '@glasnik/cms'],
    env: {
      ...secrets,
      NODE_ENV: 'production',
      STRAPI_TELEMETRY_DISABLED: 'true',
      HOST: '127.0.0.1',
      CMS_PORT: String(port),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: databaseFile,
      CMS_PUBLIC_DIR: corpus.publicDir,
      MEILI_URL: '',
      // Port 9 (discard) keeps publish webhooks off any real publisher.
      PUBLISHER_URL: 'http://127.0.0.1:9/hooks/cms',
      CMS_CRON_ENABLED: 'false',
      GLASNIK_ADMIN_EMAIL: options.admin?.email ?? '',
      GLASNIK_ADMIN_PASSWORD: options.admin?.password ?? '',
      ...options.env,
    },
    healthUrl: `${cmsUrl}/_health`,
    readyTimeoutMs: 180_000,
    log: options.log,
  });
  return { cms, cmsUrl, secrets, manifest, databaseFile };
}
