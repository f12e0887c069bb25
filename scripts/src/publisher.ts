/**
 * `npm run publisher`: the publisher alone (the CMS must be running). Reads PUBLISHER_PORT,
 * PUBLISH_WEBHOOK_SECRET, STRAPI_READ_TOKEN (both also from cms/.env), CMS_URL, SITE_URL, MEILI_URL,
 * GLASNIK_DATA_DIR and the syndication channel variables. Serve `<data>/site/current` to publish.
 */
import { readPublisherSettings } from './lib/publish/config.ts';
import { startPublishing } from './lib/publish/index.ts';
import { CMS_ENV_FILE } from './lib/paths.ts';
import { parseEnvFile } from './lib/secrets.ts';
import { existsSync, readFileSync } from 'node:fs';

async function main(): Promise<void> {
  const saved = existsSync(CMS_ENV_FILE) ? parseEnvFile(readFileSync(CMS_ENV_FILE, 'utf8')) : {};
  const env = { ...saved, ...process.env };
  const settings = readPublisherSettings(env);
  const publisher = await startPublishing({
    port: settings.PUBLISHER_PORT,
    secret: settings.PUBLISH_WEBHOOK_SECRET,
    dataDir: settings.dataDir,
    cmsUrl: settings.CMS_URL,
    readToken: settings.STRAPI_READ_TOKEN,
    siteUrl: settings.SITE_URL,
    searchUrl: settings.MEILI_URL,
    cacheDir: settings.SITE_CACHE_DIR,
    debounceMs: settings.PUBLISH_DEBOUNCE_MS,
    maxWaitMs: settings.PUBLISH_MAX_WAIT_MS,
    brokenLinks: settings.PUBLISH_BROKEN_LINKS,
    env,
  });
  console.log(
    `[publisher] listening on ${publisher.url} (POST /hooks/cms, GET /status); live site folder: ${publisher.store.currentLink}`,
  );
  const stop = () => {
    console.log('[publisher] stopping (a running build is cancelled; the live site stays as it is)…');
    publisher.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`The publisher did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
