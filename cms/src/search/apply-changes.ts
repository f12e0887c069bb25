/**
 * Brings the search documents of changed items in line with what the CMS holds now. Each change is
 * looked up afresh (so the order of events does not matter): a published, non-embargoed version is
 * upserted; anything else — unpublished, deleted, draft only, embargoed — is removed from the index.
 */
import type { Core } from '@strapi/strapi';
import {
  isLocale,
  isSearchable,
  searchDocumentFromRaw,
  searchDocumentId,
  searchIndexName,
  searchIndexSettings,
  searchTypeOfUid,
  type SearchDocument,
} from '../../contract/search';
import { publicPopulate } from '../lib/populate';
import type { MeiliClient } from './meili-http';
import type { ApplyChanges, SearchChange } from './sync-queue';

type Loose = Record<string, unknown> & { publishedAt?: string | null; embargoUntil?: string | null };

/** The published version of one item in one locale, populated like the public read path, or null. */
async function readPublished(strapi: Core.Strapi, change: SearchChange, now: Date): Promise<Loose | null> {
  const found: unknown = await strapi.documents(change.uid as never).findOne({
    documentId: change.documentId,
    locale: change.locale,
    status: 'published',
    populate: publicPopulate(strapi, change.uid, now),
  } as never);
  return found && typeof found === 'object' ? (found as Loose) : null;
}

/**
 * The function the sync queue calls: one read per change, then at most one add and one delete request
 * per index.
 * @throws whatever reading the CMS or writing Meilisearch throws, so the queue retries the batch.
 */
export function createApplyChanges(strapi: Core.Strapi, meili: MeiliClient): ApplyChanges {
  const ready = new Set<string>();
  // Adding documents to a missing index would create it with default settings (no synonyms, no
  // filters): create it with the contract's settings instead. Normally the reindex at start has made it.
  const ensureIndex = async (index: string) => {
    if (ready.has(index)) return;
    if (!(await meili.hasIndex(index))) {
      await meili.waitForTask(await meili.createIndex(index), 10_000);
      await meili.waitForTask(await meili.updateSettings(index, searchIndexSettings), 30_000);
      strapi.log.info(
        `Glasnik search: created ${index} (run \`npm run search:reindex\` to add everything published before).`,
      );
    }
    ready.add(index);
  };
  return async (changes) => {
    const now = new Date();
    const upserts = new Map<string, SearchDocument[]>();
    const deletions = new Map<string, string[]>();
    for (const change of changes) {
      const type = searchTypeOfUid(change.uid);
      if (!type || !isLocale(change.locale)) continue;
      const index = searchIndexName(change.locale);
      const item = await readPublished(strapi, change, now);
      const built = item && isSearchable(item, now) ? searchDocumentFromRaw(type, item, change.locale) : null;
      if (built?.ok) {
        upserts.set(index, [...(upserts.get(index) ?? []), built.document]);
        continue;
      }
      if (built && !built.ok) {
        // Do not keep an outdated version searchable; the problem is the item's, so say which field.
        strapi.log.warn(`Glasnik search: ${built.problem}; removed from the index until it is fixed.`);
      }
      deletions.set(index, [
        ...(deletions.get(index) ?? []),
        searchDocumentId(type, change.documentId, change.locale),
      ]);
    }
    // Meilisearch applies tasks of one index in order, so an add followed by a delete stays correct.
    for (const [index, documents] of upserts) {
      await ensureIndex(index);
      await meili.addDocuments(index, documents);
    }
    for (const [index, ids] of deletions) {
      await ensureIndex(index);
      await meili.deleteDocuments(index, ids);
    }
  };
}
