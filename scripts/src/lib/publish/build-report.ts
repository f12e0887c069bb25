/**
 * What one `astro build` did, read from its own output and the route keys it left: how many routes it
 * left in place versus rendered, and where its seconds went. Astro prints `├─ /path` per output file it
 * writes, with its render time, e.g. `(+12ms)` (astro/dist/core/build/generate.js); the site's route-keys
 * integration adds "N of M keyed routes unchanged and left in place" for the routes it never handed to
 * Astro. Astro marks its phases with "Syncing content" / "Synced content", "Building static entrypoints",
 * "generating static routes", "generating optimized images" and "✓ Completed in …". Lines are timed as
 * they arrive, so phases are wall-clock as the publisher saw them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** Pages (every output file of a route: HTML, feeds, exports) the build reused or rendered. */
export interface PageCounts {
  /** Left as the previous build wrote them: their cacheKey and the site's code were unchanged. */
  reused: number;
  /** Rendered in this build (home pages, feeds and calendars always are: they have no cacheKey). */
  rendered: number;
  /** Routes with a cacheKey (detail, list and archive pages, uploads), from the route keys; null when unread. */
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
const LEFT_IN_PLACE = /(\d+) of \d+ keyed routes unchanged and left in place/;

type Marker =
  'syncStart' | 'syncEnd' | 'bundleStart' | 'renderStart' | 'renderEnd' | 'imagesStart' | 'imagesEnd';

/** Reads the build's output line by line; `report()` once the process has ended. */
export interface AstroLogReader {
  line(text: string, atMs?: number): void;
  /**
   * @param keys what {@link readRouteKeys} read after this build; null (unreadable) gives `keyed: null`.
   */
  report(keys: RouteKeys | null, endedAtMs?: number): AstroBuildReport;
}

/** What the site's route keys say about the build that wrote them. */
export interface RouteKeys {
  /** Output files (relative to the build folder, `/` separators) of every keyed route: all kept. */
  outputs: Set<string>;
  /** True when the build rendered every route, so anything older in its folder is a leftover. */
  renderedAll: boolean;
}

// The format site/integrations/route-keys/index.ts writes (RouteKeysFile in site/src/lib/route-keys.ts).
const routeKeysSchema = z.object({
  version: z.literal(1),
  renderedAll: z.boolean(),
  files: z.record(z.string(), z.string()),
});

/**
 * The route keys the last build with this cacheDir left: one entry per keyed route (3.1 MB at 10,000
 * items).
 * @returns null when the file is missing or not in the site's format.
 */
export async function readRouteKeys(keysFile: string): Promise<RouteKeys | null> {
  try {
    const keys = routeKeysSchema.parse(JSON.parse(await readFile(keysFile, 'utf8')));
    return { outputs: new Set(Object.keys(keys.files)), renderedAll: keys.renderedAll };
  } catch {
    return null;
  }
}

/** The site's route-keys file inside a cacheDir (site/integrations/route-keys ROUTE_KEYS_FILE). */
export function routeKeysFile(cacheDir: string): string {
  return path.join(cacheDir, 'glasnik-route-keys.json');
}

/** Starts reading one build's output; `startedAtMs` is when the process was spawned. */
export function createAstroLogReader(startedAtMs: number = Date.now()): AstroLogReader {
  let routes = 0;
  // Routes Astro itself copied from a cache ("(cached)"), and routes the site never handed to Astro.
  let cached = 0;
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
        cached += text.match(REUSED)?.length ?? 0;
      }
      const leftInPlace = LEFT_IN_PLACE.exec(text);
      if (leftInPlace) reused += Number(leftInPlace[1]);
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
    report(keys, endedAtMs = Date.now()) {
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
          reused: reused + cached,
          rendered: Math.max(0, routes - cached),
          keyed: keys?.outputs.size ?? null,
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
