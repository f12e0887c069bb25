/**
 * Which items of a collection must be read again because documents they embed were added, changed or
 * removed: those the store shows embedding one of them (their copy is out of date, or the document is
 * gone), and those the CMS now relates to one of them (a document published for the first time, or whose
 * embargo ended, appears inside items whose own dates did not change).
 */
import { locales, type Locale, type PublicTypeName } from '@glasnik/cms/contract';
import type { EmbeddedFields } from './incremental-sync';
import { fetchWhereIn, type StrapiReadOptions } from './strapi';

/** The store of the embedding collection, as far as this module reads it. */
export interface EntriesSource {
  entries(): Array<[id: string, entry: { data: unknown }]>;
}

/** Items read again, or why reading them one by one is not worth it. */
export type ItemsToReadAgain =
  | { kind: 'items'; items: Array<{ locale: Locale; raw: unknown }>; count: number }
  | { kind: 'too-many'; count: number };

const documentIdOf = (value: unknown): string | null => {
  const id = (value as { documentId?: unknown } | null)?.documentId;
  return typeof id === 'string' ? id : null;
};

/** The document ids a stored item embeds in `field` (a single relation or a list). */
function embeddedIds(data: unknown, field: string): string[] {
  const value = (data as Record<string, unknown> | null)?.[field];
  const values = Array.isArray(value) ? value : [value];
  return values.map(documentIdOf).filter((id): id is string => id !== null);
}

/** `<locale>/<documentId>` store ids → the document ids, whatever the locale (relations share them). */
const documentIds = (storeIds: ReadonlySet<string>): Set<string> =>
  new Set([...storeIds].map((id) => id.slice(id.indexOf('/') + 1)));

/**
 * Reads again, from the CMS, every item of `type` that shows or now relates to a document in `changes`
 * (embedded type → store ids `<locale>/<documentId>` its loader added, changed or removed).
 * @param limit more items than this are not read one by one (the caller reads the collection whole).
 * @throws {CmsReadError} when the CMS cannot be read.
 */
export async function readItemsShowing(
  type: PublicTypeName,
  fields: EmbeddedFields,
  changes: ReadonlyMap<PublicTypeName, ReadonlySet<string>>,
  store: EntriesSource,
  options: StrapiReadOptions,
  limit: number,
): Promise<ItemsToReadAgain> {
  const relations: Array<{ field: string; ids: string[]; wanted: ReadonlySet<string> }> = [];
  for (const [embedded, changed] of changes) {
    if (changed.size === 0) continue;
    const wanted = documentIds(changed);
    for (const field of fields[embedded] ?? []) relations.push({ field, ids: [...wanted], wanted });
  }
  if (relations.length === 0) return { kind: 'items', items: [], count: 0 };

  // Items the store shows with one of the documents: their copy is stale, or the document is gone.
  const stale = new Set<string>();
  for (const [id, entry] of store.entries()) {
    for (const { field, wanted } of relations) {
      if (embeddedIds(entry.data, field).some((embeddedId) => wanted.has(embeddedId))) stale.add(id);
    }
  }
  if (stale.size > limit) return { kind: 'too-many', count: stale.size };

  const items: Array<{ locale: Locale; raw: unknown }> = [];
  const read = new Set<string>();
  for (const locale of locales) {
    // Items the CMS relates to one of the documents now, read whole (they come populated).
    for (const { field, ids } of relations) {
      for (const raw of await fetchWhereIn(type, locale, [field, 'documentId'], ids, options)) {
        const id = `${locale}/${String(documentIdOf(raw))}`;
        if (read.has(id)) continue;
        read.add(id);
        items.push({ locale, raw });
      }
      if (read.size > limit) return { kind: 'too-many', count: read.size };
    }
    // Stale items the CMS no longer relates to them (a relation to a removed document), by their own id.
    const left = [...stale]
      .filter((id) => id.startsWith(`${locale}/`) && !read.has(id))
      .map((id) => id.slice(locale.length + 1));
    if (left.length === 0) continue;
    for (const raw of await fetchWhereIn(type, locale, ['documentId'], left, options)) {
      read.add(`${locale}/${String(documentIdOf(raw))}`);
      items.push({ locale, raw });
    }
  }
  return { kind: 'items', items, count: read.size };
}
