import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import supertest from 'supertest';
import pg from 'pg';
import { inject } from 'vitest';

// Strapi's ESM build imports `lodash/fp` as a directory, which Node's ESM loader refuses: load the CommonJS build.
const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');

export const APP_DIR = path.resolve(import.meta.dirname, '..', '..');
export const ADMIN_EMAIL = 'admin@glasnik.test';
export const ADMIN_PASSWORD = 'Admin-password-1';
export const READ_TOKEN = `glasnik-test-read-token-${randomBytes(24).toString('hex')}`;

export interface TestCms {
  strapi: Core.Strapi;
  http: ReturnType<typeof supertest>;
  database: 'sqlite' | 'postgres';
  /** Strapi's public folder for this run (uploads land in its uploads/). */
  publicDir: string;
  stop: () => Promise<void>;
}

const secret = (): string => randomBytes(24).toString('base64');

type Listeners = Map<string | symbol, Array<(...args: unknown[]) => void>>;
function saveProcessListeners(): Listeners {
  const saved: Listeners = new Map();
  for (const name of process.eventNames())
    saved.set(name, process.listeners(name as NodeJS.Signals) as Array<(...args: unknown[]) => void>);
  return saved;
}
/** strapi.destroy() removes every process listener, the test runner's included: put them back. */
function restoreProcessListeners(saved: Listeners): void {
  for (const [name, listeners] of saved) {
    const present = new Set(process.listeners(name as NodeJS.Signals));
    for (const listener of listeners)
      if (!present.has(listener as never)) process.on(name as NodeJS.Signals, listener as never);
  }
}

async function prepareDatabase(): Promise<{ kind: 'sqlite' | 'postgres'; cleanup: () => Promise<void> }> {
  if (process.env.GLASNIK_TEST_DB === 'postgres') {
    const serverUrl = inject('postgresUrl');
    const name = `glasnik_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    Object.assign(process.env, {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: `${serverUrl}/${name}`,
      DATABASE_FILENAME: '',
    });
    return {
      kind: 'postgres',
      cleanup: async () => {
        const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'glasnik-cms-test-'));
  Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'test.db') });
  return { kind: 'sqlite', cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Boots a real Strapi (compiled by the global setup) on a fresh database with random secrets, the
 * first admin and the read token from env, cron off (tests drive the embargo release themselves).
 */
export async function startCms(): Promise<TestCms> {
  const database = await prepareDatabase();
  const publicDir = mkdtempSync(path.join(tmpdir(), 'glasnik-cms-public-'));
  mkdirSync(path.join(publicDir, 'uploads'));
  Object.assign(process.env, {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    JWT_SECRET: secret(),
    CMS_CRON_ENABLED: 'false',
    GLASNIK_ADMIN_EMAIL: ADMIN_EMAIL,
    GLASNIK_ADMIN_PASSWORD: ADMIN_PASSWORD,
    STRAPI_READ_TOKEN: READ_TOKEN,
    CMS_PUBLIC_DIR: publicDir,
  });
  const saved = saveProcessListeners();
  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  strapi.log.level = 'error';
  strapi.server.mount();
  const http = supertest(strapi.server.httpServer);
  return {
    strapi,
    http,
    database: database.kind,
    publicDir,
    stop: async () => {
      await strapi.destroy();
      restoreProcessListeners(saved);
      await database.cleanup();
      rmSync(publicDir, { recursive: true, force: true });
    },
  };
}
