/**
 * RSS 2.0 feeds (@astrojs/rss): items with absolute links, publication dates, categories and the cover
 * image as enclosure. Pure functions of content, so they can be tested without a build.
 */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { absoluteUrl, type Locale } from '@glasnik/cms/contract';
import { escapeText } from './html';

export interface FeedSource {
  title: string;
  /** Site path of the item's page. */
  path: string;
  /** ISO date-time the item is dated by. */
  date: string;
  summary: string;
  categories: string[];
  /** An image copied into the site (path under /uploads/) with its size in bytes and MIME type. */
  enclosure?: { path: string; bytes: number; type: string } | undefined;
}

/**
 * One RSS item: absolute link (also its guid), date, categories, enclosure. The description is HTML to
 * feed readers (RSS 2.0), so the plain-text summary is HTML-escaped before the XML escaping: markup an
 * editor typed shows as text instead of becoming an element in the reader.
 */
export function toFeedItem(source: FeedSource, site: URL | string): RSSFeedItem {
  return {
    title: source.title,
    link: absoluteUrl(site, source.path),
    pubDate: new Date(source.date),
    description: escapeText(source.summary),
    categories: source.categories.filter((c) => c.trim() !== ''),
    ...(source.enclosure
      ? {
          enclosure: {
            url: absoluteUrl(site, source.enclosure.path),
            length: Math.max(1, Math.round(source.enclosure.bytes)),
            type: source.enclosure.type,
          },
        }
      : {}),
  };
}

/**
 * A complete RSS 2.0 document, newest item first, with language and atom:link self reference.
 * @throws {Error} from @astrojs/rss when an item is invalid (e.g. a link that is not a URL).
 */
export async function renderFeed(options: {
  title: string;
  description: string;
  site: URL | string;
  path: string;
  lang: Locale;
  items: FeedSource[];
}): Promise<string> {
  const items = [...options.items]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((item) => toFeedItem(item, options.site));
  return getRssString({
    title: options.title,
    description: options.description,
    site: String(options.site),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${options.lang === 'bg' ? 'bg-BG' : 'en-GB'}</language><atom:link href="${absoluteUrl(options.site, options.path)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
}
