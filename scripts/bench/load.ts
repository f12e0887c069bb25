/**
 * `npm run bench:load`: drives the Strapi read API (list and detail, with the site's read token) and the
 * static site server (home, a news page, a feed) with autocannon over loopback, one target after another
 * for a bounded time, and prints a JSON line per target and a table: requests/s, p50/p99 latency, errors
 * and non-2xx answers. Exits 1 when any target had an error or a non-2xx answer.
 *
 * Without --cms-url/--site-url it starts a throw-away seeded Glasnik (temporary database, fresh secrets)
 * and builds and serves its site (the same publisher path as `npm start`).
 *
 * Usage: npm run bench:load [-- --duration 10] [--connections 50] [--cms-url URL --token TOKEN] [--site-url URL]
 */
import { parseArgs } from 'node:util';
import { startTestSystem, type TestSystem } from '../src/lib/test-system.ts';
import { loadAutocannon, type AutocannonResult } from './lib/autocannon.ts';

interface Target {
  name: string;
  url: string;
  headers?: Record<string, string>;
}

interface Figures {
  target: string;
  url: string;
  connections: number;
  durationS: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

/** Fetches JSON and fails with the URL and status when it is not a 2xx answer. */
async function getJson(url: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { headers });
  if (!response.ok)
    throw new Error(`GET ${url} answered ${response.status}: check the URL and the read token.`);
  return response.json();
}

/** A news article slug from the read API, to aim the detail requests at a real item. */
async function firstNewsSlug(cmsUrl: string, headers: Record<string, string>): Promise<string> {
  const body = (await getJson(
    `${cmsUrl}/api/news-articles?locale=bg&pagination[pageSize]=1&fields[0]=slug`,
    headers,
  )) as { data?: Array<{ slug?: unknown }> };
  const slug = body.data?.[0]?.slug;
  if (typeof slug !== 'string')
    throw new Error(
      `${cmsUrl} has no published Bulgarian news article to request: seed the CMS first (npm run seed).`,
    );
  return slug;
}

/** A news page that exists on the served site: the CMS's slug if the build has it, else the first link on /bg/news/. */
async function newsPagePath(siteUrl: string, slug: string): Promise<string> {
  const preferred = `/bg/news/${slug}/`;
  const probe = await fetch(`${siteUrl}${preferred}`);
  await probe.body?.cancel();
  if (probe.ok) return preferred;
  const list = await fetch(`${siteUrl}/bg/news/`);
  const match = /href="(\/bg\/news\/[^"/?#]+\/)"/.exec(await list.text());
  if (!match?.[1])
    throw new Error(
      `${siteUrl}/bg/news/ links to no news page: is the site built (npm run build -w @glasnik/site)?`,
    );
  return match[1];
}

function toFigures(name: string, url: string, connections: number, result: AutocannonResult): Figures {
  return {
    target: name,
    url,
    connections,
    durationS: result.duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, Number(stats.count)]),
    ),
  };
}

function printTable(rows: readonly Figures[]): void {
  const table = [
    ['target', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'requests', 'errors', 'non-2xx'],
    ...rows.map((row) => [
      row.target,
      String(row.requestsPerSecond),
      String(row.latencyP50Ms),
      String(row.latencyP99Ms),
      String(row.latencyMaxMs),
      String(row.requests),
      String(row.errors),
      String(row.non2xx),
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table)
    console.log(
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  '),
    );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      'cms-url': { type: 'string' },
      'site-url': { type: 'string' },
      token: { type: 'string' },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!Number.isInteger(duration) || duration < 1)
    throw new Error(`--duration ${values.duration} must be a whole number of seconds (1 or more).`);
  if (!Number.isInteger(connections) || connections < 1)
    throw new Error(`--connections ${values.connections} must be a whole number (1 or more).`);
  const autocannon = loadAutocannon();

  let system: TestSystem | undefined;
  try {
    let cmsUrl = values['cms-url']?.replace(/\/+$/, '');
    let siteUrl = values['site-url']?.replace(/\/+$/, '');
    let token = values.token ?? process.env.STRAPI_READ_TOKEN;
    if (!cmsUrl || !siteUrl) {
      console.log('bench: starting a throw-away seeded Glasnik and building its site …');
      system = await startTestSystem({ buildSite: true, cmsEnv: { CMS_CRON_ENABLED: 'false' } });
      cmsUrl ??= system.cmsUrl;
      siteUrl ??= system.siteUrl;
      token ??= system.secrets.STRAPI_READ_TOKEN;
    }
    if (!token)
      throw new Error('The read API needs the site read token: pass --token or set STRAPI_READ_TOKEN.');
    const auth = { Authorization: `Bearer ${token}` };
    const slug = await firstNewsSlug(cmsUrl, auth);
    const targets: Target[] = [
      {
        name: 'cms list (25 news, bg)',
        url: `${cmsUrl}/api/news-articles?locale=bg&pagination[pageSize]=25`,
        headers: auth,
      },
      {
        name: 'cms detail (news by slug)',
        url: `${cmsUrl}/api/news-articles?locale=bg&filters[slug][$eq]=${encodeURIComponent(slug)}`,
        headers: auth,
      },
      { name: 'site home /bg/', url: `${siteUrl}/bg/` },
      { name: 'site news page', url: `${siteUrl}${await newsPagePath(siteUrl, slug)}` },
      { name: 'site feed /bg/rss.xml', url: `${siteUrl}/bg/rss.xml` },
    ];

    const rows: Figures[] = [];
    for (const target of targets) {
      // A short warm-up so the first figures do not include connection set-up and cold caches.
      await autocannon({ url: target.url, headers: target.headers, connections: 2, amount: 10, timeout: 30 });
      const result = await autocannon({
        url: target.url,
        headers: target.headers,
        connections,
        duration,
        timeout: 10,
      });
      const figures = toFigures(target.name, target.url, connections, result);
      rows.push(figures);
      console.log(JSON.stringify(figures));
    }
    console.log('');
    console.log(`${connections} connections, ${duration} s per target, loopback:`);
    printTable(rows);
    const failing = rows.filter((row) => row.errors > 0 || row.non2xx > 0);
    if (failing.length) {
      console.error(
        `\n${failing.map((row) => `${row.target}: ${row.errors} errors, ${row.non2xx} non-2xx (${JSON.stringify(row.statusCodes)})`).join('\n')}`,
      );
      return 1;
    }
    console.log('\nNo errors and no non-2xx answers.');
    return 0;
  } finally {
    await system?.dispose();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
