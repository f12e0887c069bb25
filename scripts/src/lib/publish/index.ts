/**
 * One call that starts the whole publishing side (webhook receiver, builds, swap, syndication) the
 * way `npm start` and `npm run publisher` need it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { channelsFromEnv } from '../syndication/channels.ts';
import { createOutboxWorker } from '../syndication/outbox-worker.ts';
import { fileForUrl, startPublisher, type Publisher } from './publisher.ts';

export { startPublisher, type Publisher, type PublisherStatus } from './publisher.ts';

export interface PublishingOptions {
  port: number;
  /** PUBLISH_WEBHOOK_SECRET (also guards the CMS's outbox routes). */
  secret: string;
  /** `<dataDir>/site/current` is what the static server must serve. */
  dataDir: string;
  cmsUrl: string;
  readToken: string;
  siteUrl: string;
  searchUrl?: string;
  /** Astro's cache folder, if not the site's node_modules/.astro (keep it across builds and in CI). */
  cacheDir?: string;
  /** More variables for `astro build`, e.g. { MEILI_SEARCH_KEY } for the search page. */
  buildEnv?: Record<string, string>;
  debounceMs?: number;
  maxWaitMs?: number;
  buildOnStart?: 'if-missing' | 'always' | 'never';
  /** 'warn' lets builds with broken internal links go live (listed in the status); default 'fail'. */
  brokenLinks?: 'fail' | 'warn';
  /** Runs after each build, before its checks; throwing fails the build (tests break one with it). */
  afterBuild?: (outDir: string) => Promise<void>;
  /** Environment holding the channel credentials (default process.env). */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/**
 * Starts the publisher with the syndication channels configured in the environment.
 * @throws {Error} when a channel is half configured or the port is taken.
 */
export async function startPublishing(options: PublishingOptions): Promise<Publisher> {
  const log = options.log ?? ((line: string) => console.log(line));
  const channels = channelsFromEnv(options.env ?? process.env);
  log(
    `[publisher] syndication channels: ${channels.size ? [...channels.keys()].join(', ') : 'none configured'}`,
  );
  // Filled in once started; the live check needs it and the publisher needs the worker.
  const started: { publisher?: Publisher } = {};
  const outbox = channels.size
    ? createOutboxWorker({
        cmsUrl: options.cmsUrl,
        secret: options.secret,
        channels,
        log,
        isLive: async (url) => {
          const { publisher } = started;
          if (!publisher) return false;
          const current = await publisher.store.currentId();
          const file = current
            ? fileForUrl(path.join(publisher.store.buildsDir, current), options.siteUrl, url)
            : null;
          return file
            ? readFile(file).then(
                () => true,
                () => false,
              )
            : false;
        },
      })
    : undefined;
  const publisher = await startPublisher({
    port: options.port,
    secret: options.secret,
    dataDir: options.dataDir,
    build: {
      cmsUrl: options.cmsUrl,
      readToken: options.readToken,
      siteUrl: options.siteUrl,
      searchUrl: options.searchUrl,
      cacheDir: options.cacheDir,
      extraEnv: options.buildEnv,
    },
    debounceMs: options.debounceMs,
    maxWaitMs: options.maxWaitMs,
    buildOnStart: options.buildOnStart,
    brokenLinks: options.brokenLinks,
    afterBuild: options.afterBuild,
    outbox,
    log,
  });
  started.publisher = publisher;
  return publisher;
}
