/**
 * What one `astro build` did, read from its own output and its incremental-build manifest: how many
 * pages it copied from the previous build versus rendered afresh, and where its seconds went. Astro
 * prints `├─ /path` per output file, then `(cached)` or `(restored)` when it reused the previous copy,
 * or its render time, e.g. `(+12ms)` (astro/dist/core/build/generate.js); it marks its phases with
 * "Syncing content" / "Synced content", "Building static entrypoints", "generating static routes",
 * "generating optimized images" and "✓ Completed in …". Lines are timed as they arrive, so phases are
 * wall-clock as the publisher saw them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** Pages (every output file of a route: HTML, feeds, exports) the build reused or rendered. */
export interface PageCounts {
  /** Copied from the previous build: their cacheKey and code were unchanged. */
  reused: number;
  /** Rendered in this build (list pages and feeds always are: they have no cacheKey). */
  rendered: number;
  /** Pages with a cacheKey (detail pages), from Astro's manifest; null when it could not be read. */
  keyed: number | null;
}

/** Seconds of `astro build`, split at Astro's own phase markers. */
export interface AstroPhasesMs {
  /** From spawning `astro build` to its first phase: Node, Astro and the site's config loading. */
  startup: number;
  /** Content layer: the loaders reading the CMS API. */
  contentSync: number;
  /** Vite bundling the site's server and client entry points ("Building static entrypoints"). */
  bundle: number;
  /** Generating static routes: rendering or copying every page. */
  render: number;
  /** Optimised images (reused from the image cache when unchanged). */
  images: number;
  /** Everything else: type generation, sitemap, process exit. */
  other: number;
  total: number;
}

export interface AstroBuildReport {
  pages: PageCounts;
  phasesMs: AstroPhasesMs;
}

// Astro colours its output only on a terminal, but strip escapes anyway: FORCE_COLOR may be set.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const ROUTE = /[├└]─\s+\S/g;
const REUSED = /\((?:cached|restored)\)/g;

type Marker =
  'syncStart' | 'syncEnd' | 'bundleStart' | 'renderStart' | 'renderEnd' | 'imagesStart' | 'imagesEnd';

/** Reads the build's output line by line; `report()` once the process has ended. */
export interface AstroLogReader {
  line(text: string, atMs?: number): void;
  /**
   * @param manifestOutputs what {@link readManifestOutputs} read from this build's incremental manifest;
   *   null (unreadable, or a build without incremental cache) gives `keyed: null`.
   */
  report(manifestOutputs: ReadonlySet<string> | null, endedAtMs?: number): AstroBuildReport;
}

const manifestSchema = z.object({
  routes: z.record(
    z.string(),
    z.object({ paths: z.record(z.string(), z.object({ outputFile: z.string() })) }),
  ),
});

/**
 * The output files (relative to the build folder, decoded, `/` separators) of every path Astro recorded
 * with a cacheKey in its incremental manifest: what a build kept, whether rendered or reused in place.
 * One per path, so their number is the number of keyed paths. Read once per build: at 10,000 items the
 * manifest is ~157 MB.
 * @returns null when the manifest is missing or not Astro's format.
 */
export async function readManifestOutputs(manifestFile: string): Promise<Set<string> | null> {
  try {
    const manifest = manifestSchema.parse(JSON.parse(await readFile(manifestFile, 'utf8')));
    const files = new Set<string>();
    for (const route of Object.values(manifest.routes))
      for (const entry of Object.values(route.paths)) files.add(decodeURIComponent(entry.outputFile));
    return files;
  } catch {
    return null;
  }
}

/** Astro's incremental-build manifest inside a cacheDir (astro/dist/core/build/incremental.js). */
export function incrementalManifestFile(cacheDir: string): string {
  return path.join(cacheDir, 'incremental-build.json');
}

/** Starts reading one build's output; `startedAtMs` is when the process was spawned. */
export function createAstroLogReader(startedAtMs: number = Date.now()): AstroLogReader {
  let routes = 0;
  let reused = 0;
  const marks = new Map<Marker, number>();
  let open: 'render' | 'images' | null = null;
  const mark = (marker: Marker, at: number) => {
    if (!marks.has(marker)) marks.set(marker, at);
  };
  return {
    line(raw, atMs = Date.now()) {
      const text = raw.replace(ANSI, '');
      if (open === 'render') {
        // Pages render concurrently (build.concurrency), so one line can hold the starts of several
        // routes and the "(cached)" of another: count the markers, not the lines.
        routes += text.match(ROUTE)?.length ?? 0;
        reused += text.match(REUSED)?.length ?? 0;
      }
      if (text.includes('Syncing content')) mark('syncStart', atMs);
      else if (text.includes('Synced content')) mark('syncEnd', atMs);
      else if (text.includes('Building static entrypoints')) mark('bundleStart', atMs);
      else if (/generating static routes/.test(text)) {
        mark('renderStart', atMs);
        open = 'render';
      } else if (/generating optimized images/.test(text)) {
        mark('imagesStart', atMs);
        open = 'images';
      } else if (text.includes('Completed in') && open) {
        mark(open === 'render' ? 'renderEnd' : 'imagesEnd', atMs);
        open = null;
      }
    },
    report(manifestOutputs, endedAtMs = Date.now()) {
      const span = (from: Marker, to: Marker) => {
        const start = marks.get(from);
        const end = marks.get(to) ?? (start === undefined ? undefined : endedAtMs);
        return start === undefined || end === undefined ? 0 : Math.max(0, end - start);
      };
      const total = Math.max(0, endedAtMs - startedAtMs);
      const firstMark = marks.get('syncStart') ?? marks.get('bundleStart');
      const startup = firstMark === undefined ? 0 : Math.max(0, firstMark - startedAtMs);
      const contentSync = span('syncStart', 'syncEnd');
      const bundle = span('bundleStart', 'renderStart');
      const render = span('renderStart', 'renderEnd');
      const images = span('imagesStart', 'imagesEnd');
      return {
        pages: {
          reused,
          rendered: Math.max(0, routes - reused),
          keyed: manifestOutputs?.size ?? null,
        },
        phasesMs: {
          startup,
          contentSync,
          bundle,
          render,
          images,
          other: Math.max(0, total - startup - contentSync - bundle - render - images),
          total,
        },
      };
    },
  };
}
