/**
 * Stable archive pagination of the site's lists (news, press releases, a category's or tag's news).
 *
 * A list of n items is cut into fixed chunks of PAGE_SIZE (S) counted from the OLDEST item: chunk k
 * (1-based) holds items (k−1)·S … k·S−1 in oldest-first order. The newest full chunk (m = ⌊n/S⌋) and the
 * items after it are the list's front page (its own path), so the front page shows S … 2S−1 items (all of
 * them when n < 2S) and never duplicates an archive page; chunks 1 … m−1 are archive pages at
 * `archive/k/`. Archive pages show nothing that depends on n (no "page 3 of 275"): their items, the dates
 * they span and links to their neighbours.
 *
 * Why: a build renders a list page only when its getStaticPaths cacheKey changed (route-keys.ts). Numbered
 * from the newest, every publish shifted every item of every page (~960 list routes re-rendered at 10,000
 * items). Numbered from the oldest, a new item changes the front page only; when it completes a chunk,
 * that chunk moves off the front page to its own new archive page, and the previous newest archive page's
 * "newer" link moves from the front page to it: at most two archive pages per list and publish.
 *
 * Pure (no astro:content): the unit tests build paths and keys with exactly this code.
 */
import { cacheKeyOf, digestOf } from './digest';
// The URL shapes (front page, archive/k/) come from the contract, like every other link of the site.
import { archivePath, archiveSegment, locales, type Locale } from '@glasnik/cms/contract';
import { formatDate, sofiaDate } from './dates';

/** Items per archive page; the front page shows PAGE_SIZE … 2·PAGE_SIZE−1. */
export const PAGE_SIZE = 12;

/** A year of the archive and the archive page where that year's newest item is. */
export interface ArchiveYear {
  year: string;
  href: string;
}

// Type aliases, not interfaces: Astro wants getStaticPaths props assignable to Record<string, unknown>.

/** What a list's front page shows: the newest items and the way into the archive. */
export type FrontPage<T> = {
  kind: 'front';
  /** Newest first. */
  items: T[];
  /** The newest archive page ("older"), or null when everything fits on the front page. */
  older: string | null;
  /** Years found only in the archive, newest first, each linking to the page holding its newest item. */
  years: ArchiveYear[];
};

/** What an archive page shows: one fixed chunk and its neighbours. Independent of the list's length. */
export type ArchivePage<T> = {
  kind: 'archive';
  /** Newest first. */
  items: T[];
  /** Position of the chunk counted from the oldest (1 = the oldest items); stable. */
  number: number;
  /** ISO dates of the oldest and the newest item of the chunk. */
  from: string;
  to: string;
  /** The next newer archive page, or the front page when this is the newest archive page. */
  newer: string;
  /** The next older archive page, or null for the oldest. */
  older: string | null;
  /** The list's front page (newest items). */
  front: string;
};

export type ListPage<T> = FrontPage<T> | ArchivePage<T>;

export interface ListOptions<T> {
  /** Path of the list's front page, e.g. `/bg/news/` (archive pages live below it). */
  frontPath: string;
  /** The ISO date an item is listed by (a news article's first publication, a release's date). */
  date: (item: T) => string;
  /** A unique id: the tie-break for equal dates, so every build orders (and chunks) the list the same. */
  id: (item: T) => string;
  /** Items per archive page (tests use small sizes). */
  pageSize?: number;
}

/** Oldest first by `date`, equal dates by `id`: the order chunks are counted in. */
export function oldestFirst<T>(items: readonly T[], date: (item: T) => string, id: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, date: date(item), id: id(item) }))
    .sort((a, b) =>
      a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id !== b.id ? (a.id < b.id ? -1 : 1) : 0,
    )
    .map(({ item }) => item);
}

/**
 * The pages of one list: the front page first (`page` undefined: the list's own path), then its archive
 * pages (`page` = `archive/k`, for a rest parameter `[...page]`). An empty list still has its front page.
 * @throws {RangeError} when `pageSize` is not a positive integer.
 */
export function listPages<T>(
  items: readonly T[],
  options: ListOptions<T>,
): Array<{ page: string | undefined; props: ListPage<T> }> {
  const size = options.pageSize ?? PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`Page size ${size} is not a positive integer.`);
  const ordered = oldestFirst(items, options.date, options.id);
  const fullChunks = Math.floor(ordered.length / size);
  // Chunks 1 … fullChunks−1 are archive pages; the newest full chunk and the rest are the front page.
  const archived = Math.max(fullChunks - 1, 0);
  const href = (number: number) => archivePath(options.frontPath, number);

  const archive: Array<{ page: string; props: ArchivePage<T> }> = [];
  for (let number = 1; number <= archived; number++) {
    const chunk = ordered.slice((number - 1) * size, number * size);
    archive.push({
      page: archiveSegment(number),
      props: {
        kind: 'archive',
        items: chunk.toReversed(),
        number,
        from: options.date(chunk[0]!),
        to: options.date(chunk[chunk.length - 1]!),
        newer: number < archived ? href(number + 1) : options.frontPath,
        older: number > 1 ? href(number - 1) : null,
        front: options.frontPath,
      },
    });
  }

  const frontItems = ordered.slice(archived * size).toReversed();
  const front: FrontPage<T> = {
    kind: 'front',
    items: frontItems,
    older: archived > 0 ? href(archived) : null,
    years: archiveYears(archive, frontItems, options.date),
  };
  return [{ page: undefined, props: front }, ...archive];
}

/** Years whose newest item is in the archive, newest first, each with the page holding that item. */
function archiveYears<T>(
  archive: ReadonlyArray<{ props: ArchivePage<T> }>,
  frontItems: readonly T[],
  date: (item: T) => string,
): ArchiveYear[] {
  const year = (item: T) => sofiaDate(date(item)).slice(0, 4);
  const seen = new Set(frontItems.map(year));
  const years: ArchiveYear[] = [];
  for (const { props } of archive.toReversed())
    for (const item of props.items) {
      const itemYear = year(item);
      if (seen.has(itemYear)) continue;
      seen.add(itemYear);
      years.push({ year: itemYear, href: archivePath(props.front, props.number) });
    }
  return years;
}

/**
 * `getStaticPaths` entries of one list in one locale (see listPages), with `extra` route params (a
 * category's or tag's slug).
 */
export function listPaths<T, Extra extends Record<string, string>>(
  lang: Locale,
  items: readonly T[],
  options: ListOptions<T>,
  extra: Extra = {} as Extra,
) {
  return listPages(items, options).map(({ page, props }) => ({ params: { lang, ...extra, page }, props }));
}

/**
 * The heading of a list page: the list's name, and on an archive page the dates it covers
 * ("Новини, 3 март 2019 г. – 28 април 2019 г."), which stay true however much is published later.
 */
export function listHeading(name: string, page: ListPage<unknown>, lang: Locale): string {
  if (page.kind === 'front') return name;
  const from = formatDate(page.from, lang);
  const to = formatDate(page.to, lang);
  return from === to ? `${name}, ${from}` : `${name}, ${from} – ${to}`;
}

/**
 * Cache keys of list pages: a list page is left as the previous build wrote it while its key is
 * unchanged (route-keys.ts). A list page renders only its props (cards, heading dates, neighbour links, the term with its
 * language versions) and the layout, so the key covers exactly those. A card shows its item and whether
 * it is a fallback; the item's other language versions play no part in it.
 */
export function withListKeys<Path extends { props: { items: readonly unknown[] } }>(
  paths: readonly Path[],
  layout: unknown,
): Array<Path & { cacheKey: string }> {
  const card = (entry: unknown) =>
    typeof entry === 'object' && entry !== null && 'item' in entry && 'fallback' in entry
      ? [digestOf(entry.item), entry.fallback]
      : digestOf(entry);
  const layoutDigest = digestOf(layout);
  return paths.map((path) => ({
    ...path,
    cacheKey: cacheKeyOf([{ ...path.props, items: path.props.items.map(card) }, layoutDigest]),
  }));
}

/** `{ params: { lang } }` for each locale. */
export const localePaths = () => locales.map((lang) => ({ params: { lang } }));
