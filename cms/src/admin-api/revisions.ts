import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { CONTENT_TYPES, EMBARGOED_TYPES, REVISION, isOneOf } from '../lib/content-types';

const querySchema = z.object({
  uid: z.string().refine((uid) => isOneOf(CONTENT_TYPES, uid), {
    message: 'uid must be a Glasnik content type, e.g. api::press-release.press-release',
  }),
  documentId: z.string().min(1).max(64),
});

interface AdminContext {
  query: unknown;
  state: { userAbility?: { can: (action: string, subject: string) => boolean } };
  status: number;
  body: unknown;
}

/**
 * GET /glasnik/revisions?uid=…&documentId=… (admin-authenticated): the revision log of an entry and
 * its embargo/schedule state, for the side panel of the edit view (src/admin/app.tsx).
 */
async function listRevisions(strapi: Core.Strapi, ctx: AdminContext): Promise<void> {
  const parsed = querySchema.safeParse(ctx.query);
  if (!parsed.success) {
    ctx.status = 400;
    ctx.body = {
      error: {
        status: 400,
        name: 'ValidationError',
        message: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
      },
    };
    return;
  }
  const { uid, documentId } = parsed.data;
  if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', uid)) {
    ctx.status = 403;
    ctx.body = {
      error: { status: 403, name: 'ForbiddenError', message: 'You may not read this content type.' },
    };
    return;
  }
  const revisions = await strapi.db.query(REVISION).findMany({
    where: { targetUid: uid, targetDocumentId: documentId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    limit: 100,
  });
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { documentId },
    select: [
      'locale',
      'publishedAt',
      'reviewStage',
      ...(isOneOf(EMBARGOED_TYPES, uid) ? ['embargoUntil', 'releaseScheduled', 'firstPublishedAt'] : []),
    ],
  } as never)) as Array<Record<string, unknown>>;
  ctx.body = { data: { revisions, versions: rows } };
}

/** Registers the admin routes of Glasnik (prefix /glasnik, admin JWT required). */
export function registerAdminRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/glasnik',
    routes: [
      {
        method: 'GET',
        path: '/revisions',
        handler: (ctx: AdminContext) => listRevisions(strapi, ctx),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as never);
}
