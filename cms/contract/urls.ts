/**
 * Paths of every public page and file of the site. Everything that links to the site (the site itself,
 * feeds, search documents, syndication posts) builds its links here. Paths start with `/<locale>/` and
 * end with `/` (pages) or a file extension (feeds, calendars, downloads).
 */
import type { Locale } from './locales';

/** Path segment of a paginated list's page: page 1 is the list itself. */
function paged(base: string, page: number): string {
  if (!Number.isInteger(page) || page < 1)
    throw new RangeError(`Page ${page} of ${base} is not a positive integer.`);
  return page === 1 ? base : `${base}page/${page}/`;
}

/** Slugs are written as they are; characters that are not allowed in a path are percent-encoded. */
function seg(slug: string): string {
  return encodeURIComponent(slug);
}

export const homeUrl = (locale: Locale) => `/${locale}/`;

export const newsListUrl = (locale: Locale, page = 1) => paged(`/${locale}/news/`, page);
export const newsUrl = (locale: Locale, slug: string) => `/${locale}/news/${seg(slug)}/`;
export const categoryUrl = (locale: Locale, slug: string, page = 1) =>
  paged(`/${locale}/news/category/${seg(slug)}/`, page);
export const tagUrl = (locale: Locale, slug: string, page = 1) =>
  paged(`/${locale}/news/tag/${seg(slug)}/`, page);

export const pressUrl = (locale: Locale) => `/${locale}/press/`;
export const pressReleasesUrl = (locale: Locale, page = 1) => paged(`/${locale}/press/releases/`, page);
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
