/**
 * Queues social posts when a news article or press release with "syndicate" on is published for the
 * first time in a language. Listens to `entry.publish`, which fires after the commit on every path
 * (admin, REST, the embargo release). "First" means the revision log holds exactly one publish of that
 * language; the unique outbox key makes a second queueing impossible even if two events race, so an
 * update or a re-publish never posts again, across restarts too.
 */
import type { Core } from '@strapi/strapi';
import { EMBARGOED_TYPES, REVISION, isOneOf } from '../lib/content-types';
import { SYNDICATION_OUTBOX, configuredChannels, outboxKey, type ChannelName } from './channels';

interface EntryEvent {
  uid?: unknown;
  entry?: { documentId?: unknown; locale?: unknown } | null;
}

/**
 * Queues the posts for one published item if it qualifies; returns the channels queued.
 * @throws nothing for a duplicate (the unique key refuses it quietly).
 */
export async function enqueueFirstPublish(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string,
  channels: ChannelName[] = configuredChannels(),
): Promise<ChannelName[]> {
  if (!isOneOf(EMBARGOED_TYPES, uid) || channels.length === 0) return [];
  const published = (await strapi.db.query(uid as never).findOne({
    where: { documentId, locale, publishedAt: { $notNull: true } },
    select: ['id', 'syndicate'],
  } as never)) as { syndicate?: boolean | null } | null;
  if (!published?.syndicate) return [];
  const publishes = await strapi.db.query(REVISION).count({
    where: { targetUid: uid, targetDocumentId: documentId, targetLocale: locale, action: 'publish' },
  });
  if (publishes > 1) return [];
  const queued: ChannelName[] = [];
  for (const channel of channels) {
    const key = outboxKey(uid, documentId, locale, channel);
    if (await strapi.db.query(SYNDICATION_OUTBOX).findOne({ where: { key }, select: ['id'] })) continue;
    try {
      await strapi.db.query(SYNDICATION_OUTBOX).create({
        data: {
          key,
          targetUid: uid,
          targetDocumentId: documentId,
          targetLocale: locale,
          channel,
          state: 'pending',
          attempts: 0,
        },
      });
      queued.push(channel);
    } catch (error) {
      // A unique-key violation means another event queued it first: exactly what we want.
      if (!(await strapi.db.query(SYNDICATION_OUTBOX).findOne({ where: { key }, select: ['id'] })))
        throw error;
    }
  }
  if (queued.length)
    strapi.log.info(`Glasnik syndication: queued ${uid} ${documentId} (${locale}) for ${queued.join(', ')}.`);
  return queued;
}

/** Starts listening; returns the unsubscribe function. */
export function listenForFirstPublish(strapi: Core.Strapi): () => void {
  const channels = configuredChannels();
  if (channels.length === 0) {
    strapi.log.info(
      'Glasnik syndication: no social channel configured (MASTODON_*, BLUESKY_*, FACEBOOK_*, TELEGRAM_*), nothing will be posted.',
    );
    return () => {};
  }
  return strapi.eventHub.on('entry.publish', async (...args: unknown[]) => {
    const payload = args[0] as EntryEvent | undefined;
    const uid = typeof payload?.uid === 'string' ? payload.uid : null;
    const documentId = payload?.entry?.documentId;
    const locale = payload?.entry?.locale;
    if (!uid || typeof documentId !== 'string' || typeof locale !== 'string') return;
    // Scripts that load Strapi without serving it (the demo seed, imports) must never post to real
    // accounts: only a serving CMS (editors, the embargo cron) syndicates.
    if (!strapi.server.httpServer?.listening) return;
    try {
      await enqueueFirstPublish(strapi, uid, documentId, locale, channels);
    } catch (error) {
      // Never fail a publish because of social media; the editor sees no post queued in the side panel.
      strapi.log.error(
        `Glasnik syndication: could not queue ${uid} ${documentId} (${locale}): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  });
}
