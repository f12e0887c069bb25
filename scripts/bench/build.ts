/**
 * `npm run bench:build`: how long the public site takes to build from a CMS holding a corpus, and how
 * that compares with Astro rendering the same number of plain pages.
 *
 * Builds, one after another, with the same astro binary:
 *   1. cold:      fresh cache folder: every page rendered, every image variant encoded;
 *   2. warm-full: same cache, `--force`: every page rendered again, optimised images reused (the issue's
 *                 "full build with a warm image cache");
 *   3. no-change: same cache, incremental: nothing changed in the CMS since build 2;
 *   4. baseline:  a minimal Astro project (no images, one template) with the same content fetched once
 *                 from the read API and exactly as many pages as build 1.
 * For each: wall time, peak resident memory of the astro process tree (sampled from /proc), pages, pages/s.
 *
 * The CMS: `--corpus DIR` (made by `npm run bench:corpus`; default .data/bench/corpus-1000-42) starts a
 * Strapi on it (needs cms/dist: `npm run build -w @glasnik/cms`), or `--cms-url URL --token TOKEN` uses
 * a running one. Builds go to a temporary folder inside site/node_modules and are deleted afterwards.
 *
 * Usage: npm run bench:build [-- --corpus DIR | --cms-url URL --token TOKEN] [--skip-cold] [--keep]
 * Prints one JSON line and a table.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CMS_DIR, REPO_ROOT, SITE_DIR } from '../src/lib/paths.ts';
import { freePort } from '../src/lib/ports.ts';
import { startService, type RunningService } from '../src/lib/service.ts';
import { corpusDir, defaultCorpusDir, readCorpus } from './lib/corpus-dir.ts';
import { writePlainAstroProject } from './lib/plain-astro.ts';
import { fetchAllContent } from './lib/read-api.ts';
import { formatTable, seconds } from './lib/table.ts';
import { runTimed } from './lib/timed-command.ts';

const ASTRO = path.join(REPO_ROOT, 'node_modules', '.bin', 'astro');
const MIB = 1024 * 1024;

interface BuildFigures {
  build: string;
  wallMs: number;
  peakRssMiB: number;
  pages: number;
  pagesPerSecond: number;
}

/** Number of HTML pages in a build folder. */
function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  ).length;
}

async function startCorpusCms(
  dir: string,
  log: (line: string) => void,
): Promise<{ cms: RunningService; cmsUrl: string; token: string; items: number }> {
  const corpus = corpusDir(dir);
  const { secrets, manifest } = readCorpus(corpus);
  if (manifest.databaseClient !== 'sqlite')
    throw new Error(
      `${corpus.dir} was written to ${manifest.databaseClient}: start that CMS yourself and pass --cms-url and --token.`,
    );
  if (!existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html')))
    throw new Error(
      'cms/dist is missing: run `npm run build -w @glasnik/cms` once, then this benchmark again.',
    );
  const port = await freePort();
  const cmsUrl = `http://127.0.0.1:${port}`;
  const cms = await startService({
    name: 'cms',
    command: 'npm',
    args: ['run', 'start', '-w', '@glasnik/cms'],
    env: {
      ...secrets,
      NODE_ENV: 'production',
      STRAPI_TELEMETRY_DISABLED: 'true',
      HOST: '127.0.0.1',
      CMS_PORT: String(port),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: corpus.databaseFile,
      CMS_PUBLIC_DIR: corpus.publicDir,
      MEILI_URL: '',
      // Nothing is published during the benchmark; port 9 (discard) keeps any webhook off a real publisher.
      PUBLISHER_URL: 'http://127.0.0.1:9/hooks/cms',
      CMS_CRON_ENABLED: 'false',
    },
    healthUrl: `${cmsUrl}/_health`,
    readyTimeoutMs: 180_000,
    log,
  });
  return { cms, cmsUrl, token: secrets.STRAPI_READ_TOKEN, items: manifest.items };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      'cms-url': { type: 'string' },
      token: { type: 'string' },
      'skip-cold': { type: 'boolean', default: false },
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
  const cacheDir = path.join(work, 'cache');
  let cms: RunningService | undefined;
  try {
    let cmsUrl = values['cms-url']?.replace(/\/+$/, '');
    let token = values.token ?? (cmsUrl ? process.env.STRAPI_READ_TOKEN : undefined);
    let items: number | undefined;
    if (!cmsUrl) {
      const dir = values.corpus ?? defaultCorpusDir(1000, 42);
      say(`starting a CMS on the corpus in ${dir} …`);
      const started = await startCorpusCms(dir, quiet('cms'));
      ({ cms, cmsUrl, token, items } = started);
    }
    if (!token)
      throw new Error('The site build needs the CMS read token: pass --token or set STRAPI_READ_TOKEN.');

    const siteEnv = (outDir: string) => ({
      CMS_URL: cmsUrl,
      STRAPI_READ_TOKEN: token,
      SITE_URL: 'http://127.0.0.1:4321',
      SITE_OUT_DIR: outDir,
      SITE_CACHE_DIR: cacheDir,
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
      rmSync(outDir, { recursive: true, force: true });
      const run = await runTimed(ASTRO, ['build', ...args], { cwd, env, log: quiet(name) });
      const pages = countPages(outDir);
      const figures: BuildFigures = {
        build: name,
        wallMs: run.wallMs,
        peakRssMiB: Math.round(run.peakRssBytes / MIB),
        pages,
        pagesPerSecond: Number((pages / (run.wallMs / 1000)).toFixed(1)),
      };
      say(`${name}: ${seconds(run.wallMs)} s, ${pages} pages, peak ${figures.peakRssMiB} MiB`);
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
    await measure('warm-full', SITE_DIR, ['--outDir', siteOut, '--force'], siteEnv(siteOut), siteOut);
    await measure('no-change', SITE_DIR, ['--outDir', siteOut], siteEnv(siteOut), siteOut);

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
      warmFullVsBaseline: warm ? Number((warm.wallMs / baseline.wallMs).toFixed(2)) : null,
    };
    console.log(JSON.stringify(figures));
    console.log('');
    console.log(
      formatTable([
        ['build', 'wall s', 'peak MiB', 'pages', 'pages/s'],
        ...results.map((row) => [
          row.build,
          seconds(row.wallMs),
          String(row.peakRssMiB),
          String(row.pages),
          row.pagesPerSecond.toFixed(1),
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
