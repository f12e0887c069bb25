/**
 * The publisher's own logic with a stand-in build (a function that writes a small site), so the queue,
 * the checks, the swap, retention and rollback are exercised in milliseconds: bursts coalesce, builds
 * never overlap, a failed build or check keeps `current`, only five builds stay, rollback goes back.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBuild, checkBuildDetailed, internalLinks, LinkCache } from '../../src/lib/publish/check.ts';
import {
  startPublisher,
  WEBHOOK_SECRET_HEADER,
  type BuildPhasesMs,
  type Publisher,
} from '../../src/lib/publish/publisher.ts';
import { BuildScheduler } from '../../src/lib/publish/scheduler.ts';

const SITE = 'http://127.0.0.1:4321';
const SECRET = 'webhook-secret-0123456789abcdef';
let dataDir: string;
let publisher: Publisher | undefined;

const rss = (items: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${'<item><title>i</title></item>'.repeat(items)}</channel></rss>`;

/** Writes a minimal site that passes the checks; `version` shows up on /bg/. */
function writeSite(dir: string, version: string, extra: Record<string, string> = {}): void {
  const files: Record<string, string> = {
    'bg/index.html': `<html><body><a href="/en/">en</a><a href="/bg/news/">news</a><img src="/_astro/a.webp" srcset="/_astro/a.webp 400w"><p>${version}</p></body></html>`,
    'en/index.html':
      '<a href="/bg/">bg</a><a href="https://example.org/">out</a><a href="mailto:x@y.z">m</a>',
    'bg/news/index.html': `<link rel="canonical" href="${SITE}/bg/news/"><a href="../">up</a>`,
    'bg/rss.xml': rss(2),
    'en/rss.xml': rss(1),
    'sitemap-index.xml': '<?xml version="1.0"?><sitemapindex></sitemapindex>',
    '404.html': '<p>not found</p>',
    '_astro/a.webp': 'x',
    ...extra,
  };
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), body);
  }
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'glasnik-publisher-'));
});
afterEach(async () => {
  await publisher?.stop();
  publisher = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(buildFn: (outDir: string) => Promise<void>, debounceMs = 50): Promise<Publisher> {
  publisher = await startPublisher({
    port: 0,
    secret: SECRET,
    dataDir,
    build: { cmsUrl: 'http://127.0.0.1:1', readToken: 'x', siteUrl: SITE },
    debounceMs,
    buildOnStart: 'never',
    buildFn,
    log: () => {},
  });
  return publisher;
}

const hook = (p: Publisher, secret = SECRET, event = 'entry.publish') =>
  fetch(`${p.url}/hooks/cms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [WEBHOOK_SECRET_HEADER]: secret },
    body: JSON.stringify({
      event,
      uid: 'api::news-article.news-article',
      entry: { documentId: 'abc', locale: 'bg' },
    }),
  });

const liveText = () => readFileSync(path.join(dataDir, 'site', 'current', 'bg', 'index.html'), 'utf8');

describe('build checks', () => {
  it('passes a complete site and names each problem of a broken one', async () => {
    const good = path.join(dataDir, 'good');
    writeSite(good, 'v1');
    expect(await checkBuild(good, { siteUrl: SITE })).toEqual([]);

    const bad = path.join(dataDir, 'bad');
    writeSite(bad, 'v1', {
      'en/rss.xml': '<rss><channel></channel></rss>',
      'bg/news/rss.xml': '<rss><channel><item></channel></rss>',
      'bg/x/index.html': '<a href="/bg/missing/">m</a><img src="/_astro/gone.avif">',
    });
    rmSync(path.join(bad, 'sitemap-index.xml'));
    const problems = await checkBuild(bad, { siteUrl: SITE });
    expect(problems).toEqual(
      expect.arrayContaining([
        'expected page sitemap-index.xml is missing',
        '/en/rss.xml has no items',
        expect.stringMatching(/^\/bg\/news\/rss\.xml is not well-formed XML/),
        'broken internal link /bg/missing/ (on /bg/x/)',
        'broken internal link /_astro/gone.avif (on /bg/x/)',
      ]),
    );
  });

  it('with a link cache, still finds a link broken by a removed page on a page that did not change', async () => {
    const linkCache = new LinkCache();
    const first = path.join(dataDir, 'first');
    writeSite(first, 'v1', {
      'bg/a/index.html': '<a href="/bg/b/">b</a>',
      'bg/b/index.html': '<a href="/bg/a/">a</a>',
    });
    expect(await checkBuild(first, { siteUrl: SITE, linkCache })).toEqual([]);
    expect(linkCache.size).toBeGreaterThan(0);
    // The next build copies /bg/a/ unchanged, /bg/b/ was unpublished, /bg/c/ is new and links nowhere.
    const second = path.join(dataDir, 'second');
    writeSite(second, 'v1', {
      'bg/a/index.html': '<a href="/bg/b/">b</a>',
      'bg/c/index.html': '<a href="/bg/gone/">g</a>',
    });
    expect(await checkBuild(second, { siteUrl: SITE, linkCache })).toEqual(
      expect.arrayContaining([
        'broken internal link /bg/b/ (on /bg/a/)',
        'broken internal link /bg/gone/ (on /bg/c/)',
      ]),
    );
  });

  it('names every optimised image a page or feed mentions, in a picture, Open Graph meta or JSON-LD', async () => {
    const site = path.join(dataDir, 'images');
    writeSite(site, 'v1', {
      'bg/a/index.html': `<picture><source srcset="/_astro/a_1.avif 400w, /_astro/a_2.avif 800w"><img src="/_astro/a_1.jpg"></picture><meta property="og:image" content="${SITE}/_astro/a_og.jpeg"><script type="application/ld+json">{"image":"${SITE}/_astro/a_ld.jpeg"}</script>`,
      'bg/rss.xml': `<rss><channel><item><enclosure url="${SITE}/_astro/feed_1.jpeg"/></item></channel></rss>`,
      '_astro/a_1.avif': 'x',
      '_astro/a_2.avif': 'x',
      '_astro/a_1.jpg': 'x',
      '_astro/a_og.jpeg': 'x',
      '_astro/a_ld.jpeg': 'x',
      '_astro/feed_1.jpeg': 'x',
    });
    const expected = [
      '_astro/a_1.avif',
      '_astro/a_1.jpg',
      '_astro/a_2.avif',
      '_astro/a_ld.jpeg',
      '_astro/a_og.jpeg',
      '_astro/feed_1.jpeg',
    ];
    const plain = await checkBuildDetailed(site, { siteUrl: SITE });
    expect(plain.problems).toEqual([]);
    expect(
      [...plain.assets]
        .filter((asset) => asset.startsWith('_astro/a_') || asset.startsWith('_astro/feed'))
        .sort(),
    ).toEqual(expected);
    // With the link cache, a page that did not change still counts (its references come from the cache).
    const linkCache = new LinkCache();
    await checkBuildDetailed(site, { siteUrl: SITE, linkCache });
    const again = await checkBuildDetailed(site, { siteUrl: SITE, linkCache });
    expect(
      [...again.assets]
        .filter((asset) => asset.startsWith('_astro/a_') || asset.startsWith('_astro/feed'))
        .sort(),
    ).toEqual(expected);
  });

  it('treats absolute links to the site as internal and everything else as external', () => {
    expect(
      internalLinks(
        `<a href="${SITE}/bg/a/"></a><a href="https://other.example/x"></a><a href="b/"></a><a href="#top"></a>`,
        '/bg/news/',
        SITE,
      ),
    ).toEqual(['/bg/a/', '/bg/news/b/']);
  });
});

describe('publisher', () => {
  it('answers 401 to a wrong or missing secret and builds nothing', async () => {
    let builds = 0;
    const p = await start(async (dir) => {
      builds += 1;
      writeSite(dir, 'v');
    });
    expect((await hook(p, 'nope')).status).toBe(401);
    expect((await fetch(`${p.url}/hooks/cms`, { method: 'POST', body: '{}' })).status).toBe(401);
    // Draft saves and Glasnik's own log entries cannot change the site either.
    for (const body of [
      {
        event: 'entry.update',
        uid: 'api::news-article.news-article',
        entry: { documentId: 'a', publishedAt: null },
      },
      { event: 'entry.create', model: 'revision', entry: { documentId: 'r' } },
    ]) {
      const response = await fetch(`${p.url}/hooks/cms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [WEBHOOK_SECRET_HEADER]: SECRET },
        body: JSON.stringify(body),
      });
      expect(await response.json()).toMatchObject({ accepted: false });
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(builds).toBe(0);
  });

  it('coalesces 10 webhook calls into one build and never runs two builds at once', async () => {
    let running = 0;
    let maxRunning = 0;
    let builds = 0;
    const p = await start(async (dir) => {
      builds += 1;
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((resolve) => setTimeout(resolve, 150));
      writeSite(dir, `v${builds}`);
      running -= 1;
    });
    await Promise.all(Array.from({ length: 10 }, () => hook(p)));
    await p.idle();
    expect(builds).toBe(1);
    // The status says where the time went: the burst waited out the 50 ms quiet period first.
    const first = (await (await fetch(`${p.url}/status`)).json()) as {
      lastSuccess: { pages: unknown; phasesMs: BuildPhasesMs; durationMs: number };
    };
    expect(first.lastSuccess.phasesMs.waited).toBeGreaterThanOrEqual(45);
    expect(first.lastSuccess.phasesMs.checks + first.lastSuccess.phasesMs.swap).toBeLessThanOrEqual(
      first.lastSuccess.durationMs,
    );
    // A replaced build function is not Astro: nothing to count.
    expect(first.lastSuccess.pages).toBeNull();
    // A flood during a build: exactly one more build afterwards.
    p.requestBuild('a');
    while ((await p.status()).state !== 'building') await new Promise((resolve) => setTimeout(resolve, 5));
    await Promise.all(Array.from({ length: 30 }, () => hook(p)));
    await p.idle();
    expect(builds).toBe(3);
    expect(maxRunning).toBe(1);
    expect(liveText()).toContain('v3');
  });

  it('keeps the live site when the build or its checks fail, and reports why', async () => {
    let mode: 'ok' | 'throw' | 'broken' = 'ok';
    const p = await start(async (dir) => {
      if (mode === 'throw') throw new Error('CMS unreachable at http://127.0.0.1:1');
      writeSite(
        dir,
        mode === 'ok' ? 'good' : 'broken',
        mode === 'broken' ? { 'bg/y/index.html': '<a href="/nowhere/">x</a>' } : {},
      );
    });
    p.requestBuild('first');
    await p.idle();
    const live = await p.store.currentId();
    for (const failing of ['throw', 'broken'] as const) {
      mode = failing;
      p.requestBuild(failing);
      await p.idle();
      const status = (await (await fetch(`${p.url}/status`)).json()) as {
        lastError: string;
        currentBuild: string;
        lastBuild: { ok: boolean };
      };
      expect(status.currentBuild).toBe(live);
      expect(status.lastBuild.ok).toBe(false);
      expect(status.lastError).toMatch(
        failing === 'throw'
          ? /build failed, so the live site was kept: CMS unreachable/
          : /failed its checks.*broken internal link \/nowhere\//,
      );
      expect(liveText()).toContain('good');
    }
    // The failed folders are gone; only the live build is kept.
    expect(readdirSync(path.join(dataDir, 'site', 'builds'))).toEqual([live]);
  });

  it('builds again after a build error (a CMS hiccup), but not after failed checks', async () => {
    let attempts = 0;
    let mode: 'flaky' | 'broken' = 'flaky';
    publisher = await startPublisher({
      port: 0,
      secret: SECRET,
      dataDir,
      build: { cmsUrl: 'http://127.0.0.1:1', readToken: 'x', siteUrl: SITE },
      debounceMs: 0,
      buildOnStart: 'never',
      retryDelaysMs: [30, 30],
      buildFn: async (dir) => {
        attempts += 1;
        if (mode === 'flaky' && attempts <= 2) throw new Error('read ECONNRESET');
        writeSite(
          dir,
          `v${attempts}`,
          mode === 'broken' ? { 'bg/z/index.html': '<a href="/gone/">x</a>' } : {},
        );
      },
      log: () => {},
    });
    const p = publisher;
    p.requestBuild('publish during a CMS restart');
    const waitFor = async (check: () => Promise<boolean>) => {
      const since = Date.now();
      while (!(await check())) {
        if (Date.now() - since > 5000) throw new Error(`not within 5 s: ${JSON.stringify(await p.status())}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    // Two failures, two retries, then live: nobody published again.
    await waitFor(async () => (await p.status()).lastSuccess !== null);
    expect(attempts).toBe(3);
    expect(liveText()).toContain('v3');

    mode = 'broken';
    p.requestBuild('a broken link');
    await waitFor(async () => (await p.status()).lastBuild?.ok === false);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(attempts).toBe(4);
    expect(liveText()).toContain('v3');
  });

  it('keeps the last 5 good builds, swaps current as a relative symlink, and rolls back one build per call', async () => {
    let n = 0;
    const p = await start(async (dir) => {
      n += 1;
      writeSite(dir, `v${n}`);
    }, 0);
    for (let i = 0; i < 7; i += 1) {
      p.requestBuild(`change ${i}`);
      await p.idle();
    }
    expect(readdirSync(path.join(dataDir, 'site', 'builds'))).toHaveLength(5);
    expect(readlinkSync(path.join(dataDir, 'site', 'current'))).toMatch(/^builds\//);
    expect(liveText()).toContain('v7');
    await p.store.rollback();
    expect(liveText()).toContain('v6');
    await p.store.rollback();
    expect(liveText()).toContain('v5');
    // The next publish builds fresh rather than returning to a rolled-back build.
    p.requestBuild('after rollback');
    await p.idle();
    expect(liveText()).toContain('v8');
  });
});

describe('image cache', () => {
  it('keeps its own optimised images: a link to the shared cache (older data folders) becomes a copy', async () => {
    const shared = path.join(dataDir, 'shared-assets');
    mkdirSync(shared, { recursive: true });
    writeFileSync(path.join(shared, 'quay_xI3gV.avif'), 'encoded');
    const assets = path.join(dataDir, 'site', 'astro-cache', 'assets');
    mkdirSync(path.dirname(assets), { recursive: true });
    symlinkSync(shared, assets);
    await start(async (dir) => writeSite(dir, 'v'));
    // A real folder now, so builds of the site elsewhere never write into it, with nothing to re-encode.
    expect(statSync(assets, { throwIfNoEntry: false })?.isDirectory()).toBe(true);
    expect(() => readlinkSync(assets)).toThrow();
    expect(readFileSync(path.join(assets, 'quay_xI3gV.avif'), 'utf8')).toBe('encoded');
  });
});

describe('scheduler', () => {
  it('asks the site for a full content read at its first build and after an unpublish, until one succeeds', async () => {
    let fail = false;
    const p = await start(async (dir) => {
      if (fail) throw new Error('CMS hiccup');
      writeSite(dir, 'v');
    });
    const fullRead = async (event: string) => {
      await hook(p, SECRET, event);
      await p.idle();
      return (await p.status()).lastBuild?.fullContentRead;
    };
    // Webhooks sent while the publisher was down are lost: its first build reads everything.
    expect(await fullRead('entry.publish')).toBe(true);
    expect(await fullRead('entry.publish')).toBe(false);
    // A removal hides from the item count when something else is published in the same burst.
    expect(await fullRead('entry.unpublish')).toBe(true);
    expect(await fullRead('entry.update')).toBe(false);
    // A failed build after a delete leaves the full read owed to the next build.
    fail = true;
    expect(await fullRead('entry.delete')).toBe(true);
    fail = false;
    expect(await fullRead('entry.publish')).toBe(true);
    expect(await fullRead('entry.publish')).toBe(false);
  });

  it('a steady stream still builds within maxWaitMs', async () => {
    let builds = 0;
    const scheduler = new BuildScheduler({
      debounceMs: 100,
      maxWaitMs: 250,
      run: async () => void (builds += 1),
    });
    const until = Date.now() + 400;
    while (Date.now() < until) {
      scheduler.request('tick');
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    expect(builds).toBeGreaterThanOrEqual(1);
    await scheduler.stop();
  });
});
