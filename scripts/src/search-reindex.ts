/**
 * `npm run search:reindex`: rebuilds the search indexes from the CMS and makes sure the site's
 * search-only key exists. Environment: CMS_URL (default http://127.0.0.1:1337), STRAPI_READ_TOKEN,
 * MEILI_URL (default http://127.0.0.1:7700), MEILI_MASTER_KEY (both secrets fall back to cms/.env),
 * GLASNIK_DATA_DIR (where search-key.json goes, default .data/), MEILI_SEARCH_KEY (use this key instead
 * of creating one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { MeiliClient, MeiliHttpError } from '../../cms/src/search/meili-http.ts';
import { CMS_ENV_FILE, DATA_DIR } from './lib/paths.ts';
import { CmsReadError } from './lib/search/cms-read.ts';
import { formatReport, reindexAll } from './lib/search/reindex.ts';
import { ensureSearchKey, writeSearchKeyFile } from './lib/search/search-key.ts';
import { parseEnvFile } from './lib/secrets.ts';

const saved = existsSync(CMS_ENV_FILE) ? parseEnvFile(readFileSync(CMS_ENV_FILE, 'utf8')) : {};
const setting = (name: string): string | undefined => process.env[name] || saved[name] || undefined;

async function main(): Promise<number> {
  const cmsUrl = setting('CMS_URL') ?? `http://127.0.0.1:${setting('CMS_PORT') ?? '1337'}`;
  const meiliUrl = setting('MEILI_URL') ?? `http://127.0.0.1:${setting('MEILI_PORT') ?? '7700'}`;
  const token = setting('STRAPI_READ_TOKEN');
  const masterKey = setting('MEILI_MASTER_KEY');
  if (!token) {
    console.error(
      'search:reindex needs STRAPI_READ_TOKEN (the CMS read token; `npm start` writes it to cms/.env).',
    );
    return 2;
  }
  const meili = new MeiliClient({ url: meiliUrl, apiKey: masterKey, timeoutMs: 60_000 });
  try {
    const report = await reindexAll({ meili, cmsUrl, token, log: (line) => console.log(`[search] ${line}`) });
    console.log(formatReport(report));
    console.log(
      JSON.stringify({
        event: 'search-reindex',
        counts: report.counts,
        skipped: report.skipped.length,
        durationMs: report.durationMs,
      }),
    );
    for (const problem of report.skipped) console.warn(`[search] skipped ${problem}`);
    if (process.env.MEILI_SEARCH_KEY) {
      console.log('[search] using MEILI_SEARCH_KEY from the environment for the site');
    } else {
      const key = await ensureSearchKey(meili);
      const file = writeSearchKeyFile(process.env.GLASNIK_DATA_DIR || DATA_DIR, key);
      console.log(
        `[search] search-only key for the site (search on ${key.indexes.join(', ')}) written to ${file}`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof CmsReadError || error instanceof MeiliHttpError) {
      console.error(`search:reindex failed: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    meili.close();
  }
}

process.exitCode = await main();
