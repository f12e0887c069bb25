/**
 * `npm run bench:publish`: publish→live latency on a throw-away system started as `npm start` starts it
 * (real Strapi, Meilisearch, the system's own publisher building the real site, the static server
 * serving `current`). Publishes N news articles one after another through the admin API and measures,
 * for each, the time until its page is served, until it is in the news feed, and until search finds
 * it; and, from the publisher's own record of the build that made it live, where the seconds went
 * (waiting/debounce, astro start-up, content sync, bundling, render, images, the rest of astro build,
 * checks, swap) and how many
 * pages the build left in place. Prints p50/p95 as one JSON line and a table.
 *
 * The content: the demo content (default), or `--corpus DIR`, a copy of a corpus made by
 * `npm run bench:corpus` (the corpus itself is never written to).
 * Warm-up publishes (default 5, `--warmup N`) come first and are reported apart: on a fresh data folder
 * the publisher starts each build by copying the live build into an empty folder until it keeps its
 * five builds; from then on it takes over the oldest one and copies only what changed (output-tree.ts),
 * which is what a running newsroom sees every day.
 * With a corpus in .data/bench/, the publisher's Astro cache (optimised images, content store, route keys)
 * lives in .data/bench/publish-cache/<corpus>/ and is kept between runs: a cold image cache costs ~9 min at
 * 10,000 items, once (`--fresh-cache` empties it first). The CMS then listens on port 41337, since image
 * URLs, and so the cache's keys, carry its address.
 * Usage: npm run bench:publish [-- --publishes 20] [--warmup 5] [--corpus .data/bench/corpus-2000-42] [--verbose]
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { searchIndexName } from '@glasnik/cms/contract/search';
import { KEEP_BUILDS } from '../src/lib/publish/builds.ts';
import { describeOutput, type BuildRecord } from '../src/lib/publish/publisher.ts';
import { REPO_ROOT } from '../src/lib/paths.ts';
import { startTestSystem } from '../src/lib/test-system.ts';
import { adminClient } from '../tests/helpers/admin-client.ts';
import { corpusDir, readCorpus } from './lib/corpus-dir.ts';
import { percentile } from './lib/stats.ts';
import { formatTable, seconds } from './lib/table.ts';

const NEWS = 'api::news-article.news-article';
const TIMEOUT_MS = 600_000;
/** The CMS's port when the publisher's cache is kept between runs (see the header). */
const BENCH_CMS_PORT = 41_337;

async function until(check: () => Promise<boolean>, since: number): Promise<number> {
  while (Date.now() - since < TIMEOUT_MS) {
    if (await check().catch(() => false)) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not live within ${TIMEOUT_MS / 1000} s`);
}

interface PublishBenchOptions {
  publishes: number;
  warmup: number;
  corpus: string | undefined;
  freshCache: boolean;
  verbose: boolean;
}

function readOptions(): PublishBenchOptions {
  const { values } = parseArgs({
    options: {
      publishes: { type: 'string' },
      // The earlier name of --publishes.
      runs: { type: 'string' },
      warmup: { type: 'string', default: String(KEEP_BUILDS) },
      corpus: { type: 'string' },
      'fresh-cache': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const raw = values.publishes ?? values.runs ?? '20';
  const publishes = Number(raw);
  if (!Number.isInteger(publishes) || publishes < 1)
    throw new Error(`--publishes ${raw} is not a whole number of at least 1.`);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(warmup) || warmup < 0)
    throw new Error(`--warmup ${values.warmup} is not a whole number of at least 0.`);
  return {
    publishes,
    warmup,
    corpus: values.corpus,
    freshCache: values['fresh-cache'],
    verbose: values.verbose,
  };
}

const PHASES = [
  'waited',
  'astroStartup',
  'contentSync',
  'bundle',
  'render',
  'images',
  'astroOther',
  'output',
  'fullRebuild',
  'checks',
  'swap',
] as const satisfies ReadonlyArray<keyof BuildRecord['phasesMs']>;

async function main(): Promise<void> {
  const options = readOptions();
  const say = (line: string) => console.log(`[bench:publish] ${line}`);
  const corpus = options.corpus ? corpusDir(options.corpus) : undefined;
  const fromCorpus = corpus ? readCorpus(corpus) : undefined;
  say(
    corpus
      ? `starting a throw-away system on a copy of the corpus in ${corpus.dir} (${fromCorpus?.manifest.items} items) …`
      : 'starting a throw-away system with the demo content …',
  );
  // Only corpora kept under .data/bench get a kept cache: a throw-away one (bench:smoke's, in a temp
  // folder) would leave a cache behind that no later corpus can use.
  const benchDir = path.join(REPO_ROOT, '.data', 'bench');
  const cacheDir =
    corpus && path.dirname(corpus.dir) === benchDir
      ? path.join(benchDir, 'publish-cache', path.basename(corpus.dir))
      : undefined;
  if (cacheDir && options.freshCache) rmSync(cacheDir, { recursive: true, force: true });
  if (cacheDir)
    say(
      `publisher's Astro cache: ${cacheDir}${existsSync(cacheDir) ? ' (kept from an earlier run)' : ' (new: the first build encodes every image)'}`,
    );
  const system = await startTestSystem({
    ...(corpus && fromCorpus ? { template: { dir: corpus.dir, secrets: fromCorpus.secrets } } : {}),
    // Measure latency even while the site has a broken link (they are printed, not hidden).
    publishing: { brokenLinks: 'warn', env: {}, ...(cacheDir ? { cacheDir } : {}) },
    // The kept image cache is keyed by image URL, which carries the CMS's address.
    ...(cacheDir ? { cmsPort: BENCH_CMS_PORT } : {}),
    log: (line) => {
      if (
        options.verbose
          ? !/[├└]─/.test(line)
          : /\[publisher\] (build \S+ (is live|FAILED)|.*rebuilding every page)|\[start\]/.test(line)
      )
        console.log(line);
    },
  });
  const { publisher } = system;
  try {
    const first = (await publisher.status()).lastSuccess;
    say(`first (full) build: ${seconds(first?.durationMs ?? NaN)} s`);
    const admin = await adminClient(system);
    const recordOf = async (id: string | null): Promise<BuildRecord | null> => {
      const since = Date.now();
      while (id && Date.now() - since < 30_000) {
        const { lastSuccess } = await publisher.status();
        if (lastSuccess?.id === id) return lastSuccess;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return null;
    };
    const latency = { page: [] as number[], feed: [] as number[], search: [] as number[] };
    const builds: BuildRecord[] = [];
    const warmup = { page: [] as number[] };
    for (let run = 1 - options.warmup; run <= options.publishes; run += 1) {
      const warmingUp = run < 1;
      // No minus sign in the title: the search check sends it as the query, and `-word` excludes a word.
      const title = `Бенчмарк новина ${run + options.warmup} ${Date.now()}`;
      const documentId = await admin.create(NEWS, {
        title,
        summary: 'Измерване на времето от публикуване до сайта.',
        reviewStage: 'approved',
      });
      const publishedAt = Date.now();
      const { slug } = (await admin.publish(NEWS, documentId)) as { slug: string };
      let liveId: string | null = null;
      const [page, feed, search] = await Promise.all([
        until(async () => {
          if ((await fetch(`${system.siteUrl}/bg/news/${encodeURIComponent(slug)}/`)).status !== 200)
            return false;
          // The build that just went live (the next one cannot have been swapped in within one poll).
          liveId = await publisher.store.currentId();
          return true;
        }, publishedAt),
        until(
          async () => (await (await fetch(`${system.siteUrl}/bg/news/rss.xml`)).text()).includes(title),
          publishedAt,
        ),
        until(async () => {
          const response = await fetch(`${system.meiliUrl}/indexes/${searchIndexName('bg')}/search`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${system.secrets.MEILI_MASTER_KEY}`,
              'content-type': 'application/json',
            },
            body: JSON.stringify({ q: title, limit: 3 }),
          });
          return (
            ((await response.json()) as { hits?: Array<{ title?: string }> }).hits?.some(
              (hit) => hit.title === title,
            ) ?? false
          );
        }, publishedAt),
      ]);
      // `current` flips before the publisher records the build: wait for its record.
      const build = await recordOf(liveId);
      if (warmingUp) warmup.page.push(page);
      else {
        latency.page.push(page);
        latency.feed.push(feed);
        latency.search.push(search);
        if (build) builds.push(build);
      }
      say(
        `${warmingUp ? 'warm-up' : 'publish'} ${String(warmingUp ? run + options.warmup : run).padStart(2)}: page ${seconds(page)} s, feed ${seconds(feed)} s, search ${(search / 1000).toFixed(2)} s; build ${seconds(build?.durationMs ?? NaN)} s, pages ${build?.pages ? `${build.pages.rendered} rendered / ${build.pages.reused} reused of ${build.pages.keyed ?? '?'} detail` : 'n/a'}; ${build?.output ? describeOutput(build.output) : ''}`,
      );
      await publisher.idle();
    }

    const stat = (values: readonly number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)) };
    };
    const phases = Object.fromEntries(
      PHASES.map((phase) => [phase, stat(builds.map((build) => build.phasesMs[phase]))]),
    ) as Record<(typeof PHASES)[number], { p50: number; p95: number }>;
    const counted = builds.flatMap((build) => (build.pages ? [build.pages] : []));
    const figures = {
      benchmark: 'publish',
      content: corpus ? { corpus: corpus.dir, items: fromCorpus?.manifest.items ?? null } : 'demo',
      publishes: options.publishes,
      warmup: { publishes: options.warmup, pageMs: stat(warmup.page) },
      firstBuildMs: first?.durationMs ?? null,
      latencyMs: { page: stat(latency.page), feed: stat(latency.feed), search: stat(latency.search) },
      buildMs: stat(builds.map((build) => build.durationMs)),
      phasesMs: phases,
      pages: {
        rendered: stat(counted.map((pages) => pages.rendered)),
        reused: stat(counted.map((pages) => pages.reused)),
        keyed: stat(counted.map((pages) => pages.keyed ?? NaN)),
      },
      outputFolder: {
        copied: stat(builds.map((build) => build.output?.copied ?? NaN)),
        pruned: stat(builds.map((build) => build.output?.pruned ?? NaN)),
        startedEmpty: builds.filter((build) => build.output?.startedFrom === 'empty').length,
      },
    };
    console.log(JSON.stringify(figures));
    console.log('');
    console.log(
      formatTable([
        ['publish→live', 'p50 s', 'p95 s'],
        ...(['page', 'feed', 'search'] as const).map((what) => [
          what,
          seconds(figures.latencyMs[what].p50),
          seconds(figures.latencyMs[what].p95),
        ]),
        ['build (all phases)', seconds(figures.buildMs.p50), seconds(figures.buildMs.p95)],
        ...PHASES.map((phase) => [`  ${phase}`, seconds(phases[phase].p50), seconds(phases[phase].p95)]),
      ]),
    );
    console.log('');
    console.log(
      `pages per build (p50): ${figures.pages.rendered.p50} rendered, ${figures.pages.reused.p50} reused of ${figures.pages.keyed.p50} detail pages; target: publish→live p95 < ${corpus ? '20 s at 10,000 items (issue 9)' : '15 s with the demo content (issue 7)'}`,
    );
  } finally {
    await system.dispose();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:publish failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
