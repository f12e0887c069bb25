/**
 * Content-layer loaders that read the Strapi 5 REST read API: every published item of a public type in
 * every locale, all pages of results, each item validated with the contract schema. A CMS that cannot be
 * reached, answers with an error, sends a draft or sends an invalid item stops the build with a message
 * naming what is wrong; a missing media file only drops that file (with a warning naming the item).
 */
import {
  collectionEnvelopeSchema,
  locales,
  publicTypes,
  singleEnvelopeSchema,
  type Locale,
  type PublicTypeItem,
  type PublicTypeName,
} from '@glasnik/cms/contract';
import type { z } from 'zod';

/** The build cannot go on with what the CMS sent or did; the message says what to do. */
export class CmsReadError extends Error {
  override name = 'CmsReadError';
}

export interface StrapiReadOptions {
  /** Base URL of the CMS, e.g. http://127.0.0.1:1337 (no trailing slash needed). */
  cmsUrl: string;
  /** Read-only API token; sent as a bearer token when set. */
  token?: string | undefined;
  /** Items per request; the CMS caps it at its `maxLimit` (100). */
  pageSize?: number;
  /** Per-request time limit in milliseconds. */
  timeoutMs?: number;
  /** Check that every media file answers before pages use it (off in unit tests that have no files). */
  checkMedia?: boolean;
  /** The build's "now", for embargoes. */
  now?: Date;
}

/** Receives the warnings a build log should show (Astro's logger in a build, an array in tests). */
export interface WarningSink {
  warn(message: string): void;
  info(message: string): void;
}

/** One validated item ready for the content store. */
export interface LoadedEntry<Name extends PublicTypeName> {
  /** `<locale>/<documentId>` for collections, `<locale>` for single types. */
  id: string;
  data: PublicTypeItem<Name>;
}

function describeItem(type: string, raw: unknown, index: number, locale: Locale): string {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const id = typeof record['id'] === 'number' ? `id ${record['id']}` : `item #${index + 1}`;
  const documentId = typeof record['documentId'] === 'string' ? `, documentId "${record['documentId']}"` : '';
  return `${type} ${id} (locale ${locale}${documentId})`;
}

/**
 * Validates one item of a public type.
 * @throws {CmsReadError} naming type, id, documentId, locale, the field path and what is wrong with it.
 */
export function validateItem<Name extends PublicTypeName>(
  type: Name,
  raw: unknown,
  where: { index: number; locale: Locale },
): PublicTypeItem<Name> {
  const schema: z.ZodType = publicTypes[type].schema;
  const parsed = schema.safeParse(raw);
  const label = describeItem(type, raw, where.index, where.locale);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `field "${issue.path.join('.') || '(item)'}": ${issue.message}`)
      .join('; ');
    throw new CmsReadError(
      `The CMS sent an invalid ${label}: ${problems}. Fix the item in the CMS (or the contract in cms/contract if the model changed) and build again.`,
    );
  }
  const data = parsed.data as PublicTypeItem<Name>;
  if (!('publishedAt' in data) || !data.publishedAt) {
    throw new CmsReadError(
      `The CMS sent a draft (${label} has no publishedAt). The public read API must return published versions only; check the CMS's read-path middleware.`,
    );
  }
  return data;
}

/** Tries per GET before a network error fails the build (HTTP error statuses are never retried). */
const NETWORK_ATTEMPTS = 3;

async function request(url: URL, options: StrapiReadOptions, what: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers['Authorization'] = `Bearer ${options.token}`;
  // A GET can be sent again: a kept-alive connection the CMS closed at the same moment (ECONNRESET under
  // load, with several reads in flight) must not fail a whole build. A CMS that is down fails each try.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    } catch (error: unknown) {
      const cause =
        error instanceof Error
          ? ((error.cause as Error | undefined)?.message ?? error.message)
          : String(error);
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      if (timedOut || attempt >= NETWORK_ATTEMPTS)
        throw new CmsReadError(
          `Cannot reach the CMS at ${options.cmsUrl} while reading ${what} (${cause}${attempt > 1 ? `; tried ${attempt} times` : ''}). Start the CMS (npm start) or set CMS_URL to where it runs.`,
        );
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

async function failOnStatus(response: Response, url: URL, what: string): Promise<never> {
  const body = (await response.text().catch(() => '')).slice(0, 300).replace(/\s+/g, ' ');
  const hint =
    response.status === 401 || response.status === 403
      ? ` The public role may not read ${what}: allow find/findOne for it in the CMS or set STRAPI_READ_TOKEN to a read-only API token.`
      : response.status === 404
        ? ` Is the content type deployed in this CMS?`
        : ' Check the CMS log.';
  throw new CmsReadError(
    `The CMS answered ${response.status} ${response.statusText} for GET ${url.pathname}${url.search} (${what}).${hint}${body ? ` Body: ${body}` : ''}`,
  );
}

async function readJson(response: Response, url: URL, what: string): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new CmsReadError(
      `The CMS sent something that is not JSON for GET ${url.pathname}${url.search} (${what}).`,
    );
  }
}

/**
 * URL of a read of `endpoint` in `locale`: published versions only; with `page`, one page of a list
 * (by default 100 items in id order, as a full read wants them), narrowed by `filters` (query keys such
 * as `filters[documentId][$in][0]` with their values).
 */
export function apiUrl(
  options: StrapiReadOptions,
  endpoint: string,
  locale: Locale,
  page?: number,
  list: {
    pageSize?: number;
    sort?: readonly string[];
    filters?: ReadonlyArray<readonly [string, string]>;
  } = {},
): URL {
  const url = new URL(`/api/${endpoint}`, options.cmsUrl);
  url.searchParams.set('locale', locale);
  // Drafts never reach the site: ask for published versions explicitly (the CMS enforces it too).
  url.searchParams.set('status', 'published');
  if (page !== undefined) {
    url.searchParams.set('pagination[page]', String(page));
    url.searchParams.set('pagination[pageSize]', String(list.pageSize ?? options.pageSize ?? 100));
    (list.sort ?? ['id:asc']).forEach((sort, index) => url.searchParams.set(`sort[${index}]`, sort));
  }
  for (const [key, value] of list.filters ?? []) url.searchParams.set(key, value);
  return url;
}

/**
 * One page of a collection read: its items and the CMS's pagination figures.
 * @throws {CmsReadError} when the CMS is unreachable, answers with an error status or a malformed envelope.
 */
export async function readCollectionPage(
  url: URL,
  options: StrapiReadOptions,
  what: string,
): Promise<{ data: unknown[]; pagination: { pageCount: number; total: number } }> {
  const response = await request(url, options, what);
  if (!response.ok) await failOnStatus(response, url, what);
  const envelope = collectionEnvelopeSchema.safeParse(await readJson(response, url, what));
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    throw new CmsReadError(
      `The CMS answer for ${what} is not a Strapi list (field "${issue?.path.join('.')}": ${issue?.message}).`,
    );
  }
  return { data: envelope.data.data, pagination: envelope.data.meta.pagination };
}

/**
 * Every item of a collection type in one locale, following `meta.pagination` to the last page.
 * @throws {CmsReadError} when the CMS is unreachable, answers with an error status or a malformed envelope.
 */
export async function fetchCollection(
  type: PublicTypeName,
  locale: Locale,
  options: StrapiReadOptions,
): Promise<unknown[]> {
  const { endpoint } = publicTypes[type];
  const items: unknown[] = [];
  for (let page = 1; ; page += 1) {
    const url = apiUrl(options, endpoint, locale, page);
    const { data, pagination } = await readCollectionPage(url, options, `${type} in ${locale}, page ${page}`);
    items.push(...data);
    if (page >= pagination.pageCount || data.length === 0) return items;
  }
}

/** Document ids per filtered request: keeps the URL far below the CMS's header size limit. */
const IDS_PER_REQUEST = 40;

/**
 * The published items of a collection type in one locale whose `path` (`documentId`, or a relation's
 * `<field>.documentId`) is one of `documentIds`, every page of them.
 * @throws {CmsReadError} when the CMS is unreachable, answers with an error status or a malformed envelope.
 */
export async function fetchWhereIn(
  type: PublicTypeName,
  locale: Locale,
  path: readonly string[],
  documentIds: readonly string[],
  options: StrapiReadOptions,
): Promise<unknown[]> {
  const { endpoint } = publicTypes[type];
  const items: unknown[] = [];
  const prefix = `filters${path.map((segment) => `[${segment}]`).join('')}[$in]`;
  for (let start = 0; start < documentIds.length; start += IDS_PER_REQUEST) {
    const filters = documentIds
      .slice(start, start + IDS_PER_REQUEST)
      .map((id, index) => [`${prefix}[${index}]`, id] as const);
    for (let page = 1; ; page += 1) {
      const url = apiUrl(options, endpoint, locale, page, { filters });
      const what = `${type} in ${locale} where ${path.join('.')} is one of ${filters.length} documents`;
      const { data, pagination } = await readCollectionPage(url, options, what);
      items.push(...data);
      if (page >= pagination.pageCount || data.length === 0) break;
    }
  }
  return items;
}

/**
 * A single type in one locale, or `null` when the CMS has none published in that locale (404).
 * @throws {CmsReadError} when the CMS is unreachable or answers with another error status.
 */
export async function fetchSingle(
  type: PublicTypeName,
  locale: Locale,
  options: StrapiReadOptions,
): Promise<unknown> {
  const url = apiUrl(options, publicTypes[type].endpoint, locale);
  const what = `${type} in ${locale}`;
  const response = await request(url, options, what);
  if (response.status === 404) return null;
  if (!response.ok) await failOnStatus(response, url, what);
  const envelope = singleEnvelopeSchema.safeParse(await readJson(response, url, what));
  if (!envelope.success) throw new CmsReadError(`The CMS answer for ${what} has no "data".`);
  return envelope.data.data ?? null;
}

// ------------------------------------------------------------------------------------------ media

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * An upload as the CMS embeds it: a url, a MIME type and a `formats` key (or a row id). Its `formats`
 * renditions also have url and mime, but neither of the others.
 */
const isMedia = (value: unknown): value is Json & { url: string } =>
  isRecord(value) &&
  typeof value['url'] === 'string' &&
  typeof value['mime'] === 'string' &&
  ('formats' in value || typeof value['id'] === 'number');

/** Makes `/uploads/…` paths absolute against the CMS, so image processing and downloads can fetch them. */
function absolutize(media: Json, cmsUrl: string): void {
  media['url'] = new URL(String(media['url']), cmsUrl).href;
  const formats = media['formats'];
  if (isRecord(formats)) {
    for (const format of Object.values(formats)) {
      if (isRecord(format) && typeof format['url'] === 'string')
        format['url'] = new URL(format['url'], cmsUrl).href;
    }
  }
}

function collectMedia(value: unknown, found: Json[]): void {
  if (Array.isArray(value)) value.forEach((child) => collectMedia(child, found));
  else if (isMedia(value)) found.push(value);
  else if (isRecord(value)) Object.values(value).forEach((child) => collectMedia(child, found));
}

/**
 * Removes media whose file the CMS cannot serve: from arrays they are removed (with a component that
 * holds one as `file`), single ones become null. Returns the paths removed, e.g. `gallery.2`.
 */
function pruneMedia(value: unknown, missing: ReadonlySet<string>, path: string, removed: string[]): unknown {
  const gone = (child: unknown) =>
    (isMedia(child) && missing.has(child.url)) ||
    (isRecord(child) && isMedia(child['file']) && missing.has(child['file'].url));
  if (Array.isArray(value)) {
    const kept: unknown[] = [];
    value.forEach((child, index) => {
      if (gone(child)) removed.push(`${path}${index}`);
      else kept.push(pruneMedia(child, missing, `${path}${index}.`, removed));
    });
    return kept;
  }
  if (!isRecord(value) || isMedia(value)) return value;
  for (const [key, child] of Object.entries(value)) {
    if (isMedia(child) && missing.has(child.url)) {
      removed.push(`${path}${key}`);
      value[key] = null;
    } else {
      value[key] = pruneMedia(child, missing, `${path}${key}.`, removed);
    }
  }
  return value;
}

async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

/** URLs among `urls` the CMS does not serve (any status other than 2xx, or no answer). */
async function findMissingFiles(urls: readonly string[], options: StrapiReadOptions): Promise<Set<string>> {
  const missing = new Set<string>();
  await mapLimit(urls, 6, async (url) => {
    try {
      const response = await fetch(url, {
        method: 'HEAD',
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      if (!response.ok) missing.add(url);
    } catch {
      missing.add(url);
    }
  });
  return missing;
}

// ------------------------------------------------------------------------------------------ loading

const EMBARGOED: ReadonlySet<PublicTypeName> = new Set(['newsArticles', 'pressReleases']);

/**
 * Reads, checks and validates every published item of a type in every locale.
 * @throws {CmsReadError} see {@link fetchCollection} and {@link validateItem}.
 */
export async function loadPublicType<Name extends PublicTypeName>(
  type: Name,
  options: StrapiReadOptions,
  log: WarningSink,
): Promise<LoadedEntry<Name>[]> {
  const definition = publicTypes[type];
  const raws: RawItem[] = [];
  for (const locale of locales) {
    if (definition.kind === 'single') {
      const raw = await fetchSingle(type, locale, options);
      if (raw === null)
        log.warn(`The CMS has no published ${type} in ${locale}; the site uses its built-in defaults.`);
      else raws.push({ locale, raw, index: 0 });
    } else {
      (await fetchCollection(type, locale, options)).forEach((raw, index) =>
        raws.push({ locale, raw, index }),
      );
    }
  }
  return prepareEntries(type, raws, options, log);
}

/** An item as the CMS sent it, with where it came from (for messages). */
export interface RawItem {
  locale: Locale;
  raw: unknown;
  /** Position in its list, for messages about an item without an id. */
  index: number;
}

/**
 * Makes items the CMS sent ready for the store: media URLs made absolute, media the CMS cannot serve
 * dropped (an item whose own file is missing is left out), each item validated, items under embargo left
 * out (logged).
 * @throws {CmsReadError} see {@link validateItem}.
 */
export async function prepareEntries<Name extends PublicTypeName>(
  type: Name,
  raws: readonly RawItem[],
  options: StrapiReadOptions,
  log: WarningSink,
): Promise<LoadedEntry<Name>[]> {
  const definition = publicTypes[type];
  const now = options.now ?? new Date();
  const media: Json[] = [];
  raws.forEach(({ raw }) => collectMedia(raw, media));
  media.forEach((file) => absolutize(file, options.cmsUrl));
  const missing =
    options.checkMedia === false
      ? new Set<string>()
      : await findMissingFiles([...new Set(media.map((m) => String(m['url'])))], options);

  const entries: LoadedEntry<Name>[] = [];
  for (const { locale, index, raw: received } of raws) {
    let raw = received;
    if (missing.size > 0) {
      const removed: string[] = [];
      if (isRecord(raw) && isMedia(raw['file']) && missing.has(raw['file'].url)) {
        log.warn(
          `${describeItem(type, raw, index, locale)}: its file ${raw['file'].url} is missing on the CMS; the item is left out.`,
        );
        continue;
      }
      raw = pruneMedia(raw, missing, '', removed);
      if (removed.length > 0) {
        log.warn(
          `${describeItem(type, raw, index, locale)}: media missing on the CMS (${removed.join(', ')}); the page is built without ${removed.length === 1 ? 'it' : 'them'}.`,
        );
      }
    }
    const data = validateItem(type, raw, { index, locale });
    const embargo = EMBARGOED.has(type) ? (data as { embargoUntil?: string | null }).embargoUntil : null;
    if (embargo && new Date(embargo) > now) {
      log.info(
        `${describeItem(type, raw, index, locale)} is under embargo until ${embargo}; left out of this build.`,
      );
      continue;
    }
    const id =
      definition.kind === 'single' ? locale : `${locale}/${(data as { documentId: string }).documentId}`;
    entries.push({ id, data });
  }
  return entries;
}
