/**
 * Runs `astro build` of the site into a given folder. Astro's cache (incremental-build manifest and
 * copies of rendered pages, optimised images under `assets/`) stays in one fixed folder across builds,
 * so a publish re-renders only the pages whose data changed and never re-encodes an image.
 */
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { REPO_ROOT, SITE_DIR } from '../paths.ts';
import { runCommand } from '../service.ts';
import { createAstroLogReader, incrementalManifestFile, type AstroBuildReport } from './build-report.ts';

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
 * Builds the site into `outDir` and says what Astro reused and where the time went.
 * @throws {ServiceStartError} with the build's last output lines when `astro build` fails.
 */
export async function buildSite(
  outDir: string,
  env: SiteBuildEnv,
  log: (line: string) => void,
  signal?: AbortSignal,
  options: { force?: boolean } = {},
): Promise<AstroBuildReport> {
  // Astro puts its intermediate server chunks under the outDir only when the outDir is inside the site
  // folder; otherwise every build shares site/.astro/.prerender and two builds at once (a developer's
  // and the publisher's) break each other. So build inside the site folder, then move the result.
  // The folder name must be the same for every build sharing a cacheDir: Astro writes the absolute
  // outDir into its astro:assets module, which is part of every page's code hash, so a new name per
  // build made incremental builds reuse nothing. Builds sharing a cacheDir never run at once.
  const cacheKey = createHash('sha1')
    .update(env.cacheDir ?? 'default')
    .digest('hex')
    .slice(0, 12);
  const staging = path.join(SITE_DIR, 'node_modules', '.glasnik-publisher', `staging-${cacheKey}`);
  await rm(staging, { recursive: true, force: true });
  const reader = createAstroLogReader();
  const readAndLog = (line: string) => {
    reader.line(line);
    log(line);
  };
  try {
    await runAstro(staging, outDir, env, readAndLog, signal, options);
    const report = await reader.report(
      incrementalManifestFile(env.cacheDir ?? path.join(SITE_DIR, 'node_modules', '.astro')),
    );
    await mkdir(path.dirname(outDir), { recursive: true });
    await rename(staging, outDir).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EXDEV') throw error;
      await cp(staging, outDir, { recursive: true });
    });
    return report;
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
  options: { force?: boolean },
): Promise<void> {
  // --force ignores the incremental manifest and the content cache: every page is rendered afresh
  // (optimised images are still reused).
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
