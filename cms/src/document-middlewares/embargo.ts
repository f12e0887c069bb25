import type { Core } from '@strapi/strapi';
import { EMBARGOED_TYPES, isOneOf } from '../lib/content-types';
import { now } from '../lib/clock';
import { recordRevision } from '../lib/revisions';
import { entryAfterWrite } from './current-entry';
import { draftRows, localeOf, resultDocumentId, type DocumentMiddlewareFactory, type Row } from './types';

function embargoIsAhead(value: unknown): boolean {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  return !Number.isNaN(time) && time > now().getTime();
}

async function markScheduled(
  strapi: Core.Strapi,
  uid: string,
  drafts: Row[],
  scheduled: boolean,
): Promise<void> {
  if (drafts.length === 0) return;
  await strapi.db.query(uid as never).updateMany({
    where: { id: { $in: drafts.map((row) => row.id) } },
    data: { releaseScheduled: scheduled },
  } as never);
}

async function logSchedule(strapi: Core.Strapi, uid: string, drafts: Row[]): Promise<void> {
  for (const draft of drafts) {
    await recordRevision(strapi, {
      targetUid: uid,
      targetDocumentId: draft.documentId,
      targetLocale: draft.locale ?? null,
      action: 'schedule',
      stage: typeof draft.reviewStage === 'string' ? draft.reviewStage : null,
      changeNote: `Scheduled: published automatically at the end of the embargo (${String(draft.embargoUntil)}).`,
    });
  }
}

/**
 * Embargo: publishing a news article or press release whose embargo has not ended does not publish
 * it. The draft is marked `releaseScheduled` and the cron task publishes it when the embargo ends
 * (see src/services/embargo-release.ts). Unpublishing cancels a pending release.
 */
export const embargo: DocumentMiddlewareFactory = (strapi: Core.Strapi) => async (ctx, next) => {
  if (!isOneOf(EMBARGOED_TYPES, ctx.uid)) return next();
  const documentId = ctx.params.documentId;

  if (ctx.action === 'publish' && documentId) {
    const drafts = await draftRows(strapi, ctx.uid, documentId, localeOf(ctx.params));
    const held = drafts.filter((draft) => embargoIsAhead(draft.embargoUntil));
    if (held.length > 0) {
      await markScheduled(strapi, ctx.uid, held, true);
      await logSchedule(strapi, ctx.uid, held);
      // Publish "succeeds" for the caller (the admin keeps the edits), but nothing becomes public:
      // the entries returned are the drafts, still unpublished.
      return { documentId, entries: held };
    }
    return next();
  }
  if ((ctx.action === 'create' || ctx.action === 'update') && ctx.params.status === 'published') {
    const entry = await entryAfterWrite(strapi, ctx);
    if (embargoIsAhead(entry.embargoUntil)) {
      ctx.params = { ...ctx.params, status: 'draft' };
      const result = await next();
      const id = documentId ?? resultDocumentId(result);
      if (id) {
        const drafts = await draftRows(strapi, ctx.uid, id, localeOf(ctx.params));
        await markScheduled(strapi, ctx.uid, drafts, true);
        await logSchedule(strapi, ctx.uid, drafts);
      }
      return result;
    }
    return next();
  }
  if (ctx.action === 'unpublish' && documentId) {
    const result = await next();
    await markScheduled(
      strapi,
      ctx.uid,
      await draftRows(strapi, ctx.uid, documentId, localeOf(ctx.params)),
      false,
    );
    return result;
  }
  return next();
};
