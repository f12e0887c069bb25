import { afterEach, describe, expect, it } from 'vitest';
import type { PublicTypeName } from '@glasnik/cms/contract';
import { INCREMENTAL_TYPES } from '../../src/loaders/incremental-sync';
import { shareEqualObjects } from '../../src/loaders/shared-values';
import { holdStoreSaves } from '../../src/loaders/sync-round';
import { fixtureCollections } from '../fixtures/content';
import type { FixtureCms } from '../fixtures/fixture-cms';
import { startFilteringCms, syncedCollections } from './content-sync-harness';

type Item = Record<string, unknown>;
const running: FixtureCms[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((cms) => cms.close()));
});

/** A news article as an agreement embeds it (relationRefSchema). */
const newsRef = (news: Item): Item => ({
  id: news['id'],
  documentId: news['documentId'],
  locale: news['locale'],
  slug: news['slug'],
  title: news['title'],
});

/**
 * Agreements relating to news articles (the first agreement in each locale to the first article), synced
 * together with the news articles and the types those embed, as a build does.
 */
async function agreementsWithNews() {
  const content = structuredClone(fixtureCollections) as Record<string, Record<string, Item[]>>;
  const news = (locale: string) => content['news-articles']![locale]!;
  const agreements = (locale: string) => content['agreements']![locale]!;
  for (const locale of ['bg', 'en']) {
    agreements(locale)[0]!['relatedNews'] = [newsRef(news(locale)[0]!)];
    // Distinct dates, oldest first: an agreement's own delta then reads only the newest one again.
    agreements(locale).forEach((agreement, index) => {
      const date = new Date(Date.UTC(2025, 0, 10 + index)).toISOString();
      Object.assign(agreement, { publishedAt: date, updatedAt: date });
    });
  }
  const requests: string[] = [];
  const cms = await startFilteringCms({ collections: content, requests });
  running.push(cms);
  const synced = syncedCollections(
    ['agreements', 'newsArticles', 'categories', 'tags', 'campaigns', 'events'],
    cms.url,
  );
  const sync = async (only?: Parameters<typeof synced.sync>[0]) => {
    requests.length = 0;
    await synced.sync(only);
    return requests.filter((request) => request.startsWith('/api/agreements'));
  };
  /** Pages of a whole read (100 items, no filter). */
  const wholePages = (reqs: string[]) =>
    reqs.filter((r) => r.includes('pagination%5BpageSize%5D=100') && !r.includes('filters'));
  const agreement = (id: string) => synced.collections.agreements.entries.get(id)?.data;
  return { content, news, agreements, sync, wholePages, agreement, collections: synced.collections };
}

describe('content sync of collections that embed other collections', () => {
  it('reads again only the agreements that show a news article published again with a new title', async () => {
    const { news, sync, wholePages, agreement, agreements, collections } = await agreementsWithNews();
    await sync();
    const article = news('bg')[0]!;
    article['title'] = 'Ново заглавие на свързаната новина';
    article['publishedAt'] = '2026-11-05T10:00:00.000Z';
    // The CMS embeds the article's current version in the agreement that relates to it.
    agreements('bg')[0]!['relatedNews'] = [newsRef(article)];

    const requests = await sync();
    expect(wholePages(requests)).toEqual([]);
    const shown = agreement(`bg/${String(agreements('bg')[0]!['documentId'])}`);
    expect((shown?.['relatedNews'] as Item[])[0]?.['title']).toBe('Ново заглавие на свързаната новина');
    expect(collections.agreements.logs.at(-1)).toMatch(
      /read \(\d+ for changed documents they embed\) .*\(incremental\)/,
    );
  });

  it('removes an unpublished news article from the agreements that showed it, without reading them whole', async () => {
    const { news, sync, wholePages, agreement, agreements } = await agreementsWithNews();
    await sync();
    const id = `bg/${String(agreements('bg')[0]!['documentId'])}`;
    expect(agreement(id)?.['relatedNews']).toHaveLength(1);
    // Unpublished: gone from the list, and the CMS no longer embeds it (the agreement's dates stay).
    news('bg').splice(0, 1);
    agreements('bg')[0]!['relatedNews'] = [];

    const requests = await sync();
    expect(wholePages(requests)).toEqual([]);
    expect(agreement(id)?.['relatedNews']).toEqual([]);
  });

  it('shows a news article published for the first time in an agreement that already related to it', async () => {
    const { news, sync, wholePages, agreement, agreements } = await agreementsWithNews();
    await sync();
    // The editor related the draft earlier; the agreement's dates do not change when the article is published.
    const fresh = {
      ...structuredClone(news('bg')[1]!),
      id: 9001,
      documentId: 'news-first-published',
      slug: 'news-first-published',
      title: 'Новина, публикувана за първи път',
      publishedAt: '2026-11-06T10:00:00.000Z',
      updatedAt: '2026-11-06T10:00:00.000Z',
    };
    news('bg').push(fresh);
    const target = agreements('bg')[1]!;
    target['relatedNews'] = [newsRef(fresh)];

    const requests = await sync();
    expect(wholePages(requests)).toEqual([]);
    const shown = agreement(`bg/${String(target['documentId'])}`)?.['relatedNews'] as Item[];
    expect(shown.map((ref) => ref['documentId'])).toEqual(['news-first-published']);
  });

  it('reads the agreements whole when the news articles were synced in a build without them', async () => {
    const { news, sync, wholePages, agreement, agreements, collections } = await agreementsWithNews();
    await sync();
    const article = news('bg')[0]!;
    article['title'] = 'Заглавие от частично обновяване';
    article['publishedAt'] = '2026-11-07T10:00:00.000Z';
    agreements('bg')[0]!['relatedNews'] = [newsRef(article)];
    // A partial refresh: the news articles move on, the agreements do not see what changed.
    await sync(['newsArticles', 'categories', 'tags', 'campaigns', 'events']);

    const requests = await sync();
    expect(wholePages(requests).length).toBeGreaterThan(0);
    expect(collections.agreements.logs.at(-1)).toMatch(
      /read whole: newsArticles was last synced in another build/,
    );
    const shown = agreement(`bg/${String(agreements('bg')[0]!['documentId'])}`);
    expect((shown?.['relatedNews'] as Item[])[0]?.['title']).toBe('Заглавие от частично обновяване');
  });

  it('keeps syncing incrementally when a type it embeds has no items at all', async () => {
    const { content, sync, wholePages, collections } = await agreementsWithNews();
    content['campaigns'] = { bg: [], en: [] };
    for (const item of [...content['news-articles']!['bg']!, ...content['news-articles']!['en']!])
      item['campaign'] = null;
    await sync();
    const requests = await sync();
    expect(wholePages(requests)).toEqual([]);
    expect(collections.newsArticles.logs.at(-1)).toMatch(/\(incremental\)/);
  });

  it('writes nothing to the store of a collection read whole when nothing in it changed', async () => {
    const { sync, collections } = await agreementsWithNews();
    await sync();
    expect(collections.categories.written.size).toBeGreaterThan(0);
    await sync();
    expect([...collections.categories.written]).toEqual([]);
    expect([...collections.newsArticles.written]).toEqual([]);
    expect([...collections.agreements.written]).toEqual([]);
  });

  it('has no loop among the collections that wait for the types they embed (a loop would never finish)', () => {
    const embeds = (type: PublicTypeName) => Object.keys(INCREMENTAL_TYPES[type] ?? {}) as PublicTypeName[];
    const reaches = (
      from: PublicTypeName,
      target: PublicTypeName,
      seen = new Set<PublicTypeName>(),
    ): boolean =>
      embeds(from).some(
        (next) => next === target || (!seen.has(next) && (seen.add(next), reaches(next, target, seen))),
      );
    for (const type of Object.keys(INCREMENTAL_TYPES) as PublicTypeName[])
      expect(reaches(type, type)).toBe(false);
  });
});

describe('content store savings', () => {
  it('stores equal embedded documents and uploads as one object, and items as they were', () => {
    const picture = () => ({ id: 7, url: 'http://cms/uploads/a.jpg', mime: 'image/jpeg', formats: {} });
    const category = () => ({ id: 3, documentId: 'cat', name: 'Култура', slug: 'kultura' });
    const first = shareEqualObjects({ id: 1, documentId: 'a', cover: picture(), category: category() });
    const second = shareEqualObjects({ id: 2, documentId: 'b', cover: picture(), tags: [category()] });
    expect(second.cover).toBe(first.cover);
    expect(second.tags[0]).toBe(first.category);
    expect(second).toEqual({ id: 2, documentId: 'b', cover: picture(), tags: [category()] });
    const other = shareEqualObjects({
      id: 3,
      documentId: 'c',
      cover: { ...picture(), url: 'http://cms/b.jpg' },
    });
    expect(other.cover).not.toBe(first.cover);
  });

  it("holds Astro's store saves while a loader works, and lets them happen once it is done", async () => {
    let touches = 0;
    const release = holdStoreSaves(() => (touches += 1));
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(touches).toBeGreaterThanOrEqual(2);
    release();
    const after = touches;
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(touches).toBe(after);
  });
});
