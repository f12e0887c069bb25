import type { Core } from '@strapi/strapi';
import { attributesOf } from '../lib/schema';
import { draftRows, isWrite, localeOf, type DocumentContext, type Row } from './types';

/** db-query populate of the media and components of a type (what validation needs to see). */
export function mediaAndComponentsPopulate(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (attribute.type === 'media') populate[name] = true;
    else if (attribute.type === 'component' && attribute.component) {
      const nested = mediaAndComponentsPopulate(strapi, attribute.component);
      populate[name] = Object.keys(nested).length > 0 ? { populate: nested } : true;
    }
  }
  return populate;
}

/**
 * Drafts read during one create/update, per document and locale. Several middlewares ask for the draft
 * before the write (review stage, automatic values, validation, embargo) and none of them writes before
 * Strapi does, so one read serves them all: each read populates media and components (up to ten
 * statements for a new language version). Keyed by the Document Service's call context, which lives as
 * long as the call.
 */
const draftsBeforeWrite = new WeakMap<DocumentContext, Map<string, Promise<Row | undefined>>>();

async function readCurrentDraft(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string | undefined,
  withMediaAndComponents: boolean,
): Promise<Row | undefined> {
  const populate = withMediaAndComponents ? mediaAndComponentsPopulate(strapi, uid) : undefined;
  const [sameLocale] = await draftRows(strapi, uid, documentId, locale, populate);
  if (sameLocale) return sameLocale;
  const [anyLocale] = await draftRows(strapi, uid, documentId, undefined, populate);
  if (!anyLocale) return undefined;
  // Only shared fields carry over to a new language version.
  const shared: Row = { id: anyLocale.id, documentId: anyLocale.documentId };
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    const localized = (attribute as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions
      ?.i18n?.localized;
    if (localized === false) shared[name] = anyLocale[name];
  }
  return shared;
}

/**
 * The draft as it stands before this write, in the written locale; for a new language version, the
 * draft of another language (shared fields are the same in every language). For a create/update it
 * comes with its media and components (what validation checks) and is read once per call (callers must
 * not change the row they get); for other actions (publish) only the entry's own fields are read.
 */
export async function currentDraft(strapi: Core.Strapi, ctx: DocumentContext): Promise<Row | undefined> {
  const documentId = ctx.params.documentId;
  if (!documentId) return undefined;
  const locale = localeOf(ctx.params);
  if (!isWrite(ctx)) return readCurrentDraft(strapi, ctx.uid, documentId, locale, false);
  const key = `${documentId}|${locale ?? ''}`;
  let reads = draftsBeforeWrite.get(ctx);
  if (!reads) {
    reads = new Map();
    draftsBeforeWrite.set(ctx, reads);
  }
  let read = reads.get(key);
  if (!read) {
    read = readCurrentDraft(strapi, ctx.uid, documentId, locale, true);
    reads.set(key, read);
    // A failed read is not kept: the next middleware asks again.
    void read.catch(() => reads.delete(key));
  }
  return read;
}

/** What the entry will look like after this create/update: the current draft with the new data on top. */
export async function entryAfterWrite(
  strapi: Core.Strapi,
  ctx: DocumentContext,
): Promise<Record<string, unknown>> {
  const current = ctx.action === 'create' ? undefined : await currentDraft(strapi, ctx);
  return { ...(current ?? {}), ...(ctx.params.data ?? {}) };
}
