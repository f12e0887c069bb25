/**
 * Fetches every published item of the page-making types from the CMS read API once (both locales,
 * 100 per request, one request at a time, as a build's loader would), for the plain-Astro baseline,
 * and measures how long that takes.
 */
import { z } from 'zod';

/** REST collections whose items become pages, with the field that holds the body. */
export const PAGE_COLLECTIONS = [
  { type: 'news', path: 'news-articles', body: 'body' },
  { type: 'press', path: 'press-releases', body: 'body' },
  { type: 'events', path: 'events', body: 'description' },
  { type: 'agreements', path: 'agreements', body: null },
  { type: 'media', path: 'media-assets', body: null },
] as const;
export const LOCALES = ['bg', 'en'] as const;

export interface PlainItem {
  type: string;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  /** The body's text, paragraph by paragraph (formatting dropped). */
  paragraphs: string[];
}

const listAnswer = z.object({
  data: z.array(z.record(z.string(), z.unknown())),
  meta: z.object({ pagination: z.object({ page: z.number(), pageCount: z.number() }) }),
});

/** Plain text of each top-level block of a Strapi blocks value. */
function blockTexts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const textOf = (node: unknown): string => {
    if (typeof node !== 'object' || node === null) return '';
    const record = node as Record<string, unknown>;
    if (typeof record.text === 'string') return record.text;
    return Array.isArray(record.children) ? record.children.map(textOf).join('') : '';
  };
  return value.map(textOf).filter((text) => text.length > 0);
}

export interface FetchedContent {
  items: PlainItem[];
  requests: number;
  wallMs: number;
}

/**
 * @throws {Error} naming the URL and status when the read API refuses a request (check the token).
 */
export async function fetchAllContent(cmsUrl: string, token: string): Promise<FetchedContent> {
  const started = Date.now();
  const items: PlainItem[] = [];
  let requests = 0;
  for (const collection of PAGE_COLLECTIONS) {
    for (const locale of LOCALES) {
      for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
        const url = `${cmsUrl}/api/${collection.path}?locale=${locale}&pagination[page]=${page}&pagination[pageSize]=100`;
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        requests += 1;
        if (!response.ok)
          throw new Error(`GET ${url} answered ${response.status}: is the read token right for this CMS?`);
        const answer = listAnswer.parse(await response.json());
        pageCount = answer.meta.pagination.pageCount;
        for (const row of answer.data) {
          const slug = typeof row.slug === 'string' && row.slug ? row.slug : String(row.documentId);
          items.push({
            type: collection.type,
            locale,
            slug,
            title: typeof row.title === 'string' ? row.title : slug,
            summary:
              typeof row.summary === 'string'
                ? row.summary
                : typeof row.caption === 'string'
                  ? row.caption
                  : '',
            paragraphs: collection.body ? blockTexts(row[collection.body]) : [],
          });
        }
      }
    }
  }
  return { items, requests, wallMs: Date.now() - started };
}
