import type { Core } from '@strapi/strapi';

/** The part of a Document Service middleware context Glasnik's middlewares use. */
export interface DocumentContext {
  uid: string;
  action: string;
  params: DocumentParams;
}

export interface DocumentParams {
  documentId?: string;
  locale?: string | string[];
  status?: string;
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

export type DocumentMiddleware = (ctx: DocumentContext, next: () => Promise<unknown>) => Promise<unknown>;
export type DocumentMiddlewareFactory = (strapi: Core.Strapi) => DocumentMiddleware;

/** Row of a content type as `strapi.db.query` returns it. */
export type Row = Record<string, unknown> & {
  id: number;
  documentId: string;
  locale?: string | null;
  publishedAt?: string | null;
};

/** Writes that end in a published version: an explicit publish, or create/update with status "published". */
export function isPublishingWrite(ctx: DocumentContext): boolean {
  return (
    ctx.action === 'publish' ||
    ((ctx.action === 'create' || ctx.action === 'update') && ctx.params.status === 'published')
  );
}

export function isWrite(ctx: DocumentContext): boolean {
  return ctx.action === 'create' || ctx.action === 'update';
}

/** The locale a single-locale call is about; Strapi uses the default locale ("bg") when none is given. */
export function localeOf(params: DocumentParams): string | undefined {
  return typeof params.locale === 'string' && params.locale !== '*' ? params.locale : undefined;
}

/**
 * Draft rows of a document (one per locale), optionally of one locale. Reads through `strapi.db`, so
 * it does not re-enter the document middlewares.
 */
export async function draftRows(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale?: string,
  populate?: unknown,
): Promise<Row[]> {
  const where: Record<string, unknown> = { documentId, publishedAt: null };
  if (locale) where.locale = locale;
  const rows: unknown = await strapi.db
    .query(uid as never)
    .findMany({ where, ...(populate ? { populate } : {}) } as never);
  return rows as Row[];
}

/** Id of an entry from the result of create/update/publish (shapes differ by action). */
export function resultDocumentId(result: unknown): string | undefined {
  if (result && typeof result === 'object' && 'documentId' in result) {
    const id = (result as { documentId: unknown }).documentId;
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}
