/**
 * The search-only key the public site uses: action `search` on `glasnik_bg` and `glasnik_en`, nothing
 * else. Created once with the master key (which never leaves the server side) and written to
 * `<data dir>/search-key.json`, from where `npm start` hands it to the site build as MEILI_SEARCH_KEY.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { locales, searchIndexName } from '@glasnik/cms/contract/search';
import type { MeiliClient, MeiliKey } from '../../../../cms/src/search/meili-http.ts';

export const SEARCH_KEY_NAME = 'glasnik-public-search';
export const SEARCH_KEY_FILE = 'search-key.json';

const searchKeyFileSchema = z.object({
  key: z.string().min(1),
  uid: z.string(),
  indexes: z.array(z.string()),
});

function isOurs(key: MeiliKey, indexes: readonly string[]): boolean {
  return (
    key.name === SEARCH_KEY_NAME &&
    key.expiresAt == null &&
    key.actions.length === 1 &&
    key.actions[0] === 'search' &&
    [...key.indexes].sort().join() === [...indexes].sort().join()
  );
}

/**
 * Returns the search-only key, creating it when missing. `meili` must use the master key.
 * @throws {import('../../../../cms/src/search/meili-http.ts').MeiliHttpError} when keys cannot be listed or created.
 */
export async function ensureSearchKey(meili: MeiliClient): Promise<MeiliKey> {
  const indexes = locales.map((locale) => searchIndexName(locale));
  const existing = (await meili.listKeys()).find((key) => isOurs(key, indexes));
  if (existing) return existing;
  return meili.createKey({
    name: SEARCH_KEY_NAME,
    description: 'Glasnik public site: search the published-content indexes only.',
    actions: ['search'],
    indexes,
    expiresAt: null,
  });
}

/** Writes the key for `npm start` (mode 600: it is public in the site, but not ours to scatter). */
export function writeSearchKeyFile(dataDir: string, key: MeiliKey): string {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SEARCH_KEY_FILE);
  writeFileSync(file, `${JSON.stringify({ key: key.key, uid: key.uid, indexes: key.indexes }, null, 2)}\n`, {
    mode: 0o600,
  });
  return file;
}

/**
 * The search-only key for the site build: MEILI_SEARCH_KEY from the environment, else the one the last
 * reindex wrote under `dataDir`; undefined when neither exists (the search page then says search is off).
 */
export function readSearchKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.MEILI_SEARCH_KEY) return env.MEILI_SEARCH_KEY;
  const file = path.join(dataDir, SEARCH_KEY_FILE);
  if (!existsSync(file)) return undefined;
  const parsed = searchKeyFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data.key : undefined;
}
