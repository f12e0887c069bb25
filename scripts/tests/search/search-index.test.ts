/**
 * Search behaviour readers notice, against a real Meilisearch with the contract's settings and documents
 * built from REST-shaped items: typos, Latin/Cyrillic spellings, definite forms, hostile input, the
 * search-only key, and the atomic swap of a reindex.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSearchRequest,
  cleanSearchInput,
  hasSearchableText,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  highlightToHtml,
  searchDocumentFromRaw,
  searchIndexName,
  searchTypeNames,
  type Locale,
  type SearchDocument,
  type SearchType,
} from '@glasnik/cms/contract/search';
import { MeiliClient, MeiliHttpError } from '../../../cms/src/search/meili-http.ts';
import { CmsReadError } from '../../src/lib/search/cms-read.ts';
import { reindexAll, replaceIndexes, TEMP_SUFFIX } from '../../src/lib/search/reindex.ts';
import { ensureSearchKey } from '../../src/lib/search/search-key.ts';
import { fixtureItems } from './fixtures.ts';
import { startTestMeili, type TestMeili } from './meili-server.ts';

let meili: TestMeili;
const documents = new Map<Locale, SearchDocument[]>();

beforeAll(async () => {
  meili = await startTestMeili();
  for (const locale of ['bg', 'en'] as const) {
    const list: SearchDocument[] = [];
    for (const [type, items] of Object.entries(fixtureItems[locale])) {
      for (const item of items) {
        const result = searchDocumentFromRaw(type as SearchType, item, locale);
        if (!result.ok) throw new Error(result.problem);
        list.push(result.document);
      }
    }
    documents.set(locale, list);
  }
  await replaceIndexes(meili.admin, documents);
});
afterAll(async () => meili?.dispose());

async function search(locale: Locale, q: string, extra: Record<string, unknown> = {}) {
  return meili.admin.search(searchIndexName(locale), {
    ...buildSearchRequest(cleanSearchInput({ q })),
    ...extra,
  });
}
const ids = (hits: Array<Record<string, unknown>>) => hits.map((hit) => String(hit.id));

describe('documents', () => {
  it('every fixture item became one document with a stable id and a site URL', () => {
    const bg = documents.get('bg')!;
    expect(bg.map((d) => d.id)).toContain('agreement-agr1-bg');
    const agreement = bg.find((d) => d.id === 'agreement-agr1-bg')!;
    expect(agreement).toMatchObject({
      type: 'agreement',
      url: '/bg/agreements/sporazumenie-ruse/',
      country: 'BG',
      kind: 'twinning',
      status: 'in_force',
      year: 2019,
    });
    expect(agreement.translit).toContain('Ruse');
    expect(new Set(bg.map((d) => d.type))).toEqual(new Set(searchTypeNames));
  });
});

describe('finding things', () => {
  it('finds the agreements with one typo in a Cyrillic word ("споразумене")', async () => {
    const result = await search('bg', 'споразумене');
    expect(ids(result.hits)).toEqual(expect.arrayContaining(['agreement-agr1-bg', 'agreement-agr2-bg']));
  });

  it('"Ruse", "Rousse" and "Русе" give the same results, in Bulgarian and in English', async () => {
    for (const locale of ['bg', 'en'] as const) {
      const [latin, french, cyrillic] = await Promise.all(
        ['Ruse', 'Rousse', 'Русе'].map((q) => search(locale, q)),
      );
      expect(ids(latin!.hits).length).toBeGreaterThan(0);
      expect(ids(french!.hits)).toEqual(ids(latin!.hits));
      expect(ids(cyrillic!.hits)).toEqual(ids(latin!.hits));
    }
  });

  it('finds a Cyrillic place typed in Latin by the official transliteration ("Dunavets")', async () => {
    const result = await search('bg', 'Dunavets');
    expect(ids(result.hits)).toContain('news-article-news1-bg');
  });

  it('"кмет" finds texts that say "кметът"', async () => {
    const result = await search('bg', 'кмет');
    expect(ids(result.hits)).toEqual(
      expect.arrayContaining(['news-article-news1-bg', 'press-release-pr1-bg']),
    );
  });

  it('a word in Bulgarian quotes („Свобода“) is found and highlighted without the quotes', async () => {
    const result = await search('bg', 'Свобода');
    const hit = result.hits.find((h) => h.id === 'event-ev1-bg') as
      { _formatted?: Record<string, string> } | undefined;
    expect(highlightToHtml(hit?._formatted?.body ?? '')).toContain('„<mark>Свобода</mark>“');
  });

  it('highlights matches with <mark>, escapes the rest, and crops the body', async () => {
    const result = await search('bg', 'кей');
    const hit = result.hits.find((h) => h.id === 'news-article-news1-bg') as
      { _formatted?: Record<string, string> } | undefined;
    expect(highlightToHtml(hit?._formatted?.title ?? '')).toMatch(/<mark>(кей|Кей)[^<]*<\/mark>/);
    expect(typeof hit?._formatted?.body).toBe('string');
    expect(highlightToHtml(`<script>x</script>${HIGHLIGHT_PRE}кей${HIGHLIGHT_POST}`)).toBe(
      '&lt;script&gt;x&lt;/script&gt;<mark>кей</mark>',
    );
  });

  it('filters by type and year and counts facets', async () => {
    const result = await meili.admin.search(
      searchIndexName('bg'),
      buildSearchRequest(cleanSearchInput({ q: '', type: 'agreement', year: '2019' })),
    );
    expect(ids(result.hits)).toEqual(['agreement-agr1-bg']);
    const all = await search('bg', '');
    expect(all.facetDistribution?.type?.agreement).toBe(2);
    expect(all.facetDistribution?.year?.['2019']).toBe(1);
  });
});

describe('hostile or odd input', () => {
  it('a 1,000-character query is cut and answers without error', async () => {
    const input = cleanSearchInput({ q: 'споразумение '.repeat(80) });
    expect(input.q.length).toBeLessThanOrEqual(200);
    const result = await meili.admin.search(searchIndexName('bg'), buildSearchRequest(input));
    expect(Array.isArray(result.hits)).toBe(true);
  });

  it('a query of only punctuation is recognised as empty and, sent anyway, does not fail', async () => {
    expect(hasSearchableText('?!.,;:—"\'()[]{}')).toBe(false);
    const result = await search('bg', '?!.,;:—"\'()[]{}');
    expect(Array.isArray(result.hits)).toBe(true);
  });

  it('filter injection in URL parameters is dropped, never passed to Meilisearch', async () => {
    const input = cleanSearchInput({
      q: 'Русе',
      type: 'agreement" OR type = "page',
      year: '2019 OR 1=1',
      page: '-1',
    });
    expect(input).toEqual({ q: 'Русе', type: null, year: null, page: 1 });
    expect(buildSearchRequest(input).filter).toBeUndefined();
    await expect(search('bg', 'x" OR 1=1 --')).resolves.toHaveProperty('hits');
  });
});

describe('the search-only key', () => {
  it('can search both indexes but cannot add documents, change settings or read keys', async () => {
    const key = await ensureSearchKey(meili.admin);
    expect((await ensureSearchKey(meili.admin)).uid).toBe(key.uid);
    const visitor = new MeiliClient({ url: meili.url, apiKey: key.key });
    try {
      await expect(visitor.search(searchIndexName('en'), { q: 'Ruse' })).resolves.toHaveProperty('hits');
      const refused = (p: Promise<unknown>) =>
        expect(p).rejects.toSatisfy((e) => e instanceof MeiliHttpError && e.status === 403);
      await refused(visitor.addDocuments(searchIndexName('bg'), [{ id: 'spam', title: 'spam' }]));
      await refused(visitor.updateSettings(searchIndexName('bg'), { stopWords: [] }));
      await refused(visitor.listKeys());
      await refused(visitor.search('some_other_index', { q: 'x' }));
    } finally {
      visitor.close();
    }
  });
});

describe('reindex swap', () => {
  it('search keeps answering with the old contents until the swap, then shows the new ones', async () => {
    const before = (await search('bg', 'Бюджет')).hits.length;
    expect(before).toBeGreaterThan(0);
    const without = new Map(
      [...documents].map(([locale, list]) => [locale, list.filter((d) => d.type !== 'press-release')]),
    );
    const swapping = replaceIndexes(meili.admin, without);
    // While the new index is being filled, the live one still answers.
    expect((await search('bg', 'Бюджет')).hits.length).toBe(before);
    await swapping;
    expect(ids((await search('bg', 'Бюджет')).hits)).not.toContain('press-release-pr1-bg');
    await replaceIndexes(meili.admin, documents);
  });
  it('a CMS that cannot be read leaves the live indexes as they were and no temporary index behind', async () => {
    const before = ids((await search('bg', 'Бюджет')).hits);
    // Port 9 (discard): nothing answers there.
    await expect(
      reindexAll({ meili: meili.admin, cmsUrl: 'http://127.0.0.1:9', token: 'unused' }),
    ).rejects.toBeInstanceOf(CmsReadError);
    expect(ids((await search('bg', 'Бюджет')).hits)).toEqual(before);
    const indexes = (await meili.admin.request('GET', '/indexes?limit=1000')) as {
      results: Array<{ uid: string }>;
    };
    expect(indexes.results.map((index) => index.uid).filter((uid) => uid.includes(TEMP_SUFFIX))).toEqual([]);
  });
});
