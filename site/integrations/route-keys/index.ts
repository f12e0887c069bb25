/**
 * The build side of "render only what changed" (see src/lib/route-keys.ts): loads the keys of the build
 * the output folder holds before Astro asks the routes for their paths, and writes this build's keys into
 * Astro's cacheDir once every page is written. A build renders every path when the folder does not hold
 * the previous build (SITE_KEEP_OUT_DIR unset), when no keys were kept, or when the site's code or
 * settings changed since (the keys' code digest differs).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { z } from 'zod';
import { installRouteKeys, routeKeys, type RouteKeysFile } from '../../src/lib/route-keys';
import { codeDigestOf } from './code-digest';

/** The keys file inside Astro's cacheDir; the publisher reads it too (scripts/src/lib/publish). */
export const ROUTE_KEYS_FILE = 'glasnik-route-keys.json';

const keysFileSchema = z.object({
  version: z.literal(1),
  codeDigest: z.string(),
  renderedAll: z.boolean(),
  files: z.record(z.string(), z.string()),
});

/** Options of {@link routeKeysIntegration}. */
export interface RouteKeysOptions {
  /** True when the output folder holds the previous build's output (SITE_KEEP_OUT_DIR=1). */
  outputHoldsPreviousBuild: boolean;
}

/** The integration for astro.config.ts. */
export function routeKeysIntegration(options: RouteKeysOptions): AstroIntegration {
  let keysFile = '';
  let codeDigest = '';
  return {
    name: 'glasnik-route-keys',
    hooks: {
      'astro:config:done': async ({ config }) => {
        const cacheDir = fileURLToPath(config.cacheDir);
        keysFile = path.join(cacheDir, ROUTE_KEYS_FILE);
        await removeAstroIncrementalCache(cacheDir, config);
        // The site and CMS addresses are in the config (`site`, image.remotePatterns).
        codeDigest = await codeDigestOf(
          fileURLToPath(config.root),
          JSON.stringify(renderingSettings(config)),
        );
      },
      'astro:build:start': async ({ logger }) => {
        const previous = options.outputHoldsPreviousBuild ? await readKeys(keysFile) : null;
        const usable = previous?.codeDigest === codeDigest ? previous : null;
        installRouteKeys({
          previous: usable ? new Map(Object.entries(usable.files)) : null,
          next: new Map(),
          unchanged: new Set(),
          pages: new Set(),
        });
        if (!usable)
          logger.info(
            !options.outputHoldsPreviousBuild
              ? 'rendering every route: the output folder starts empty'
              : previous
                ? 'rendering every route: the site code or settings changed since the previous build'
                : 'rendering every route: no keys of the previous build were kept',
          );
      },
      'astro:build:done': async ({ logger }) => {
        const registry = routeKeys();
        if (!registry) return;
        const keys: RouteKeysFile = {
          version: 1,
          codeDigest,
          renderedAll: registry.previous === null,
          files: Object.fromEntries(registry.next),
        };
        await mkdir(path.dirname(keysFile), { recursive: true });
        const partial = `${keysFile}.${process.pid}.tmp`;
        await writeFile(partial, JSON.stringify(keys));
        await rename(partial, keysFile);
        // scripts/src/lib/publish/build-report.ts reads this line: keep its wording.
        logger.info(
          `${registry.unchanged.size} of ${registry.next.size} keyed routes unchanged and left in place`,
        );
      },
    },
  };
}

/**
 * Astro's experimental.incrementalBuild, which this replaced, left its manifest and a copy of every page
 * (`dist/`) in the cacheDir: ~470 MB at 10,000 items that nothing reads any more. Removed only next to
 * its manifest, and never when that `dist/` is the build's own output folder.
 */
async function removeAstroIncrementalCache(cacheDir: string, config: AstroConfig): Promise<void> {
  const manifest = path.join(cacheDir, 'incremental-build.json');
  if (config.experimental.incrementalBuild || !existsSync(manifest)) return;
  const pageCopies = path.join(cacheDir, 'dist');
  const outDir = path.resolve(fileURLToPath(config.outDir));
  if (!outDir.startsWith(pageCopies)) await rm(pageCopies, { recursive: true, force: true });
  await rm(manifest, { force: true });
}

/** The parts of the Astro config that change the HTML of a page (not where it is written). */
function renderingSettings(config: AstroConfig): unknown {
  return {
    site: config.site,
    base: config.base,
    trailingSlash: config.trailingSlash,
    format: config.build.format,
    assetsPrefix: config.build.assetsPrefix,
    compressHTML: config.compressHTML,
    i18n: config.i18n,
    image: { service: config.image.service, remotePatterns: config.image.remotePatterns },
    markdown: config.markdown,
  };
}

/** The previous build's keys; null when missing or not in this format (the build then renders all). */
async function readKeys(file: string): Promise<RouteKeysFile | null> {
  if (!existsSync(file)) return null;
  try {
    return keysFileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return null;
  }
}
