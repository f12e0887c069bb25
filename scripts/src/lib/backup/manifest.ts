/**
 * The manifest inside every Glasnik backup: what was saved, from which system, how many items of each
 * type per locale, and a checksum of every file — so a restore can prove the archive is whole before
 * it touches a database, and prove afterwards that nothing was lost.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { z } from 'zod';

export const MANIFEST_NAME = 'manifest.json';
/** Folder inside the archive that holds Strapi's export (entities, links, configuration, uploads). */
export const EXPORT_DIR = 'export';
/** Where Strapi's export keeps the uploaded files, relative to the archive root. */
export const UPLOADS_PREFIX = `${EXPORT_DIR}/assets/uploads/`;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'is not a sha256 hex digest');

/** Published and draft rows of one content type in one locale (Strapi 5 keeps both rows of a published document). */
export const localeCountSchema = z.object({
  /** Rows with a publication date: what the public sees. */
  published: z.number().int().nonnegative(),
  /** Draft rows: one per document and locale, published or not. */
  draft: z.number().int().nonnegative(),
});
export type LocaleCount = z.infer<typeof localeCountSchema>;

/** `{ "api::news-article.news-article": { "bg": { published, draft }, … } }`; `-` stands for "not localized". */
export const countsSchema = z.record(z.string(), z.record(z.string(), localeCountSchema));
export type Counts = z.infer<typeof countsSchema>;

export const fileEntrySchema = z.object({
  /** Path inside the archive, always with forward slashes. */
  path: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256: sha256Hex,
});
export type FileEntry = z.infer<typeof fileEntrySchema>;

export const manifestSchema = z.object({
  format: z.literal('glasnik-backup/1'),
  glasnikVersion: z.string(),
  strapiVersion: z.string(),
  /** ISO 8601, UTC. */
  createdAt: z.iso.datetime(),
  database: z.object({
    client: z.enum(['sqlite', 'postgres']),
    /** How a consistent view was taken: an online SQLite backup copy, or the live database. */
    consistency: z.enum(['sqlite-online-backup', 'live-database']),
  }),
  counts: countsSchema,
  uploads: z.object({
    /** Files in the media library's storage (originals and every generated format). */
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    /** Media library entries (plugin::upload.file), each with its formats. */
    mediaLibraryEntries: z.number().int().nonnegative(),
  }),
  /** Every file in the archive except this manifest, sorted by path. */
  files: z.array(fileEntrySchema),
  /** What a restore will not bring back, said plainly to whoever restores. */
  notIncluded: z.array(z.string()),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const NOT_INCLUDED = [
  'admin users, their roles and API tokens (Strapi exports leave them out: the first admin is created from GLASNIK_ADMIN_EMAIL / GLASNIK_ADMIN_PASSWORD on start, the site read token from STRAPI_READ_TOKEN)',
  'secrets (cms/.env): keep them in your password manager, not beside the backups',
  'the search index: rebuild it with `npm run search:reindex` after a restore',
  'the built site: rebuild it with `npm run build -w @glasnik/site` after a restore',
];

/**
 * Parses a manifest read from an archive.
 * @throws {Error} naming the first field that is wrong.
 */
export function parseManifest(text: string, source: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${source}: ${MANIFEST_NAME} is not valid JSON (${(error as Error).message}); the archive is damaged.`,
      { cause: error },
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${source}: ${MANIFEST_NAME} field "${issue.path.join('.')}" ${issue.message}; this is not a Glasnik backup or it is damaged.`,
    );
  }
  return parsed.data;
}

/** sha256 and size of a file on disk, streamed. */
export async function hashFile(filePath: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(filePath)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Adds one row to the counts. */
export function addCount(
  counts: Counts,
  uid: string,
  locale: string | null | undefined,
  published: boolean,
): void {
  const byLocale = (counts[uid] ??= {});
  const row = (byLocale[locale ?? '-'] ??= { published: 0, draft: 0 });
  if (published) row.published += 1;
  else row.draft += 1;
}

export interface CountDifference {
  uid: string;
  locale: string;
  state: 'published' | 'draft';
  expected: number;
  actual: number;
}

/** Every (type, locale, state) whose count differs between the manifest and the restored system. */
export function compareCounts(expected: Counts, actual: Counts): CountDifference[] {
  const differences: CountDifference[] = [];
  const uids = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const uid of [...uids].sort()) {
    const locales = new Set([...Object.keys(expected[uid] ?? {}), ...Object.keys(actual[uid] ?? {})]);
    for (const locale of [...locales].sort()) {
      for (const state of ['published', 'draft'] as const) {
        const want = expected[uid]?.[locale]?.[state] ?? 0;
        const got = actual[uid]?.[locale]?.[state] ?? 0;
        if (want !== got) differences.push({ uid, locale, state, expected: want, actual: got });
      }
    }
  }
  return differences;
}
