/**
 * Glasnik's search, declared once: index names, document ids, the document shape, how each public type
 * becomes a document, the index settings and the query the search page sends. The full reindex
 * (scripts), the incremental sync (CMS) and the search page (site) all build on this module.
 * Pure TypeScript with no Node-only APIs.
 */
import { z } from 'zod';
import { blocksToPlainText } from './blocks-text';
import type { Media } from './common';
import type {
  Agreement,
  Campaign,
  Event,
  MediaAsset,
  NewsArticle,
  Page,
  PressRelease,
} from './content-types';
import { locales, type Locale } from './locales';
import { publicTypes, type PublicTypeName } from './public-types';
import { searchTypeNames, type SearchType } from './search-query';
import { crossScriptForms } from './search-script';
import { documentUrl, mediaKitUrl } from './urls';

// Named re-exports, not `export *`: tsx loads the contract as CommonJS (cms/ is not "type": "module"),
// and Node's ESM importer does not see names re-exported with `export *` from CommonJS.
export {
  buildSearchRequest,
  cleanSearchInput,
  escapeHtml,
  hasSearchableText,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  highlightToHtml,
  isSearchType,
  MAX_QUERY_CHARS,
  RESULTS_PER_PAGE,
  searchIndexes,
  searchIndexName,
  searchTypeNames,
  type CleanSearchInput,
  type SearchHit,
  type SearchIndexName,
  type SearchInput,
  type SearchType,
} from './search-query';
export { crossScriptForms, latinToCyrillic, transliterate } from './search-script';
export {
  bulgarianStopWords,
  englishStopWords,
  filterableAttributes,
  searchableAttributes,
  searchIndexSettings,
  sortableAttributes,
  synonymGroups,
  synonymMap,
  type SearchIndexSettings,
} from './search-settings';
export { isLocale, locales, type Locale } from './locales';

// ---------------------------------------------------------------- indexes and types

/** The types that become search documents, by the name documents carry in `type`. */
export const searchTypes = {
  'news-article': 'newsArticles',
  'press-release': 'pressReleases',
  campaign: 'campaigns',
  event: 'events',
  'media-asset': 'mediaAssets',
  agreement: 'agreements',
  page: 'pages',
} as const satisfies Record<SearchType, PublicTypeName>;

/** The search type of a Strapi UID (`api::news-article.news-article` → `news-article`), or null. */
export function searchTypeOfUid(uid: string): SearchType | null {
  for (const type of searchTypeNames) if (publicTypes[searchTypes[type]].uid === uid) return type;
  return null;
}

/** Strapi UID and REST endpoint of a search type. */
export function searchTypeSource(type: SearchType): { uid: string; endpoint: string; schema: z.ZodType } {
  const source = publicTypes[searchTypes[type]];
  return { uid: source.uid, endpoint: source.endpoint, schema: source.schema };
}

/** The item types each search type is built from (validated REST / Document Service output). */
export interface SearchSourceItems {
  'news-article': NewsArticle;
  'press-release': PressRelease;
  campaign: Campaign;
  event: Event;
  'media-asset': MediaAsset;
  agreement: Agreement;
  page: Page;
}

/**
 * Id of the document of one item in one locale: `<type>-<documentId>-<locale>`. Meilisearch ids allow
 * `[A-Za-z0-9_-]` only; Strapi's documentIds are alphanumeric.
 * @throws {RangeError} when the documentId holds other characters (it would be rejected by Meilisearch).
 */
export function searchDocumentId(type: SearchType, documentId: string, locale: Locale): string {
  if (!/^[A-Za-z0-9_]+$/.test(documentId)) {
    throw new RangeError(
      `documentId "${documentId}" of ${type} cannot be part of a search document id: only letters, digits and "_" are allowed.`,
    );
  }
  return `${type}-${documentId}-${locale}`;
}

// ---------------------------------------------------------------- the document

/** Longest body text kept per document: enough to find any article, small enough to keep the index lean. */
export const MAX_BODY_CHARS = 20_000;

const isoDateTime = z.iso.datetime({ offset: true });

/** One search result: any public item in one locale. */
export const searchDocumentSchema = z.object({
  /** `<type>-<documentId>-<locale>`. */
  id: z.string().regex(/^[a-z-]+-[A-Za-z0-9_]+-(bg|en)$/),
  type: z.enum(searchTypeNames),
  documentId: z.string().min(1),
  locale: z.enum(locales),
  title: z.string().min(1),
  /** Lead text, subject or caption. */
  summary: z.string(),
  /** Plain text of the rich text (blocks), cut at {@link MAX_BODY_CHARS}. */
  body: z.string(),
  /** The item's date (see {@link documentDate}) as ISO 8601, for display and sorting. */
  date: isoDateTime.nullable(),
  /** `date` in seconds since 1970, for range filters and the newest-first tie-break. */
  timestamp: z.number().int().nullable(),
  /** Calendar year of `date` in Sofia: the year facet. */
  year: z.number().int().nullable(),
  /** Category name in this locale. */
  category: z.string().nullable(),
  tags: z.array(z.string()),
  /** Site path of the item, e.g. `/bg/news/some-slug/`. */
  url: z.string().startsWith('/'),
  /** A small rendition for the result list. */
  image: z.object({ url: z.string().min(1), alt: z.string().nullable() }).nullable(),
  /** Events: when they start (ISO 8601) and the same in seconds. */
  eventStart: isoDateTime.nullable(),
  eventTimestamp: z.number().int().nullable(),
  /** Agreements: partner country, ISO 3166-1 alpha-2. */
  country: z.string().nullable(),
  /** Agreement kind (twinning, cooperation, …) or event kind (press_conference, …). */
  kind: z.string().nullable(),
  /** Agreement status (in_force, …) or event status (scheduled, cancelled, …). */
  status: z.string().nullable(),
  /** Agreements: register number, e.g. `МД-2019-003`. */
  registerNumber: z.string().nullable(),
  /** Agreements: partner organisation or city. */
  partnerName: z.string().nullable(),
  /** Titles, names and places in the other script (see {@link crossScriptForms}); searched last, never shown. */
  translit: z.string(),
});
export type SearchDocument = z.infer<typeof searchDocumentSchema>;

// ---------------------------------------------------------------- builders

const SOFIA_YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Sofia', year: 'numeric' });

/** A date or date-time as full ISO 8601 (calendar dates are taken at midnight UTC). */
function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function dateFields(iso: string | null): Pick<SearchDocument, 'date' | 'timestamp' | 'year'> {
  if (!iso) return { date: null, timestamp: null, year: null };
  const date = new Date(iso);
  return { date: iso, timestamp: Math.floor(date.getTime() / 1000), year: Number(SOFIA_YEAR.format(date)) };
}

/** A small image for the result list, or null when the media is not an image. */
function imageOf(
  media: Media | null | undefined,
  fallbackAlt: string | null = null,
): SearchDocument['image'] {
  if (!media || !media.mime.startsWith('image/')) return null;
  const formats = media.formats ?? {};
  const small = formats.thumbnail ?? formats.small ?? null;
  return { url: small?.url ?? media.url, alt: media.alternativeText ?? fallbackAlt };
}

function cut(text: string): string {
  return text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
}

type Parts = Omit<
  SearchDocument,
  'id' | 'type' | 'documentId' | 'locale' | 'translit' | 'date' | 'timestamp' | 'year'
> & {
  date: string | null;
  /** Names and places worth finding in the other script, besides the title and summary. */
  names: (string | null | undefined)[];
};

const noExtras = {
  eventStart: null,
  eventTimestamp: null,
  country: null,
  kind: null,
  status: null,
  registerNumber: null,
  partnerName: null,
} as const;

function partsOf<T extends SearchType>(type: T, item: SearchSourceItems[T], locale: Locale): Parts {
  switch (type) {
    case 'news-article': {
      const news = item as NewsArticle;
      return {
        ...noExtras,
        title: news.title,
        summary: news.summary,
        body: blocksToPlainText(news.body),
        date: toIso(news.firstPublishedAt ?? news.publishedAt ?? news.createdAt),
        category: news.category?.name ?? null,
        tags: news.tags.map((tag) => tag.name),
        url: documentUrl('newsArticles', locale, news.slug),
        image: imageOf(news.cover),
        names: [],
      };
    }
    case 'press-release': {
      const release = item as PressRelease;
      return {
        ...noExtras,
        title: release.title,
        summary: release.summary,
        body: blocksToPlainText(release.body),
        date: toIso(release.releaseDate),
        category: release.category?.name ?? null,
        tags: [],
        url: documentUrl('pressReleases', locale, release.slug),
        image: imageOf(release.attachments.find((file) => file.mime.startsWith('image/'))),
        // The reference number is how journalists cite a release.
        registerNumber: release.referenceNumber,
        names: release.contacts.map((contact) => contact.name),
      };
    }
    case 'campaign': {
      const campaign = item as Campaign;
      return {
        ...noExtras,
        title: campaign.title,
        summary: campaign.summary,
        body: blocksToPlainText(campaign.body),
        date: toIso(campaign.startDate),
        category: null,
        tags: [],
        url: documentUrl('campaigns', locale, campaign.slug),
        image: imageOf(campaign.hero),
        status: campaign.campaignStatus ?? null,
        names: campaign.sponsors.map((sponsor) => sponsor.name),
      };
    }
    case 'event': {
      const event = item as Event;
      const start = toIso(event.start);
      return {
        ...noExtras,
        title: event.title,
        summary: event.summary,
        body: [blocksToPlainText(event.description), event.venue?.name, event.venue?.address]
          .filter(Boolean)
          .join('\n\n'),
        date: start,
        category: event.category?.name ?? null,
        tags: [],
        url: documentUrl('events', locale, event.slug),
        image: imageOf(event.image),
        eventStart: start,
        eventTimestamp: start ? Math.floor(Date.parse(start) / 1000) : null,
        kind: event.kind ?? null,
        status: event.eventStatus ?? null,
        names: [event.venue?.name, event.venue?.address],
      };
    }
    case 'media-asset': {
      const asset = item as MediaAsset;
      return {
        ...noExtras,
        title: asset.title,
        summary: asset.caption ?? asset.altText ?? '',
        body: [asset.credit, asset.takenAt, asset.collection].filter(Boolean).join('\n\n'),
        date: toIso(asset.takenOn ?? asset.publishedAt ?? asset.createdAt),
        category: null,
        tags: asset.collection ? [asset.collection] : [],
        // Media assets have no page of their own: the media kit lists them, anchored by documentId.
        url: `${mediaKitUrl(locale)}#media-${asset.documentId}`,
        image: imageOf(asset.file, asset.altText),
        names: [asset.takenAt, asset.credit],
      };
    }
    case 'agreement': {
      const agreement = item as Agreement;
      return {
        ...noExtras,
        title: agreement.title,
        summary: agreement.subject ?? '',
        body: [agreement.signedBy, agreement.areas.join(', ')].filter(Boolean).join('\n\n'),
        date: toIso(agreement.signedOn),
        category: null,
        tags: agreement.areas,
        url: documentUrl('agreements', locale, agreement.slug),
        image: null,
        country: agreement.partnerCountry,
        kind: agreement.kind,
        status: agreement.agreementStatus,
        registerNumber: agreement.registerNumber,
        partnerName: agreement.partnerName,
        names: [agreement.partnerName, agreement.signedBy],
      };
    }
    case 'page': {
      const page = item as Page;
      return {
        ...noExtras,
        title: page.title,
        summary: page.summary ?? '',
        body: blocksToPlainText(page.body),
        date: toIso(page.publishedAt ?? page.updatedAt),
        category: null,
        tags: [],
        url: documentUrl('pages', locale, page.slug),
        image: imageOf(page.seo?.shareImage),
        names: [],
      };
    }
    default:
      throw new TypeError(`Unknown search type "${String(type)}".`);
  }
}

/**
 * The search document of one published item in one locale.
 * @param type the item's search type
 * @param item the item as the contract's schema of that type parsed it
 * @param locale the locale the item was read in (it decides the id, the URL and the index)
 * @throws {TypeError} for an unknown type; {@link RangeError} for a documentId Meilisearch would reject.
 */
export function toSearchDocument<T extends SearchType>(
  type: T,
  item: SearchSourceItems[T],
  locale: Locale,
): SearchDocument {
  const { names, date, ...parts } = partsOf(type, item, locale);
  const document: SearchDocument = {
    id: searchDocumentId(type, item.documentId, locale),
    type,
    documentId: item.documentId,
    locale,
    ...parts,
    body: cut(parts.body),
    ...dateFields(date),
    translit: crossScriptForms(
      [parts.title, parts.summary, parts.category, ...parts.tags, ...names].filter(Boolean).join(' '),
    ),
  };
  return document;
}

/** Result of {@link searchDocumentFromRaw}: a document, or why the item could not become one. */
export type RawDocumentResult = { ok: true; document: SearchDocument } | { ok: false; problem: string };

/**
 * Validates a raw item (REST or Document Service output) with the contract's schema of its type and
 * builds its document; a bad item is named with the first failing field instead of throwing, so one
 * broken item does not stop a reindex.
 */
export function searchDocumentFromRaw(type: SearchType, raw: unknown, locale: Locale): RawDocumentResult {
  const parsed = searchTypeSource(type).schema.safeParse(raw);
  const documentId =
    typeof raw === 'object' && raw !== null && 'documentId' in raw
      ? String(raw.documentId)
      : '(no documentId)';
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(item)';
    return {
      ok: false,
      problem: `${type} ${documentId} (${locale}): field "${field}" ${issue?.message ?? 'is invalid'}`,
    };
  }
  try {
    return {
      ok: true,
      document: toSearchDocument(type, parsed.data as SearchSourceItems[typeof type], locale),
    };
  } catch (error) {
    return {
      ok: false,
      problem: `${type} ${documentId} (${locale}): ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * Whether an item may be in the index now: published, and not held back by an embargo.
 * Drafts and embargoed items never enter the index.
 */
export function isSearchable(
  item: { publishedAt?: string | null; embargoUntil?: string | null },
  now: Date = new Date(),
): boolean {
  if (!item.publishedAt) return false;
  if (item.embargoUntil && Date.parse(item.embargoUntil) > now.getTime()) return false;
  return true;
}
