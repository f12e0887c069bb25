import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, REVIEWED_TYPES, isOneOf } from '../lib/content-types';
import { now } from '../lib/clock';
import { recordRevision } from '../lib/revisions';
import { hasAttribute } from '../lib/schema';
import {
  draftRows,
  isPublishingWrite,
  localeOf,
  resultDocumentId,
  type DocumentMiddlewareFactory,
} from './types';

/** Sets firstPublishedAt on every row of the document (a shared field) unless it is already set. */
async function stampFirstPublished(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  await strapi.db.query(uid as never).updateMany({
    where: { documentId, firstPublishedAt: { $null: true } },
    data: { firstPublishedAt: now() },
  } as never);
}

function wasPublished(result: unknown): boolean {
  if (!result || typeof result !== 'object') return false;
  if ('entries' in result)
    return (
      Array.isArray(result.entries) &&
      result.entries.some((entry: { publishedAt?: unknown }) => Boolean(entry?.publishedAt))
    );
  return Boolean((result as { publishedAt?: unknown }).publishedAt);
}

/**
 * After a publish: first-published date (set once, kept across re-publishes) and a revision log line
 * with who, when and the change note. After an unpublish: a log line too.
 */
export const publicationLog: DocumentMiddlewareFactory = (strapi: Core.Strapi) => async (ctx, next) => {
  if (!isOneOf(CONTENT_TYPES, ctx.uid)) return next();
  const publishing = isPublishingWrite(ctx);
  if (!publishing && ctx.action !== 'unpublish') return next();
  const tracksFirstPublished = hasAttribute(strapi, ctx.uid, 'firstPublishedAt');
  if (publishing && ctx.action === 'publish' && ctx.params.documentId && tracksFirstPublished) {
    // Before the publish, so the published copy carries it too.
    await stampFirstPublished(strapi, ctx.uid, ctx.params.documentId);
  }
  const result = await next();
  const documentId = ctx.params.documentId ?? resultDocumentId(result);
  if (!documentId) return result;
  if (publishing && !wasPublished(result)) return result; // held back by the embargo
  if (publishing && ctx.action !== 'publish' && tracksFirstPublished)
    await stampFirstPublished(strapi, ctx.uid, documentId);
  if (!isOneOf(REVIEWED_TYPES, ctx.uid)) return result;
  for (const draft of await draftRows(strapi, ctx.uid, documentId, localeOf(ctx.params))) {
    await recordRevision(strapi, {
      targetUid: ctx.uid,
      targetDocumentId: documentId,
      targetLocale: draft.locale ?? null,
      action: publishing ? 'publish' : 'unpublish',
      stage: typeof draft.reviewStage === 'string' ? draft.reviewStage : null,
      changeNote: typeof draft.changeNote === 'string' ? draft.changeNote : null,
    });
  }
  return result;
};
