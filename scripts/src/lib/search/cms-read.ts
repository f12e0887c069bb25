/**
 * Reads every published item of a type in a locale from the CMS read API, page by page. The read API
 * itself returns published, non-embargoed items only (cms/src/lib/public-read.ts); the reindex checks again.
 */
import { collectionEnvelopeSchema } from '@glasnik/cms/contract/common';
import type { Locale } from '@glasnik/cms/contract/locales';

export interface CmsReadOptions {
  /** Base URL of Strapi, e.g. `http://127.0.0.1:1337`. */
  cmsUrl: string;
  /** The read-only API token (STRAPI_READ_TOKEN). */
  token: string;
  /** Items per request; the CMS caps it at its `maxLimit`. */
  pageSize?: number;
}

/** Raised when the CMS does not answer as expected; the message names the request and what to check. */
export class CmsReadError extends Error {
  override name = 'CmsReadError';
}

/** Pages read at once: the CMS serves one while the reindex parses and maps the other (it is CPU bound). */
export const READ_CONCURRENCY = 2;

/**
 * Calls `onPage` with the raw items of every page of `GET /api/<endpoint>?locale=…`, in page order
 * (unvalidated: each item is checked on its own later). Reads page 1 to learn the page count, then the
 * rest {@link READ_CONCURRENCY} at a time.
 * @throws {CmsReadError} when the CMS cannot be reached, refuses the token, or answers malformed JSON.
 */
export async function readPublishedPages(
  endpoint: string,
  locale: Locale,
  options: CmsReadOptions,
  onPage: (items: unknown[]) => void | Promise<void>,
): Promise<void> {
  const first = await readPage(endpoint, locale, 1, options);
  // Pages may arrive out of order; hand them on in order, one call at a time, so documents keep the
  // CMS's id order and `onPage` never runs twice at once.
  let handing: Promise<void> = Promise.resolve(onPage(first.items));
  handing.catch(() => undefined);
  const arrived = new Map<number, unknown[]>();
  let handedOn = 1;
  let next = 2;
  const worker = async (): Promise<void> => {
    while (next <= first.pageCount) {
      const page = next++;
      arrived.set(page, (await readPage(endpoint, locale, page, options)).items);
      for (let items = arrived.get(handedOn + 1); items; items = arrived.get(handedOn + 1)) {
        arrived.delete(++handedOn);
        const pageItems = items;
        handing = handing.then(() => onPage(pageItems));
        // Marked as handled here; the failure still surfaces at `await handing` below.
        handing.catch(() => undefined);
      }
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  await handing;
}

/**
 * All raw items of `GET /api/<endpoint>?locale=…` (unvalidated: each is checked on its own later).
 * @throws {CmsReadError} when the CMS cannot be reached, refuses the token, or answers malformed JSON.
 */
export async function readAllPublished(
  endpoint: string,
  locale: Locale,
  options: CmsReadOptions,
): Promise<unknown[]> {
  const items: unknown[] = [];
  await readPublishedPages(endpoint, locale, options, (page) => {
    items.push(...page);
  });
  return items;
}

async function readPage(
  endpoint: string,
  locale: Locale,
  page: number,
  options: CmsReadOptions,
): Promise<{ items: unknown[]; pageCount: number }> {
  const pageSize = options.pageSize ?? 100;
  const url = new URL(`/api/${endpoint}`, options.cmsUrl);
  url.searchParams.set('locale', locale);
  url.searchParams.set('status', 'published');
  url.searchParams.set('pagination[page]', String(page));
  url.searchParams.set('pagination[pageSize]', String(pageSize));
  url.searchParams.set('sort', 'id:asc');
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${options.token}` } });
  } catch (error) {
    throw new CmsReadError(
      `The CMS at ${options.cmsUrl} cannot be reached (${error instanceof Error ? error.message : String(error)}); start it or set CMS_URL.`,
    );
  }
  if (!response.ok) {
    const hint = response.status === 401 || response.status === 403 ? ' Check STRAPI_READ_TOKEN.' : '';
    throw new CmsReadError(
      `The CMS answered ${response.status} for GET ${url.pathname}${url.search}.${hint}`,
    );
  }
  const envelope = collectionEnvelopeSchema.safeParse(await response.json().catch(() => null));
  if (!envelope.success) {
    throw new CmsReadError(
      `GET ${url.pathname}${url.search} did not return a Strapi collection ({ data, meta.pagination }).`,
    );
  }
  return { items: envelope.data.data, pageCount: envelope.data.meta.pagination.pageCount };
}

/** Number of published items the CMS reports for a type and locale (meta.pagination.total). @throws {CmsReadError} */
export async function countPublished(
  endpoint: string,
  locale: Locale,
  options: CmsReadOptions,
): Promise<number> {
  const url = new URL(`/api/${endpoint}`, options.cmsUrl);
  url.searchParams.set('locale', locale);
  url.searchParams.set('pagination[pageSize]', '1');
  const response = await fetch(url, { headers: { authorization: `Bearer ${options.token}` } });
  if (!response.ok)
    throw new CmsReadError(`The CMS answered ${response.status} for GET ${url.pathname}${url.search}.`);
  const envelope = collectionEnvelopeSchema.parse(await response.json());
  return envelope.meta.pagination.total;
}
