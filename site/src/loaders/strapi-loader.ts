/**
 * The Astro content loader of a public type: reads it through strapi.ts, the large collections
 * incrementally (incremental-sync.ts) when the previous build's content store is there.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { locales, type PublicTypeName } from '@glasnik/cms/contract';
import {
  INCREMENTAL_TYPES,
  parseSyncState,
  planDelta,
  stateBeforeFullRead,
  SYNC_STATE_KEY,
  type DeltaPlan,
} from './incremental-sync';
import { loadPublicType, prepareEntries, type RawItem, type StrapiReadOptions } from './strapi';

function store(context: LoaderContext, entries: ReadonlyArray<{ id: string; data: unknown }>): void {
  for (const entry of entries) {
    const data = entry.data as Record<string, unknown>;
    context.store.set({ id: entry.id, data, digest: context.generateDigest(data) });
  }
}

/**
 * Applies a delta to the store if, afterwards, every locale holds exactly as many items as the CMS
 * publishes; otherwise leaves the store alone and returns false (something went away or appeared
 * without a new date: the caller reads the collection whole).
 */
async function applyDelta(
  type: PublicTypeName,
  plan: Extract<DeltaPlan, { kind: 'delta' }>,
  options: StrapiReadOptions,
  context: LoaderContext,
): Promise<{ applied: boolean; changed: number }> {
  const seen = new Set<string>();
  const raws: RawItem[] = [];
  for (const { locale, raw } of plan.changed) {
    const documentId = (raw as { documentId?: unknown } | null)?.documentId;
    const key = `${locale}/${String(documentId)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    raws.push({ locale, raw, index: raws.length });
  }
  const entries = await prepareEntries(type, raws, options, context.logger);
  const kept = new Set(entries.map((entry) => entry.id));
  // Changed items left out now (embargo moved later, file gone) leave the store too.
  const leaving = [...seen].filter((id) => !kept.has(id));
  for (const locale of locales) {
    const ids = new Set(context.store.keys().filter((id) => id.startsWith(`${locale}/`)));
    kept.forEach((id) => id.startsWith(`${locale}/`) && ids.add(id));
    leaving.forEach((id) => ids.delete(id));
    if (ids.size !== plan.totals[locale]) return { applied: false, changed: seen.size };
  }
  leaving.forEach((id) => context.store.delete(id));
  store(context, entries);
  return { applied: true, changed: seen.size };
}

/**
 * Set by the publisher when a build follows an unpublish or delete (or its first build after starting):
 * the delta cannot see a removal that coincides with a new item (the count still matches), so every
 * incremental collection is read whole.
 */
export const FULL_READ_ENV = 'GLASNIK_CONTENT_FULL_READ';

/**
 * An Astro content loader for one public type.
 * @throws {CmsReadError} from `load` when the CMS cannot be read or sends invalid content: the build stops.
 */
export function strapiLoader(type: PublicTypeName, options: StrapiReadOptions): Loader {
  return {
    name: `glasnik-strapi-${type}`,
    async load(context: LoaderContext): Promise<void> {
      // `astro check` syncs content before type checking, but types come from the schemas, not the
      // data: type checking (CI, an editor's laptop) must not need a running CMS.
      if (process.env['GLASNIK_CONTENT_OFFLINE'] === '1') {
        context.store.clear();
        context.meta.delete(SYNC_STATE_KEY);
        context.logger.info(`${type}: not read (GLASNIK_CONTENT_OFFLINE=1, type checking only)`);
        return;
      }
      const now = options.now ?? new Date();
      const incremental = type in INCREMENTAL_TYPES;
      let reason = 'small collection';
      if (incremental && process.env[FULL_READ_ENV] === '1') {
        reason = `${FULL_READ_ENV}=1 (an item was unpublished or deleted)`;
      } else if (incremental) {
        const previous =
          context.store.keys().length > 0 ? parseSyncState(context.meta.get(SYNC_STATE_KEY)) : null;
        const plan = await planDelta(type, previous, options, now);
        if (plan.kind === 'delta') {
          const { applied, changed } = await applyDelta(type, plan, options, context);
          if (applied) {
            context.meta.set(SYNC_STATE_KEY, JSON.stringify(plan.next));
            context.logger.info(
              `${context.store.keys().length} ${type}: ${changed} read from ${options.cmsUrl} (incremental), the rest kept`,
            );
            return;
          }
          reason = 'the item count differs after the delta (removed or newly visible items)';
        } else {
          reason = plan.reason;
        }
      }
      // Marks first: whatever changes during the read is newer than them and is read again next time.
      const state = incremental ? await stateBeforeFullRead(type, options, now) : null;
      const entries = await loadPublicType(type, options, context.logger);
      context.store.clear();
      store(context, entries);
      if (state) context.meta.set(SYNC_STATE_KEY, JSON.stringify(state));
      context.logger.info(`${entries.length} ${type} from ${options.cmsUrl} (read whole: ${reason})`);
    },
  };
}
