/**
 * `npm run restore -- <archive> [--force]`: restores a Glasnik backup into the CMS named by the
 * environment (or cms/.env) and compares what arrived with the archive's manifest. Stop the CMS first.
 */
import { parseArgs } from 'node:util';
import { userPath } from './lib/backup/cli-args.ts';
import { formatBytes } from './lib/backup/create-backup.ts';
import { restoreBackup, type RestoreResult } from './lib/backup/restore-backup.ts';

const USAGE = `Usage: npm run restore -- <glasnik-backup-….tar.gz> [--force]

Checks every file of the archive against its manifest, then restores content, media library and uploaded
files into the CMS that DATABASE_CLIENT / DATABASE_FILENAME / DATABASE_URL / CMS_PUBLIC_DIR name
(environment first, then cms/.env). Stop the CMS before restoring. The target must be empty unless
--force is given (then everything in it is replaced). Admin users are not in backups: the first admin
comes from GLASNIK_ADMIN_EMAIL / GLASNIK_ADMIN_PASSWORD when the CMS starts.`;

function printReport(result: RestoreResult): void {
  const { manifest } = result;
  console.log('');
  console.log(
    `Restored into ${result.target} in ${(result.durationMs / 1000).toFixed(1)} s. Counts (backup → restored):`,
  );
  const rows: string[][] = [['type', 'locale', 'published', 'drafts', '']];
  for (const [uid, byLocale] of Object.entries(manifest.counts).sort()) {
    for (const [locale, expected] of Object.entries(byLocale).sort()) {
      const wrong = [...result.differences, ...result.notes].filter(
        (difference) => difference.uid === uid && difference.locale === locale,
      );
      const actual = (state: 'published' | 'draft') =>
        wrong.find((difference) => difference.state === state)?.actual ?? expected[state];
      rows.push([
        uid,
        locale,
        `${expected.published} → ${actual('published')}`,
        `${expected.draft} → ${actual('draft')}`,
        wrong.length ? 'DIFFERENT' : 'ok',
      ]);
    }
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows)
    console.log(`  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}`);
  console.log(
    result.filesChecked
      ? `Uploaded files: ${manifest.uploads.files} (${formatBytes(manifest.uploads.bytes)}), ${result.fileProblems.length ? `${result.fileProblems.length} missing or different: ${result.fileProblems.slice(0, 5).join('; ')}` : 'every sha256 matches the backup'}.`
      : 'Uploaded files: not on local disk (S3 or another provider); Strapi’s import transferred them.',
  );
  if (result.notes.length)
    console.log(
      `Note: ${result.notes.length} count(s) of plugin tables the CMS maintains itself differ (roles/permissions refreshed on start); not an error.`,
    );
  console.log('');
  console.log(
    'Not restored (not in backups): admin users and API tokens. Start the CMS: the first admin is created from',
  );
  console.log(
    'GLASNIK_ADMIN_EMAIL / GLASNIK_ADMIN_PASSWORD and the site token from STRAPI_READ_TOKEN, as on a first start.',
  );
  console.log(
    'Then rebuild the search index (`npm run search:reindex`) and the site (`npm run build -w @glasnik/site`).',
  );
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`Give exactly one archive to restore.\n\n${USAGE}`);
    return 2;
  }
  const result = await restoreBackup({
    archivePath: userPath(positionals[0]!),
    force: values.force ?? false,
    log: (line) => console.log(line),
  });
  printReport(result);
  const failed = result.differences.length > 0 || result.fileProblems.length > 0;
  console.log(
    JSON.stringify({
      target: result.target,
      durationMs: result.durationMs,
      differences: result.differences,
      fileProblems: result.fileProblems.length,
    }),
  );
  if (failed)
    console.error(
      '\nRestore finished, but the restored content does not match the backup (see DIFFERENT above).',
    );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
