/**
 * A seeded CMS database and uploads folder made once and copied by every throw-away test system.
 * Seeding the demo newsroom takes 20-60 s on this machine (pictures, PDFs, hundreds of documents through
 * the Document Service); a test suite that starts six systems would spend minutes doing the same work.
 * The template is keyed by the CMS's sources (schemas, middlewares, seed data), so any change to what
 * seeding produces makes a fresh one. SQLite only: PostgreSQL systems seed as usual.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CMS_DIR } from './paths.ts';
import { generateSecrets, type Secrets } from './secrets.ts';
import { runCommand } from './service.ts';

export interface SeedTemplate {
  dir: string;
  /** Secrets the template was seeded with: its API token and admin rows only match these. */
  secrets: Secrets;
}

/** Copies the template's database and uploads into a system's work folder. */
export function copySeedTemplate(template: SeedTemplate, databaseFile: string, publicDir: string): void {
  cpSync(path.join(template.dir, 'cms.db'), databaseFile);
  // SQLite runs in WAL mode: committed pages not yet checkpointed live in the -wal file beside it.
  const wal = path.join(template.dir, 'cms.db-wal');
  if (existsSync(wal)) cpSync(wal, `${databaseFile}-wal`);
  cpSync(path.join(template.dir, 'public'), publicDir, { recursive: true });
}

/**
 * Returns the template for the current CMS sources, seeding it first if there is none yet. Safe when
 * several test processes ask at once: each seeds into its own folder and the first rename wins.
 * @throws {Error} when seeding fails (with the seed's last output lines).
 */
export async function ensureSeedTemplate(log: (line: string) => void): Promise<SeedTemplate> {
  const dir = path.join(tmpdir(), `glasnik-seed-template-${sourcesKey()}`);
  const secretsFile = path.join(dir, 'secrets.json');
  if (existsSync(secretsFile))
    return { dir, secrets: JSON.parse(readFileSync(secretsFile, 'utf8')) as Secrets };

  const building = mkdtempSync(`${dir}.building-`);
  const secrets = generateSecrets();
  mkdirSync(path.join(building, 'public', 'uploads'), { recursive: true });
  try {
    await runCommand('npm', ['run', 'seed', '-w', '@glasnik/cms'], {
      name: 'seed-template',
      env: {
        ...secrets,
        STRAPI_TELEMETRY_DISABLED: 'true',
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(building, 'cms.db'),
        CMS_PUBLIC_DIR: path.join(building, 'public'),
        // No search yet: every system indexes its own copy when it starts.
        MEILI_URL: '',
        CMS_CRON_ENABLED: 'false',
      },
      log,
    });
    writeFileSync(path.join(building, 'secrets.json'), JSON.stringify(secrets));
    try {
      renameSync(building, dir);
    } catch {
      // Another process finished first: use theirs.
      rmSync(building, { recursive: true, force: true });
    }
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
  return { dir, secrets: JSON.parse(readFileSync(secretsFile, 'utf8')) as Secrets };
}

/** A hash of every file that decides what seeding produces. */
function sourcesKey(): string {
  const hash = createHash('sha256');
  for (const folder of ['src', 'config', 'scripts']) {
    const root = path.join(CMS_DIR, folder);
    if (!existsSync(root)) continue;
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) {
      hash.update(path.relative(CMS_DIR, file));
      hash.update(readFileSync(file));
    }
  }
  hash.update(statSync(path.join(CMS_DIR, 'package.json')).size.toString());
  // The demo's dates are relative to the day it is seeded (coming events, a future embargo).
  hash.update(new Date().toISOString().slice(0, 10));
  return hash.digest('hex').slice(0, 16);
}
