/**
 * Publish to live, end to end, on a throw-away system (real Strapi with the demo content, Meilisearch,
 * the publisher building the real site, the static server serving `current`): an editor publishes
 * through the admin API and the page, the feed entry and the search hit appear; unpublishing removes
 * them; a broken build keeps the live site; a burst of webhooks makes at most two builds; rollback goes
 * back one build; a wrong secret gets 401. One system for all checks: site builds take time.
 */
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { searchIndexName } from '@glasnik/cms/contract/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/lib/config.ts';
import { freePort } from '../../src/lib/ports.ts';
import {
  startPublishing,
  startPublisher,
  type Publisher,
  type PublishingOptions,
} from '../../src/lib/publish/index.ts';
import { WEBHOOK_SECRET_HEADER } from '../../src/lib/publish/publisher.ts';
import { startStaticServer, type StaticServer } from '../../src/lib/static-server.ts';
import { startTestSystem, type TestSystem } from '../../src/lib/test-system.ts';

const NEWS = 'api::news-article.news-article';
const cm = `/content-manager/collection-types/${NEWS}`;
let system: TestSystem;
let publisher: Publisher;
let publisherOptions: PublishingOptions;
let site: StaticServer;
let mastodon: Server;
const mastodonPosts: Array<{ auth: string | undefined; body: { status?: string } }> = [];
let adminToken = '';
let firstBuildMs = 0;
const log = (line: string) => {
  if (process.env.DEBUG_PUBLISH) console.log(line);
};

beforeAll(async () => {
  // A stand-in Mastodon, so the whole path (first publish → outbox → post after the swap) runs for real.
  mastodon = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      mastodonPosts.push({
        auth: req.headers.authorization,
        body: JSON.parse(text || '{}') as { status?: string },
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: String(mastodonPosts.length),
          url: `https://social.example/@dunavets/${mastodonPosts.length}`,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => mastodon.listen(0, '127.0.0.1', resolve));
  const mastodonAddress = mastodon.address();
  const mastodonUrl = `http://127.0.0.1:${typeof mastodonAddress === 'object' && mastodonAddress ? mastodonAddress.port : 0}`;
  const channelEnv = { MASTODON_URL: mastodonUrl, MASTODON_ACCESS_TOKEN: 'test-mastodon-token' };

  const publisherPort = await freePort();
  const sitePort = await freePort();
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  system = await startTestSystem({
    buildSite: false,
    cmsEnv: {
      PUBLISHER_URL: `http://127.0.0.1:${publisherPort}/hooks/cms`,
      PUBLIC_SITE_URL: siteUrl,
      ...channelEnv,
    },
    log,
  });
  const started = Date.now();
  publisherOptions = {
    port: publisherPort,
    secret: system.secrets.PUBLISH_WEBHOOK_SECRET,
    dataDir: path.join(system.workDir, 'data'),
    cmsUrl: system.cmsUrl,
    readToken: system.secrets.STRAPI_READ_TOKEN,
    siteUrl,
    searchUrl: system.meiliUrl,
    debounceMs: 300,
    // The link check is strict by default (unit-tested in publisher-unit.test.ts); here a broken link in
    // the demo content must not hide whether publishing itself works. Any found are printed below.
    brokenLinks: 'warn',
    env: channelEnv,
    log,
  };
  publisher = await startPublishing(publisherOptions);
  await publisher.idle();
  firstBuildMs = Date.now() - started;
  site = await startStaticServer({ root: publisher.store.currentLink, port: sitePort });

  const settings = readSettings({});
  const login = await fetch(`${system.cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: settings.GLASNIK_ADMIN_EMAIL, password: settings.GLASNIK_ADMIN_PASSWORD }),
  });
  expect(login.ok, `admin login answered ${login.status}`).toBe(true);
  adminToken = ((await login.json()) as { data: { token: string } }).data.token;
}, 600_000);

afterAll(async () => {
  await site?.close();
  await publisher?.stop();
  await system?.dispose();
  mastodon?.close();
}, 120_000);

async function admin(method: string, pathname: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${system.cmsUrl}${pathname}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${method} ${pathname} answered ${response.status}: ${text.slice(0, 300)}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

async function eventually(what: string, check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not within ${ms} ms (publisher: ${JSON.stringify(await publisher.status())})`);
}

const fetchText = async (pathname: string) => {
  const response = await fetch(`${site.url}${pathname}`);
  return { status: response.status, text: await response.text() };
};

async function searchHits(q: string): Promise<number> {
  const response = await fetch(`${system.meiliUrl}/indexes/${searchIndexName('bg')}/search`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${system.secrets.MEILI_MASTER_KEY}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ q, limit: 5 }),
  });
  const answer = (await response.json()) as { hits?: Array<{ title?: string }> };
  return (answer.hits ?? []).filter((hit) => hit.title === q).length;
}

describe('publish to live', () => {
  it('serves the first build from current, with a status editors can read', async () => {
    console.log(`[publish e2e] first full build: ${(firstBuildMs / 1000).toFixed(1)} s`);
    const { warnings } = await publisher.status();
    if (warnings.length)
      console.warn(`[publish e2e] the site has broken internal links (site issue): ${warnings.join('; ')}`);
    expect((await fetchText('/bg/')).status).toBe(200);
    expect((await fetchText('/en/')).status).toBe(200);
    const status = await publisher.status();
    expect(status.lastError).toBeNull();
    expect(status.currentBuild).toBe(status.lastSuccess?.id);
    // The CMS proxies the publisher's status for the admin panel.
    const proxied = (await admin('GET', '/glasnik/publisher-status')).data as {
      reachable: boolean;
      currentBuild: string;
    };
    expect(proxied).toMatchObject({ reachable: true, currentBuild: status.currentBuild });
  });

  it('publishing makes the page, the feed entry and the search hit appear, posts once to Mastodon, and unpublishing removes them', async () => {
    const title = `Нов мост над Дунав ${Date.now()}`;
    const created = await admin('POST', `${cm}?locale=bg`, {
      title,
      summary: 'Общината откри новия мост за пешеходци и велосипедисти.',
      reviewStage: 'approved',
      syndicate: true,
    });
    const { documentId, slug } = created.data as { documentId: string; slug: string };
    const publishedAt = Date.now();
    await admin('POST', `${cm}/${documentId}/actions/publish?locale=bg`, {});

    const page = `/bg/news/${encodeURIComponent(slug)}/`;
    const pageMs = await eventually('page live', async () => (await fetchText(page)).status === 200, 120_000);
    expect((await fetchText(page)).text).toContain(title);
    expect((await fetchText('/bg/news/rss.xml')).text).toContain(title);
    expect(await searchHits(title)).toBe(1);
    console.log(
      `[publish e2e] publish → page live: ${((Date.now() - publishedAt) / 1000).toFixed(1)} s (waited ${(pageMs / 1000).toFixed(1)} s); rebuild took ${(((await publisher.status()).lastSuccess?.durationMs ?? 0) / 1000).toFixed(1)} s`,
    );

    // Posted once, after the page was live, with the link and the token.
    await eventually(
      'Mastodon post',
      async () => mastodonPosts.some((post) => post.body.status?.includes(title)),
      60_000,
    );
    const ours = mastodonPosts.filter((post) => post.body.status?.includes(title));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.auth).toBe('Bearer test-mastodon-token');
    expect(ours[0]!.body.status).toContain(`${site.url}${page}`);
    const outbox = (
      await admin('GET', `/glasnik/syndication?uid=${encodeURIComponent(NEWS)}&documentId=${documentId}`)
    ).data as Array<{ state: string; remoteUrl: string; channel: string }>;
    expect(outbox).toEqual([
      expect.objectContaining({
        channel: 'mastodon',
        state: 'sent',
        remoteUrl: expect.stringContaining('https://social.example/'),
      }),
    ]);

    // The publisher restarts (the outbox lives in the CMS), then an update and a re-publish rebuild the
    // page but never post again.
    await publisher.stop();
    publisher = await startPublishing(publisherOptions);
    expect(await publisher.store.currentId()).not.toBeNull();
    await admin('PUT', `${cm}/${documentId}?locale=bg`, { summary: 'Обновено: мостът е отворен денонощно.' });
    await admin('POST', `${cm}/${documentId}/actions/publish?locale=bg`, {});
    await eventually(
      'updated page live',
      async () => (await fetchText(page)).text.includes('денонощно'),
      120_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mastodonPosts.filter((post) => post.body.status?.includes(title))).toHaveLength(1);

    await admin('POST', `${cm}/${documentId}/actions/unpublish?locale=bg`, {});
    await eventually('page gone', async () => (await fetchText(page)).status === 404, 120_000);
    expect((await fetchText('/bg/news/rss.xml')).text).not.toContain(title);
    await eventually('search hit gone', async () => (await searchHits(title)) === 0, 10_000);
  }, 480_000);

  it('answers 401 to a webhook without the right secret and builds nothing', async () => {
    await publisher.idle();
    const before = (await publisher.status()).buildsStarted;
    for (const headers of [{}, { [WEBHOOK_SECRET_HEADER]: 'wrong-secret-wrong-secret-wrong' }]) {
      const response = await fetch(`${publisher.url}/hooks/cms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ event: 'entry.publish' }),
      });
      expect(response.status).toBe(401);
    }
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await publisher.status()).buildsStarted).toBe(before);
    expect((await publisher.status()).state).toBe('idle');
  });

  it('coalesces a burst of 10 webhook calls into at most two builds', async () => {
    await publisher.idle();
    const before = (await publisher.status()).buildsStarted;
    const calls = Array.from({ length: 10 }, (_, index) =>
      fetch(`${publisher.url}/hooks/cms`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [WEBHOOK_SECRET_HEADER]: system.secrets.PUBLISH_WEBHOOK_SECRET,
        },
        body: JSON.stringify({
          event: 'entry.update',
          uid: NEWS,
          entry: { documentId: `burst-${index}`, locale: 'bg', publishedAt: new Date().toISOString() },
        }),
      }).then((response) => response.status),
    );
    expect(await Promise.all(calls)).toEqual(Array(10).fill(202));
    await publisher.idle();
    const builds = (await publisher.status()).buildsStarted - before;
    expect(builds).toBeGreaterThanOrEqual(1);
    expect(builds).toBeLessThanOrEqual(2);
  }, 180_000);

  it('keeps the live site when a build fails, and says why in the status', async () => {
    await publisher.idle();
    const live = await publisher.store.currentId();
    // A second publisher on the same folders whose CMS is unreachable: its build must fail.
    const broken = await startPublisher({
      port: 0,
      secret: system.secrets.PUBLISH_WEBHOOK_SECRET,
      dataDir: path.join(system.workDir, 'data'),
      build: {
        cmsUrl: `http://127.0.0.1:${await freePort()}`,
        readToken: system.secrets.STRAPI_READ_TOKEN,
        siteUrl: site.url,
      },
      debounceMs: 0,
      buildOnStart: 'never',
      log,
    });
    try {
      broken.requestBuild('test: CMS unreachable');
      await broken.idle();
      const status = (await (await fetch(`${broken.url}/status`)).json()) as {
        lastError: string | null;
        currentBuild: string;
      };
      expect(status.lastError).toMatch(/the build failed, so the live site was kept/);
      expect(status.currentBuild).toBe(live);
      expect((await fetchText('/bg/')).status).toBe(200);
    } finally {
      await broken.stop();
    }
  }, 180_000);

  it('rolls back to the previous good build', async () => {
    const live = await publisher.store.currentId();
    const { good } = await publisher.store.readState();
    expect(good.length).toBeGreaterThanOrEqual(2);
    expect(good.length).toBeLessThanOrEqual(5);
    const { to } = await publisher.store.rollback();
    expect(to).not.toBe(live);
    expect(await publisher.store.currentId()).toBe(to);
    expect((await fetchText('/bg/')).status).toBe(200);
  });
});
