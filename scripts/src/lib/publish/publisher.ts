/**
 * The publisher: receives the CMS's content webhooks, debounces them into builds (one at a time, at
 * most one queued), builds the site into a fresh folder, checks it, swaps it in atomically, keeps the
 * last good builds for rollback, and afterwards lets the syndication outbox post what became live.
 * A failed build or check leaves the live site as it was; GET /status says what happened and why.
 */
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readlink, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { LOOPBACK } from '../ports.ts';
import type { OutboxWorker } from '../syndication/outbox-worker.ts';
import type { PageCounts } from './build-report.ts';
import { createBuildStore, type BuildStore } from './builds.ts';
import { checkBuildDetailed, LinkCache } from './check.ts';
import { pruneUnreferenced, type TreeListing } from './output-tree.ts';
import { FULL_CONTENT_READ_ENV, removesContent } from './content-read.ts';
import { BuildScheduler, type SchedulerState } from './scheduler.ts';
import { buildSite, type OutputPreparation, type SiteBuildEnv, type SiteBuildResult } from './site-build.ts';

/** Header the CMS webhook carries (configured by cms/src/bootstrap/publish-webhook.ts). */
export const WEBHOOK_SECRET_HEADER = 'x-glasnik-webhook-secret';
const MAX_BODY_BYTES = 1_000_000;

export interface PublisherOptions {
  port: number;
  host?: string;
  secret: string;
  dataDir: string;
  build: SiteBuildEnv;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Build at start when nothing is live yet ('if-missing', default), always, or never. */
  buildOnStart?: 'if-missing' | 'always' | 'never';
  /** Posts the syndication outbox after each successful swap and on a timer (for retries). */
  outbox?: OutboxWorker;
  outboxIntervalMs?: number;
  /**
   * When `astro build` itself fails (the CMS restarting, a reset connection), build again after these
   * waits, one per consecutive failure (default 5 s, 30 s, 2 min); otherwise a publish made during the
   * hiccup would stay off the site until the next one. Failed checks are not retried: they fail again.
   */
  retryDelaysMs?: readonly number[];
  /** 'warn' lets a build with broken internal links go live (listed in the log and status); default 'fail'. */
  brokenLinks?: 'fail' | 'warn';
  /** Replaces `astro build` (tests of the queue and swap logic). */
  buildFn?: (outDir: string, log: (line: string) => void) => Promise<void>;
  /**
   * Runs after each build and before its checks; throwing fails the build, so the live site is kept
   * (tests break one build of a real system with it).
   */
  afterBuild?: (outDir: string) => Promise<void>;
  log?: (line: string) => void;
}

export interface BuildRecord {
  id: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  ok: boolean;
  /** Why the build was not swapped in (build error or failed checks). */
  error: string | null;
  /** The changes that caused it (first few). */
  reasons: string[];
  /** What Astro reused from the previous build and rendered anew; null with a replaced build function. */
  pages: PageCounts | null;
  /** Where the time from the first change to live went. */
  phasesMs: BuildPhasesMs;
  /** The site read every collection whole (first build, or after an unpublish/delete: content-read.ts). */
  fullContentRead: boolean;
  /** How the build's folder was prepared from the previous build; null with a replaced build function. */
  output: OutputPreparation | null;
}

/** Time from the oldest change the build covers to its swap, by phase (ms). */
export interface BuildPhasesMs {
  /** From the change to the build's start: the debounce, plus any build that was running. */
  waited: number;
  /** Starting `astro build`: Node, Astro, the site's config. */
  astroStartup: number;
  /** Astro's content layer reading the CMS. */
  contentSync: number;
  /** Vite bundling the site's code. */
  bundle: number;
  /** Rendering or copying pages. */
  render: number;
  /** Optimised images. */
  images: number;
  /** The rest of `astro build`: type generation, sitemap, exit. */
  astroOther: number;
  /** A second, full `astro build` after failed checks (0 when not needed). */
  fullRebuild: number;
  /** Making the build's folder match the previous build before Astro, deleting what it dropped after. */
  output: number;
  /** Expected pages, internal links, feeds. */
  checks: number;
  /** Pointing `current` at the build and pruning old ones. */
  swap: number;
}

/** One line for the log: "content sync 1.2 s, render 0.8 s, …". */
export function describePhases(phases: BuildPhasesMs): string {
  const names: Array<[keyof BuildPhasesMs, string]> = [
    ['waited', 'waited'],
    ['astroStartup', 'astro start-up'],
    ['contentSync', 'content sync'],
    ['bundle', 'bundle'],
    ['render', 'render'],
    ['images', 'images'],
    ['astroOther', 'astro other'],
    ['output', 'output folder'],
    ['fullRebuild', 'full rebuild'],
    ['checks', 'checks'],
    ['swap', 'swap'],
  ];
  return names
    .filter(([key]) => key !== 'fullRebuild' || phases.fullRebuild > 0)
    .map(([key, name]) => `${name} ${(phases[key] / 1000).toFixed(1)} s`)
    .join(', ');
}

/** "started from the previous build: 12 files copied, 1 removed, 2 pruned". */
export function describeOutput(output: OutputPreparation): string {
  if (output.startedFrom === 'empty') return 'started empty';
  return `started from the previous build: ${output.copied} files copied, ${output.removed} removed, ${output.pruned} pruned`;
}

/** "3 rendered, 480 reused (478 of 480 detail pages reused)". */
export function describePages(pages: PageCounts): string {
  const keyed = pages.keyed === null ? '' : ` (${pages.reused} of ${pages.keyed} detail pages reused)`;
  return `${pages.rendered} rendered, ${pages.reused} reused${keyed}`;
}

export interface PublisherStatus {
  state: SchedulerState;
  /** The build being served (folder name under builds/), or null before the first good build. */
  currentBuild: string | null;
  lastBuild: BuildRecord | null;
  lastSuccess: BuildRecord | null;
  /** Message of the last failure, kept until a build succeeds again. */
  lastError: string | null;
  /** What the last build's checks let through (broken links when brokenLinks is 'warn'). */
  warnings: string[];
  buildsStarted: number;
  queued: boolean;
}

export interface Publisher {
  readonly url: string;
  readonly store: BuildStore;
  status(): Promise<PublisherStatus>;
  /** Asks for a build as if the CMS had sent a webhook. */
  requestBuild(reason: string): void;
  /** Resolves when no build is waiting or running. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const webhookSchema = z.object({
  event: z.string().min(1),
  model: z.string().optional(),
  uid: z.string().optional(),
  entry: z
    .object({
      documentId: z.string().optional(),
      locale: z.string().nullable().optional(),
      publishedAt: z.string().nullable().optional(),
    })
    .passthrough()
    .nullable()
    .optional(),
});

/** Types whose changes never show on the site: Glasnik's own logs. */
const INTERNAL_TYPES = new Set(['api::revision.revision', 'api::syndication-post.syndication-post']);

/** Why an event cannot change the public site (so no build), or null when it may. */
function ignoredBecause(payload: z.infer<typeof webhookSchema>): string | null {
  const uid = payload.uid ?? (payload.model ? `api::${payload.model}.${payload.model}` : undefined);
  if (uid && INTERNAL_TYPES.has(uid)) return `${uid} is not shown on the site`;
  // Saving a draft fires entry.update too; only published content is on the site.
  if (
    (payload.event === 'entry.update' || payload.event === 'entry.create') &&
    payload.entry &&
    payload.entry.publishedAt === null
  )
    return 'a draft was saved';
  return null;
}

function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * Starts the publisher's HTTP server (POST /hooks/cms, GET /status) and, unless told otherwise, a
 * first build when nothing is live yet.
 * @throws {Error} when the port cannot be bound (the message names it and PUBLISHER_PORT).
 */
export async function startPublisher(options: PublisherOptions): Promise<Publisher> {
  const log = options.log ?? ((line: string) => console.log(line));
  const say = (line: string) => log(`[publisher] ${line}`);
  const host = options.host ?? LOOPBACK;
  const store = createBuildStore(options.dataDir);
  // One Astro cache per data folder, the same for every build (the route keys must describe this
  // publisher's last build; a cache shared with other builds of the site, e.g. `npm run build` against another CMS,
  // would be overwritten by them). Its optimised images stay in it too (see prepareCacheDir).
  const cacheDir = options.build.cacheDir ?? (await prepareCacheDir(path.join(store.siteDir, 'astro-cache')));
  let lastBuild: BuildRecord | null = null;
  let lastSuccess: BuildRecord | null = null;
  let lastError: string | null = null;
  let lastWarnings: string[] = [];
  const retryDelaysMs = options.retryDelaysMs ?? [5_000, 30_000, 120_000];
  let failedInARow = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  const building = new AbortController();

  // Owed until a build succeeds: at the first build (webhooks sent while the publisher was down are lost)
  // and after any build whose changes may have removed content (see content-read.ts).
  let fullContentReadOwed = true;
  // Pages a build left in place unchanged keep their links: extract them once (check.ts).
  const linkCache = new LinkCache();

  const runBuild = async (reasons: string[], waitedMs: number): Promise<void> => {
    const { id, dir } = store.newBuildDir();
    if (removesContent(reasons)) fullContentReadOwed = true;
    const buildEnv: SiteBuildEnv = {
      ...options.build,
      cacheDir,
      extraEnv: {
        ...options.build.extraEnv,
        ...(fullContentReadOwed ? { [FULL_CONTENT_READ_ENV]: '1' } : {}),
      },
    };
    const started = Date.now();
    const phasesMs: BuildPhasesMs = {
      waited: waitedMs,
      astroStartup: 0,
      contentSync: 0,
      bundle: 0,
      render: 0,
      images: 0,
      astroOther: 0,
      output: 0,
      fullRebuild: 0,
      checks: 0,
      swap: 0,
    };
    let pages: PageCounts | null = null;
    let output: OutputPreparation | null = null;
    // The folder as site-build left it; the first check uses it instead of walking the folder again.
    let listing: TreeListing | null = null;
    const noteAstro = (report: SiteBuildResult) => {
      pages = report.pages;
      output = report.output;
      listing = options.afterBuild ? null : report.listing;
      phasesMs.output = report.output.prepareMs + report.output.pruneMs;
      phasesMs.astroStartup = report.phasesMs.startup;
      phasesMs.contentSync = report.phasesMs.contentSync;
      phasesMs.bundle = report.phasesMs.bundle;
      phasesMs.render = report.phasesMs.render;
      phasesMs.images = report.phasesMs.images;
      phasesMs.astroOther = report.phasesMs.other;
    };
    say(
      `building ${id} (${reasons.length} change${reasons.length === 1 ? '' : 's'}: ${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? '; …' : ''})`,
    );
    let error: string | null = null;
    let buildErrored = false;
    try {
      if (options.buildFn) await options.buildFn(dir, log);
      else {
        // Start from the last finished build's folder (Astro then leaves unchanged pages in place); while
        // Astro runs nothing is known about its output, so a crash leaves the next build starting empty.
        const start = {
          previousOutput: await store.astroOutputDir(),
          recycle: await store.recycleCandidate(),
        };
        await store.setAstroOutput(null);
        noteAstro(await buildSite(dir, buildEnv, log, building.signal, { start }));
        await store.setAstroOutput(id);
      }
      await options.afterBuild?.(dir);
      let referencedAssets = new Set<string>();
      const check = async () => {
        const checkStarted = Date.now();
        const result = await checkBuildDetailed(dir, {
          siteUrl: options.build.siteUrl,
          brokenLinks: options.brokenLinks,
          linkCache,
          listing,
        });
        listing = null;
        phasesMs.checks += Date.now() - checkStarted;
        lastWarnings = result.warnings;
        referencedAssets = result.assets;
        for (const warning of result.warnings.slice(0, 5)) say(`build ${id} warning: ${warning}`);
        return result.problems;
      };
      let problems = await check();
      if (problems.length && !options.buildFn) {
        // A page copied from the previous build can still link to something since unpublished (its
        // cacheKey covers its own data, not every page it links to): render everything once more.
        say(
          `build ${id} failed its checks (${problems[0]}${problems.length > 1 ? ', …' : ''}); rebuilding every page`,
        );
        const rebuildStarted = Date.now();
        await store.setAstroOutput(null);
        const full = await buildSite(dir, buildEnv, log, building.signal, {
          force: true,
          start: { previousOutput: dir, recycle: dir },
        });
        await store.setAstroOutput(id);
        pages = full.pages;
        output = full.output;
        phasesMs.fullRebuild = Date.now() - rebuildStarted;
        problems = await check();
      }
      if (problems.length)
        error = `the build failed its checks, so the live site was kept: ${problems.join('; ')}`;
      else if (output?.oldAssets.length) {
        // A build that rendered only what changed left the previous build's optimised images in place;
        // those no page or feed names any more (an unpublished article's pictures) must stop being served.
        const pruneStarted = Date.now();
        output.pruned += await pruneUnreferenced(dir, output.oldAssets, referencedAssets);
        phasesMs.output += Date.now() - pruneStarted;
      }
    } catch (failure) {
      buildErrored = true;
      error = `the build failed, so the live site was kept: ${failure instanceof Error ? failure.message : String(failure)}`;
    }
    if (!error) {
      const swapStarted = Date.now();
      try {
        await store.promote(id, swapStarted - started);
      } catch (failure) {
        error = `the new build could not be swapped in (${failure instanceof Error ? failure.message : String(failure)})`;
      }
      phasesMs.swap = Date.now() - swapStarted;
    }
    const durationMs = Date.now() - started;
    if (error) await store.discard(id).catch(() => {});
    const record: BuildRecord = {
      id,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs,
      ok: !error,
      error,
      reasons: reasons.slice(0, 10),
      pages,
      phasesMs,
      fullContentRead: FULL_CONTENT_READ_ENV in (buildEnv.extraEnv ?? {}),
      output,
    };
    lastBuild = record;
    if (error) {
      lastError = error;
      say(
        `build ${id} FAILED after ${(durationMs / 1000).toFixed(1)} s (${describePhases(phasesMs)}): ${error}`,
      );
      const delay = buildErrored && !building.signal.aborted ? retryDelaysMs[failedInARow] : undefined;
      failedInARow += 1;
      if (delay !== undefined) {
        say(
          `building again in ${(delay / 1000).toFixed(0)} s (retry ${failedInARow} of ${retryDelaysMs.length})`,
        );
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => scheduler.request(`retry after the failed build ${id}`), delay);
        retryTimer.unref();
      }
      return;
    }
    failedInARow = 0;
    fullContentReadOwed = false;
    lastSuccess = record;
    lastError = null;
    say(
      `build ${id} is live (${(durationMs / 1000).toFixed(1)} s; pages: ${record.pages ? describePages(record.pages) : 'not counted'}${record.output ? `; ${describeOutput(record.output)}` : ''}; ${describePhases(phasesMs)})`,
    );
    if (options.outbox) void options.outbox.run();
  };

  const scheduler = new BuildScheduler({
    debounceMs: options.debounceMs ?? 1500,
    maxWaitMs: options.maxWaitMs ?? 10_000,
    run: runBuild,
  });

  const status = async (): Promise<PublisherStatus> => ({
    state: scheduler.state,
    currentBuild: await store.currentId(),
    lastBuild,
    lastSuccess,
    lastError,
    warnings: lastWarnings,
    buildsStarted: scheduler.buildsStarted,
    queued: scheduler.pending,
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://publisher');
    if (url.pathname === '/status' && req.method === 'GET') return sendJson(res, 200, await status());
    if (url.pathname === '/hooks/cms') {
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
      if (!secretMatches(req.headers[WEBHOOK_SECRET_HEADER], options.secret)) {
        req.resume();
        return sendJson(res, 401, { error: `missing or wrong ${WEBHOOK_SECRET_HEADER} header` });
      }
      let payload: z.infer<typeof webhookSchema>;
      try {
        payload = webhookSchema.parse(JSON.parse(await readBody(req)));
      } catch (error) {
        return sendJson(res, 400, {
          error: `the body is not a Strapi webhook payload (${error instanceof Error ? error.message : String(error)})`,
        });
      }
      const ignored = ignoredBecause(payload);
      if (ignored) return sendJson(res, 202, { accepted: false, reason: ignored });
      const subject = [payload.uid ?? payload.model, payload.entry?.documentId, payload.entry?.locale]
        .filter(Boolean)
        .join(' ');
      scheduler.request(`${payload.event}${subject ? ` ${subject}` : ''}`);
      return sendJson(res, 202, { accepted: true, state: scheduler.state });
    }
    return sendJson(res, 404, { error: 'not found: POST /hooks/cms, GET /status' });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      say(`${req.method} ${req.url} failed: ${String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${options.port} on ${host} is already in use; stop whatever listens there or set PUBLISHER_PORT to a free port.`
            : `The publisher could not listen on ${host}:${options.port}: ${error.message}`,
        ),
      ),
    );
    server.listen(options.port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : options.port}`;

  const outboxTimer = options.outbox
    ? setInterval(() => void options.outbox?.run(), options.outboxIntervalMs ?? 30_000)
    : undefined;
  outboxTimer?.unref();

  const mode = options.buildOnStart ?? 'if-missing';
  if (mode === 'always' || (mode === 'if-missing' && !existsSync(store.currentLink)))
    scheduler.request('start-up');

  let stopped: Promise<void> | undefined;
  return {
    url,
    store,
    status,
    requestBuild: (reason) => scheduler.request(reason),
    idle: () => scheduler.idle(),
    stop: () =>
      (stopped ??= (async () => {
        clearInterval(outboxTimer);
        clearTimeout(retryTimer);
        building.abort();
        await scheduler.stop();
        await new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        });
      })()),
  };
}

/** The file in a build that serves an absolute site URL (for "is this page live yet?"). */
export function fileForUrl(buildRoot: string, siteUrl: string, pageUrl: string): string | null {
  const page = new URL(pageUrl);
  if (page.origin !== new URL(siteUrl).origin) return null;
  const decoded = decodeURIComponent(page.pathname);
  return path.join(buildRoot, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
}

/**
 * Creates the publisher's own cache folder. Its optimised images live inside it, not in the site's
 * shared node_modules/.astro/assets: Astro writes a remote image's cache entry in place, so another
 * build of the same CMS (a test's or a developer's `astro build` beside the publisher's rebuild) could
 * read it half-written and fail ("Unexpected end of JSON input"). A data folder from before, whose
 * `assets` was a link to the shared cache, gets a copy of it once, so nothing is encoded again.
 */
async function prepareCacheDir(cacheDir: string): Promise<string> {
  const assets = path.join(cacheDir, 'assets');
  await mkdir(cacheDir, { recursive: true });
  const linkedTo = await readlink(assets).catch(() => null);
  if (linkedTo !== null) {
    await rm(assets);
    await cp(path.resolve(cacheDir, linkedTo), assets, { recursive: true }).catch(() => {
      // The shared cache is gone: Astro encodes into the fresh folder.
    });
  }
  await mkdir(assets, { recursive: true });
  return cacheDir;
}
