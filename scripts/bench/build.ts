/**
 * `npm run bench:build`: how long the public site takes to build from a CMS holding a corpus, and how
 * that compares with Astro rendering the same number of plain pages.
 *
 * Builds, one after another, with the same astro binary:
 *   1. cold:      fresh cache folder: every page rendered, every image variant encoded;
 *   2. warm-full: same cache, an empty output folder: every page rendered again, optimised images and
 *                 the content layer's store reused (the "full build with a warm image cache";
 *                 the content is read incrementally, as every build does);
 *   2b. forced-full: `--force`: as warm-full, and every item read from the CMS again;
 *   3. no-change: same cache, into the folder holding build 2b's output (SITE_KEEP_OUT_DIR=1, as the
 *                 publisher builds): only routes whose cacheKey changed are rendered; nothing changed;
 *   4. new-article: an editor writes and publishes one news article (bg + en) through the admin API,
 *                 then the same build as 3: what a publish costs (the "rebuild after one new
 *                 article"; the publisher's own figures, with its mirroring and checks, are bench:publish's);
 *   5. baseline:  a minimal Astro project (no images, one template) with the same content fetched once
 *                 from the read API and exactly as many pages as build 1.
 * For each: wall time, peak resident memory of the astro process tree (sampled from /proc), pages, pages/s,
 * and from the build's log how many routes were rendered and how many left as the previous build wrote them.
 *
 * The CMS: `--corpus DIR` (made by `npm run bench:corpus`; default .data/bench/corpus-1000-42) starts a
 * Strapi on a copy of its database (the corpus itself is never changed; needs cms/dist:
 * `npm run build -w @glasnik/cms`), or `--cms-url URL --token TOKEN` uses a running one (the new-article
 * build then needs GLASNIK_ADMIN_EMAIL / GLASNIK_ADMIN_PASSWORD of an editor, and publishes into that
 * CMS). Builds go to a temporary folder inside site/node_modules and are deleted afterwards.
 *
 * `--cache DIR` keeps Astro's cache (optimised images above all: ~9 min to encode at 10,000 items) in DIR
 * between runs; the CMS then listens on port 41337, since image URLs, and so the cache's keys, carry it.
 *
 * Usage: npm run bench:build [-- --corpus DIR | --cms-url URL --token TOKEN] [--cache DIR] [--skip-cold] [--keep]
 * Prints one JSON line and a table.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newsUrl } from '@glasnik/cms/contract/urls';
import { REPO_ROOT, SITE_DIR } from '../src/lib/paths.ts';
import { createAstroLogReader } from '../src/lib/publish/build-report.ts';
import type { RunningService } from '../src/lib/service.ts';
import { benchAdmin, CmsAdmin, type NewArticle } from './lib/cms-admin.ts';
import { startCorpusCms } from './lib/corpus-cms.ts';
import { defaultCorpusDir } from './lib/corpus-dir.ts';
import { writePlainAstroProject } from './lib/plain-astro.ts';
import { fetchAllContent } from './lib/read-api.ts';
import { formatTable, seconds } from './lib/table.ts';
import { runTimed } from './lib/timed-command.ts';

const ASTRO = path.join(REPO_ROOT, 'node_modules', '.bin', 'astro');
const MIB = 1024 * 1024;
/** The CMS's port with a kept cache (see the header). */
const KEPT_CACHE_CMS_PORT = 41_337;

interface BuildFigures {
  build: string;
  wallMs: number;
  peakRssMiB: number;
  pages: number;
  pagesPerSecond: number;
  /** Routes (pages, feeds, calendars, downloads) Astro rendered in this build, from its per-page log. */
  routesRendered: number;
  /** Routes Astro copied from the previous build (logged "(cached)" or "(restored)"). */
  routesReused: number;
  /** Image variants encoded in this build, and taken from the image cache. */
  imagesEncoded: number;
  imagesReused: number;
}

/** Number of HTML pages in a build folder. */
function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  ).length;
}

/**
 * Image variants from Astro's image log: one `▶ /_astro/…` line each, saying "(reused cache entry)"
 * when the variant came from the cache folder instead of being encoded (issue 9: no image encoded twice).
 */
function countImages(output: readonly string[]): { encoded: number; reused: number } {
  let encoded = 0;
  let reused = 0;
  for (const line of output) {
    if (!/▶ \/_astro\//.test(line)) continue;
    if (line.includes('(reused cache entry)')) reused += 1;
    else encoded += 1;
  }
  return { encoded, reused };
}

/** Rendered and reused routes, read from the build's log the way the publisher reads it. */
function countRenderedAndReused(output: readonly string[]): { rendered: number; reused: number } {
  const reader = createAstroLogReader(0);
  for (const line of output) reader.line(line, 0);
  const { rendered, reused } = reader.report(null, 0).pages;
  return { rendered, reused };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      'cms-url': { type: 'string' },
      token: { type: 'string' },
      'skip-cold': { type: 'boolean', default: false },
      cache: { type: 'string' },
      keep: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const say = (line: string) => console.log(`[bench:build] ${line}`);
  const quiet = (prefix: string) => (line: string) => {
    // Astro's per-page lines ("├─ /bg/news/…") are thousands; show its phase summaries and problems.
    if (
      values.verbose ||
      (!/[├└]─/.test(line) &&
        /error|warn|Completed in|page\(s\) built|generating optimized images/i.test(line))
    )
      console.log(`[${prefix}] ${line}`);
  };
  const work = path.join(SITE_DIR, 'node_modules', '.glasnik-bench', `build-${process.pid}`);
  const cacheDir = values.cache ? path.resolve(values.cache) : path.join(work, 'cache');
  let cms: RunningService | undefined;
  try {
    let cmsUrl = values['cms-url']?.replace(/\/+$/, '');
    let token = values.token ?? (cmsUrl ? process.env.STRAPI_READ_TOKEN : undefined);
    let items: number | undefined;
    let editor: { email: string; password: string } | undefined =
      process.env.GLASNIK_ADMIN_EMAIL && process.env.GLASNIK_ADMIN_PASSWORD
        ? { email: process.env.GLASNIK_ADMIN_EMAIL, password: process.env.GLASNIK_ADMIN_PASSWORD }
        : undefined;
    if (!cmsUrl) {
      const dir = values.corpus ?? defaultCorpusDir(1000, 42);
      say(`starting a CMS on a copy of the corpus in ${dir} …`);
      editor = benchAdmin();
      const started = await startCorpusCms(dir, {
        log: quiet('cms'),
        copyDatabaseTo: path.join(work, 'cms'),
        admin: editor,
        ...(values.cache ? { port: KEPT_CACHE_CMS_PORT } : {}),
      });
      ({ cms, cmsUrl } = started);
      token = started.secrets.STRAPI_READ_TOKEN;
      items = started.manifest.items;
    }
    if (!token)
      throw new Error('The site build needs the CMS read token: pass --token or set STRAPI_READ_TOKEN.');

    // keepOutput: the folder holds the previous build's output; only changed routes are rendered.
    const siteEnv = (outDir: string, keepOutput = false) => ({
      CMS_URL: cmsUrl,
      STRAPI_READ_TOKEN: token,
      SITE_URL: 'http://127.0.0.1:4321',
      SITE_OUT_DIR: outDir,
      SITE_CACHE_DIR: cacheDir,
      SITE_KEEP_OUT_DIR: keepOutput ? '1' : '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    const results: BuildFigures[] = [];
    const measure = async (
      name: string,
      cwd: string,
      args: string[],
      env: Record<string, string | undefined>,
      outDir: string,
    ) => {
      say(`${name} build …`);
      if (env['SITE_KEEP_OUT_DIR'] !== '1') rmSync(outDir, { recursive: true, force: true });
      const run = await runTimed(ASTRO, ['build', ...args], { cwd, env, log: quiet(name) });
      const pages = countPages(outDir);
      const { rendered, reused } = countRenderedAndReused(run.output);
      const images = countImages(run.output);
      const figures: BuildFigures = {
        build: name,
        wallMs: run.wallMs,
        peakRssMiB: Math.round(run.peakRssBytes / MIB),
        pages,
        pagesPerSecond: Number((pages / (run.wallMs / 1000)).toFixed(1)),
        routesRendered: rendered,
        routesReused: reused,
        imagesEncoded: images.encoded,
        imagesReused: images.reused,
      };
      say(
        `${name}: ${seconds(run.wallMs)} s, ${pages} pages (routes: ${rendered} rendered, ${reused} reused; images: ${images.encoded} encoded, ${images.reused} from the cache), peak ${figures.peakRssMiB} MiB`,
      );
      results.push(figures);
      return figures;
    };

    const siteOut = path.join(work, 'site-dist');
    // Build 1 fills the cache folder; --skip-cold only makes sense on a cache kept with --keep, so it is
    // still run (its figure is just not the cold one) when the cache is empty.
    const first = await measure(
      values['skip-cold'] && existsSync(cacheDir) ? 'first' : 'cold',
      SITE_DIR,
      ['--outDir', siteOut, '--force'],
      siteEnv(siteOut),
      siteOut,
    );
    // Into an empty folder every route is rendered; the content store and the images stay.
    await measure('warm-full', SITE_DIR, ['--outDir', siteOut], siteEnv(siteOut), siteOut);
    await measure('forced-full', SITE_DIR, ['--outDir', siteOut, '--force'], siteEnv(siteOut), siteOut);
    await measure('no-change', SITE_DIR, ['--outDir', siteOut], siteEnv(siteOut, true), siteOut);

    let article: NewArticle | null = null;
    if (editor) {
      say('an editor publishes one new news article (bg + en) …');
      const admin = await CmsAdmin.login(cmsUrl, editor);
      article = await admin.publishNewsArticle(String(process.pid));
      await measure('new-article', SITE_DIR, ['--outDir', siteOut], siteEnv(siteOut, true), siteOut);
      for (const locale of ['bg', 'en'] as const) {
        const page = path.join(siteOut, newsUrl(locale, article.slugs[locale]), 'index.html');
        if (!existsSync(page))
          throw new Error(
            `the new article's ${locale} page ${path.relative(siteOut, page)} is missing after the incremental build: the rebuild did not pick up the publish.`,
          );
      }
    } else {
      say(
        'no new-article build: with --cms-url, set GLASNIK_ADMIN_EMAIL and GLASNIK_ADMIN_PASSWORD of an editor to measure it.',
      );
    }

    say('fetching the content once for the plain-Astro baseline …');
    const content = await fetchAllContent(cmsUrl, token);
    const baselineDir = path.join(work, 'plain-astro');
    const planned = writePlainAstroProject(baselineDir, content.items, first.pages);
    const baselineOut = path.join(baselineDir, 'dist');
    const baseline = await measure(
      'plain-astro',
      baselineDir,
      ['--outDir', baselineOut],
      { ASTRO_TELEMETRY_DISABLED: '1' },
      baselineOut,
    );
    if (baseline.pages !== planned)
      say(`note: the baseline planned ${planned} pages and rendered ${baseline.pages}.`);

    const warm = results.find((row) => row.build === 'warm-full');
    const rebuild = results.find((row) => row.build === 'new-article');
    const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
    const figures = {
      benchmark: 'build',
      cmsUrl,
      corpusItems: items ?? null,
      readApi: {
        items: content.items.length,
        requests: content.requests,
        wallMs: content.wallMs,
        itemsPerSecond: Number((content.items.length / (content.wallMs / 1000)).toFixed(1)),
      },
      builds: results,
      newArticle: article ? { documentId: article.documentId, slugs: article.slugs } : null,
      warmFullVsBaseline: warm ? ratio(warm.wallMs, baseline.wallMs) : null,
      newArticleVsWarmFull: warm && rebuild ? ratio(rebuild.wallMs, warm.wallMs) : null,
    };
    console.log(JSON.stringify(figures));
    console.log('');
    console.log(
      formatTable([
        [
          'build',
          'wall s',
          'peak MiB',
          'pages',
          'pages/s',
          'routes rendered',
          'reused',
          'images encoded',
          'cached',
          '× warm-full',
        ],
        ...results.map((row) => [
          row.build,
          seconds(row.wallMs),
          String(row.peakRssMiB),
          String(row.pages),
          row.pagesPerSecond.toFixed(1),
          String(row.routesRendered),
          String(row.routesReused),
          String(row.imagesEncoded),
          String(row.imagesReused),
          warm ? ratio(row.wallMs, warm.wallMs).toFixed(2) : '–',
        ]),
      ]),
    );
    console.log('');
    console.log(
      `read API: ${content.items.length} items (both locales) in ${content.requests} requests, ${seconds(content.wallMs)} s`,
    );
    if (figures.warmFullVsBaseline !== null)
      console.log(
        `warm full build / plain-Astro baseline = ${figures.warmFullVsBaseline}x (target at 10,000 items: at most 2x)`,
      );
    if (rebuild)
      console.log(
        `rebuild after one new article: ${seconds(rebuild.wallMs)} s, ${figures.newArticleVsWarmFull}x the warm full build (target at 10,000 items: under 15 s)`,
      );
  } finally {
    await cms?.stop();
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else say(`kept ${work}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
