/**
 * Paths of every public page and file of the site. Everything that links to the site (the site itself,
 * feeds, search documents, syndication posts) builds its links here. Paths start with `/<locale>/` and
 * end with `/` (pages) or a file extension (feeds, calendars, downloads).
 */
import type { Locale } from './locales';

/** Slugs are written as they are; characters that are not allowed in a path are percent-encoded. */
function seg(slug: string): string {
  return encodeURIComponent(slug);
}

export const homeUrl = (locale: Locale) => `/${locale}/`;

// Lists (news, a category's or tag's news, press releases): these are their front pages (the newest
// items); older items are on archive pages below them (archivePath).
export const newsListUrl = (locale: Locale) => `/${locale}/news/`;
export const newsUrl = (locale: Locale, slug: string) => `/${locale}/news/${seg(slug)}/`;
export const categoryUrl = (locale: Locale, slug: string) => `/${locale}/news/category/${seg(slug)}/`;
export const tagUrl = (locale: Locale, slug: string) => `/${locale}/news/tag/${seg(slug)}/`;

/**
 * Route segment of archive page `number` of a list, without slashes (`archive/3`): what a list route's
 * `[...page]` parameter holds. Archive pages are numbered from the list's oldest item, so a number keeps
 * its items when newer items are published.
 * @throws {RangeError} when `number` is not a positive integer (a bug in the caller).
 */
export function archiveSegment(number: number): string {
  if (!Number.isInteger(number) || number < 1)
    throw new RangeError(`Archive page ${number} is not a positive integer: archive pages count from 1.`);
  return `archive/${number}`;
}

/**
 * Path of archive page `number` of the list whose front page is `listUrl` (e.g. `newsListUrl('bg')`).
 * @throws {RangeError} when `number` is not a positive integer (a bug in the caller).
 */
export function archivePath(listUrl: string, number: number): string {
  if (!Number.isInteger(number) || number < 1)
    throw new RangeError(`Archive page ${number} of ${listUrl} is not a positive integer.`);
  return `${listUrl}${archiveSegment(number)}/`;
}

export const pressUrl = (locale: Locale) => `/${locale}/press/`;
export const pressReleasesUrl = (locale: Locale) => `/${locale}/press/releases/`;
export const pressReleaseUrl = (locale: Locale, slug: string) => `/${locale}/press/releases/${seg(slug)}/`;
export const mediaKitUrl = (locale: Locale) => `/${locale}/press/media/`;

export const campaignsUrl = (locale: Locale) => `/${locale}/campaigns/`;
export const campaignUrl = (locale: Locale, slug: string) => `/${locale}/campaigns/${seg(slug)}/`;

export const eventsUrl = (locale: Locale) => `/${locale}/events/`;
export const eventUrl = (locale: Locale, slug: string) => `/${locale}/events/${seg(slug)}/`;
export const eventIcsUrl = (locale: Locale, slug: string) => `/${locale}/events/${seg(slug)}.ics`;
export const calendarIcsUrl = (locale: Locale) => `/${locale}/events/calendar.ics`;

export const agreementsUrl = (locale: Locale) => `/${locale}/agreements/`;
export const agreementUrl = (locale: Locale, slug: string) => `/${locale}/agreements/${seg(slug)}/`;
export const agreementsCsvUrl = (locale: Locale) => `/${locale}/agreements.csv`;
export const agreementsJsonUrl = (locale: Locale) => `/${locale}/agreements.json`;

export const searchUrl = (locale: Locale) => `/${locale}/search/`;
export const pageUrl = (locale: Locale, slug: string) => `/${locale}/${seg(slug)}/`;

export type FeedName = 'all' | 'news' | 'press' | 'events';
export const feedUrl = (locale: Locale, feed: FeedName) =>
  feed === 'all' ? `/${locale}/rss.xml` : `/${locale}/${feed}/rss.xml`;

/**
 * First path segments the site uses itself: a page (type `page`) with one of these slugs would be hidden
 * by the section, so the site skips it and says so in the build log.
 */
export const reservedPageSlugs: readonly string[] = [
  'news',
  'press',
  'campaigns',
  'events',
  'agreements',
  'search',
  'rss.xml',
  'agreements.csv',
  'agreements.json',
  '404',
];

/** The page of a document of a public type, for search results and syndication posts. */
export function documentUrl(
  type: 'newsArticles' | 'pressReleases' | 'campaigns' | 'events' | 'agreements' | 'pages',
  locale: Locale,
  slug: string,
): string {
  switch (type) {
    case 'newsArticles':
      return newsUrl(locale, slug);
    case 'pressReleases':
      return pressReleaseUrl(locale, slug);
    case 'campaigns':
      return campaignUrl(locale, slug);
    case 'events':
      return eventUrl(locale, slug);
    case 'agreements':
      return agreementUrl(locale, slug);
    case 'pages':
      return pageUrl(locale, slug);
  }
}

/**
 * Absolute URL of a site path.
 * @throws {TypeError} when `siteUrl` is not an absolute URL (e.g. SITE_URL set to "example.org").
 */
export function absoluteUrl(siteUrl: string | URL, path: string): string {
  return new URL(path, siteUrl).href;
}
