/**
 * Checks a finished build before it goes live: the home pages of both languages, the sitemap, every RSS
 * feed well-formed (the main feeds with items), and no internal link or asset that points at nothing.
 * Returns the problems in words; an empty list means the build may be swapped in.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { listTree, type TreeFile, type TreeListing } from './output-tree.ts';

export interface CheckOptions {
  /** Public address of the site (absolute links to it count as internal). */
  siteUrl: string;
  /** Feeds that must contain at least one item (site paths). */
  feedsWithItems?: readonly string[];
  /** Stop listing broken links after this many. */
  maxProblems?: number;
  /** 'warn' lists broken internal links in `warnings` instead of failing the build (default 'fail'). */
  brokenLinks?: 'fail' | 'warn';
  /** Links of pages seen by the previous check (see {@link LinkCache}); the publisher keeps one. */
  linkCache?: LinkCache;
  /** The build folder's files, when the caller has just listed them (site-build's prune): not walked again. */
  listing?: TreeListing | null;
}

export interface CheckResult {
  /** Problems that keep the build from going live. */
  problems: string[];
  /** Problems reported but let through (broken links when brokenLinks is 'warn'). */
  warnings: string[];
  /**
   * Every file under `_astro/` that a page or feed names anywhere in its text (img srcset, Open Graph
   * meta, JSON-LD), relative with `/`: what the publisher must keep of the optimised images.
   */
  assets: Set<string>;
}

const REQUIRED_FILES = ['bg/index.html', 'en/index.html', 'sitemap-index.xml', '404.html'];
const DEFAULT_FEEDS_WITH_ITEMS = ['/bg/rss.xml', '/en/rss.xml'];
const ATTRIBUTE = /\s(?:href|src|srcset|poster)\s*=\s*("([^"]*)"|'([^']*)')/gi;
const HASHED_ASSET = /\/(_astro\/[^"'\s,;)<>?#\\]+)/g;

/**
 * Site path → is there a file for it in the build (`present`: every file, relative, with `/`),
 * following the directory-format rule (`/x/` and `/x` → `x/index.html`). A set, not the file system:
 * a build of thousands of pages has hundreds of thousands of links.
 */
function targetExists(present: ReadonlySet<string>, sitePath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return false;
  }
  // Normalising an absolute path cannot climb above the root.
  const relative = path.posix.normalize(`/${decoded}`).replace(/^\/+/, '');
  const asFolder = relative === '' || relative.endsWith('/') ? relative : `${relative}/`;
  if (decoded.endsWith('/')) return present.has(`${asFolder}index.html`);
  return present.has(relative) || present.has(`${asFolder}index.html`);
}

/** The link targets of one HTML page that belong to this site, as site paths. */
export function internalLinks(html: string, pagePath: string, siteUrl: string): string[] {
  const site = new URL(siteUrl);
  const base = new URL(pagePath, site);
  const found: string[] = [];
  for (const match of html.matchAll(ATTRIBUTE)) {
    const raw = (match[2] ?? match[3] ?? '').replace(/&amp;/g, '&').trim();
    // srcset: "a.avif 400w, b.avif 800w"
    const values = match[0].trimStart().toLowerCase().startsWith('srcset')
      ? raw.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
      : [raw];
    for (const value of values) {
      if (!value || value.startsWith('#') || /^(mailto|tel|data|javascript):/i.test(value)) continue;
      let url: URL;
      try {
        url = new URL(value, base);
      } catch {
        continue;
      }
      if (url.origin !== site.origin) continue;
      found.push(url.pathname);
    }
  }
  return found;
}

/** The `_astro/` files a page or feed names anywhere in its text, absolute URL or path alike. */
export function assetReferences(text: string): string[] {
  const decoded = (name: string) => {
    try {
      return decodeURIComponent(name);
    } catch {
      return name;
    }
  };
  return [...new Set(Array.from(text.matchAll(HASHED_ASSET), (match) => decoded(match[1] ?? '')))];
}

/** What a page points at: its internal links, and the `_astro/` files its text names. */
interface PageReferences {
  links: readonly string[];
  assets: readonly string[];
}

/** The references of one HTML page (each link and asset once). */
function pageReferences(html: string, pagePath: string, siteUrl: string): PageReferences {
  return { links: [...new Set(internalLinks(html, pagePath, siteUrl))], assets: assetReferences(html) };
}

/**
 * The references (internal links, `_astro/` files) of each page of the previous check, by page path,
 * size and modification time. A build leaves most pages as they were (the publisher even mirrors them with their times),
 * and reading and parsing every page was most of the check's time at 10,000 items; the links themselves
 * are still looked up in every build, because a page that did not change can point at one that is gone.
 */
export class LinkCache {
  #previous = new Map<string, PageReferences>();
  #current = new Map<string, PageReferences>();
  /** One string per distinct link, shared by every page that has it. */
  #interned = new Map<string, string>();

  /** References of the page in `file` at `pagePath`, read and extracted only when the file is a new version. */
  async referencesOf(
    file: string,
    version: TreeFile,
    pagePath: string,
    siteUrl: string,
  ): Promise<PageReferences> {
    const key = `${pagePath}\n${version.size}\n${version.mtimeMs}`;
    let references = this.#previous.get(key) ?? this.#current.get(key);
    if (!references) {
      const found = pageReferences(await readFile(file, 'utf8'), pagePath, siteUrl);
      references = {
        links: found.links.map((link) => this.#intern(link)),
        assets: found.assets.map((asset) => this.#intern(asset)),
      };
    }
    this.#current.set(key, references);
    return references;
  }

  #intern(text: string): string {
    const shared = this.#interned.get(text);
    if (shared !== undefined) return shared;
    this.#interned.set(text, text);
    return text;
  }

  /** Ends one check: what it did not see again is forgotten, so memory follows the site's size. */
  endCheck(): void {
    this.#previous = this.#current;
    this.#current = new Map();
    const used = new Set<string>();
    for (const { links, assets } of this.#previous.values()) {
      for (const link of links) used.add(link);
      for (const asset of assets) used.add(asset);
    }
    for (const link of this.#interned.keys()) if (!used.has(link)) this.#interned.delete(link);
  }

  /** Pages remembered from the last check (tests read it to see the cache was filled). */
  get size(): number {
    return this.#previous.size;
  }
}

/**
 * @returns the problems found, each a sentence naming the file or link; empty when the build is fine.
 * @throws nothing: an unreadable build is itself reported as a problem.
 */
export async function checkBuild(root: string, options: CheckOptions): Promise<string[]> {
  return (await checkBuildDetailed(root, options)).problems;
}

/** Like checkBuild, with warnings kept apart (see CheckOptions.brokenLinks). */
export async function checkBuildDetailed(root: string, options: CheckOptions): Promise<CheckResult> {
  const problems: string[] = [];
  const linkProblems: string[] = [];
  const max = options.maxProblems ?? 20;
  const assets = new Set<string>();
  if (!existsSync(root))
    return { problems: [`the build folder ${root} does not exist`], warnings: [], assets };
  for (const file of REQUIRED_FILES)
    if (!existsSync(path.join(root, file))) problems.push(`expected page ${file} is missing`);

  const tree = options.listing ?? (await listTree(root));
  const parser = new XMLParser({ ignoreAttributes: true });
  const mustHaveItems = new Set(options.feedsWithItems ?? DEFAULT_FEEDS_WITH_ITEMS);
  for (const relative of tree.files.keys()) {
    if (!relative.endsWith('.xml')) continue;
    const sitePath = `/${relative}`;
    const xml = await readFile(path.join(root, relative), 'utf8');
    for (const asset of assetReferences(xml)) assets.add(asset);
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      problems.push(`${sitePath} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
      continue;
    }
    if (!sitePath.endsWith('rss.xml')) continue;
    // An empty element parses as '' (so `channel` may be a string): test for presence, not truthiness.
    const feed = parser.parse(xml) as { rss?: { channel?: { item?: unknown } | string } };
    const channel = feed.rss?.channel;
    if (channel === undefined) problems.push(`${sitePath} has no <rss><channel>`);
    else if (mustHaveItems.has(sitePath) && (typeof channel !== 'object' || !channel.item))
      problems.push(`${sitePath} has no items`);
  }
  for (const feed of mustHaveItems)
    if (!existsSync(path.join(root, feed))) problems.push(`feed ${feed} is missing`);

  const present = new Set(tree.files.keys());
  const broken = new Map<string, string>();
  // Most links (navigation, footer, assets) repeat on every page: look each one up once.
  const fine = new Set<string>();
  // 404.html is served for any missing address, so its own canonical/alternate links name no real page.
  for (const [relative, version] of tree.files) {
    if (!relative.endsWith('.html') || relative === '404.html') continue;
    const file = path.join(root, relative);
    const pagePath = `/${relative.replace(/index\.html$/, '')}`;
    const references = options.linkCache
      ? await options.linkCache.referencesOf(file, version, pagePath, options.siteUrl)
      : pageReferences(await readFile(file, 'utf8'), pagePath, options.siteUrl);
    for (const asset of references.assets) assets.add(asset);
    for (const link of references.links) {
      if (fine.has(link) || broken.has(link)) continue;
      if (targetExists(present, link)) fine.add(link);
      else broken.set(link, pagePath);
    }
  }
  options.linkCache?.endCheck();
  for (const [link, page] of [...broken].slice(0, max))
    linkProblems.push(`broken internal link ${link} (on ${page})`);
  if (broken.size > max) linkProblems.push(`… and ${broken.size - max} more broken links`);
  if (options.brokenLinks === 'warn') return { problems, warnings: linkProblems, assets };
  return { problems: [...problems, ...linkProblems], warnings: [], assets };
}
