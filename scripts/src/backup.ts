/**
 * `npm run backup [-- --out DIR] [--keep-daily N] [--keep-weekly M]`: one verified archive of the CMS's
 * content and uploads in <GLASNIK_DATA_DIR or .data>/backups, then optional pruning of older archives.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from './lib/paths.ts';
import { userPath, wholeNumber } from './lib/backup/cli-args.ts';
import { createBackup, formatBytes } from './lib/backup/create-backup.ts';
import type { RetentionPolicy } from './lib/backup/retention.ts';

const USAGE = `Usage: npm run backup [-- --out DIR] [--work-dir DIR] [--keep-daily N] [--keep-weekly M]

Writes glasnik-backup-YYYYMMDDTHHMMSSZ.tar.gz (content of every type and locale, drafts and published,
media library and every uploaded file, with a manifest of counts and sha256 checksums) into
DIR (default: $GLASNIK_DATA_DIR/backups or .data/backups). The CMS is found like Strapi finds it:
DATABASE_CLIENT / DATABASE_FILENAME / DATABASE_URL / CMS_PUBLIC_DIR from the environment, then cms/.env.
The snapshot and export are staged in --work-dir (default DIR; needs ~2x the archive size free).

Retention (only when asked for, by flag or by BACKUP_KEEP_DAILY / BACKUP_KEEP_WEEKLY): after a good backup,
keep the newest archive of each of the last N days that have one and of each of the last M ISO weeks;
delete the other glasnik-backup-*.tar.gz in DIR. Unset one of the two and it defaults to 7 daily / 4 weekly.
Admin users are not in the archive (Strapi exports leave them out).`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'work-dir': { type: 'string' },
      'keep-daily': { type: 'string' },
      'keep-weekly': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const outDir = values.out
    ? userPath(values.out)
    : path.join(process.env.GLASNIK_DATA_DIR ? userPath(process.env.GLASNIK_DATA_DIR) : DATA_DIR, 'backups');
  const keepDaily =
    wholeNumber(values['keep-daily'], '--keep-daily') ??
    wholeNumber(process.env.BACKUP_KEEP_DAILY, 'BACKUP_KEEP_DAILY');
  const keepWeekly =
    wholeNumber(values['keep-weekly'], '--keep-weekly') ??
    wholeNumber(process.env.BACKUP_KEEP_WEEKLY, 'BACKUP_KEEP_WEEKLY');
  const retention: RetentionPolicy | undefined =
    keepDaily === undefined && keepWeekly === undefined
      ? undefined
      : { keepDaily: keepDaily ?? 7, keepWeekly: keepWeekly ?? 4 };

  const result = await createBackup({
    outDir,
    workDir: values['work-dir'] ? userPath(values['work-dir']) : undefined,
    retention,
    log: (line) => console.log(line),
  });
  const { manifest } = result;
  const documents = Object.entries(manifest.counts)
    .filter(([uid]) => uid.startsWith('api::'))
    .reduce(
      (sum, [, byLocale]) => sum + Object.values(byLocale).reduce((inner, row) => inner + row.draft, 0),
      0,
    );
  console.log('');
  console.log(`Backup written: ${result.archivePath}`);
  console.log(
    `  ${formatBytes(result.bytes)} in ${(result.durationMs / 1000).toFixed(1)} s; ${documents} document versions (drafts) across ${Object.keys(manifest.counts).filter((uid) => uid.startsWith('api::')).length} content types; ${manifest.uploads.mediaLibraryEntries} media library entries, ${manifest.uploads.files} files (${formatBytes(manifest.uploads.bytes)}); every file checked against the manifest.`,
  );
  console.log(
    '  Not in the archive: admin users and API tokens, secrets (cms/.env), the search index and the built site.',
  );
  if (!retention)
    console.log(
      '  Retention: off (all archives kept). Use --keep-daily/--keep-weekly or BACKUP_KEEP_DAILY/BACKUP_KEEP_WEEKLY.',
    );
  console.log(
    JSON.stringify({
      archive: result.archivePath,
      bytes: result.bytes,
      durationMs: result.durationMs,
      removed: result.removedByRetention,
    }),
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
