/**
 * A benchmark corpus on disk: the SQLite database, the uploads folder and the secrets it was written
 * with (its API read token only matches these), so `bench:build` can start a CMS on it later.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../../src/lib/paths.ts';
import type { Secrets } from '../../src/lib/secrets.ts';

export interface CorpusDir {
  dir: string;
  databaseFile: string;
  publicDir: string;
  secretsFile: string;
  manifestFile: string;
}

/** Default folder of a corpus: `.data/bench/corpus-<items>-<seed>`. */
export function defaultCorpusDir(items: number, seed: number): string {
  return path.join(DATA_DIR, 'bench', `corpus-${items}-${seed}`);
}

export function corpusDir(dir: string): CorpusDir {
  const resolved = path.resolve(dir);
  return {
    dir: resolved,
    databaseFile: path.join(resolved, 'cms.db'),
    publicDir: path.join(resolved, 'public'),
    secretsFile: path.join(resolved, 'secrets.json'),
    manifestFile: path.join(resolved, 'corpus.json'),
  };
}

const manifestSchema = z.object({
  items: z.number(),
  seed: z.number(),
  images: z.number(),
  databaseClient: z.string(),
  counts: z.record(z.string(), z.number()),
  documents: z.record(z.string(), z.object({ bg: z.number(), en: z.number() })),
});
export type CorpusManifest = z.infer<typeof manifestSchema>;

export function writeCorpusFiles(corpus: CorpusDir, secrets: Secrets, manifest: CorpusManifest): void {
  writeFileSync(corpus.secretsFile, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  writeFileSync(corpus.manifestFile, JSON.stringify(manifest, null, 2));
}

/**
 * Reads a finished corpus.
 * @throws {Error} naming the folder when it holds no finished corpus (run bench:corpus first).
 */
export function readCorpus(corpus: CorpusDir): { secrets: Secrets; manifest: CorpusManifest } {
  if (!existsSync(corpus.manifestFile) || !existsSync(corpus.secretsFile)) {
    throw new Error(
      `${corpus.dir} holds no finished corpus (corpus.json and secrets.json are missing): run \`npm run bench:corpus -- --items 1000 --dir ${corpus.dir}\` first.`,
    );
  }
  const secrets = JSON.parse(readFileSync(corpus.secretsFile, 'utf8')) as Secrets;
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(corpus.manifestFile, 'utf8')));
  return { secrets, manifest };
}
