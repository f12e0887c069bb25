/**
 * A digest of everything besides content that shapes the site's pages: its source (templates, styles,
 * code, integrations, public files), the CMS contract it imports (URL shapes, types, slugs), its config,
 * the dependency lock file (an Astro or sharp upgrade) and the settings given to the build. A page whose cacheKey is unchanged may be left in place only while
 * this digest is the same: a cacheKey covers the page's data, not the code that renders it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const SOURCE_FOLDERS = ['src', 'integrations', 'public', '../cms/contract'];
// The contract re-exports the CMS's transliteration (slugs); the lock file pins Astro, sharp and the rest.
const SOURCE_FILES = [
  'astro.config.ts',
  'astro.config.mjs',
  'package.json',
  '../cms/src/lib/transliterate.ts',
  '../package-lock.json',
];

/**
 * sha256 over the site's source files (path and content, in a fixed order) and `settings`.
 * @param siteRoot the site folder (Astro's `root`).
 * @param settings the build's settings that shape pages, as one string (the relevant Astro config).
 */
export async function codeDigestOf(siteRoot: string, settings: string): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    ...(await Promise.all(SOURCE_FOLDERS.map((folder) => filesUnder(siteRoot, folder)))).flat(),
    ...SOURCE_FILES.filter((file) => existsSync(path.join(siteRoot, file))),
  ].sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(siteRoot, file)));
    hash.update('\0');
  }
  hash.update(settings);
  return hash.digest('hex');
}

/** Files under `folder` of `root`, relative to `root` with `/` separators; none when it does not exist. */
async function filesUnder(root: string, folder: string): Promise<string[]> {
  if (!existsSync(path.join(root, folder))) return [];
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
