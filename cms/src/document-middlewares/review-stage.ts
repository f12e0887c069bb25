import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REVIEWED_TYPES, ROLE, approverRolesFor, isOneOf } from '../lib/content-types';
import { currentActor, mayActAs } from '../lib/actor';
import { recordRevision } from '../lib/revisions';
import { currentDraft } from './current-entry';
import {
  draftRows,
  isPublishingWrite,
  isWrite,
  localeOf,
  resultDocumentId,
  type DocumentMiddlewareFactory,
} from './types';

const ROLE_NAMES: Record<string, string> = {
  [ROLE.superAdmin]: 'an Administrator',
  [ROLE.editor]: 'an Editor',
  [ROLE.pressOfficer]: 'a Press officer',
  [ROLE.registerKeeper]: 'a Register keeper',
};
const whoMay = (uid: string): string =>
  approverRolesFor(uid)
    .map((code) => ROLE_NAMES[code] ?? code)
    .join(', ');

/**
 * Glasnik's review stages (draft → in_review → approved): anyone who may edit can submit for review,
 * only approvers of the type approve and publish, and publishing needs "approved" unless an Editor or
 * Administrator publishes (publishing is their approval). Every stage change goes into the revision log.
 */
export const reviewStage: DocumentMiddlewareFactory = (strapi: Core.Strapi) => async (ctx, next) => {
  if (!isOneOf(REVIEWED_TYPES, ctx.uid) || !(isWrite(ctx) || ctx.action === 'publish')) return next();
  const actor = currentActor(strapi);
  const approvers = approverRolesFor(ctx.uid);
  const before = ctx.action === 'create' ? undefined : await currentDraft(strapi, ctx);
  const stageBefore = typeof before?.reviewStage === 'string' ? before.reviewStage : 'draft';
  const requested = ctx.params.data?.reviewStage;
  const stageChange =
    isWrite(ctx) && typeof requested === 'string' && requested !== stageBefore ? requested : undefined;

  if (stageChange === 'approved' && !mayActAs(actor, approvers)) {
    throw new errors.ValidationError(
      `Only ${whoMay(ctx.uid)} can approve this. Set the review stage to "in_review" to ask for approval.`,
      {
        errors: [
          {
            path: ['reviewStage'],
            message: `Only ${whoMay(ctx.uid)} can approve this.`,
            name: 'ValidationError',
          },
        ],
      },
    );
  }
  let approvedByPublishing = false;
  if (isPublishingWrite(ctx) && actor.kind === 'admin') {
    if (!mayActAs(actor, approvers)) {
      throw new errors.ForbiddenError(
        `Only ${whoMay(ctx.uid)} can publish this. Set the review stage to "in_review" and an approver will publish it.`,
      );
    }
    const stageNow = stageChange ?? stageBefore;
    if (mayActAs(actor, [ROLE.superAdmin, ROLE.editor])) {
      approvedByPublishing = stageNow !== 'approved';
    } else if (stageNow !== 'approved') {
      throw new errors.ValidationError(
        'This entry is not approved yet: set the review stage to "approved", save, then publish.',
        {
          errors: [
            {
              path: ['reviewStage'],
              message: 'Approve the entry before publishing it.',
              name: 'ValidationError',
            },
          ],
        },
      );
    }
  }
  if (approvedByPublishing) {
    if (isWrite(ctx))
      ctx.params = { ...ctx.params, data: { ...(ctx.params.data ?? {}), reviewStage: 'approved' } };
    else if (ctx.params.documentId) {
      // Shared field: approve every language version of the draft, then publish copies it over.
      await strapi.db.query(ctx.uid as never).updateMany({
        where: { documentId: ctx.params.documentId, publishedAt: null },
        data: { reviewStage: 'approved' },
      } as never);
    }
  }
  const result = await next();
  const finalStage = approvedByPublishing ? 'approved' : stageChange;
  const documentId = ctx.params.documentId ?? resultDocumentId(result);
  if (finalStage && documentId) {
    const [draft] = await draftRows(strapi, ctx.uid, documentId, localeOf(ctx.params));
    await recordRevision(strapi, {
      targetUid: ctx.uid,
      targetDocumentId: documentId,
      targetLocale: localeOf(ctx.params) ?? draft?.locale ?? null,
      action: 'review',
      stage: finalStage,
      changeNote: typeof draft?.changeNote === 'string' ? draft.changeNote : null,
    });
  }
  return result;
};
