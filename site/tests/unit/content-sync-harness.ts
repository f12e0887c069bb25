/**
 * What the content-sync tests share: the fixture CMS with the filters the incremental sync sends
 * (`filters[documentId][$in][n]` and `filters[<relation>][documentId][$in][n]`, applied as Strapi does: a
 * proxy in front of tests/fixtures/fixture-cms.ts, which serves lists unfiltered), a content store that
 * persists between builds as Astro's does, and one build's sync of several collections at once.
 */
import { createServer, type Server } from 'node:http';
import type { LoaderContext } from 'astro/loaders';
import type { PublicTypeName } from '@glasnik/cms/contract';
import { strapiLoader } from '../../src/loaders/strapi-loader';
import { startFixtureCms, type FixtureCms, type FixtureCmsOptions } from '../fixtures/fixture-cms';

type Item = Record<string, unknown>;

/** The document ids a relation field of an item holds (one relation or a list). */
const relatedIds = (item: Item, field: string): string[] => {
  const value = item[field];
  return (Array.isArray(value) ? value : [value])
    .map((related) => (related as Item | null)?.['documentId'])
    .filter((id): id is string => typeof id === 'string');
};

/** `[path, ids]` of the `$in` filters in a query (`documentId` or `<relation>.documentId`). */
function inFilters(params: URLSearchParams): Map<string, Set<string>> {
  const filters = new Map<string, Set<string>>();
  for (const [key, value] of params) {
    const match = /^filters((?:\[[A-Za-z]+\])+)\[\$in\]\[\d+\]$/.exec(key);
    if (!match) continue;
    const path = match[1]!.slice(1, -1).split('][').join('.');
    filters.set(path, (filters.get(path) ?? new Set()).add(value));
  }
  return filters;
}

function matches(item: Item, filters: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  for (const [path, ids] of filters) {
    const [field, last] = path.split('.');
    const values =
      last === undefined ? [String(item[field!])] : last === 'documentId' ? relatedIds(item, field!) : [];
    if (!values.some((value) => ids.has(value))) return false;
  }
  return true;
}

/**
 * Starts the fixture CMS and a filtering proxy in front of it, both on 127.0.0.1.
 * @throws {Error} when a port is taken.
 */
export async function startFilteringCms(options: FixtureCmsOptions = {}): Promise<FixtureCms> {
  const { requests, ...upstreamOptions } = options;
  const upstream = await startFixtureCms(upstreamOptions);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', upstream.url);
    requests?.push(`${url.pathname}${url.search}`);
    const filters = inFilters(url.searchParams);
    const answer = async (): Promise<{ status: number; type: string; body: Buffer }> => {
      if (filters.size === 0) {
        const response = await fetch(new URL(`${url.pathname}${url.search}`, upstream.url), {
          method: req.method ?? 'GET',
        });
        return {
          status: response.status,
          type: response.headers.get('content-type') ?? 'application/json',
          body: Buffer.from(await response.arrayBuffer()),
        };
      }
      // The whole list from the fixture, filtered and paginated here.
      const all: Item[] = [];
      for (let page = 1; ; page += 1) {
        const list = new URL(url.pathname, upstream.url);
        for (const [key, value] of url.searchParams)
          if (!key.startsWith('filters[') && !key.startsWith('pagination['))
            list.searchParams.set(key, value);
        list.searchParams.set('pagination[page]', String(page));
        list.searchParams.set('pagination[pageSize]', '100');
        const response = await fetch(list);
        if (!response.ok)
          return {
            status: response.status,
            type: 'application/json',
            body: Buffer.from(await response.text()),
          };
        const envelope = (await response.json()) as {
          data: Item[];
          meta: { pagination: { pageCount: number } };
        };
        all.push(...envelope.data);
        if (page >= envelope.meta.pagination.pageCount) break;
      }
      const kept = all.filter((item) => matches(item, filters));
      const pageSize = Math.min(Number(url.searchParams.get('pagination[pageSize]') ?? 25), 100);
      const page = Number(url.searchParams.get('pagination[page]') ?? 1);
      const body = {
        data: kept.slice((page - 1) * pageSize, page * pageSize),
        meta: {
          pagination: { page, pageSize, pageCount: Math.ceil(kept.length / pageSize), total: kept.length },
        },
      };
      return {
        status: 200,
        type: 'application/json; charset=utf-8',
        body: Buffer.from(JSON.stringify(body)),
      };
    };
    answer().then(
      ({ status, type, body }) => {
        res.writeHead(status, { 'Content-Type': type });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (error: unknown) => {
        res.writeHead(502, { 'Content-Type': 'text/plain' });
        res.end(`filtering proxy: ${String(error)}`);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await upstream.close();
    },
  };
}

/** What Astro keeps between builds for one collection: its entries and its meta store. */
export function persistentCollection() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>();
  const meta = new Map<string, string>();
  const logs: string[] = [];
  /** Ids written (new or with another digest) or deleted in the last build, as Astro would save them. */
  const written = new Set<string>();
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      entries: () => [...entries.entries()],
      // As Astro's store: an entry with the digest already stored is not written again.
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
        if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, structuredClone(entry));
        written.add(entry.id);
        return true;
      },
      values: () => [...entries.values()],
      keys: () => [...entries.keys()],
      delete: (id: string) => {
        written.add(id);
        entries.delete(id);
      },
      clear: () => entries.clear(),
      has: (id: string) => entries.has(id),
      addModuleImport: () => undefined,
    },
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => void meta.set(key, value),
      has: (key: string) => meta.has(key),
      delete: (key: string) => void meta.delete(key),
    },
    logger: { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(m) },
    generateDigest: (data: unknown) => JSON.stringify(data),
  } as unknown as LoaderContext;
  return { entries, meta, logs, written, context };
}

export type PersistentCollection = ReturnType<typeof persistentCollection>;

/**
 * Collections that persist between builds, and one build's sync of all of them started together (as
 * Astro starts every collection's loader); `sync(only)` runs only some of them (a partial refresh).
 */
export function syncedCollections<Name extends PublicTypeName>(types: readonly Name[], cmsUrl: string) {
  const collections = Object.fromEntries(types.map((type) => [type, persistentCollection()])) as Record<
    Name,
    PersistentCollection
  >;
  const loaders = types.map((type) => [type, strapiLoader(type, { cmsUrl, checkMedia: false })] as const);
  const sync = async (only: readonly Name[] = types): Promise<void> => {
    Object.values<PersistentCollection>(collections).forEach((collection) => collection.written.clear());
    await Promise.all(
      loaders
        .filter(([type]) => only.includes(type))
        .map(([type, loader]) => loader.load(collections[type].context)),
    );
  };
  return { collections, sync };
}
