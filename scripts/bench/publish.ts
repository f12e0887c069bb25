/**
 * `npm run bench:publish`: publish→live latency on a throw-away system with the demo content (real
 * Strapi, Meilisearch, the publisher building the real site, the static server serving `current`).
 * Publishes 20 news articles one after another through the admin API and measures, for each, the time
 * until its page is served, until it is in the news feed, and until search finds it. Prints p50/p95.
 * Usage: npm run bench:publish [-- --runs 20]
 */
import path from 'node:path';
import { searchIndexName } from '@glasnik/cms/contract/search';
import { readSettings } from '../src/lib/config.ts';
import { freePort } from '../src/lib/ports.ts';
import { startPublishing } from '../src/lib/publish/index.ts';
import { startStaticServer } from '../src/lib/static-server.ts';
import { startTestSystem } from '../src/lib/test-system.ts';

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > -1 ? Number(process.argv[runsFlag + 1]) : 20;
const NEWS = 'api::news-article.news-article';
const TIMEOUT_MS = 180_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function until(check: () => Promise<boolean>, since: number): Promise<number> {
  while (Date.now() - since < TIMEOUT_MS) {
    if (await check().catch(() => false)) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not live within ${TIMEOUT_MS / 1000} s`);
}

async function main(): Promise<void> {
  const publisherPort = await freePort();
  const sitePort = await freePort();
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  console.log('starting a throw-away system with the demo content…');
  const system = await startTestSystem({
    buildSite: false,
    cmsEnv: { PUBLISHER_URL: `http://127.0.0.1:${publisherPort}/hooks/cms`, PUBLIC_SITE_URL: siteUrl },
  });
  const buildTimes: number[] = [];
  const publisher = await startPublishing({
    port: publisherPort,
    secret: system.secrets.PUBLISH_WEBHOOK_SECRET,
    dataDir: path.join(system.workDir, 'data'),
    cmsUrl: system.cmsUrl,
    readToken: system.secrets.STRAPI_READ_TOKEN,
    siteUrl,
    searchUrl: system.meiliUrl,
    env: {},
    // Measure latency even while the site has a broken link (they are printed, not hidden).
    brokenLinks: 'warn',
    log: (line) => {
      if (/FAILED|rebuilding every page/.test(line) || (/warning:/.test(line) && buildTimes.length === 0))
        console.log(line);
      const match = /build \S+ is live \(([\d.]+) s\)/.exec(line);
      if (match) buildTimes.push(Number(match[1]));
    },
  });
  const site = await startStaticServer({ root: publisher.store.currentLink, port: sitePort });
  try {
    const firstStarted = Date.now();
    await publisher.idle();
    console.log(`first (full) build: ${((Date.now() - firstStarted) / 1000).toFixed(1)} s`);

    const settings = readSettings({});
    const login = await fetch(`${system.cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: settings.GLASNIK_ADMIN_EMAIL,
        password: settings.GLASNIK_ADMIN_PASSWORD,
      }),
    });
    const token = ((await login.json()) as { data: { token: string } }).data.token;
    const admin = async (method: string, pathname: string, body?: unknown) => {
      const response = await fetch(`${system.cmsUrl}${pathname}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { data: { documentId: string; slug: string } };
    };
    const cm = `/content-manager/collection-types/${NEWS}`;
    const results = { page: [] as number[], feed: [] as number[], search: [] as number[] };
    for (let run = 1; run <= RUNS; run += 1) {
      const title = `Бенчмарк новина ${run} ${Date.now()}`;
      const { documentId, slug } = (
        await admin('POST', `${cm}?locale=bg`, {
          title,
          summary: 'Измерване на времето от публикуване до сайта.',
          reviewStage: 'approved',
        })
      ).data;
      const publishedAt = Date.now();
      await admin('POST', `${cm}/${documentId}/actions/publish?locale=bg`, {});
      const [page, feed, search] = await Promise.all([
        until(
          async () => (await fetch(`${site.url}/bg/news/${encodeURIComponent(slug)}/`)).status === 200,
          publishedAt,
        ),
        until(
          async () => (await (await fetch(`${site.url}/bg/news/rss.xml`)).text()).includes(title),
          publishedAt,
        ),
        until(async () => {
          const response = await fetch(`${system.meiliUrl}/indexes/${searchIndexName('bg')}/search`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${system.secrets.MEILI_MASTER_KEY}`,
              'content-type': 'application/json',
            },
            body: JSON.stringify({ q: title, limit: 3 }),
          });
          return (
            ((await response.json()) as { hits?: Array<{ title?: string }> }).hits?.some(
              (hit) => hit.title === title,
            ) ?? false
          );
        }, publishedAt),
      ]);
      results.page.push(page);
      results.feed.push(feed);
      results.search.push(search);
      console.log(
        `publish ${String(run).padStart(2)}: page ${(page / 1000).toFixed(1)} s, feed ${(feed / 1000).toFixed(1)} s, search ${(search / 1000).toFixed(2)} s`,
      );
      await publisher.idle();
    }
    console.log(`\npublish→live over ${RUNS} publishes (target p95 < 15 s):`);
    for (const [what, values] of Object.entries(results)) {
      console.log(
        `  ${what.padEnd(6)} p50 ${(percentile(values, 50) / 1000).toFixed(2)} s   p95 ${(percentile(values, 95) / 1000).toFixed(2)} s`,
      );
    }
    const rebuilds = buildTimes.slice(1);
    if (rebuilds.length)
      console.log(
        `  rebuild (astro build + checks + swap) p50 ${percentile(rebuilds, 50).toFixed(1)} s, p95 ${percentile(rebuilds, 95).toFixed(1)} s; plus the ${1.5} s debounce`,
      );
  } finally {
    await site.close();
    await publisher.stop();
    await system.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:publish failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
