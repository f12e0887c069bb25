/**
 * The Astro content loader of a public type: reads it through strapi.ts, the large collections
 * incrementally (incremental-sync.ts) when the previous build's content store is there, and tells the
 * collections that embed it what it changed (sync-round.ts).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { locales, type PublicTypeName } from '@glasnik/cms/contract';
import { readItemsShowing } from './embedded-changes';
import {
  INCREMENTAL_TYPES,
  MAX_DELTA,
  parseSyncState,
  planDelta,
  stateBeforeFullRead,
  SYNC_STATE_KEY,
  type DatedState,
  type DeltaPlan,
  type SyncState,
} from './incremental-sync';
import { shareEqualObjects } from './shared-values';
import { loadPublicType, prepareEntries, type RawItem, type StrapiReadOptions } from './strapi';
import {
  announceSync,
  embeddedChangesSince,
  holdStoreSaves,
  newSyncId,
  type EmbeddedChanges,
  type SyncOutcome,
} from './sync-round';

/** Where a collection read whole (not incrementally) keeps its sync id. */
export const SYNC_ID_KEY = 'glasnik-sync-id';
/** The meta key set while a sync runs, to hold Astro's store saves (sync-round.ts, holdStoreSaves). */
const SAVE_HOLD_KEY = 'glasnik-save-hold';

/**
 * Writes entries whose content differs from the stored one (Astro compares digests) and returns their ids.
 */
function store(context: LoaderContext, entries: ReadonlyArray<{ id: string; data: unknown }>): Set<string> {
  const written = new Set<string>();
  for (const entry of entries) {
    const data = shareEqualObjects(entry.data as Record<string, unknown>);
    if (context.store.set({ id: entry.id, data, digest: context.generateDigest(data) }))
      written.add(entry.id);
  }
  return written;
}

/**
 * Makes the store hold exactly `entries`, writing only what differs (an unchanged item keeps its stored
 * entry), and returns what changed: `'all'` when the store holds no previous sync to compare with.
 */
function replaceAll(
  context: LoaderContext,
  entries: ReadonlyArray<{ id: string; data: unknown }>,
  comparable: boolean,
): SyncOutcome['changed'] {
  const before = context.store.keys();
  // Entries kept as they are share their embedded documents with the new ones too (a store saved before
  // objects were shared, or by another build, becomes compact at its next full read).
  for (const entry of context.store.values()) shareEqualObjects(entry.data);
  const kept = new Set(entries.map((entry) => entry.id));
  const removed = before.filter((id) => !kept.has(id));
  removed.forEach((id) => context.store.delete(id));
  const changed = store(context, entries);
  removed.forEach((id) => changed.add(id));
  return comparable ? changed : 'all';
}

/**
 * Applies a delta to the store if, afterwards, every locale holds exactly as many items as the CMS
 * publishes; otherwise leaves the store alone and returns null (something went away or appeared
 * without a new date: the caller reads the collection whole).
 */
async function applyDelta(
  type: PublicTypeName,
  changedRaws: ReadonlyArray<{ locale: (typeof locales)[number]; raw: unknown }>,
  totals: Extract<DeltaPlan, { kind: 'delta' }>['totals'],
  options: StrapiReadOptions,
  context: LoaderContext,
): Promise<{ read: number; changed: Set<string> } | null> {
  const seen = new Set<string>();
  const raws: RawItem[] = [];
  for (const { locale, raw } of changedRaws) {
    const documentId = (raw as { documentId?: unknown } | null)?.documentId;
    const key = `${locale}/${String(documentId)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    raws.push({ locale, raw, index: raws.length });
  }
  const entries = await prepareEntries(type, raws, options, context.logger);
  const kept = new Set(entries.map((entry) => entry.id));
  // Changed items left out now (embargo moved later, file gone) leave the store too.
  const leaving = [...seen].filter((id) => !kept.has(id) && context.store.has(id));
  for (const locale of locales) {
    const ids = new Set(context.store.keys().filter((id) => id.startsWith(`${locale}/`)));
    kept.forEach((id) => id.startsWith(`${locale}/`) && ids.add(id));
    leaving.forEach((id) => ids.delete(id));
    if (ids.size !== totals[locale]) return null;
  }
  leaving.forEach((id) => context.store.delete(id));
  const changed = store(context, entries);
  leaving.forEach((id) => changed.add(id));
  return { read: seen.size, changed };
}

/**
 * Set by the publisher when a build follows an unpublish or delete (or its first build after starting):
 * the delta cannot see a removal that coincides with a new item (the count still matches), so every
 * incremental collection is read whole.
 */
export const FULL_READ_ENV = 'GLASNIK_CONTENT_FULL_READ';

/** The embedded types' changes since the sync ids `previous` recorded, all at once. */
async function embeddedChanges(
  type: PublicTypeName,
  previous: SyncState | null,
): Promise<Map<PublicTypeName, EmbeddedChanges>> {
  const embedded = Object.keys(INCREMENTAL_TYPES[type] ?? {}) as PublicTypeName[];
  const found = await Promise.all(
    embedded.map(async (name) => [name, await embeddedChangesSince(name, previous?.embedded[name])] as const),
  );
  return new Map(found);
}

const syncIds = (changes: ReadonlyMap<PublicTypeName, EmbeddedChanges>): Record<string, string | null> =>
  Object.fromEntries([...changes].map(([name, change]) => [name, change.syncId]));

/**
 * Syncs an incremental collection: the delta and the items showing changed embedded documents when that
 * is possible, the whole collection otherwise.
 * @throws {CmsReadError} when the CMS cannot be read or sends invalid content.
 */
async function syncIncremental(
  type: PublicTypeName,
  options: StrapiReadOptions,
  context: LoaderContext,
  stored: SyncState | null,
  syncId: string,
): Promise<SyncOutcome> {
  // An empty store is read whole (cheap, and nothing to keep), still compared with its stored sync.
  const previous = context.store.keys().length > 0 ? stored : null;
  const now = options.now ?? new Date();
  const save = (dated: DatedState, changes: ReadonlyMap<PublicTypeName, EmbeddedChanges>) => {
    const state: SyncState = { version: 2, ...dated, syncId, embedded: syncIds(changes) };
    context.meta.set(SYNC_STATE_KEY, JSON.stringify(state));
  };
  let reason: string;
  // What the embedded types' loaders changed, waited for before items are read for it (delta) or before
  // the whole read starts: items must be at least as new as what those loaders saw, or a change between
  // the two reads would never be read again. (The delta's own items may be read earlier; one that shows a
  // document changed meanwhile is read again, as the CMS relates it to that document.)
  let changes: Map<PublicTypeName, EmbeddedChanges> | undefined;
  if (process.env[FULL_READ_ENV] === '1') {
    reason = `${FULL_READ_ENV}=1 (an item was unpublished or deleted)`;
  } else {
    const [plan, embedded] = await Promise.all([
      planDelta(type, previous, options, now),
      embeddedChanges(type, stored),
    ]);
    changes = embedded;
    const unusable = [...embedded.values()].find((change) => !change.usable);
    if (plan.kind === 'full') reason = plan.reason;
    else if (unusable && !unusable.usable) reason = unusable.reason;
    else {
      const changedEmbedded = new Map(
        [...embedded].map(([name, change]) => [name, change.usable ? change.changed : new Set<string>()]),
      );
      const again = await readItemsShowing(
        type,
        INCREMENTAL_TYPES[type] ?? {},
        changedEmbedded,
        context.store,
        options,
        MAX_DELTA,
      );
      if (again.kind === 'too-many') {
        reason = `${again.count} items show changed documents of the types they embed`;
      } else {
        // Items read for their embedded documents first: they were read last, so they are the newest.
        const applied = await applyDelta(
          type,
          [...again.items, ...plan.changed],
          plan.totals,
          options,
          context,
        );
        if (applied) {
          save(plan.next, embedded);
          const showing = again.count > 0 ? ` (${again.count} for changed documents they embed)` : '';
          context.logger.info(
            `${context.store.keys().length} ${type}: ${applied.read} read${showing} from ${options.cmsUrl} (incremental), the rest kept`,
          );
          return { syncId, changed: applied.changed };
        }
        reason = 'the item count differs after the delta (removed or newly visible items)';
      }
    }
  }
  changes ??= await embeddedChanges(type, stored);
  // Marks first: whatever changes during the read is newer than them and is read again next time.
  const dated = await stateBeforeFullRead(type, options, now);
  const entries = await loadPublicType(type, options, context.logger);
  const changed = replaceAll(context, entries, stored !== null);
  save(dated, changes);
  context.logger.info(`${entries.length} ${type} from ${options.cmsUrl} (read whole: ${reason})`);
  return { syncId, changed };
}

/**
 * An Astro content loader for one public type.
 * @throws {CmsReadError} from `load` when the CMS cannot be read or sends invalid content: the build stops.
 */
export function strapiLoader(type: PublicTypeName, options: StrapiReadOptions): Loader {
  return {
    name: `glasnik-strapi-${type}`,
    async load(context: LoaderContext): Promise<void> {
      const incremental = type in INCREMENTAL_TYPES;
      const stored = incremental ? parseSyncState(context.meta.get(SYNC_STATE_KEY)) : null;
      // The sync whose content the store holds (an empty collection too), or null: nothing to compare with.
      const from = incremental ? (stored?.syncId ?? null) : (context.meta.get(SYNC_ID_KEY) ?? null);
      // Before the first await: see sync-round.ts.
      const announcement = announceSync(type, from);
      const releaseHold = holdStoreSaves(() => context.meta.set(SAVE_HOLD_KEY, ''));
      const syncId = newSyncId();
      try {
        // `astro check` syncs content before type checking, but types come from the schemas, not the
        // data: type checking (CI, an editor's laptop) must not need a running CMS.
        if (process.env['GLASNIK_CONTENT_OFFLINE'] === '1') {
          context.store.clear();
          context.meta.delete(SYNC_STATE_KEY);
          context.meta.delete(SYNC_ID_KEY);
          context.logger.info(`${type}: not read (GLASNIK_CONTENT_OFFLINE=1, type checking only)`);
          announcement.settle({ syncId, changed: 'all' });
          return;
        }
        if (incremental) {
          announcement.settle(await syncIncremental(type, options, context, stored, syncId));
          return;
        }
        const entries = await loadPublicType(type, options, context.logger);
        const changed = replaceAll(context, entries, from !== null);
        context.meta.set(SYNC_ID_KEY, syncId);
        context.logger.info(
          `${entries.length} ${type} from ${options.cmsUrl} (read whole: small collection)`,
        );
        announcement.settle({ syncId, changed });
      } catch (error: unknown) {
        announcement.fail(error);
        throw error;
      } finally {
        releaseHold();
      }
    },
  };
}
