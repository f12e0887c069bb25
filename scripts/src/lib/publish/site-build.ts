/**
 * Runs `astro build` of the site into a given folder. Astro's cache (optimised images under `assets/`,
 * the content store, the site's route keys) stays in one fixed folder across builds, so an image is never
 * encoded twice. A build can start from a folder that already holds the previous build's output (see
 * {@link BuildStart}); the site then renders only the routes whose cacheKey changed and leaves the other
 * files where they are (site/src/lib/route-keys.ts).
 */
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { REPO_ROOT, SITE_DIR } from '../paths.ts';
import { runCommand } from '../service.ts';
import { createAstroLogReader, readRouteKeys, routeKeysFile, type AstroBuildReport } from './build-report.ts';
import { prepareBuildFolder, pruneUnproduced, type PreparedFolder, type TreeListing } from './output-tree.ts';

export interface SiteBuildEnv {
  cmsUrl: string;
  readToken: string;
  siteUrl: string;
  /** Meilisearch address the search page talks to. */
  searchUrl?: string;
  /** Astro's cacheDir (default: the site's node_modules/.astro); must stay the same for every build. */
  cacheDir?: string;
  /** More variables for the build, e.g. MEILI_SEARCH_KEY for the search page. */
  extraEnv?: Record<string, string>;
}

/**
 * What a build starts from. The site leaves a route's file in place when its cacheKey matches the route
 * keys in the cacheDir; so the folder must hold exactly the output those keys describe: that of the last
 * `astro build` that finished with this cacheDir.
 */
export interface BuildStart {
  /** The folder holding the last finished build's output; missing or null: start empty (Astro copies). */
  previousOutput?: string | null;
  /**
   * A folder nobody serves any more (an old build about to be pruned) to take over by renaming it, then
   * mirror `previousOutput` into it, copying only what differs; without one the mirror copies everything.
   */
  recycle?: string | null;
}

/** How the build's folder was prepared and tidied (see output-tree.ts). */
export interface OutputPreparation extends PreparedFolder {
  /** Files of the previous build this build no longer produced (unpublished pages), deleted after it. */
  pruned: number;
  /**
   * Optimised images (`_astro/`) of the previous build that this build neither wrote nor can vouch for:
   * it rendered only what changed, so which of them pages still show is known only from the pages'
   * text. The publisher deletes the ones its check finds unreferenced (output-tree pruneUnreferenced).
   */
  oldAssets: string[];
  /** Time spent mirroring before, and pruning after, `astro build` (the publisher adds its own pruning). */
  prepareMs: number;
  pruneMs: number;
}

export interface SiteBuildResult extends AstroBuildReport {
  output: OutputPreparation;
  /** The build folder's files after the prune (null when nothing was pruned: a build into an empty folder). */
  listing: TreeListing | null;
}

/**
 * Builds the site into `outDir` and says what Astro reused and where the time went.
 * @throws {ServiceStartError} with the build's last output lines when `astro build` fails.
 * @throws {Error} when the route keys cannot be read after a build that started from the previous one
 *   (what to keep of the old pages is then unknown).
 */
export async function buildSite(
  outDir: string,
  env: SiteBuildEnv,
  log: (line: string) => void,
  signal?: AbortSignal,
  options: { force?: boolean; start?: BuildStart } = {},
): Promise<SiteBuildResult> {
  // Astro puts its intermediate server chunks under the outDir only when the outDir is inside the site
  // folder; otherwise every build shares site/.astro/.prerender and two builds at once (a developer's
  // and the publisher's) break each other. So build inside the site folder, then move the result.
  // One folder name per cacheDir, the same for every build: Astro writes the absolute outDir into its
  // astro:assets module (with Astro's own incremental build a new name per build reused nothing). Builds
  // sharing a cacheDir never run at once.
  const cacheKey = createHash('sha1')
    .update(env.cacheDir ?? 'default')
    .digest('hex')
    .slice(0, 12);
  const staging = path.join(SITE_DIR, 'node_modules', '.glasnik-publisher', `staging-${cacheKey}`);
  await rm(staging, { recursive: true, force: true });
  const keysFile = routeKeysFile(env.cacheDir ?? path.join(SITE_DIR, 'node_modules', '.astro'));
  const output: OutputPreparation = {
    startedFrom: 'empty',
    copied: 0,
    removed: 0,
    pruned: 0,
    oldAssets: [],
    prepareMs: 0,
    pruneMs: 0,
  };
  try {
    const prepareStarted = Date.now();
    const prepared = await prepareBuildFolder(staging, options.start?.previousOutput, options.start?.recycle);
    Object.assign(output, prepared);
    output.prepareMs = Date.now() - prepareStarted;

    const reader = createAstroLogReader();
    const readAndLog = (line: string) => {
      reader.line(line);
      log(line);
    };
    // Files older than this that the route keys do not list were not produced by this build.
    const astroStarted = Date.now();
    // --force renders everything afresh: Astro then empties the folder itself.
    const keepOutDir = output.startedFrom === 'previous build' && !options.force;
    await runAstro(staging, outDir, env, readAndLog, signal, { ...options, keepOutDir });
    const keys = await readRouteKeys(keysFile);
    const report = reader.report(keys);
    let listing: TreeListing | null = null;
    if (keepOutDir) {
      if (!keys)
        throw new Error(
          `The site's route keys ${keysFile} could not be read after the build, so the pages it no longer produced cannot be told apart.`,
        );
      const pruneStarted = Date.now();
      const pruned = await pruneUnproduced(staging, astroStarted, keys.outputs, {
        keepOldAssets: !keys.renderedAll,
      });
      output.pruned = pruned.pruned;
      output.oldAssets = pruned.oldAssets;
      listing = pruned.listing;
      output.pruneMs = Date.now() - pruneStarted;
    }
    await mkdir(path.dirname(outDir), { recursive: true });
    await rename(staging, outDir).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EXDEV') throw error;
      await cp(staging, outDir, { recursive: true });
    });
    return { ...report, output, listing };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function runAstro(
  staging: string,
  outDir: string,
  env: SiteBuildEnv,
  log: (line: string) => void,
  signal: AbortSignal | undefined,
  options: { force?: boolean; keepOutDir: boolean },
): Promise<void> {
  // --force ignores the content store (every item is read again); without keepOutDir every route is
  // rendered. Optimised images are still reused from the cache.
  await runCommand(
    path.join(REPO_ROOT, 'node_modules', '.bin', 'astro'),
    ['build', '--outDir', staging, ...(options.force ? ['--force'] : [])],
    {
      name: 'site-build',
      cwd: SITE_DIR,
      env: {
        ...env.extraEnv,
        CMS_URL: env.cmsUrl,
        STRAPI_READ_TOKEN: env.readToken,
        SITE_URL: env.siteUrl,
        SITE_OUT_DIR: staging,
        SITE_KEEP_OUT_DIR: options.keepOutDir ? '1' : '0',
        // Where the build will be served from, for messages only.
        GLASNIK_BUILD_DIR: outDir,
        ...(env.cacheDir ? { SITE_CACHE_DIR: env.cacheDir } : {}),
        ...(env.searchUrl ? { MEILI_URL: env.searchUrl } : {}),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      log,
      signal,
    },
  );
}
