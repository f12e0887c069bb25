/**
 * Incremental content sync for the large collections: a build reads from the CMS only what changed since
 * the previous build's sync, instead of every item of the archive (at 10,000 items the full read costs the
 * CMS 30-60 s of CPU, more than the rest of the build).
 *
 * What the read API allows and what it hides decides the rules:
 * - A publish writes a new published row whose `publishedAt` is the publish time but whose `updatedAt` is
 *   the draft's (older) one; the CMS's own direct updates (the daily derived-status task) bump `updatedAt`
 *   only. So the delta is read twice, newest first by `publishedAt` and by `updatedAt`, down to the previous
 *   sync's newest values (or a little earlier, for publishes that were still committing: see deltaStart).
 * - Removals (unpublish, delete) and items that appear without a new date (an embargo that ended) are
 *   not in any delta: after applying the delta, the number of items kept must equal the CMS's `total`, or
 *   the collection is read whole.
 * - An item embeds the documents it relates to (one level deep). Which documents of an embedded type were
 *   added, changed or removed, the embedded type's own loader knows exactly in the same sync
 *   (sync-round.ts); the items to read again are those the store shows embedding one of them plus those the
 *   CMS now relates to one of them (embedded-changes.ts). When that is not known, the collection is read
 *   whole.
 * - Edits to a file in the media library (alternative text, caption) do not change any item's dates and
 *   the read token cannot list uploads: a full read at least every {@link FULL_SYNC_MAX_AGE_MS} bounds how
 *   long such an edit stays unseen. `astro build --force` always reads everything.
 */
import { locales, publicTypes, type Locale, type PublicTypeName } from '@glasnik/cms/contract';
import { z } from 'zod';
import { apiUrl, readCollectionPage, type StrapiReadOptions } from './strapi';

/** Relation fields of a collection by the type they embed (as named in cms/MODEL.md and the contract). */
export type EmbeddedFields = Partial<Record<PublicTypeName, readonly string[]>>;

/** The collections worth syncing incrementally (the archive grows in these), with the types they embed. */
export const INCREMENTAL_TYPES: Partial<Record<PublicTypeName, EmbeddedFields>> = {
  newsArticles: {
    categories: ['category'],
    tags: ['tags'],
    campaigns: ['campaign'],
    events: ['relatedEvents'],
  },
  pressReleases: { pressContacts: ['contacts'], mediaAssets: ['mediaAssets'], categories: ['category'] },
  events: { categories: ['category'] },
  mediaAssets: {},
  agreements: { newsArticles: ['relatedNews'] },
};

/** A full read at least this often (see the module comment on media-library edits). */
export const FULL_SYNC_MAX_AGE_MS = 6 * 60 * 60 * 1000;
/** How long a publish may take to commit (and clocks differ): see {@link deltaStart}. */
const LATE_COMMIT_MARGIN_MS = 2 * 60 * 1000;
/** Items per delta request: a delta is usually one or two items, and each item costs the CMS ~2 ms. */
const DELTA_PAGE_SIZE = 10;
/** A delta larger than this is read whole instead (full pages of 100 are cheaper per item). */
export const MAX_DELTA = 300;

const markSchema = z.object({
  /** When the mark was taken (the build's clock). */
  readAt: z.string(),
  total: z.number(),
  newestPublished: z.string().nullable(),
  newestUpdated: z.string().nullable(),
});
/** Where the CMS stood for one type and locale at a sync. */
export type Mark = z.infer<typeof markSchema>;

const stateSchema = z.object({
  version: z.literal(2),
  cmsUrl: z.string(),
  fullSyncAt: z.string(),
  /** This collection's sync id (sync-round.ts), new at every sync. */
  syncId: z.string(),
  /** `<type>:<locale>` → mark, for the collection itself. */
  marks: z.record(z.string(), markSchema),
  /** Embedded type → the sync id of it whose content this collection's items show (null: unknown). */
  embedded: z.record(z.string(), z.string().nullable()),
});
/** What a collection remembers between builds (JSON in the content layer's meta store). */
export type SyncState = z.infer<typeof stateSchema>;
/** The part of the state the CMS's dates decide; the loader adds the sync ids. */
export type DatedState = Pick<SyncState, 'cmsUrl' | 'fullSyncAt' | 'marks'>;

export const SYNC_STATE_KEY = 'glasnik-sync-state';

/** The stored state, or null when there is none usable (then the collection is read whole). */
export function parseSyncState(raw: string | undefined): SyncState | null {
  if (!raw) return null;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const markKey = (type: PublicTypeName, locale: Locale) => `${type}:${locale}`;

type Dated = { documentId?: unknown; publishedAt?: unknown; updatedAt?: unknown };
const dateOf = (raw: unknown, field: 'publishedAt' | 'updatedAt'): string | null => {
  const value = (raw as Dated | null)?.[field];
  return typeof value === 'string' ? value : null;
};

/**
 * Items of one type and locale newest first by `field`, down to `since` (inclusive). `complete` is false
 * when the delta is too large to be worth reading this way.
 * @throws {CmsReadError} when the CMS cannot be read.
 */
async function readDelta(
  type: PublicTypeName,
  locale: Locale,
  field: 'publishedAt' | 'updatedAt',
  since: string | null,
  options: StrapiReadOptions,
  pageSize = DELTA_PAGE_SIZE,
): Promise<{ items: unknown[]; total: number; newest: string | null; complete: boolean }> {
  const items: unknown[] = [];
  let total = 0;
  let newest: string | null = null;
  for (let page = 1; ; page += 1) {
    const url = apiUrl(options, publicTypes[type].endpoint, locale, page, {
      pageSize,
      sort: [`${field}:desc`, 'id:desc'],
    });
    const { data, pagination } = await readCollectionPage(url, options, `${type} in ${locale} by ${field}`);
    if (page === 1) {
      total = pagination.total;
      newest = data.length > 0 ? dateOf(data[0], field) : null;
    }
    for (const raw of data) {
      const date = dateOf(raw, field);
      if (since !== null && date !== null && date < since) return { items, total, newest, complete: true };
      items.push(raw);
    }
    if (since === null && pageSize === 1) return { items, total, newest, complete: true };
    if (items.length > MAX_DELTA) return { items, total, newest, complete: false };
    if (page >= pagination.pageCount || data.length === 0) return { items, total, newest, complete: true };
  }
}

/**
 * Where a delta read may stop: items not yet visible at the previous read (transactions still running)
 * carry a date after `readAt - margin`, and nothing visible then was newer than `newest`; so the older of
 * the two is safe, and usually it is `newest` (only the newest item is read again).
 */
function deltaStart(newest: string | null, readAt: string): string {
  const margin = new Date(Date.parse(readAt) - LATE_COMMIT_MARGIN_MS).toISOString();
  return newest !== null && newest < margin ? newest : margin;
}

/** Where the CMS stands now for one type and locale (two one-item requests). */
export async function currentMark(
  type: PublicTypeName,
  locale: Locale,
  options: StrapiReadOptions,
): Promise<Mark> {
  // Taken before the reads: a publish still committing while they run must fall after it.
  const readAt = new Date().toISOString();
  const [published, updated] = await Promise.all([
    readDelta(type, locale, 'publishedAt', null, options, 1),
    readDelta(type, locale, 'updatedAt', null, options, 1),
  ]);
  return {
    readAt,
    total: published.total,
    newestPublished: published.newest,
    newestUpdated: updated.newest,
  };
}

/** The outcome of an incremental attempt: either what changed, or why the collection must be read whole. */
export type DeltaPlan =
  | { kind: 'full'; reason: string }
  | {
      kind: 'delta';
      /** Changed or new raw items by locale (possibly several times the same item). */
      changed: Array<{ locale: Locale; raw: unknown }>;
      /** The CMS's item count by locale, to check against after applying the delta. */
      totals: Record<Locale, number>;
      /** The dated state to store once the delta is applied and checked. */
      next: DatedState;
    };

/**
 * Works out what changed for `type` since `previous`.
 * @throws {CmsReadError} when the CMS cannot be read.
 */
export async function planDelta(
  type: PublicTypeName,
  previous: SyncState | null,
  options: StrapiReadOptions,
  now: Date,
): Promise<DeltaPlan> {
  if (!previous) return { kind: 'full', reason: 'no previous sync' };
  if (previous.cmsUrl !== options.cmsUrl) return { kind: 'full', reason: 'another CMS' };
  if (now.getTime() - Date.parse(previous.fullSyncAt) > FULL_SYNC_MAX_AGE_MS)
    return { kind: 'full', reason: 'last full read is older than 6 hours' };
  const marks: Record<string, Mark> = {};
  const changed: Array<{ locale: Locale; raw: unknown }> = [];
  const totals = {} as Record<Locale, number>;
  const deltas = await Promise.all(
    locales.map(async (locale) => {
      const before = previous.marks[markKey(type, locale)];
      if (!before) return { locale, missing: true as const };
      const [published, updated] = await Promise.all([
        readDelta(type, locale, 'publishedAt', deltaStart(before.newestPublished, before.readAt), options),
        readDelta(type, locale, 'updatedAt', deltaStart(before.newestUpdated, before.readAt), options),
      ]);
      return { locale, missing: false as const, published, updated };
    }),
  );
  for (const delta of deltas) {
    const { locale } = delta;
    if (delta.missing) return { kind: 'full', reason: `no mark for ${locale}` };
    const { published, updated } = delta;
    if (!published.complete || !updated.complete)
      return { kind: 'full', reason: `more than ${MAX_DELTA} changes in ${locale}` };
    const before = previous.marks[markKey(type, locale)];
    // Newest items older than last time: the CMS went back (a restored backup); nothing dated is reliable.
    if (
      (published.newest ?? '') < (before?.newestPublished ?? '') ||
      (updated.newest ?? '') < (before?.newestUpdated ?? '')
    )
      return { kind: 'full', reason: `the CMS holds older content than at the last sync (${locale})` };
    for (const raw of [...published.items, ...updated.items]) changed.push({ locale, raw });
    totals[locale] = published.total;
    marks[markKey(type, locale)] = {
      readAt: now.toISOString(),
      total: published.total,
      newestPublished: published.newest,
      newestUpdated: updated.newest,
    };
  }
  return {
    kind: 'delta',
    changed,
    totals,
    next: { cmsUrl: options.cmsUrl, fullSyncAt: previous.fullSyncAt, marks },
  };
}

/**
 * The dated state to store with a full read, taken just BEFORE it: whatever changes while the items are
 * read is newer than these marks, so the next sync reads it again.
 * @throws {CmsReadError} when the CMS cannot be read.
 */
export async function stateBeforeFullRead(
  type: PublicTypeName,
  options: StrapiReadOptions,
  now: Date,
): Promise<DatedState> {
  const read = await Promise.all(
    locales.map(async (locale) => [markKey(type, locale), await currentMark(type, locale, options)] as const),
  );
  const marks: Record<string, Mark> = Object.fromEntries(read);
  return { cmsUrl: options.cmsUrl, fullSyncAt: now.toISOString(), marks };
}
