/**
 * Building blocks of the Strapi 5 REST read API as Glasnik's site and scripts receive it: flat attributes,
 * `documentId`, `locale`, media objects, and the `data` / `meta.pagination` envelope.
 * Unknown keys are dropped (zod's default), so the CMS may add fields without breaking readers.
 */
import { z } from 'zod';
import { locales } from './locales';

/** A list Strapi may send as `null` when empty or leave out when not populated; readers always get an array. */
export function list<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((value): z.output<T>[] => value ?? []);
}

/** A text attribute that may be empty; readers get `null` instead of `""` or a missing key. */
export const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value === undefined || value === null || value.trim() === '' ? null : value));

/** An ISO 8601 date-time as Strapi sends it (`2026-03-01T10:00:00.000Z`). */
export const dateTime = z.iso.datetime({ offset: true });

/** A calendar date as Strapi sends `date` attributes (`2026-03-01`). */
export const calendarDate = z.iso.date();

/** One rendition of an image in `media.formats` (Strapi makes thumbnail, small, medium, large). */
export const mediaFormatSchema = z.object({
  /** Path (`/uploads/…`) or absolute URL of this rendition. */
  url: z.string().min(1),
  width: z.number().int().positive().nullish(),
  height: z.number().int().positive().nullish(),
  /** MIME type, e.g. `image/jpeg`. */
  mime: z.string().nullish(),
  /** Size in kilobytes (Strapi's unit). */
  size: z.number().nullish(),
});
export type MediaFormat = z.infer<typeof mediaFormatSchema>;

/** An uploaded file as the upload plugin returns it inside a document. */
export const mediaSchema = z.object({
  id: z.number().int().nullish(),
  documentId: z.string().nullish(),
  /** File name as uploaded, e.g. `plovdiv-square.jpg`. */
  name: z.string(),
  /** Alternative text entered in the media library; may be empty for decorative or non-image files. */
  alternativeText: optionalText,
  caption: optionalText,
  /** Pixel size of the original; `null` for documents, audio and video. */
  width: z.number().int().positive().nullish(),
  height: z.number().int().positive().nullish(),
  /** Renditions of an image; `null` for non-images and small images. */
  formats: z.record(z.string(), mediaFormatSchema).nullish(),
  /** Extension with the dot, e.g. `.jpg`. */
  ext: z.string().nullish(),
  mime: z.string(),
  /** Size of the original in kilobytes (Strapi's unit). */
  size: z.number().nonnegative(),
  /** Path (`/uploads/…`, local provider) or absolute URL (cloud providers) of the original. */
  url: z.string().min(1),
});
export type Media = z.infer<typeof mediaSchema>;

/** Fields every Strapi document carries in a REST response. */
export const documentBaseSchema = z.object({
  /** Row id; differs per locale and per draft/published version. Use `documentId` to identify content. */
  id: z.number().int(),
  /** Stable id of the document across locales and versions. */
  documentId: z.string().min(1),
  createdAt: dateTime,
  updatedAt: dateTime,
  /** When this version was published; the read API returns published versions only. */
  publishedAt: dateTime.nullish(),
});

/** Fields of every localized document. */
export const localizedDocumentSchema = documentBaseSchema.extend({
  locale: z.enum(locales),
});

/** `meta.pagination` of a collection response. */
export const paginationSchema = z.object({
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  pageCount: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type Pagination = z.infer<typeof paginationSchema>;

/**
 * Envelope of `GET /api/<plural>`: items stay `unknown` so each can be validated on its own and a bad
 * one named by its id.
 */
export const collectionEnvelopeSchema = z.object({
  data: z.array(z.unknown()),
  meta: z.object({ pagination: paginationSchema }),
});

/** Envelope of `GET /api/<single-type>`. */
export const singleEnvelopeSchema = z.object({
  data: z.unknown(),
});

/** A reference to a related document when only its identity and slug are needed (populated relation). */
export const relationRefSchema = localizedDocumentSchema.pick({ id: true, documentId: true }).extend({
  locale: z.enum(locales).nullish(),
  slug: z.string().nullish(),
  title: z.string().nullish(),
});
