/**
 * `npm run backup`: a consistent copy of the CMS's content and uploaded files in one archive.
 *
 * How: Strapi's own export (content of every type and locale, drafts and published, relations, media
 * library, uploaded files, locales, configuration) — because it restores into an empty instance of either
 * database. For SQLite the export reads an online-backup copy of the database taken first, so an editor
 * saving meanwhile cannot leave the archive half old, half new. The archive is written as `.partial`,
 * read back and checked against the manifest, and only then renamed: a file named
 * `glasnik-backup-….tar.gz` is always complete.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR, REPO_ROOT } from '../paths.ts';
import { ServiceStartError } from '../service.ts';
import { hashTree, packArchive, verifyArchive } from './archive.ts';
import { assertCmsBuilt, resolveCmsTarget, runStrapi, type CmsTarget } from './cms-target.ts';
import {
  addCount,
  EXPORT_DIR,
  MANIFEST_NAME,
  NOT_INCLUDED,
  UPLOADS_PREFIX,
  type Counts,
  type Manifest,
} from './manifest.ts';
import { archiveNameFor, planRetention, type RetentionPolicy } from './retention.ts';

export interface BackupOptions {
  /** Folder the archive goes to (created when missing). */
  outDir: string;
  /**
   * Where the database snapshot and the unpacked export are staged while the archive is built (default:
   * `outDir`). Needs about twice the archive's size free; set it when the backup disk is slow or remote.
   */
  workDir?: string;
  /** Prune older archives in `outDir` after a good backup; undefined keeps everything. */
  retention?: RetentionPolicy;
  /** Moment the archive is named after (default now). */
  now?: Date;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface BackupResult {
  archivePath: string;
  bytes: number;
  manifest: Manifest;
  durationMs: number;
  removedByRetention: string[];
}

/** A failed backup; the message says what failed and confirms no archive was left named as good. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * Writes one verified backup archive.
 * @throws {BackupError} when anything fails (no space, CMS not built, database missing, export failed,
 *   archive did not verify); the partial archive and staging folder are removed first.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const target = resolveCmsTarget(options.env);
  assertCmsBuilt();
  const name = archiveNameFor(options.now ?? new Date());
  const archivePath = path.join(options.outDir, name);
  const partialPath = `${archivePath}.partial`;
  const stagingDir = path.join(options.workDir ?? options.outDir, `.${name}.staging`);
  if (existsSync(archivePath))
    throw new BackupError(`${archivePath} already exists: wait a second and run the backup again.`);

  try {
    mkdirSync(options.outDir, { recursive: true });
    mkdirSync(stagingDir, { recursive: true });
    log(`backup: reading ${target.description}, uploads in ${target.uploadsDir}`);
    const envOverride = await takeConsistentView(target, stagingDir, log);
    await runStrapi(
      target,
      ['export', '--no-encrypt', '--format', 'dir', '--file', path.join(stagingDir, EXPORT_DIR)],
      { log, env: envOverride },
    );
    rmSync(path.join(stagingDir, 'snapshot.db'), { force: true });

    const manifest = await buildManifest(target, stagingDir);
    writeFileSync(path.join(stagingDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
    log(`backup: packing ${manifest.files.length} files into ${path.basename(partialPath)}`);
    await packArchive(stagingDir, [EXPORT_DIR], partialPath, log);
    await verifyArchive(partialPath);
    renameSync(partialPath, archivePath);
    const removedByRetention = options.retention ? pruneArchives(options.outDir, options.retention, log) : [];
    return {
      archivePath,
      bytes: statSync(archivePath).size,
      manifest,
      durationMs: Date.now() - started,
      removedByRetention,
    };
  } catch (error) {
    rmSync(partialPath, { force: true });
    throw new BackupError(explainFailure(error, options.outDir, name));
  } finally {
    rmSync(stagingDir, { recursive: true, force: true });
  }
}

/**
 * SQLite: copy the database with SQLite's online backup (a consistent snapshot even while Strapi
 * writes) and point the export at the copy. PostgreSQL: the export reads the live database; run backups
 * when no one is editing (the documented schedule is at night).
 */
async function takeConsistentView(
  target: CmsTarget,
  stagingDir: string,
  log: (line: string) => void,
): Promise<Record<string, string>> {
  if (target.client !== 'sqlite' || !target.sqliteFile) return {};
  if (!existsSync(target.sqliteFile)) {
    throw new Error(
      `there is no CMS database at ${target.sqliteFile} (DATABASE_FILENAME): start the CMS once, or point DATABASE_FILENAME at the database to back up`,
    );
  }
  const snapshot = path.join(stagingDir, 'snapshot.db');
  type SqliteDatabase = { backup(destination: string): Promise<unknown>; close(): void };
  const Database = createRequire(path.join(CMS_DIR, 'package.json'))('better-sqlite3') as new (
    file: string,
    options: { readonly: boolean; fileMustExist: boolean },
  ) => SqliteDatabase;
  const database = new Database(target.sqliteFile, { readonly: true, fileMustExist: true });
  try {
    await database.backup(snapshot);
  } finally {
    database.close();
  }
  log(`backup: took a consistent SQLite snapshot (${formatBytes(statSync(snapshot).size)})`);
  return { DATABASE_FILENAME: snapshot };
}

async function buildManifest(target: CmsTarget, stagingDir: string): Promise<Manifest> {
  const files = await hashTree(stagingDir, EXPORT_DIR);
  const exportDir = path.join(stagingDir, EXPORT_DIR);
  const counts: Counts = {};
  const referencedUploads = new Set<string>();
  let mediaLibraryEntries = 0;
  const entitiesDir = path.join(exportDir, 'entities');
  for (const file of existsSync(entitiesDir) ? readdirSync(entitiesDir).sort() : []) {
    for (const line of readFileSync(path.join(entitiesDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const entity = JSON.parse(line) as {
        type: string;
        data: {
          locale?: string | null;
          publishedAt?: string | null;
          url?: string;
          formats?: Record<string, { url?: string }> | null;
        };
      };
      addCount(
        counts,
        entity.type,
        entity.data.locale,
        entity.data.publishedAt !== null && entity.data.publishedAt !== undefined,
      );
      if (entity.type === 'plugin::upload.file') {
        mediaLibraryEntries += 1;
        for (const url of [
          entity.data.url,
          ...Object.values(entity.data.formats ?? {}).map((format) => format.url),
        ]) {
          if (url?.startsWith('/uploads/')) referencedUploads.add(url.slice('/uploads/'.length));
        }
      }
    }
  }
  const uploads = files.filter((file) => file.path.startsWith(UPLOADS_PREFIX));
  const present = new Set(uploads.map((file) => file.path.slice(UPLOADS_PREFIX.length)));
  const missing = [...referencedUploads].filter((upload) => !present.has(upload));
  if (missing.length) {
    throw new Error(
      `${missing.length} file(s) of the media library are missing from ${target.uploadsDir}, e.g. ${missing.slice(0, 3).join(', ')}: restore them from an older backup or delete those media library entries, then back up again`,
    );
  }
  const metadata = JSON.parse(readFileSync(path.join(exportDir, 'metadata.json'), 'utf8')) as {
    strapi?: { version?: string };
  };
  const rootPackage = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version?: string;
  };
  return {
    format: 'glasnik-backup/1',
    glasnikVersion: rootPackage.version ?? 'unknown',
    strapiVersion: metadata.strapi?.version ?? 'unknown',
    createdAt: new Date().toISOString(),
    database: {
      client: target.client,
      consistency: target.client === 'sqlite' ? 'sqlite-online-backup' : 'live-database',
    },
    counts,
    uploads: {
      files: uploads.length,
      bytes: uploads.reduce((sum, file) => sum + file.size, 0),
      mediaLibraryEntries,
    },
    files,
    notIncluded: NOT_INCLUDED,
  };
}

/** Deletes the archives the retention policy does not keep; returns their names. */
function pruneArchives(outDir: string, policy: RetentionPolicy, log: (line: string) => void): string[] {
  const plan = planRetention(readdirSync(outDir), policy);
  for (const name of plan.remove) rmSync(path.join(outDir, name), { force: true });
  log(
    `backup: retention (newest per day for ${policy.keepDaily} days, per ISO week for ${policy.keepWeekly} weeks): kept ${plan.keep.length}, removed ${plan.remove.length}${plan.remove.length ? ` (${plan.remove.join(', ')})` : ''}`,
  );
  return plan.remove;
}

function explainFailure(error: unknown, outDir: string, name: string): string {
  const text =
    error instanceof ServiceStartError
      ? `${error.message}\n${error.recentOutput.join('\n')}`
      : error instanceof Error
        ? error.message
        : String(error);
  const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const noArchive = `No archive was written: nothing named ${name} is in ${outDir}.`;
  if (/ENOSPC|No space left on device|SQLITE_FULL|disk is full/i.test(text)) {
    return `Backup failed: the disk is full (no space left on device) while writing to ${outDir} or its staging folder. Free space, or choose other folders with --out / --work-dir. ${noArchive}`;
  }
  return `Backup failed: ${firstLine?.replace(/\.$/, '')}. ${noArchive}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
