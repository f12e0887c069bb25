/**
 * Files into the upload plugin's service (not its HTTP route), so images get Strapi's responsive
 * formats from sharp exactly as an editor's upload would. Files are found again by name, so a
 * second run reuses them.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { SeedContext } from './context';

/** Every file the seed uploads is named like this (real uploads are not): how a demo CMS is recognised. */
export const DEMO_FILE_PREFIX = 'dunavets-demo-';

export interface UploadSpec {
  /** File name in the media library; also the idempotency key, so it must be unique. */
  name: string;
  mime: 'image/jpeg' | 'image/png' | 'application/pdf';
  alternativeText?: string;
  caption?: string;
  /** Produces the bytes; only called when the file is not in the library yet. */
  render: () => Promise<Buffer> | Buffer;
}

const fileRow = z.object({ id: z.number(), name: z.string() }).loose();

/**
 * Uploads a generated file unless one with the same name exists.
 * @returns the upload file id (what media fields take).
 * @throws {Error} naming the file when the upload plugin refuses it or its name lacks the demo prefix.
 */
export async function ensureUpload(ctx: SeedContext, spec: UploadSpec): Promise<number> {
  if (!spec.name.startsWith(DEMO_FILE_PREFIX)) {
    throw new Error(
      `Demo file "${spec.name}" must be named "${DEMO_FILE_PREFIX}…": the name is how a demo CMS is recognised.`,
    );
  }
  const existing = fileRow.safeParse(
    await ctx.strapi.db
      .query('plugin::upload.file')
      .findOne({ where: { name: spec.name }, select: ['id', 'name'] }),
  );
  if (existing.success) return existing.data.id;

  const bytes = await spec.render();
  const filepath = path.join(ctx.tmpDir, spec.name);
  await writeFile(filepath, bytes);
  try {
    const uploaded: unknown = await ctx.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: {
          fileInfo: {
            name: spec.name,
            alternativeText: spec.alternativeText ?? null,
            caption: spec.caption ?? null,
          },
        },
        files: { filepath, originalFilename: spec.name, mimetype: spec.mime, size: bytes.length },
      });
    const [row] = z.array(fileRow).min(1).parse(uploaded);
    if (!row) throw new Error('the upload plugin returned no file');
    return row.id;
  } catch (error) {
    throw new Error(
      `Uploading the demo file "${spec.name}" failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
