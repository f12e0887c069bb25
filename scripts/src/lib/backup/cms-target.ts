/**
 * The CMS instance a backup reads from or a restore writes to, resolved the way Strapi itself resolves
 * it: variables in the environment first, then cms/.env, then the defaults of cms/config. Also runs the
 * Strapi commands (export, import, inventory) against it with the switches a maintenance run needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR, CMS_ENV_FILE, REPO_ROOT } from '../paths.ts';
import { parseEnvFile } from '../secrets.ts';
import { runCommand } from '../service.ts';
import type { Inventory } from './inventory-child.ts';

export interface CmsTarget {
  client: 'sqlite' | 'postgres';
  /** Absolute path of the SQLite file (SQLite only). */
  sqliteFile?: string;
  /** Where Strapi's local upload provider keeps files. */
  uploadsDir: string;
  /** A human description for messages, without passwords. */
  description: string;
  /** Environment for child Strapi commands (the caller's environment, plus the maintenance switches). */
  env: Record<string, string | undefined>;
}

/**
 * Resolves the target CMS from an environment.
 * @throws {Error} for a DATABASE_CLIENT other than sqlite/postgres, or postgres without a database URL or host.
 */
export function resolveCmsTarget(env: NodeJS.ProcessEnv = process.env): CmsTarget {
  const fromFile = existsSync(CMS_ENV_FILE) ? parseEnvFile(readFileSync(CMS_ENV_FILE, 'utf8')) : {};
  // Strapi's dotenv never overrides a variable that is set, even to an empty string: do the same.
  const value = (key: string): string | undefined => (env[key] !== undefined ? env[key] : fromFile[key]);
  const client = value('DATABASE_CLIENT') || 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres') {
    throw new Error(`DATABASE_CLIENT="${client}" is not supported: use "sqlite" (default) or "postgres".`);
  }
  const publicDir = path.resolve(CMS_DIR, value('CMS_PUBLIC_DIR') || 'public');
  const childEnv: Record<string, string | undefined> = {
    ...env,
    STRAPI_TELEMETRY_DISABLED: 'true',
    NODE_ENV: env.NODE_ENV || 'production',
    // A maintenance run must not release embargoes on the side, nor write to the search index.
    CMS_CRON_ENABLED: 'false',
    MEILI_URL: '',
    CMS_STARTUP_BANNER: 'false',
  };
  if (client === 'postgres') {
    const url = value('DATABASE_URL');
    const host = value('DATABASE_HOST') || '127.0.0.1';
    const name = value('DATABASE_NAME') || 'glasnik';
    return {
      client,
      uploadsDir: path.join(publicDir, 'uploads'),
      description: `PostgreSQL ${url ? redactUrl(url) : `${host}/${name}`}`,
      env: childEnv,
    };
  }
  const sqliteFile = path.resolve(CMS_DIR, value('DATABASE_FILENAME') || '.tmp/data.db');
  return {
    client,
    sqliteFile,
    uploadsDir: path.join(publicDir, 'uploads'),
    description: `SQLite ${path.relative(REPO_ROOT, sqliteFile).startsWith('..') ? sqliteFile : path.relative(REPO_ROOT, sqliteFile)}`,
    env: childEnv,
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(DATABASE_URL)';
  }
}

/**
 * Fails early with a useful sentence when the CMS has not been compiled (Strapi's commands load cms/dist).
 * @throws {Error} when cms/dist/src is missing.
 */
export function assertCmsBuilt(): void {
  if (!existsSync(path.join(CMS_DIR, 'dist', 'src'))) {
    throw new Error('The CMS is not built (cms/dist is missing): run `npm run build -w @glasnik/cms` first.');
  }
}

export interface StrapiRunOptions {
  log: (line: string) => void;
  /** Overrides on top of the target's environment (e.g. the snapshot's DATABASE_FILENAME). */
  env?: Record<string, string>;
}

/**
 * Runs the Strapi CLI in cms/ (`strapi export …`, `strapi import …`).
 * @throws {import('../service.ts').ServiceStartError} when it exits non-zero, with its last output lines.
 */
export async function runStrapi(
  target: CmsTarget,
  args: readonly string[],
  options: StrapiRunOptions,
): Promise<void> {
  const strapiBin = path.join(REPO_ROOT, 'node_modules', '.bin', 'strapi');
  await runCommand(strapiBin, args, {
    name: `strapi ${args[0]}`,
    cwd: CMS_DIR,
    env: { ...target.env, ...options.env },
    log: options.log,
  });
}

/**
 * Boots the target CMS in a child process and reads what it holds.
 * @throws {import('../service.ts').ServiceStartError} when Strapi cannot boot on the target.
 */
export async function readInventory(
  target: CmsTarget,
  outFile: string,
  options: StrapiRunOptions & { documents?: boolean },
): Promise<Inventory> {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const child = path.join(import.meta.dirname, 'inventory-child.ts');
  await runCommand(tsx, [child, outFile, ...(options.documents ? ['--documents'] : [])], {
    name: 'inventory',
    cwd: CMS_DIR,
    env: { ...target.env, ...options.env },
    log: options.log,
  });
  return JSON.parse(readFileSync(outFile, 'utf8')) as Inventory;
}
