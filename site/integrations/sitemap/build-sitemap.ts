/**
 * The sitemap files of a build, computed in O(n log n) from the list of built pages.
 *
 * Replaces @astrojs/sitemap, whose alternate-language matching scans every URL for every URL
 * (21 s for 22,000 single-locale URLs on our machine; issue 9). Output is the same set of URLs and
 * `xhtml:link rel="alternate"` entries: a page gets alternates when the same path exists under
 * every locale prefix it is paired with (/bg/x/ ↔ /en/x/). Unlike @astrojs/sitemap, archive pages of a
 * list (`…/archive/k/`) get none.
 */

/** Files of at most this many URLs (the protocol allows 50,000; @astrojs/sitemap's default). */
export const SITEMAP_URL_LIMIT = 45_000;

/** Sitemap options: the site origin and the hreflang of each locale prefix. */
export interface SitemapOptions {
  /** Absolute site address, e.g. `https://example.bg/` (its path is the base of every URL). */
  site: string;
  /** Locale path prefix → hreflang value, e.g. `{ bg: 'bg-BG', en: 'en-GB' }`. */
  hreflangByLocale: Readonly<Record<string, string>>;
  /** URLs per sitemap file; {@link SITEMAP_URL_LIMIT} by default. */
  urlLimit?: number;
}

/** One `<url>` of a sitemap. */
export interface SitemapEntry {
  url: string;
  /** The page in every locale (itself included), or none when it exists in one locale only. */
  alternates: { hreflang: string; url: string }[];
}

/** One file to write into the build folder. */
export interface SitemapFile {
  /** File name relative to the build folder, e.g. `sitemap-0.xml`. */
  fileName: string;
  xml: string;
}

// Status pages and the root (it only redirects to /bg/) are not content.
const STATUS_PAGES = new Set(['404', '500']);

/** True for `''` (the root) and for `404/`, `bg/404/` and the like. */
function isExcluded(pathname: string, locales: ReadonlySet<string>): boolean {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return true;
  const [first, second] = segments;
  if (segments.length === 1 && first !== undefined) return STATUS_PAGES.has(first);
  return (
    segments.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    locales.has(first) &&
    STATUS_PAGES.has(second)
  );
}

/**
 * True for a list's archive page (contract `archivePath`: `{list}/archive/{k}/`). Its number is counted
 * from the oldest item of that language's list, and the lists differ (the English site shows untranslated
 * Bulgarian items, but the Bulgarian site not English-only ones), so /bg/news/archive/3/ and
 * /en/news/archive/3/ hold different items and are no translations of each other. A list's front pages
 * still pair: both show its newest items.
 */
const isArchivePage = (pathAfterLocale: string): boolean => pathAfterLocale.includes('/archive/');

// Same order as @astrojs/sitemap (`localeCompare('en', { numeric: true })`), one collator for all.
const urlOrder = new Intl.Collator('en', { numeric: true });

/**
 * Sitemap entries for the pages Astro built.
 * @param pathnames Page paths as `astro:build:done` reports them (`bg/news/x/`, `''` for the root).
 * @throws {TypeError} when `options.site` is not an absolute URL.
 */
export function sitemapEntries(pathnames: readonly string[], options: SitemapOptions): SitemapEntry[] {
  const base = new URL(options.site);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const locales = new Set(Object.keys(options.hreflangByLocale));

  const urls = [
    ...new Set(
      pathnames
        .map((pathname) => pathname.replace(/^\/+/, ''))
        .filter((pathname) => !isExcluded(pathname, locales))
        .map((pathname) => new URL(pathname, base).href),
    ),
  ].sort(urlOrder.compare);

  // Group the URLs by their path after the locale prefix: one pass, in sorted order.
  const pathAfterLocale = (url: string): { locale: string; rest: string } | undefined => {
    const relative = url.slice(base.href.length);
    const slash = relative.indexOf('/');
    const locale = slash === -1 ? relative : relative.slice(0, slash);
    return locales.has(locale) ? { locale, rest: slash === -1 ? '' : relative.slice(slash) } : undefined;
  };
  const groups = new Map<string, SitemapEntry['alternates']>();
  for (const url of urls) {
    const parsed = pathAfterLocale(url);
    // An archive page joins no group, so it gets no alternates below.
    if (!parsed || isArchivePage(parsed.rest)) continue;
    const hreflang = options.hreflangByLocale[parsed.locale] ?? parsed.locale;
    const group = groups.get(parsed.rest);
    if (group) group.push({ hreflang, url });
    else groups.set(parsed.rest, [{ hreflang, url }]);
  }

  return urls.map((url) => {
    const parsed = pathAfterLocale(url);
    const group = parsed ? groups.get(parsed.rest) : undefined;
    return { url, alternates: group && group.length > 1 ? group : [] };
  });
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function renderUrlset(entries: readonly SitemapEntry[]): string {
  const parts = [
    `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
  ];
  for (const entry of entries) {
    parts.push(`<url><loc>${escapeXml(entry.url)}</loc>`);
    for (const alternate of entry.alternates) {
      parts.push(
        `<xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.url)}"/>`,
      );
    }
    parts.push('</url>');
  }
  parts.push('</urlset>');
  return parts.join('');
}

/**
 * The sitemap index (`sitemap-index.xml`) and its `sitemap-N.xml` files, at most `urlLimit` URLs each.
 * @throws {RangeError} when `urlLimit` is not a positive integer.
 */
export function renderSitemapFiles(entries: readonly SitemapEntry[], options: SitemapOptions): SitemapFile[] {
  const limit = options.urlLimit ?? SITEMAP_URL_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`Sitemap urlLimit must be a positive integer, got ${String(limit)}.`);
  }
  const base = new URL(options.site);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const files: SitemapFile[] = [];
  for (let start = 0, index = 0; start < entries.length; start += limit, index += 1) {
    files.push({ fileName: `sitemap-${index}.xml`, xml: renderUrlset(entries.slice(start, start + limit)) });
  }
  const index = [`${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">`];
  for (const file of files)
    index.push(`<sitemap><loc>${escapeXml(new URL(file.fileName, base).href)}</loc></sitemap>`);
  index.push('</sitemapindex>');
  return [{ fileName: 'sitemap-index.xml', xml: index.join('') }, ...files];
}
