/**
 * Idempotent writes through the Document Service, so every Glasnik document middleware (validation,
 * slugs, reference numbers, review stages, embargo) sees the seed exactly as it sees an editor.
 * A document is found by a stable key in the default locale (bg); only what is missing is written.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { count, type SeedContext } from './context';

export type Locale = 'bg' | 'en';
export type Data = Record<string, unknown>;

interface DocumentsApi {
  findFirst(params: Data): Promise<unknown>;
  findOne(params: Data): Promise<unknown>;
  findMany(params: Data): Promise<unknown>;
  count(params: Data): Promise<number>;
  create(params: Data): Promise<unknown>;
  update(params: Data): Promise<unknown>;
  publish(params: Data): Promise<unknown>;
}

const documentRef = z.object({ documentId: z.string().min(1) }).loose();

/** The Document Service of one content type, typed to the calls the seed makes. */
export function documentsOf(strapi: Core.Strapi, uid: string): DocumentsApi {
  // Strapi types the service per UID literal; the seed works from UIDs as strings.
  return strapi.documents(uid as never) as unknown as DocumentsApi;
}

/** documentId of the draft in `locale` whose `field` equals `value`, if there is one. */
export async function findDocumentId(
  strapi: Core.Strapi,
  uid: string,
  locale: Locale,
  filters: Data,
): Promise<string | undefined> {
  const found = await documentsOf(strapi, uid).findFirst({
    locale,
    status: 'draft',
    filters,
    fields: ['documentId'],
  });
  const parsed = documentRef.safeParse(found);
  return parsed.success ? parsed.data.documentId : undefined;
}

export interface LocalizedDocument {
  uid: string;
  /** Label in the run summary, e.g. "news-article". */
  label: string;
  /** Fields identifying the document in bg, e.g. { slug: 'zapochva-remontat' } or { registerNumber: … }. */
  key: Data;
  bg: Data;
  /** The English translation; none leaves the document in Bulgarian only. */
  en: Data | undefined;
  /** Publish both locales after writing (an embargo may still hold it back). */
  publish: boolean;
}

/**
 * Creates the bg version, adds the en translation on the same documentId and publishes both, unless
 * the document already exists. A run interrupted after the bg version resumes with the translation.
 * @returns the documentId and whether anything was written.
 * @throws {Error} naming the document when Strapi refuses a write (e.g. a validation message).
 */
export async function ensureLocalizedDocument(
  ctx: SeedContext,
  spec: LocalizedDocument,
): Promise<{ documentId: string; created: boolean }> {
  const service = documentsOf(ctx.strapi, spec.uid);
  const describe = `${spec.label} ${JSON.stringify(spec.key)}`;
  const attempt = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw new Error(`Seeding ${describe} failed at "${step}": ${errorText(error)}`, { cause: error });
    }
  };

  let documentId = await findDocumentId(ctx.strapi, spec.uid, 'bg', spec.key);
  let created = false;
  if (!documentId) {
    const result = await attempt('create bg', () => service.create({ locale: 'bg', data: spec.bg }));
    documentId = documentRef.parse(result).documentId;
    created = true;
  }
  const en = spec.en;
  const enExists = documentRef.safeParse(
    await service.findOne({ documentId, locale: 'en', status: 'draft', fields: ['documentId'] }),
  ).success;
  if (en && !enExists) {
    const id = documentId;
    await attempt('add en translation', () => service.update({ documentId: id, locale: 'en', data: en }));
    created = true;
  }
  if (created && spec.publish) {
    const id = documentId;
    await attempt('publish', () => service.publish({ documentId: id, locale: '*' }));
  }
  count(ctx, spec.label, created);
  return { documentId, created };
}

/** Is there a published version of the document in `locale`? */
export async function isPublished(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: Locale,
): Promise<boolean> {
  return documentRef.safeParse(
    await documentsOf(strapi, uid).findOne({
      documentId,
      locale,
      status: 'published',
      fields: ['documentId'],
    }),
  ).success;
}

/** Strapi validation errors carry the field-level details that say what to fix. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = (error as Error & { details?: unknown }).details;
  return details === undefined ? error.message : `${error.message} ${JSON.stringify(details)}`;
}
