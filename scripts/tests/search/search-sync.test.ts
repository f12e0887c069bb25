/**
 * Search kept in step with a real CMS: the whole system as `npm start` runs it (real Strapi with the demo
 * content, the reindex it runs at start), against a Meilisearch this test owns so it can stop it in the
 * middle of a publish. Editors act through the admin API, as the admin panel does.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  searchDocumentId,
  searchIndexName,
  searchTypeNames,
  searchTypeSource,
  type Locale,
} from '@glasnik/cms/contract/search';
import { readSettings } from '../../src/lib/config.ts';
import { freePort } from '../../src/lib/ports.ts';
import { REPO_ROOT } from '../../src/lib/paths.ts';
import type { Secrets } from '../../src/lib/secrets.ts';
import { runCommand } from '../../src/lib/service.ts';
import { countPublished } from '../../src/lib/search/cms-read.ts';
import { readSearchKey } from '../../src/lib/search/search-key.ts';
import { startSystem, type RunningSystem } from '../../src/lib/system.ts';
import { adminClient, type AdminClient } from '../helpers/admin-client.ts';
import { startTestMeili, type TestMeili } from './meili-server.ts';

const NEWS = 'api::news-article.news-article';
const workDir = mkdtempSync(path.join(tmpdir(), 'glasnik-search-sync-'));
const dataDir = path.join(workDir, 'data');
let meili: TestMeili;
let system: RunningSystem;
let secrets: Secrets;
let admin: AdminClient;

/** Every secret given up front, so the test never reads or writes the developer's cms/.env. */
function freshSecrets(masterKey: string): Secrets {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex');
  return {
    APP_KEYS: [hex(16), hex(16), hex(16), hex(16)].join(','),
    API_TOKEN_SALT: hex(16),
    ADMIN_JWT_SECRET: hex(32),
    TRANSFER_TOKEN_SALT: hex(16),
    JWT_SECRET: hex(32),
    ENCRYPTION_KEY: hex(32),
    STRAPI_READ_TOKEN: hex(64),
    PUBLISH_WEBHOOK_SECRET: hex(32),
    MEILI_MASTER_KEY: masterKey,
  };
}

beforeAll(async () => {
  meili = await startTestMeili();
  secrets = freshSecrets(meili.masterKey);
  const settings = readSettings({
    CMS_PORT: String(await freePort()),
    SITE_PORT: String(await freePort()),
    PUBLISHER_PORT: String(await freePort()),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
  });
  process.env.GLASNIK_DATA_DIR = dataDir; // read by the reindex the system runs (key file location)
  system = await startSystem({
    settings,
    secrets,
    seed: true,
    siteBuild: 'never',
    dataDir,
    cmsEnv: { DATABASE_FILENAME: path.join(workDir, 'cms.db'), GLASNIK_DATA_DIR: dataDir },
    log: () => {},
  });
  admin = await adminClient(system);
}, 900_000);

afterAll(async () => {
  await system?.stop();
  await meili?.dispose();
  delete process.env.GLASNIK_DATA_DIR;
  rmSync(workDir, { recursive: true, force: true });
}, 120_000);

const cm = `/content-manager/collection-types/${NEWS}`;

function createNews(title: string, extra: Record<string, unknown> = {}): Promise<string> {
  return admin.create(NEWS, {
    title,
    summary: `${title}: кратко резюме за търсачката.`,
    reviewStage: 'approved',
    ...extra,
  });
}

async function inIndex(documentId: string, locale: Locale = 'bg'): Promise<boolean> {
  const id = searchDocumentId('news-article', documentId, locale);
  try {
    await meili.admin.request('GET', `/indexes/${searchIndexName(locale)}/documents/${id}`);
    return true;
  } catch {
    return false;
  }
}

/** Polls until `check` holds, for at most `ms`; returns how long it took. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met within ${ms} ms`);
}

describe('full reindex at start', () => {
  it('indexes exactly what the CMS publishes, per type and locale, and writes the search-only key', async () => {
    for (const locale of ['bg', 'en'] as const) {
      for (const type of searchTypeNames) {
        const inCms = await countPublished(searchTypeSource(type).endpoint, locale, {
          cmsUrl: system.cmsUrl,
          token: secrets.STRAPI_READ_TOKEN,
        });
        const answer = await meili.admin.search(searchIndexName(locale), {
          q: '',
          filter: [`type = "${type}"`],
          hitsPerPage: 1,
        });
        expect({ type, locale, count: answer.totalHits }).toEqual({ type, locale, count: inCms });
      }
    }
    const key = readSearchKey(dataDir, {});
    expect(key).toMatch(/^[0-9a-f]{32,}$/);
    expect(key).not.toBe(meili.masterKey);
  });

  it('finds the demo agreements with one typo ("споразумене")', async () => {
    const answer = await meili.admin.search(searchIndexName('bg'), {
      q: 'споразумене',
      filter: ['type = "agreement"'],
      hitsPerPage: 20,
    });
    expect(answer.totalHits).toBeGreaterThanOrEqual(5);
  });
});

describe('incremental sync', () => {
  it('publish → searchable within seconds; unpublish → gone; publish again and delete → gone', async () => {
    const documentId = await createNews('Русе и Дунавец откриват нова фериботна линия');
    expect(await inIndex(documentId)).toBe(false); // a draft never enters the index
    await admin.publish(NEWS, documentId);
    const tookMs = await eventually(() => inIndex(documentId), 5000);
    console.log(`[search-sync] publish → searchable in ${tookMs} ms`);
    const found = await meili.admin.search(searchIndexName('bg'), { q: 'Rousse фериботна' });
    expect(found.hits.map((hit) => hit.documentId)).toContain(documentId);

    await admin.unpublish(NEWS, documentId);
    await eventually(async () => !(await inIndex(documentId)), 5000);

    await admin.publish(NEWS, documentId);
    await eventually(() => inIndex(documentId), 5000);
    await admin.request('DELETE', `${cm}/${documentId}?locale=bg`);
    await eventually(async () => !(await inIndex(documentId)), 5000);
  });

  it('an embargoed item stays out of the index until its embargo ends', async () => {
    // 10 s ahead: on a busy machine creating and publishing the item alone took over 3 s, and the item
    // was then rightly in the index before the first check.
    const embargoEnds = Date.now() + 10_000;
    const embargoUntil = new Date(embargoEnds).toISOString();
    const documentId = await createNews('Прессъобщение под ембарго за новия мост', { embargoUntil });
    await admin.publish(NEWS, documentId).catch(() => ({}));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(Date.now()).toBeLessThan(embargoEnds);
    expect(await inIndex(documentId)).toBe(false);
    // The CMS releases due embargoes once a minute.
    await eventually(() => inIndex(documentId), 85_000);
  }, 100_000);

  it('Meilisearch down during a publish: the publish still succeeds at once, and the index catches up', async () => {
    const documentId = await createNews('Публикация докато търсачката е спряна');
    await meili.stop();
    try {
      const started = Date.now();
      await admin.publish(NEWS, documentId);
      expect(Date.now() - started).toBeLessThan(3000);
      const pub = await fetch(`${system.cmsUrl}/api/news-articles/${documentId}?locale=bg`, {
        headers: { authorization: `Bearer ${secrets.STRAPI_READ_TOKEN}` },
      });
      expect(pub.status).toBe(200);
    } finally {
      await meili.restart();
    }
    // A full reindex repairs whatever the sync missed (the sync's own retries usually get there first).
    await runCommand('npx', ['tsx', path.join(REPO_ROOT, 'scripts', 'src', 'search-reindex.ts')], {
      name: 'reindex',
      env: {
        CMS_URL: system.cmsUrl,
        STRAPI_READ_TOKEN: secrets.STRAPI_READ_TOKEN,
        MEILI_URL: meili.url,
        MEILI_MASTER_KEY: meili.masterKey,
        GLASNIK_DATA_DIR: dataDir,
      },
      log: () => {},
    });
    expect(await inIndex(documentId)).toBe(true);
  }, 120_000);
});
