/**
 * `npm run restore <archive>`: check the archive against its manifest, refuse a CMS that already holds
 * content (unless forced), bring back content and files with Strapi's import, then count what arrived
 * and compare it with the manifest, type by type and locale by locale, and every uploaded file's sha256.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCommand } from '../service.ts';
import { verifyArchive } from './archive.ts';
import { assertCmsBuilt, readInventory, resolveCmsTarget, runStrapi, type CmsTarget } from './cms-target.ts';
import {
  compareCounts,
  EXPORT_DIR,
  hashFile,
  UPLOADS_PREFIX,
  type CountDifference,
  type Manifest,
} from './manifest.ts';

export interface RestoreOptions {
  archivePath: string;
  /** Replace the content of a CMS that is not empty. */
  force?: boolean;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface RestoreResult {
  manifest: Manifest;
  target: string;
  /** Content types and media library whose counts differ from the manifest (must be empty). */
  differences: CountDifference[];
  /** Differences in plugin tables the CMS refills on start (roles, permissions): reported, not fatal. */
  notes: CountDifference[];
  /** Uploaded files that are missing or differ in the target's uploads folder. */
  fileProblems: string[];
  /** false when uploads are not on local disk (e.g. S3): then the import alone vouches for them. */
  filesChecked: boolean;
  durationMs: number;
}

/** The archive or the target was refused before anything was changed. */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

/**
 * Restores an archive into the CMS named by the environment (DATABASE_*, CMS_PUBLIC_DIR, cms/.env).
 * @throws {RestoreRefusedError} for a damaged or tampered archive, or a non-empty target without `force`
 *   — in both cases nothing was changed.
 * @throws {Error} when Strapi's import fails midway (the target may then be partly restored: run again with --force).
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => console.log(line));
  if (!existsSync(options.archivePath))
    throw new RestoreRefusedError(
      `There is no file at ${options.archivePath}: give the path of a glasnik-backup-….tar.gz archive.`,
    );
  const target = resolveCmsTarget(options.env);
  assertCmsBuilt();

  log(`restore: checking every file of ${path.basename(options.archivePath)} against its manifest`);
  let manifest: Manifest;
  try {
    manifest = await verifyArchive(options.archivePath);
  } catch (error) {
    throw new RestoreRefusedError(
      `Refused: ${(error as Error).message} Nothing was changed. Use another backup.`,
    );
  }
  log(
    `restore: archive is whole (${manifest.files.length} files, made ${manifest.createdAt} from ${manifest.database.client}, Glasnik ${manifest.glasnikVersion}, Strapi ${manifest.strapiVersion})`,
  );

  const workDir = mkdtempSync(path.join(tmpdir(), 'glasnik-restore-'));
  try {
    if (target.sqliteFile) mkdirSync(path.dirname(target.sqliteFile), { recursive: true });
    mkdirSync(target.uploadsDir, { recursive: true });
    const before = await readInventory(target, path.join(workDir, 'before.json'), { log: quiet(log) });
    const present = before.contentUids
      .map((uid) => ({ uid, rows: total(before.counts[uid]) }))
      .filter(({ rows }) => rows > 0)
      .sort((a, b) => b.rows - a.rows);
    const filesPresent = readdirSync(target.uploadsDir).filter((name) => !name.startsWith('.')).length;
    if ((present.length || filesPresent) && !options.force) {
      const holds = [
        ...(present.length
          ? [
              `${present.reduce((sum, { rows }) => sum + rows, 0)} rows in ${present.length} content types (${present
                .slice(0, 3)
                .map(({ uid, rows }) => `${uid}: ${rows}`)
                .join(', ')}${present.length > 3 ? ', …' : ''})`,
            ]
          : []),
        ...(filesPresent ? [`${filesPresent} files in ${target.uploadsDir}`] : []),
      ];
      throw new RestoreRefusedError(
        `Refused: the target CMS (${target.description}) is not empty — it holds ${holds.join(' and ')}. Restore into an empty database and uploads folder, or pass --force to replace everything in it. Nothing was changed.`,
      );
    }
    if (present.length || filesPresent)
      log(`restore: --force: replacing the content of ${target.description}`);

    await runCommand(
      'tar',
      [
        '--extract',
        '--gzip',
        '--file',
        path.resolve(options.archivePath),
        '--directory',
        workDir,
        EXPORT_DIR,
      ],
      { name: 'tar', log },
    );
    log(`restore: importing into ${target.description}, uploads into ${target.uploadsDir}`);
    await runStrapi(target, ['import', '--force', '--file', path.join(workDir, EXPORT_DIR)], { log });

    const after = await readInventory(target, path.join(workDir, 'after.json'), { log: quiet(log) });
    const all = compareCounts(manifest.counts, pick(after.counts, Object.keys(manifest.counts)));
    const strict = (uid: string) =>
      uid.startsWith('api::') || uid.startsWith('plugin::upload.') || uid === 'plugin::i18n.locale';
    const { problems: fileProblems, checked } = await checkUploads(manifest, target);
    return {
      manifest,
      target: target.description,
      differences: all.filter((difference) => strict(difference.uid)),
      notes: all.filter((difference) => !strict(difference.uid)),
      fileProblems,
      filesChecked: checked,
      durationMs: Date.now() - started,
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Compares the target's uploads folder with the archive's checksums (local upload provider only). */
async function checkUploads(
  manifest: Manifest,
  target: CmsTarget,
): Promise<{ problems: string[]; checked: boolean }> {
  const uploads = manifest.files.filter((file) => file.path.startsWith(UPLOADS_PREFIX));
  const local = uploads.map((file) => ({
    file,
    onDisk: path.join(target.uploadsDir, file.path.slice(UPLOADS_PREFIX.length)),
  }));
  if (uploads.length > 0 && !local.some(({ onDisk }) => existsSync(onDisk)))
    return { problems: [], checked: false };
  const problems: string[] = [];
  for (const { file, onDisk } of local) {
    if (!existsSync(onDisk)) {
      problems.push(`${onDisk} is missing`);
      continue;
    }
    const actual = await hashFile(onDisk);
    if (actual.sha256 !== file.sha256 || actual.size !== file.size)
      problems.push(`${onDisk} differs from the backup`);
  }
  return { problems, checked: true };
}

function pick<T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(keys.flatMap((key) => (key in record ? [[key, record[key]!]] : [])));
}

function total(byLocale: Record<string, { draft: number; published: number }> | undefined): number {
  return Object.values(byLocale ?? {}).reduce((sum, row) => sum + row.draft + row.published, 0);
}

/** Strapi's boot chatter is noise during an inventory; keep warnings and errors. */
function quiet(log: (line: string) => void): (line: string) => void {
  return (line) => {
    if (/error|warn/i.test(line)) log(line);
  };
}
