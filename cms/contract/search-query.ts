/**
 * The query side of search, for the search page in the browser: index names, the search types, input
 * cleaning, the request body and safe rendering of highlights. Deliberately free of zod and of the
 * content schemas, so the page's script stays small.
 */
import type { Locale } from './locales';

/** The Meilisearch index of each locale. */
export const searchIndexes = { bg: 'glasnik_bg', en: 'glasnik_en' } as const satisfies Record<Locale, string>;
export type SearchIndexName = (typeof searchIndexes)[Locale];

/** Index name of a locale, e.g. `glasnik_bg`. */
export function searchIndexName(locale: Locale): SearchIndexName {
  return searchIndexes[locale];
}

/** The `type` of search documents, one per public type that has pages or media-kit entries. */
export const searchTypeNames = [
  'news-article',
  'press-release',
  'campaign',
  'event',
  'media-asset',
  'agreement',
  'page',
] as const;
export type SearchType = (typeof searchTypeNames)[number];

/** Type guard for a `type` value from outside (URL parameters, events). */
export function isSearchType(value: unknown): value is SearchType {
  return typeof value === 'string' && (searchTypeNames as readonly string[]).includes(value);
}

/** Longest query sent to Meilisearch; longer input is cut (Meilisearch uses the first 10 words anyway). */
export const MAX_QUERY_CHARS = 200;
export const RESULTS_PER_PAGE = 20;

/** What a reader asked for, from the search form or the `?q=&type=&year=&page=` URL. */
export interface SearchInput {
  q?: string | null;
  type?: string | null;
  year?: string | number | null;
  page?: string | number | null;
}

/** A cleaned query: only known types and plausible years survive, so URL parameters never reach a filter as text. */
export interface CleanSearchInput {
  q: string;
  type: SearchType | null;
  year: number | null;
  page: number;
}

/**
 * Cleans reader input: the query is cut to {@link MAX_QUERY_CHARS} and stripped of control characters;
 * `type` must be a known search type and `year` four digits, anything else is dropped (never an error).
 */
export function cleanSearchInput(input: SearchInput): CleanSearchInput {
  const q = (input.q ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f\uE000\uE001]+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_CHARS);
  const type = isSearchType(input.type) ? input.type : null;
  const yearText = String(input.year ?? '');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const pageNumber = Number(input.page ?? 1);
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 50 ? pageNumber : 1;
  return { q, type, year, page };
}

/** True when the query has something to search for (letters or digits), not only punctuation. */
export function hasSearchableText(q: string): boolean {
  return /[\p{L}\p{N}]/u.test(q);
}

/**
 * Highlight markers: private-use characters no text contains, so that after escaping everything else
 * only Meilisearch's markers become `<mark>` (a title that literally says "<mark>" stays text).
 */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';

/**
 * The body of `POST /indexes/{index}/search` for a cleaned input: highlighted title and summary, a
 * cropped and highlighted body, type and year facets. Filters are built from whitelisted values only.
 */
export function buildSearchRequest(input: CleanSearchInput): Record<string, unknown> {
  const filter: string[] = [];
  if (input.type) filter.push(`type = "${input.type}"`);
  if (input.year !== null) filter.push(`year = ${input.year}`);
  return {
    q: input.q,
    ...(filter.length ? { filter } : {}),
    facets: ['type', 'year'],
    hitsPerPage: RESULTS_PER_PAGE,
    page: input.page,
    attributesToRetrieve: [
      'id',
      'type',
      'title',
      'summary',
      'url',
      'date',
      'year',
      'image',
      'category',
      'eventStart',
      'registerNumber',
    ],
    // `body` is highlighted as well as cropped: Meilisearch marks matches only in highlighted
    // attributes, and the page shows the body excerpt only when it holds a mark (it never did before).
    attributesToHighlight: ['title', 'summary', 'body'],
    attributesToCrop: ['body'],
    cropLength: 24,
    cropMarker: '…',
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to put inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** A `_formatted` value as HTML: everything escaped, Meilisearch's markers turned into `<mark>`. */
export function highlightToHtml(formatted: string): string {
  return escapeHtml(formatted).replaceAll(HIGHLIGHT_PRE, '<mark>').replaceAll(HIGHLIGHT_POST, '</mark>');
}

/** A hit as the search page receives it. */
export interface SearchHit {
  id: string;
  type: SearchType;
  title: string;
  summary?: string;
  url: string;
  date?: string | null;
  year?: number | null;
  image?: { url: string; alt: string | null } | null;
  category?: string | null;
  eventStart?: string | null;
  registerNumber?: string | null;
  _formatted?: Partial<Record<'title' | 'summary' | 'body', string>>;
}
