import type { Core } from '@strapi/strapi';
import { EMBARGOED_TYPES } from '../lib/content-types';
import { withClock } from '../lib/clock';

export interface ReleasedEntry {
  uid: string;
  documentId: string;
  locale: string | null;
}

/**
 * Publishes every scheduled news article and press release whose embargo has ended by `at`. The
 * schedule lives in the database (`releaseScheduled` + `embargoUntil`), so a restart loses nothing:
 * the next run after the restart releases whatever fell due meanwhile.
 * @throws nothing for one failing entry: it is logged and retried on the next run.
 */
export async function releaseDueEmbargoes(
  strapi: Core.Strapi,
  at: Date = new Date(),
): Promise<ReleasedEntry[]> {
  const released: ReleasedEntry[] = [];
  for (const uid of EMBARGOED_TYPES) {
    const due = (await strapi.db.query(uid).findMany({
      where: { publishedAt: null, releaseScheduled: true, embargoUntil: { $lte: at.toISOString() } },
      select: ['id', 'documentId', 'locale', 'changeNote', 'reviewStage'],
    })) as Array<{ id: number; documentId: string; locale: string | null }>;
    for (const entry of due) {
      try {
        await withClock(at, async () => {
          await strapi.documents(uid).publish({
            documentId: entry.documentId,
            ...(entry.locale ? { locale: entry.locale } : {}),
          } as never);
          await strapi.db.query(uid).update({ where: { id: entry.id }, data: { releaseScheduled: false } });
        });
        released.push({ uid, documentId: entry.documentId, locale: entry.locale });
        strapi.log.info(
          `Glasnik: embargo ended, published ${uid} ${entry.documentId} (${entry.locale ?? 'all locales'}).`,
        );
      } catch (error: unknown) {
        strapi.log.error(
          `Glasnik: could not release ${uid} ${entry.documentId} (${entry.locale ?? ''}) after its embargo; will retry next minute. ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  return released;
}

/** Re-derives date-driven statuses (event past, campaign closed, agreement expired) as days pass. */
export async function refreshDerivedStatuses(strapi: Core.Strapi, at: Date = new Date()): Promise<void> {
  const { agreementStatus, campaignStatus, eventStatus } = await import('../lib/derived-status');
  const { todayInSofia } = await import('../lib/clock');
  const today = todayInSofia(at);
  const jobs: Array<{
    uid: 'api::event.event' | 'api::campaign.campaign' | 'api::agreement.agreement';
    field: string;
    derive: (row: Record<string, unknown>) => string;
  }> = [
    { uid: 'api::event.event', field: 'eventStatus', derive: (row) => eventStatus(row, at) },
    { uid: 'api::campaign.campaign', field: 'campaignStatus', derive: (row) => campaignStatus(row, today) },
    {
      uid: 'api::agreement.agreement',
      field: 'agreementStatus',
      derive: (row) => agreementStatus(row, today),
    },
  ];
  for (const job of jobs) {
    const rows = (await strapi.db.query(job.uid).findMany({})) as Array<
      Record<string, unknown> & { id: number }
    >;
    for (const row of rows) {
      const derived = job.derive(row);
      if (row[job.field] !== derived)
        await strapi.db.query(job.uid).update({ where: { id: row.id }, data: { [job.field]: derived } });
    }
  }
}
