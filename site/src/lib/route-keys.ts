/**
 * Render only what changed (issue 9). Every keyed route's `getStaticPaths` passes its paths through
 * {@link changedPaths}: each path carries a cacheKey covering everything its output shows. When the
 * output folder already holds the previous build (the publisher mirrors it there, SITE_KEEP_OUT_DIR=1)
 * and that build's keys are known, only the paths whose key changed, or that are new, are handed to Astro;
 * the other files stay in place untouched.
 *
 * Why not Astro's own `experimental.incrementalBuild`: it still walks every path (a manifest check, an
 * existsSync and a log line each), copies every page into its cache and reads and writes a manifest that
 * records each page's image transforms: 157 MB of JSON and ~15 s of every publish at 10,000 items. Our keys
 * are one small map (output file → key), and Astro never hears of an unchanged path.
 *
 * The integration (integrations/route-keys) loads the previous keys before the build and writes this
 * build's after it. The two sides share one registry object on `globalThis`, because Astro renders pages
 * from a bundle that has its own copy of this module, in the same process. Without the integration (astro
 * dev, astro check, tests) every path is returned.
 */

/** The keys of one build, as written next to Astro's cache. */
export interface RouteKeysFile {
  version: 1;
  /** Digest of the site's code and settings; another digest means every path must be rendered again. */
  codeDigest: string;
  /** True when this build rendered every path (so its output holds no leftovers of older code). */
  renderedAll: boolean;
  /** Output file (relative to the build folder, `/` separators) → cacheKey, for every keyed path. */
  files: Record<string, string>;
}

/** What one build knows about keyed paths while Astro runs. */
export interface RouteKeysRegistry {
  /** Keys of the build the output folder already holds; null: render every path. */
  previous: ReadonlyMap<string, string> | null;
  /** Output file → key of every keyed path of this build, rendered or not. */
  next: Map<string, string>;
  /** Output files left in place because their key was unchanged. */
  unchanged: Set<string>;
  /** Page paths (`bg/news/x/`, as `astro:build:done` names pages) of every keyed HTML page. */
  pages: Set<string>;
}

const REGISTRY = Symbol.for('glasnik.routeKeys');

type WithRegistry = typeof globalThis & { [REGISTRY]?: RouteKeysRegistry | undefined };

/** Installs this build's registry (the integration does, at `astro:build:start`); undefined removes it. */
export function installRouteKeys(registry: RouteKeysRegistry | undefined): void {
  (globalThis as WithRegistry)[REGISTRY] = registry;
}

/** This build's registry; undefined outside `astro build` with the integration. */
export function routeKeys(): RouteKeysRegistry | undefined {
  return (globalThis as WithRegistry)[REGISTRY];
}

type Params = Record<string, string | number | undefined>;

/** Where one path of a route lands in the build folder (build.format 'directory'). */
export interface RouteOutput {
  /** The file, relative to the build folder: `bg/news/x/index.html`, `bg/events/x.ics`, `uploads/a.jpg`. */
  file: string;
  /** For an `.astro` page, its path as Astro reports pages (`bg/news/x/`); null for an endpoint. */
  page: string | null;
}

/**
 * The output of one path of a route.
 * @param routeFile the route's file under src/pages, e.g. `[lang]/news/[slug].astro` or `uploads/[...file].ts`.
 * @throws {Error} when a `[param]` of the route has no value in `params`.
 */
export function routeOutput(routeFile: string, params: Params): RouteOutput {
  const isPage = routeFile.endsWith('.astro');
  const pattern = routeFile.replace(/\.(astro|ts|js)$/, '');
  const filled = pattern
    .replace(/\[\.\.\.(\w+)\]/g, (_, name: string) => String(params[name] ?? ''))
    .replace(/\[(\w+)\]/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined || value === '')
        throw new Error(`The route ${routeFile} needs a value for [${name}] in getStaticPaths.`);
      return String(value);
    });
  const clean = filled.split('/').filter(Boolean).join('/');
  // A page route's `index` segment is the folder itself (src/pages/[lang]/index.astro → bg/index.html).
  const folder = isPage ? clean.replace(/(^|\/)index$/, '') : clean;
  if (!isPage) return { file: folder, page: null };
  return { file: folder ? `${folder}/index.html` : 'index.html', page: folder ? `${folder}/` : '' };
}

/**
 * The paths of a keyed route that this build must render: all of them, unless the output folder holds
 * the previous build and its keys, in which case only those whose cacheKey is new or changed. Every path,
 * rendered or not, is recorded for the next build.
 * @param routeFile the route's own file under src/pages (see {@link routeOutput}); a test checks it.
 */
export function changedPaths<Path extends { params: Params; cacheKey: string }>(
  routeFile: string,
  paths: readonly Path[],
): Path[] {
  const registry = routeKeys();
  if (!registry) return [...paths];
  const rendered: Path[] = [];
  for (const path of paths) {
    const output = routeOutput(routeFile, path.params);
    registry.next.set(output.file, path.cacheKey);
    if (output.page !== null) registry.pages.add(output.page);
    if (registry.previous?.get(output.file) === path.cacheKey) registry.unchanged.add(output.file);
    else rendered.push(path);
  }
  return rendered;
}
