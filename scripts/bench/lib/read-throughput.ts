/**
 * Fetches everything the site build fetches from the CMS read API — every public type
 * (`@glasnik/cms/contract/public-types`) in both locales, with the same URLs as site/src/loaders/strapi.ts
 * (published, 100 per page, sorted by id, the read token) — and measures it: requests, items, bytes,
 * wall time and the time of each request.
 *
 * Two ways of fetching:
 * - `pool`: a list of requests worked off by N workers over a keep-alive `node:http` agent (first pages,
 *   then the remaining pages once their count is known): the server's throughput at N concurrent requests;
 * - `build`: as Astro's content layer does it: every collection's loader at once (one stream per type,
 *   locales and pages one after another), with Node's fetch like the loader, then each loader's
 *   HEAD check of its media files, six at a time.
 */
import http from 'node:http';
import { locales, type Locale } from '@glasnik/cms/contract/locales';
import { publicTypes, type PublicTypeName } from '@glasnik/cms/contract/public-types';
import { z } from 'zod';

const PAGE_SIZE = 100;
const envelope = z.object({
  data: z.unknown(),
  meta: z
    .object({ pagination: z.object({ pageCount: z.number() }).optional() })
    .loose()
    .optional(),
});

export interface PassFigures {
  requests: number;
  items: number;
  bytes: number;
  wallMs: number;
  /** Time of each GET, for p50/p95. */
  requestMs: number[];
  /** HEAD requests of the media check (build mode only). */
  headRequests: number;
}

interface Answer {
  status: number;
  body: string;
}

/** Same URL as the site's loader (`apiUrl` in site/src/loaders/strapi.ts). */
function listUrl(cmsUrl: string, type: PublicTypeName, locale: Locale, page?: number): URL {
  const url = new URL(`/api/${publicTypes[type].endpoint}`, cmsUrl);
  url.searchParams.set('locale', locale);
  url.searchParams.set('status', 'published');
  if (page !== undefined) {
    url.searchParams.set('pagination[page]', String(page));
    url.searchParams.set('pagination[pageSize]', String(PAGE_SIZE));
    url.searchParams.set('sort[0]', 'id:asc');
  }
  return url;
}

type Getter = (url: URL) => Promise<Answer>;

function httpGetter(token: string, agent: http.Agent): Getter {
  return (url) =>
    new Promise((resolve, reject) => {
      const request = http.get(
        url,
        { agent, headers: { authorization: `Bearer ${token}`, accept: 'application/json' } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
        },
      );
      request.on('error', (error) =>
        reject(new Error(`GET ${url.pathname}${url.search} failed: ${error.message}`)),
      );
    });
}

function fetchGetter(token: string): Getter {
  return async (url) => {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    return { status: response.status, body: await response.text() };
  };
}

class Recorder {
  readonly figures: PassFigures = {
    requests: 0,
    items: 0,
    bytes: 0,
    wallMs: 0,
    requestMs: [],
    headRequests: 0,
  };
  constructor(private readonly get: Getter) {}

  /**
   * GETs one list or single type and counts it.
   * @returns the page count (1 for single types) and the parsed body.
   * @throws {Error} naming the URL and status when the CMS does not answer 200 with a Strapi envelope.
   */
  async fetch(url: URL, single: boolean): Promise<{ pageCount: number; body: unknown }> {
    const sent = performance.now();
    const answer = await this.get(url);
    this.figures.requestMs.push(performance.now() - sent);
    this.figures.requests += 1;
    this.figures.bytes += Buffer.byteLength(answer.body);
    if (single && answer.status === 404) return { pageCount: 1, body: null };
    if (answer.status !== 200)
      throw new Error(
        `GET ${url.pathname}${url.search} answered ${answer.status}: is the read token right for this CMS? ${answer.body.slice(0, 200)}`,
      );
    const parsed = envelope.parse(JSON.parse(answer.body));
    this.figures.items += Array.isArray(parsed.data) ? parsed.data.length : parsed.data ? 1 : 0;
    return { pageCount: parsed.meta?.pagination?.pageCount ?? 1, body: parsed.data };
  }
}

async function pool<T>(tasks: readonly T[], workers: number, run: (task: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, tasks.length) }, async () => {
      while (next < tasks.length) await run(tasks[next++]!);
    }),
  );
}

const typeNames = Object.keys(publicTypes) as PublicTypeName[];

/**
 * One pass over everything with `concurrency` requests in flight, over a keep-alive node:http agent.
 * @throws {Error} when a request fails (see {@link Recorder.fetch}).
 */
export async function poolPass(cmsUrl: string, token: string, concurrency: number): Promise<PassFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const recorder = new Recorder(httpGetter(token, agent));
  const started = performance.now();
  try {
    const first = typeNames.flatMap((type) => locales.map((locale) => ({ type, locale })));
    const rest: URL[] = [];
    await pool(first, concurrency, async ({ type, locale }) => {
      const single = publicTypes[type].kind === 'single';
      const { pageCount } = await recorder.fetch(
        listUrl(cmsUrl, type, locale, single ? undefined : 1),
        single,
      );
      for (let page = 2; page <= pageCount; page += 1) rest.push(listUrl(cmsUrl, type, locale, page));
    });
    await pool(rest, concurrency, async (url) => {
      await recorder.fetch(url, false);
    });
  } finally {
    agent.destroy();
  }
  recorder.figures.wallMs = performance.now() - started;
  return recorder.figures;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Media URLs in an answer, as the loader finds them (an object with url and mime). */
function collectMediaUrls(value: unknown, found: Set<string>, cmsUrl: string): void {
  if (Array.isArray(value)) value.forEach((child) => collectMediaUrls(child, found, cmsUrl));
  else if (isRecord(value)) {
    if (typeof value['url'] === 'string' && typeof value['mime'] === 'string') {
      found.add(new URL(value['url'], cmsUrl).href);
      return;
    }
    Object.values(value).forEach((child) => collectMediaUrls(child, found, cmsUrl));
  }
}

/**
 * One pass as the build makes it: all loaders at once with Node's fetch, then each loader's media check.
 * @throws {Error} when a request fails.
 */
export async function buildLikePass(cmsUrl: string, token: string): Promise<PassFigures> {
  const recorder = new Recorder(fetchGetter(token));
  const started = performance.now();
  await Promise.all(
    typeNames.map(async (type) => {
      const single = publicTypes[type].kind === 'single';
      const media = new Set<string>();
      for (const locale of locales) {
        for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
          const answer = await recorder.fetch(
            listUrl(cmsUrl, type, locale, single ? undefined : page),
            single,
          );
          pageCount = answer.pageCount;
          collectMediaUrls(answer.body, media, cmsUrl);
        }
      }
      await pool([...media], 6, async (url) => {
        const response = await fetch(url, { method: 'HEAD' });
        recorder.figures.headRequests += 1;
        if (!response.ok)
          throw new Error(`HEAD ${url} answered ${response.status}: a media file is missing.`);
      });
    }),
  );
  recorder.figures.wallMs = performance.now() - started;
  return recorder.figures;
}

/**
 * The same as {@link poolPass} with one request at a time but over Node's fetch, the loader's client:
 * the difference to the node:http pass is the client's own cost per request.
 * @throws {Error} when a request fails.
 */
export async function sequentialFetchPass(cmsUrl: string, token: string): Promise<PassFigures> {
  const recorder = new Recorder(fetchGetter(token));
  const started = performance.now();
  for (const type of typeNames) {
    const single = publicTypes[type].kind === 'single';
    for (const locale of locales) {
      for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
        pageCount = (await recorder.fetch(listUrl(cmsUrl, type, locale, single ? undefined : page), single))
          .pageCount;
      }
    }
  }
  recorder.figures.wallMs = performance.now() - started;
  return recorder.figures;
}
