import type { Core } from '@strapi/strapi';
import { attributesOf } from '../lib/schema';
import { draftRows, localeOf, type DocumentContext, type Row } from './types';

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
 * The draft as it stands before this write, in the written locale; for a new language version, the
 * draft of another language (shared fields are the same in every language).
 */
export async function currentDraft(strapi: Core.Strapi, ctx: DocumentContext): Promise<Row | undefined> {
  const documentId = ctx.params.documentId;
  if (!documentId) return undefined;
  const populate = mediaAndComponentsPopulate(strapi, ctx.uid);
  const locale = localeOf(ctx.params);
  const [sameLocale] = await draftRows(strapi, ctx.uid, documentId, locale, populate);
  if (sameLocale) return sameLocale;
  const [anyLocale] = await draftRows(strapi, ctx.uid, documentId, undefined, populate);
  if (!anyLocale) return undefined;
  // Only shared fields carry over to a new language version.
  const shared: Row = { id: anyLocale.id, documentId: anyLocale.documentId };
  for (const [name, attribute] of Object.entries(attributesOf(strapi, ctx.uid))) {
    const localized = (attribute as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions
      ?.i18n?.localized;
    if (localized === false) shared[name] = anyLocale[name];
  }
  return shared;
}

/** What the entry will look like after this create/update: the current draft with the new data on top. */
export async function entryAfterWrite(
  strapi: Core.Strapi,
  ctx: DocumentContext,
): Promise<Record<string, unknown>> {
  const current = ctx.action === 'create' ? undefined : await currentDraft(strapi, ctx);
  return { ...(current ?? {}), ...(ctx.params.data ?? {}) };
}
