/**
 * `npm run backup` and `npm run restore` as an operator runs them, against a real Glasnik with the demo
 * content: back up while the CMS runs, restore into a fresh empty database and uploads folder, and find
 * every document of every type, locale and state unchanged (fields, documentIds, relations by documentId,
 * media by hash) and every uploaded file byte for byte. Then the ways it must refuse or fail safely.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree } from '../../src/lib/backup/archive.ts';
import { readInventory, resolveCmsTarget } from '../../src/lib/backup/cms-target.ts';
import type { Inventory } from '../../src/lib/backup/inventory-child.ts';
import { REPO_ROOT } from '../../src/lib/paths.ts';
import { startTestSystem, type TestSystem } from '../../src/lib/test-system.ts';

let system: TestSystem;
let work: string;
/** Environment naming the running test system's CMS (database, uploads, secrets). */
let sourceEnv: Record<string, string>;
let archive: string;

const GOOD_ARCHIVE = /^glasnik-backup-\d{8}T\d{6}Z\.tar\.gz$/;

interface Run {
  code: number | null;
  output: string;
}

function runScript(script: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), `scripts/src/${script}.ts`, ...args],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env, INIT_CWD: REPO_ROOT },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** An empty CMS target: its own SQLite file and uploads folder, the same secrets. */
function emptyTarget(name: string): Record<string, string> {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  return {
    ...sourceEnv,
    DATABASE_FILENAME: path.join(dir, 'cms.db'),
    CMS_PUBLIC_DIR: path.join(dir, 'public'),
  };
}

const inventoryOf = (env: Record<string, string>, file: string): Promise<Inventory> =>
  readInventory(resolveCmsTarget({ ...process.env, ...env }), path.join(work, file), {
    documents: true,
    log: () => {},
  });

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'glasnik-backup-test-'));
  // Cron off: an embargo released by the clock between backup and comparison would be a false alarm.
  system = await startTestSystem({ buildSite: false, cmsEnv: { CMS_CRON_ENABLED: 'false' } });
  sourceEnv = {
    ...system.secrets,
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(system.workDir, 'cms.db'),
    CMS_PUBLIC_DIR: path.join(system.workDir, 'public'),
    GLASNIK_ADMIN_EMAIL: 'admin@glasnik.test',
    GLASNIK_ADMIN_PASSWORD: 'Backup-test-2026',
  };
}, 240_000);

afterAll(async () => {
  await system?.dispose();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('backup and restore of the demo content', () => {
  it('writes one verified archive while the CMS runs', async () => {
    const out = path.join(work, 'backups');
    const run = await runScript('backup', ['--out', out], sourceEnv);
    expect(run.code, run.output).toBe(0);
    const names = readdirSync(out);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(GOOD_ARCHIVE);
    archive = path.join(out, names[0]!);
    expect(run.output).toContain(`Backup written: ${archive}`);
    expect(run.output).toMatch(/Not in the archive: admin users/);
  }, 90_000);

  it('restores into a fresh empty database and uploads folder with nothing lost and nothing changed', async () => {
    const target = emptyTarget('fresh');
    const run = await runScript('restore', [archive], target);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('every sha256 matches the backup');
    expect(run.output).toMatch(/admin users and API tokens/);
    expect(run.output).not.toContain('DIFFERENT');

    const [before, after] = await Promise.all([
      inventoryOf(sourceEnv, 'source.json'),
      inventoryOf(target, 'restored.json'),
    ]);
    // The demo content is really there (not an empty-equals-empty pass): both locales, drafts and published.
    const news = before.documents?.['api::news-article.news-article'];
    expect(news?.bg?.published?.length).toBeGreaterThan(10);
    expect(news?.en?.draft?.length).toBeGreaterThan(news?.en?.published?.length ?? 0);
    expect(before.mediaLibrary?.length).toBeGreaterThan(10);

    expect(after.counts).toEqual(before.counts);
    for (const [uid, byLocale] of Object.entries(before.documents ?? {})) {
      for (const [locale, byStatus] of Object.entries(byLocale)) {
        for (const [status, documents] of Object.entries(byStatus)) {
          expect(after.documents?.[uid]?.[locale]?.[status], `${uid} ${locale} ${status}`).toEqual(documents);
        }
      }
    }
    expect(after.mediaLibrary).toEqual(before.mediaLibrary);

    // Dot-files are placeholders (Strapi's import writes an empty uploads/.gitkeep), not uploads.
    const uploadsIn = async (publicDir: string) =>
      (await hashTree(publicDir, 'uploads')).filter((file) => !path.basename(file.path).startsWith('.'));
    const sourceFiles = await uploadsIn(path.join(system.workDir, 'public'));
    const restoredFiles = await uploadsIn(target.CMS_PUBLIC_DIR!);
    expect(sourceFiles.length).toBeGreaterThan(50);
    expect(restoredFiles).toEqual(sourceFiles);
  }, 150_000);

  it('refuses to restore into a CMS that already holds content, and changes nothing', async () => {
    const target = { ...sourceEnv };
    const uploads = path.join(system.workDir, 'public');
    const before = await hashTree(uploads, 'uploads');
    const run = await runScript('restore', [archive], target);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/Refused: the target CMS \(SQLite .*\) is not empty — it holds \d+ rows/);
    expect(run.output).toContain('--force');
    expect(run.output).not.toContain('[strapi import]');
    expect(await hashTree(uploads, 'uploads')).toEqual(before);
  }, 60_000);
});

describe('a damaged archive is refused before anything is touched', () => {
  it('refuses an archive whose uploaded file was changed after the backup', async () => {
    const unpacked = path.join(work, 'tamper');
    mkdirSync(unpacked);
    expect(spawnSync('tar', ['-xzf', archive, '-C', unpacked]).status).toBe(0);
    const uploads = path.join(unpacked, 'export', 'assets', 'uploads');
    const victim = readdirSync(uploads).find((name) => name.endsWith('.jpg'))!;
    writeFileSync(path.join(uploads, victim), 'not the photo any more');
    const tampered = path.join(work, 'tampered.tar.gz');
    expect(spawnSync('tar', ['-czf', tampered, '-C', unpacked, 'manifest.json', 'export']).status).toBe(0);

    const target = emptyTarget('tampered-target');
    const run = await runScript('restore', [tampered], target);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`export/assets/uploads/${victim} has `);
    expect(run.output).toContain('Nothing was changed');
    expect(existsSync(target.DATABASE_FILENAME!)).toBe(false);
    expect(readdirSync(path.join(target.CMS_PUBLIC_DIR!, 'uploads'))).toEqual([]);
  }, 60_000);

  it('refuses a truncated archive', async () => {
    const truncated = path.join(work, 'truncated.tar.gz');
    copyFileSync(archive, truncated);
    truncateSync(truncated, 300_000);
    const target = emptyTarget('truncated-target');
    const run = await runScript('restore', [truncated], target);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/Refused: truncated\.tar\.gz cannot be read: .*(truncated|gzip)/);
    expect(existsSync(target.DATABASE_FILENAME!)).toBe(false);
  }, 60_000);
});

/** A 1 MiB tmpfs stands in for a full backup disk (mounting needs root; elsewhere these tests are skipped). */
function mountTinyDisk(dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  return (
    process.getuid?.() === 0 &&
    spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]).status === 0
  );
}

describe('a full disk', () => {
  const disk = path.join(tmpdir(), `glasnik-full-disk-${process.pid}`);
  const mounted = mountTinyDisk(disk);
  afterAll(() => {
    if (mounted) spawnSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  });

  const expectNothingNamedAsGood = () => {
    const left = readdirSync(disk);
    expect(left.filter((name) => GOOD_ARCHIVE.test(name))).toEqual([]);
    // Neither the .partial archive nor the staging folder is left to fill the disk further.
    expect(left).toEqual([]);
  };

  it.skipIf(!mounted)(
    'while writing the archive: clear error, exit 1, no archive named as good',
    async () => {
      const run = await runScript(
        'backup',
        ['--out', disk, '--work-dir', path.join(work, 'staging')],
        sourceEnv,
      );
      expect(run.code).toBe(1);
      expect(run.output).toMatch(/Backup failed: the disk is full/);
      expect(run.output).toMatch(/No archive was written/);
      expect(run.output).not.toContain('Backup written');
      expectNothingNamedAsGood();
    },
    90_000,
  );

  it.skipIf(!mounted)(
    'while taking the database snapshot: clear error, exit 1, nothing left behind',
    async () => {
      const run = await runScript('backup', ['--out', disk], sourceEnv);
      expect(run.code).toBe(1);
      expect(run.output).toMatch(/Backup failed: the disk is full/);
      expectNothingNamedAsGood();
    },
    90_000,
  );
});
