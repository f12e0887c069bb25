/**
 * A complete, throw-away Glasnik for tests and benchmarks: the same start-up sequence as `npm start`
 * (real Meilisearch, real Strapi, real site build and server) on free ports, a temporary database and data
 * folder, and fresh secrets — so it never touches the developer's cms/.env, database or search data.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSettings } from './config.ts';
import { freePort } from './ports.ts';
import { generateSecrets, type Secrets } from './secrets.ts';
import { copySeedTemplate, ensureSeedTemplate, type SeedTemplate } from './seed-template.ts';
import { startSystem, type RunningSystem, type SystemOptions } from './system.ts';

export interface TestSystemOptions {
  /** Seed the demo content (default true). */
  seed?: boolean;
  /** Build the site (default true). */
  buildSite?: boolean;
  /** Extra CMS environment (e.g. DATABASE_CLIENT=postgres). */
  cmsEnv?: Record<string, string>;
  /**
   * Start from a copy of this SQLite database and uploads (e.g. a benchmark corpus) instead of the demo
   * content; the original is never written to.
   */
  template?: SeedTemplate;
  /** Publisher settings (channel env, debounce, broken links, a build-breaking hook). */
  publishing?: SystemOptions['publishing'];
  /**
   * A fixed CMS port instead of a free one: image URLs carry the CMS's address, so a kept image cache
   * (bench:publish) only hits when the address is the same as when it was filled.
   */
  cmsPort?: number;
  log?: (line: string) => void;
}

export interface TestSystem extends RunningSystem {
  readonly secrets: Secrets;
  readonly workDir: string;
  /** Stops everything and deletes the temporary folder. */
  dispose(): Promise<void>;
}

/** @throws {Error} when any part fails to start (whatever started is stopped first). */
export async function startTestSystem(options: TestSystemOptions = {}): Promise<TestSystem> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'glasnik-system-'));
  // Uploads go to the temp folder too: tests must not fill the developer's cms/public/uploads.
  const publicDir = path.join(workDir, 'public');
  mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  const log = options.log ?? (() => {});
  const databaseFile = path.join(workDir, 'cms.db');
  // SQLite systems start from a copy of one seeded template instead of seeding again (seed-template.ts).
  const fromTemplate = (options.seed ?? true) && !options.cmsEnv?.DATABASE_CLIENT;
  let secrets = generateSecrets();
  if (fromTemplate) {
    try {
      const template = options.template ?? (await ensureSeedTemplate(log));
      copySeedTemplate(template, databaseFile, publicDir);
      secrets = template.secrets;
    } catch (error) {
      rmSync(workDir, { recursive: true, force: true });
      throw error;
    }
  }
  const settings = readSettings({
    CMS_PORT: String(options.cmsPort ?? (await freePort())),
    SITE_PORT: String(await freePort()),
    MEILI_PORT: String(await freePort()),
    PUBLISHER_PORT: String(await freePort()),
    MEILI_BIN: process.env.MEILI_BIN,
  });
  try {
    const system = await startSystem({
      settings,
      secrets,
      seed: (options.seed ?? true) && !fromTemplate,
      siteBuild: (options.buildSite ?? true) ? 'always' : 'never',
      dataDir: path.join(workDir, 'data'),
      cmsEnv: { DATABASE_FILENAME: databaseFile, CMS_PUBLIC_DIR: publicDir, ...options.cmsEnv },
      publishing: options.publishing,
      log,
    });
    return {
      ...system,
      secrets,
      workDir,
      dispose: async () => {
        await system.stop();
        rmSync(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}
