/**
 * Reading the content collections per locale, with the language fallback: on the English site an item not
 * yet translated appears in Bulgarian (marked), so the English site has no gaps.
 */
import { getCollection } from 'astro:content';
import {
  defaultLocale,
  locales,
  type Locale,
  type PublicTypeItem,
  type PressRoom,
  type SiteSettings,
} from '@glasnik/cms/contract';
import { cacheKeyOf, digestOf } from './digest';
import { withListKeys, type ListOptions } from './paths';

type CollectionName =
  | 'newsArticles'
  | 'pressReleases'
  | 'campaigns'
  | 'events'
  | 'mediaAssets'
  | 'agreements'
  | 'pages'
  | 'categories'
  | 'tags'
  | 'pressContacts';

/** An item as one locale's site shows it. */
export interface Localized<T> {
  item: T;
  /** The locale of the site page it appears on. */
  siteLocale: Locale;
  /** The language the item is written in (differs from `siteLocale` for a fallback). */
  contentLocale: Locale;
  /** True when shown in Bulgarian on the English site because it is not translated yet. */
  fallback: boolean;
  /** Real versions of the item by locale, for the language switcher and hreflang. */
  versions: Partial<Record<Locale, T>>;
}

const cache = new Map<string, Promise<unknown>>();

async function byDocument<Name extends CollectionName>(
  name: Name,
): Promise<Map<string, Partial<Record<Locale, PublicTypeItem<Name>>>>> {
  const key = `docs:${name}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      getCollection(name).then((entries) => {
        const documents = new Map<string, Partial<Record<Locale, PublicTypeItem<Name>>>>();
        for (const entry of entries) {
          const data = entry.data as PublicTypeItem<Name>;
          const versions = documents.get(data.documentId) ?? {};
          versions[data.locale] = data;
          documents.set(data.documentId, versions);
        }
        return documents;
      }),
    );
  }
  return cache.get(key) as Promise<Map<string, Partial<Record<Locale, PublicTypeItem<Name>>>>>;
}

function buildLocalized<Name extends CollectionName>(
  documents: Map<string, Partial<Record<Locale, PublicTypeItem<Name>>>>,
  locale: Locale,
): Localized<PublicTypeItem<Name>>[] {
  const result: Localized<PublicTypeItem<Name>>[] = [];
  for (const versions of documents.values()) {
    const own = versions[locale];
    const shown = own ?? versions[defaultLocale];
    if (!shown) continue;
    result.push({ item: shown, siteLocale: locale, contentLocale: shown.locale, fallback: !own, versions });
  }
  return result;
}

/**
 * A collection as one locale's site shows it, built once per build: pages look related items up on
 * every render, and rebuilding the list per lookup made the build O(pages × items).
 */
function localizedList<Name extends CollectionName>(
  name: Name,
  locale: Locale,
): Promise<Localized<PublicTypeItem<Name>>[]> {
  const key = `localized:${name}:${locale}`;
  if (!cache.has(key))
    cache.set(
      key,
      byDocument(name).then((documents) => buildLocalized(documents, locale)),
    );
  return cache.get(key) as Promise<Localized<PublicTypeItem<Name>>[]>;
}

function localizedIndex<Name extends CollectionName>(
  name: Name,
  locale: Locale,
): Promise<Map<string, Localized<PublicTypeItem<Name>>>> {
  const key = `index:${name}:${locale}`;
  if (!cache.has(key))
    cache.set(
      key,
      localizedList(name, locale).then(
        (list) => new Map(list.map((entry) => [entry.item.documentId, entry])),
      ),
    );
  return cache.get(key) as Promise<Map<string, Localized<PublicTypeItem<Name>>>>;
}

/**
 * Every item of a collection as the `locale` site shows it: its own version, or on the English site the
 * Bulgarian one when no translation exists. A new array each call (callers sort it in place).
 */
export async function localizedItems<Name extends CollectionName>(
  name: Name,
  locale: Locale,
): Promise<Localized<PublicTypeItem<Name>>[]> {
  return [...(await localizedList(name, locale))];
}

/** One document as the `locale` site shows it, by documentId (for relations). */
export async function localizedById<Name extends CollectionName>(
  name: Name,
  locale: Locale,
  documentId: string,
): Promise<Localized<PublicTypeItem<Name>> | undefined> {
  return (await localizedIndex(name, locale)).get(documentId);
}

/**
 * The categories and tags of a news article as the `locale` site shows them, each with the slug of the
 * list page that exists on that site. A fallback article carries its Bulgarian terms, whose slugs have no
 * page on the English site; the terms are localized documents, so the English version is found by
 * documentId. A term with no published version at all is left out (there is no page to link to).
 */
export async function localizedTerms(
  article: { category?: { documentId: string } | null | undefined; tags: readonly { documentId: string }[] },
  locale: Locale,
): Promise<{
  category: Localized<PublicTypeItem<'categories'>> | undefined;
  tags: Localized<PublicTypeItem<'tags'>>[];
}> {
  const category = article.category
    ? await localizedById('categories', locale, article.category.documentId)
    : undefined;
  const tags = (
    await Promise.all(article.tags.map((tag) => localizedById('tags', locale, tag.documentId)))
  ).filter((tag): tag is Localized<PublicTypeItem<'tags'>> => tag !== undefined);
  return { category, tags };
}

/**
 * `getStaticPaths` entries for every locale: one path per item shown on that locale's site.
 * `dependencies` returns what the page shows besides the item (see relations.ts); it goes into the
 * page's cacheKey (route-keys.ts).
 */
export async function pathsForEveryLocale<Name extends CollectionName>(
  name: Name,
  dependencies?: (item: PublicTypeItem<Name>, locale: Locale) => Promise<unknown>,
) {
  const paths = [];
  for (const locale of locales) {
    for (const entry of await localizedItems(name, locale)) {
      const extra = dependencies ? await dependencies(entry.item, locale) : null;
      paths.push({
        params: { lang: locale, slug: (entry.item as { slug: string }).slug },
        props: { entry },
        cacheKey: await pageCacheKey(entry, locale, extra),
      });
    }
  }
  return paths;
}

/**
 * A detail page is left as the previous build wrote it while this key is unchanged (route-keys.ts). It covers the item as the API returned it (its updatedAt and
 * populated relations), its other language versions (alternate links), what the layout shows on every page
 * (site settings in the footer, the accessibility statement link) and the page's own `dependencies`.
 */
async function pageCacheKey(
  entry: Localized<unknown>,
  locale: Locale,
  dependencies: unknown,
): Promise<string> {
  const versions = Object.fromEntries(
    Object.entries(entry.versions).map(([lang, item]) => [
      lang,
      (item as { updatedAt?: string } | undefined)?.updatedAt ?? null,
    ]),
  );
  return cacheKeyOf([digestOf(entry.item), entry.fallback, versions, await layoutKey(locale), dependencies]);
}

const layoutKeys = new Map<Locale, Promise<string>>();

/** Digest of what the layout shows on every page of a locale's site (footer settings, accessibility link). */
function layoutKey(locale: Locale): Promise<string> {
  let key = layoutKeys.get(locale);
  if (!key) {
    key = (async () => digestOf([await siteSettings(locale), await layoutLinks(locale)]))();
    layoutKeys.set(locale, key);
  }
  return key;
}

/**
 * A page of a list (news, press releases, a category's or tag's news) is left as the previous build wrote
 * it while its key is unchanged (route-keys.ts); the key covers the page's props and this locale's layout
 * (see withListKeys in paths.ts). Archive pages are fixed chunks counted from the oldest item, so a
 * publish changes a list's front page and at most two archive pages.
 */
export async function withListCacheKeys<Path extends { props: { items: readonly unknown[] } }>(
  locale: Locale,
  paths: readonly Path[],
): Promise<Array<Path & { cacheKey: string }>> {
  return withListKeys(paths, await layoutKey(locale));
}

/**
 * listPaths options for a list of localized items: dated by `date` of the item shown, equal dates ordered
 * by documentId. Both are shared by an item's language versions (a news article's first publication, a
 * release's date), so publishing a translation changes the one archive page that lists the item.
 */
export function listOptions<T extends { documentId: string }>(
  frontPath: string,
  date: (item: T) => string,
): ListOptions<Localized<T>> {
  return { frontPath, date: (entry) => date(entry.item), id: (entry) => entry.item.documentId };
}

/** The accessibility statement the layout links to on every page of a locale's site. */
export async function accessibilityStatement(
  locale: Locale,
): Promise<Localized<PublicTypeItem<'pages'>> | undefined> {
  return (await localizedItems('pages', locale)).find((entry) => entry.item.kind === 'accessibility');
}

async function layoutLinks(locale: Locale): Promise<unknown> {
  const statement = await accessibilityStatement(locale);
  return statement ? [statement.item.slug, statement.item.title, statement.contentLocale] : null;
}

/** Newest first by an ISO date field. */
export function newestFirst<T>(
  entries: Localized<T>[],
  date: (item: T) => string | null | undefined,
): Localized<T>[] {
  return [...entries].sort((a, b) => (date(b.item) ?? '').localeCompare(date(a.item) ?? ''));
}

/** The entries of a single type (one per locale), read once per build: every page's layout needs them. */
function singleType(name: 'siteSettings' | 'pressRoom'): Promise<Array<{ id: string; data: unknown }>> {
  const key = `single:${name}`;
  if (!cache.has(key)) cache.set(key, getCollection(name));
  return cache.get(key) as Promise<Array<{ id: string; data: unknown }>>;
}

/** Site settings for a locale (falling back to Bulgarian, then to neutral defaults with a warning). */
export async function siteSettings(locale: Locale): Promise<
  | SiteSettings
  | {
      siteName: string;
      municipalityName: string;
      address: null;
      phone: null;
      email: null;
      workingHours: null;
      socialAccounts: [];
      demoNotice: null;
    }
> {
  const entries = await singleType('siteSettings');
  const found = entries.find((e) => e.id === locale) ?? entries.find((e) => e.id === defaultLocale);
  if (found) return found.data as SiteSettings;
  return {
    siteName: 'Glasnik',
    municipalityName: 'Glasnik',
    address: null,
    phone: null,
    email: null,
    workingHours: null,
    socialAccounts: [],
    demoNotice: null,
  };
}

/** Press-room texts for a locale, or null when the CMS has none. */
export async function pressRoom(locale: Locale): Promise<PressRoom | null> {
  const entries = await singleType('pressRoom');
  const found = entries.find((e) => e.id === locale) ?? entries.find((e) => e.id === defaultLocale);
  return (found?.data as PressRoom | undefined) ?? null;
}

/** The date a news article is dated by: first publication, kept across re-publishes. */
export const articleDate = (item: {
  firstPublishedAt?: string | null | undefined;
  publishedAt?: string | null | undefined;
  createdAt: string;
}) => item.firstPublishedAt ?? item.publishedAt ?? item.createdAt;

/** Paths of the real language versions of an item, for hreflang and the language switcher. */
export function alternatesFor<T extends { slug: string }>(
  entry: Localized<T>,
  url: (locale: Locale, slug: string) => string,
): Partial<Record<Locale, string>> {
  const result: Partial<Record<Locale, string>> = {};
  for (const locale of locales) {
    const version = entry.versions[locale];
    if (version) result[locale] = url(locale, version.slug);
  }
  return result;
}

/** A fallback page duplicates the Bulgarian original, so it names that as canonical. */
export function canonicalFor<T extends { slug: string }>(
  entry: Localized<T>,
  url: (locale: Locale, slug: string) => string,
): string | undefined {
  return entry.fallback ? url(entry.contentLocale, entry.item.slug) : undefined;
}
