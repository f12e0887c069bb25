/**
 * Keeps the Meilisearch indexes in step with the CMS while it runs. Listens to Strapi's content events
 * (`entry.publish`, `entry.unpublish`, `entry.update`, `entry.delete`), which fire after the database
 * commit on every path (admin, REST, Document Service, the embargo release), so the published version is
 * readable when the change is applied. Document Service middlewares see `publish` only for explicit
 * publishes, which is why this is an event listener rather than a middleware.
 *
 * The handler only queues the change: Meilisearch being slow or down never delays or fails an editor's
 * action (see ../search/sync-queue.ts for retries and what happens to changes not applied).
 * MEILI_URL unset → sync off (logged once). Also reconciles items whose embargo just ended, as a guard in
 * case one was published with a future embargo and became visible without a new publish event.
 */
import type { Core } from '@strapi/strapi';
import { EMBARGOED_TYPES } from '../lib/content-types';
import { searchTypeOfUid } from '../../contract/search';
import { createApplyChanges } from '../search/apply-changes';
import { MeiliClient } from '../search/meili-http';
import { SearchSyncQueue } from '../search/sync-queue';

const EVENTS = ['entry.publish', 'entry.unpublish', 'entry.update', 'entry.delete'] as const;
const EMBARGO_SWEEP_MS = 30_000;

export interface SearchSync {
  queue: SearchSyncQueue;
  /** Stops listening, sweeping and retrying. */
  stop(): void;
}

interface EntryEvent {
  uid?: unknown;
  entry?: { documentId?: unknown; locale?: unknown } | null;
}

/**
 * Starts the search sync; call once from bootstrap. Returns null when MEILI_URL is unset.
 */
export function registerSearchSync(
  strapi: Core.Strapi,
  env: NodeJS.ProcessEnv = process.env,
): SearchSync | null {
  const url = env.MEILI_URL;
  if (!url) {
    strapi.log.info(
      'Glasnik search: MEILI_URL is not set, so the search index is not updated on publish (run `npm run search:reindex` after changes, or set MEILI_URL and MEILI_MASTER_KEY).',
    );
    return null;
  }
  const meili = new MeiliClient({ url, apiKey: env.MEILI_MASTER_KEY, timeoutMs: 5000 });
  const queue = new SearchSyncQueue({ apply: createApplyChanges(strapi, meili), log: strapi.log });

  const unsubscribers = EVENTS.map((name) =>
    strapi.eventHub.on(name, async (...args: unknown[]) => {
      const payload = args[0] as EntryEvent | undefined;
      const uid = typeof payload?.uid === 'string' ? payload.uid : null;
      const documentId = payload?.entry?.documentId;
      const locale = payload?.entry?.locale;
      if (!uid || !searchTypeOfUid(uid) || typeof documentId !== 'string' || typeof locale !== 'string')
        return;
      queue.enqueue({ uid, documentId, locale });
    }),
  );

  let lastSweep = new Date();
  const sweep = setInterval(() => {
    const now = new Date();
    const since = lastSweep;
    lastSweep = now;
    void (async () => {
      for (const uid of EMBARGOED_TYPES) {
        const rows = (await strapi.db.query(uid).findMany({
          where: {
            publishedAt: { $notNull: true },
            embargoUntil: { $gt: since.toISOString(), $lte: now.toISOString() },
          },
          select: ['documentId', 'locale'],
        })) as Array<{ documentId: string; locale: string | null }>;
        for (const row of rows)
          if (row.locale) queue.enqueue({ uid, documentId: row.documentId, locale: row.locale });
      }
    })().catch((error: unknown) =>
      strapi.log.warn(
        `Glasnik search: embargo check failed (${error instanceof Error ? error.message : String(error)}); the next one retries.`,
      ),
    );
  }, EMBARGO_SWEEP_MS);
  sweep.unref();

  strapi.log.info(`Glasnik search: keeping ${url} in step with published content.`);
  return {
    queue,
    stop() {
      for (const unsubscribe of unsubscribers) unsubscribe();
      clearInterval(sweep);
      queue.stop();
      meili.close();
    },
  };
}
