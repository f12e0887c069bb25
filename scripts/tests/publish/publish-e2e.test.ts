/**
 * Publish to live, end to end, on a throw-away system started the way `npm start` starts it (real
 * Strapi with the demo content and its embargo cron, Meilisearch, the system's own publisher building
 * the real site, the static server serving `current`): an editor publishes through the admin API and the
 * page, the feed entry and the search hit appear, with most detail pages reused by the incremental
 * build; unpublishing removes them; a press release under embargo stays off the site until the CMS
 * releases it, then appears without anyone pressing anything; a broken build keeps the live site; a
 * burst of webhooks makes at most two builds; rollback goes back one build; a wrong secret gets 401.
 * One system for all checks: site builds take time.
 */
import { createServer, type Server } from 'node:http';
import { searchIndexName } from '@glasnik/cms/contract/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Publisher } from '../../src/lib/publish/index.ts';
import { WEBHOOK_SECRET_HEADER } from '../../src/lib/publish/publisher.ts';
import { startTestSystem, type TestSystem } from '../../src/lib/test-system.ts';
import { renderPicture } from '../../../cms/scripts/seed/images.ts';
import { adminClient, type AdminClient } from '../helpers/admin-client.ts';

const NEWS = 'api::news-article.news-article';
const PRESS = 'api::press-release.press-release';
const BROKEN_ON_PURPOSE = 'this build is broken on purpose by the test';
let system: TestSystem;
let publisher: Publisher;
let admin: AdminClient;
let mastodon: Server;
const mastodonPosts: Array<{ auth: string | undefined; body: { status?: string } }> = [];
/** Set by a test to make the next build of the system's publisher fail after `astro build`. */
let breakNextBuild = false;
/** The publisher's "building … (changes: …)" lines: what started each build. */
const buildStarts: string[] = [];
const log = (line: string) => {
  if (line.startsWith('[publisher] building ')) buildStarts.push(line);
  if (process.env.DEBUG_PUBLISH) console.log(line);
};

/** The press release published during its embargo (set by the embargo test, checked after release). */
const embargoed = { documentId: '', slug: '', title: '', until: 0 };

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

  system = await startTestSystem({
    // The CMS queues posts for configured channels; the publisher posts them.
    cmsEnv: channelEnv,
    publishing: {
      env: channelEnv,
      debounceMs: 300,
      // The link check is strict by default (unit-tested in publisher-unit.test.ts); here a broken link
      // in the demo content must not hide whether publishing itself works. Any found are printed below.
      brokenLinks: 'warn',
      afterBuild: async () => {
        if (!breakNextBuild) return;
        breakNextBuild = false;
        throw new Error(BROKEN_ON_PURPOSE);
      },
    },
    log,
  });
  publisher = system.publisher;
  admin = await adminClient(system);
}, 600_000);

afterAll(async () => {
  await system?.dispose();
  mastodon?.close();
}, 120_000);

async function eventually(what: string, check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not within ${ms} ms (publisher: ${JSON.stringify(await publisher.status())})`);
}

const fetchText = async (pathname: string) => {
  const response = await fetch(`${system.siteUrl}${pathname}`);
  return { status: response.status, text: await response.text() };
};

/** Every address the live sitemap lists (sitemap-index.xml → sitemap-N.xml). */
async function sitemapUrls(): Promise<string[]> {
  const index = (await fetchText('/sitemap-index.xml')).text;
  const urls: string[] = [];
  for (const [, file] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const part = (await fetchText(new URL(file!).pathname)).text;
    for (const [, url] of part.matchAll(/<loc>([^<]+)<\/loc>/g)) urls.push(url!);
  }
  return urls;
}

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

/** The embargo's end: a minute boundary at least 50 s ahead, less 2 s, so the per-minute cron takes it there. */
function embargoEndAhead(): number {
  const minute = 60_000;
  return Math.ceil((Date.now() + 50_000) / minute) * minute - 2000;
}

describe('publish to live', () => {
  it('serves the first build from current, with a status editors can read', async () => {
    const status = await publisher.status();
    console.log(
      `[publish e2e] first full build: ${((status.lastSuccess?.durationMs ?? 0) / 1000).toFixed(1)} s`,
    );
    if (status.warnings.length)
      console.warn(
        `[publish e2e] the site has broken internal links (site issue): ${status.warnings.join('; ')}`,
      );
    expect((await fetchText('/bg/')).status).toBe(200);
    expect((await fetchText('/en/')).status).toBe(200);
    expect(status.lastError).toBeNull();
    expect(status.currentBuild).toBe(status.lastSuccess?.id);
    // What `npm start` serves is what this publisher builds.
    expect(await publisher.store.currentId()).toBe(status.currentBuild);
    // The CMS proxies the publisher's status for the admin panel.
    const proxied = (await admin.request('GET', '/glasnik/publisher-status')).data;
    expect(proxied).toMatchObject({ reachable: true, currentBuild: status.currentBuild });
  });

  it('holds a press release published during its embargo: not on the site, in the feed or in search', async () => {
    embargoed.until = embargoEndAhead();
    embargoed.title = `Прессъобщение под ембарго ${Date.now()}`;
    embargoed.documentId = await admin.create(PRESS, {
      title: embargoed.title,
      summary: 'Общината обявява новия бюджет за култура.',
      releaseDate: new Date().toISOString(),
      embargoUntil: new Date(embargoed.until).toISOString(),
      reviewStage: 'approved',
    });
    // The editor presses Publish; the CMS schedules it instead.
    await admin.publish(PRESS, embargoed.documentId);
    const draft = await admin.request(
      'GET',
      `/content-manager/collection-types/${PRESS}/${embargoed.documentId}?locale=bg`,
    );
    embargoed.slug = String(draft.data?.slug);
    expect(embargoed.slug).not.toBe('undefined');

    // A build during the embargo (as any other publish would cause) must not show it.
    publisher.requestBuild('test: a build during the embargo');
    await publisher.idle();
    expect((await publisher.status()).lastBuild?.ok).toBe(true);
    expect((await fetchText(`/bg/press/releases/${encodeURIComponent(embargoed.slug)}/`)).status).toBe(404);
    expect((await fetchText('/bg/press/rss.xml')).text).not.toContain(embargoed.title);
    expect(await searchHits(embargoed.title)).toBe(0);
    // Otherwise the checks above prove nothing.
    expect(Date.now()).toBeLessThan(embargoed.until);
  }, 180_000);

  it('publishing makes the page, the feed entry and the search hit appear, reusing most pages, posts once to Mastodon, and unpublishing removes them', async () => {
    const stamp = Date.now();
    const title = `Нов мост над Дунав ${stamp}`;
    // A picture of its own, so its optimised variants belong to this article alone.
    const cover = await admin.uploadImage(
      `bridge-${stamp}.jpg`,
      await renderPicture({ seed: stamp % 1000, width: 800, height: 533, scene: 'river', label: 'Мост' }),
      'Новият пешеходен мост над Дунав',
    );
    const documentId = await admin.create(NEWS, {
      title,
      cover,
      summary: 'Общината откри новия мост за пешеходци и велосипедисти.',
      reviewStage: 'approved',
      syndicate: true,
    });
    const sitemapBefore = await sitemapUrls();
    expect(sitemapBefore.length).toBeGreaterThan(100);
    const publishedAt = Date.now();
    const { slug } = (await admin.publish(NEWS, documentId)) as { slug: string };

    const page = `/bg/news/${encodeURIComponent(slug)}/`;
    const pageMs = await eventually('page live', async () => (await fetchText(page)).status === 200, 120_000);
    expect((await fetchText(page)).text).toContain(title);
    // The article's picture, optimised: <picture> variants and the Open Graph crop.
    const pictures = [
      ...new Set(
        Array.from(
          (await fetchText(page)).text.matchAll(
            new RegExp(`/_astro/[^"'\\s,]*bridge_${stamp}[^"'\\s,]*`, 'g'),
          ),
          (match) => match[0],
        ),
      ),
    ];
    expect(pictures.length).toBeGreaterThan(1);
    for (const picture of pictures) expect((await fetchText(picture)).status, picture).toBe(200);
    expect((await fetchText('/bg/news/rss.xml')).text).toContain(title);
    expect(await searchHits(title)).toBe(1);
    const build = (await publisher.status()).lastSuccess;
    console.log(
      `[publish e2e] publish → page live: ${((Date.now() - publishedAt) / 1000).toFixed(1)} s (waited ${(pageMs / 1000).toFixed(1)} s); build: ${JSON.stringify({ durationMs: build?.durationMs, pages: build?.pages, phasesMs: build?.phasesMs })}`,
    );
    // One new article: the build renders the lists, feeds and the new page, and leaves the other pages in place.
    const pages = build?.pages;
    expect(pages?.keyed).toBeGreaterThan(20);
    expect(pages?.rendered).toBeGreaterThanOrEqual(1);
    expect(pages!.reused / pages!.keyed!).toBeGreaterThan(0.8);
    // The sitemap still lists the pages left in place, and now the new one.
    const sitemapAfter = await sitemapUrls();
    expect(sitemapAfter).toEqual(expect.arrayContaining(sitemapBefore));
    expect(sitemapAfter).toContain(`${system.siteUrl}${page}`);

    // Posted once, after the page was live, with the link and the token.
    await eventually(
      'Mastodon post',
      async () => mastodonPosts.some((post) => post.body.status?.includes(title)),
      60_000,
    );
    const ours = mastodonPosts.filter((post) => post.body.status?.includes(title));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.auth).toBe('Bearer test-mastodon-token');
    expect(ours[0]!.body.status).toContain(`${system.siteUrl}${page}`);
    const outbox = (
      await admin.request(
        'GET',
        `/glasnik/syndication?uid=${encodeURIComponent(NEWS)}&documentId=${documentId}`,
      )
    ).data;
    expect(outbox).toEqual([
      expect.objectContaining({
        channel: 'mastodon',
        state: 'sent',
        remoteUrl: expect.stringContaining('https://social.example/'),
      }),
    ]);

    // The publisher restarts (the outbox lives in the CMS), then an update and a re-publish rebuild the
    // page but never post again.
    await system.restartPublisher();
    expect(await publisher.store.currentId()).not.toBeNull();
    await admin.update(NEWS, documentId, { summary: 'Обновено: мостът е отворен денонощно.' });
    await admin.publish(NEWS, documentId);
    await eventually(
      'updated page live',
      async () => (await fetchText(page)).text.includes('денонощно'),
      120_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mastodonPosts.filter((post) => post.body.status?.includes(title))).toHaveLength(1);

    await admin.unpublish(NEWS, documentId);
    await eventually('page gone', async () => (await fetchText(page)).status === 404, 120_000);
    expect((await fetchText('/bg/news/rss.xml')).text).not.toContain(title);
    // Its pictures are no longer served either (the build left the other pages' pictures in place).
    for (const picture of pictures) expect((await fetchText(picture)).status, picture).toBe(404);
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
    breakNextBuild = true;
    publisher.requestBuild('test: a build that fails');
    await publisher.idle();
    const status = (await (await fetch(`${publisher.url}/status`)).json()) as {
      lastError: string | null;
      currentBuild: string;
      lastBuild: { ok: boolean };
    };
    expect(status.lastBuild.ok).toBe(false);
    expect(status.lastError).toMatch(/the build failed, so the live site was kept/);
    expect(status.lastError).toContain(BROKEN_ON_PURPOSE);
    expect(status.currentBuild).toBe(live);
    expect((await fetchText('/bg/')).status).toBe(200);
  }, 180_000);

  it('releases the embargoed press release at its time and rebuilds by itself: page, feed entry and search hit appear', async () => {
    const page = `/bg/press/releases/${encodeURIComponent(embargoed.slug)}/`;
    // The cron runs each minute; the release's webhook starts the build (nobody calls requestBuild here).
    await eventually(
      'embargoed press release live',
      async () => (await fetchText(page)).status === 200,
      Math.max(0, embargoed.until - Date.now()) + 120_000,
    );
    expect((await fetchText(page)).text).toContain(embargoed.title);
    expect((await fetchText('/bg/press/rss.xml')).text).toContain(embargoed.title);
    expect(await searchHits(embargoed.title)).toBe(1);
    // Published by the CMS at the end of the embargo, not before.
    const published = await fetch(`${system.cmsUrl}/api/press-releases/${embargoed.documentId}?locale=bg`, {
      headers: { authorization: `Bearer ${system.secrets.STRAPI_READ_TOKEN}` },
    });
    expect(published.status).toBe(200);
    const { publishedAt } = ((await published.json()) as { data: { publishedAt: string } }).data;
    expect(Date.parse(publishedAt)).toBeGreaterThanOrEqual(embargoed.until);
    // The CMS's publish webhook started a build for it (the test only ever asked for other builds).
    expect(
      buildStarts.some((line) => line.includes('entry.publish') && line.includes(embargoed.documentId)),
      buildStarts.join('\n'),
    ).toBe(true);
  }, 240_000);

  it('rolls back to the previous good build', async () => {
    await publisher.idle();
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
