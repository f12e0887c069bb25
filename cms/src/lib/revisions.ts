import type { Core } from '@strapi/strapi';
import { REVISION } from './content-types';
import { currentActor } from './actor';
import { now } from './clock';

export type RevisionAction = 'publish' | 'unpublish' | 'update' | 'review' | 'schedule';

export interface RevisionInput {
  targetUid: string;
  targetDocumentId: string;
  targetLocale?: string | null;
  action: RevisionAction;
  stage?: string | null;
  changeNote?: string | null;
  /** Overrides the acting user, e.g. "system (embargo release)". */
  userName?: string;
}

/** Appends one line to the revision log (who did what, when, with which change note). */
export async function recordRevision(strapi: Core.Strapi, input: RevisionInput): Promise<void> {
  const actor = currentActor(strapi);
  await strapi.documents(REVISION).create({
    data: {
      targetUid: input.targetUid,
      targetDocumentId: input.targetDocumentId,
      targetLocale: input.targetLocale ?? null,
      action: input.action,
      stage: input.stage ?? null,
      changeNote: input.changeNote ?? null,
      userName: input.userName ?? actor.name,
      userId: actor.kind === 'admin' ? actor.id : null,
      at: now().toISOString(),
    },
  } as never);
}
