import { afterEach, describe, expect, it } from 'vitest';
import { FULL_READ_ENV } from '../../src/loaders/strapi-loader';
import { fixtureCollections } from '../fixtures/content';
import type { FixtureCms } from '../fixtures/fixture-cms';
import { startFilteringCms, syncedCollections, type PersistentCollection } from './content-sync-harness';

type Item = Record<string, unknown>;
const running: FixtureCms[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((cms) => cms.close()));
});

/** A copy of the fixture content the test can change between builds (the fixture CMS reads it live). */
function liveContent(): Record<string, Record<string, Item[]>> {
  return structuredClone(fixtureCollections) as Record<string, Record<string, Item[]>>;
}

async function setup() {
  const content = liveContent();
  const requests: string[] = [];
  const cms = await startFilteringCms({ collections: content, requests });
  running.push(cms);
  // News articles with the types they embed, synced together as in a build.
  const { collections, sync: syncAll } = syncedCollections(
    ['newsArticles', 'categories', 'tags', 'campaigns', 'events'],
    cms.url,
  );
  const news = collections.newsArticles;
  /** One build's sync; returns the news requests it made. */
  const sync = async () => {
    requests.length = 0;
    await syncAll();
    return requests.filter((r) => r.startsWith('/api/news-articles'));
  };
  const fullPages = (reqs: string[]) =>
    reqs.filter((r) => r.includes('pagination%5BpageSize%5D=100') && !r.includes('filters'));
  return { content, news, sync, fullPages };
}

const title = (news: PersistentCollection, id: string) => news.entries.get(id)?.data['title'];

describe('incremental content sync', () => {
  it('reads only the newest items again when nothing changed, and keeps the same entries', async () => {
    const { news, sync, fullPages } = await setup();
    const first = await sync();
    expect(fullPages(first).length).toBeGreaterThan(0);
    const before = structuredClone([...news.entries.entries()]);

    const second = await sync();
    expect(fullPages(second)).toEqual([]);
    expect([...news.entries.entries()]).toEqual(before);
    expect(news.logs.at(-1)).toMatch(/incremental/);
  });

  it('updates an item that was published again, without reading the collection whole', async () => {
    const { content, news, sync, fullPages } = await setup();
    await sync();
    const item = content['news-articles']!['bg']![2]!;
    item['title'] = 'Ново заглавие след поправка';
    item['publishedAt'] = '2026-11-01T10:00:00.000Z'; // a publish copies the draft's older updatedAt

    const requests = await sync();
    expect(fullPages(requests)).toEqual([]);
    expect(title(news, `bg/${String(item['documentId'])}`)).toBe('Ново заглавие след поправка');
  });

  it('drops an unpublished item (the count no longer matches, so the collection is read whole)', async () => {
    const { content, news, sync } = await setup();
    await sync();
    const [gone] = content['news-articles']!['en']!.splice(1, 1);
    const id = `en/${String(gone!['documentId'])}`;
    expect(news.entries.has(id)).toBe(true);

    await sync();
    expect(news.entries.has(id)).toBe(false);
    expect(news.logs.at(-1)).toMatch(/read whole: the item count differs/);
  });

  it('drops an item unpublished in the same burst as a new one when the publisher asks for a full read', async () => {
    const { content, news, sync, fullPages } = await setup();
    await sync();
    const list = content['news-articles']!['bg']!;
    // One item unpublished, another published: the count is the same as at the last sync.
    const [gone] = list.splice(1, 1);
    list.push({ ...structuredClone(list[0]!), documentId: 'new-after-burst', slug: 'new-after-burst' });
    process.env[FULL_READ_ENV] = '1';
    try {
      const requests = await sync();
      expect(fullPages(requests).length).toBeGreaterThan(0);
    } finally {
      Reflect.deleteProperty(process.env, FULL_READ_ENV);
    }
    expect(news.entries.has(`bg/${String(gone!['documentId'])}`)).toBe(false);
    expect(news.entries.has('bg/new-after-burst')).toBe(true);
    expect(news.logs.at(-1)).toMatch(/read whole: GLASNIK_CONTENT_FULL_READ=1/);
  });

  it('shows an item whose embargo ended (it appears without a new date)', async () => {
    const { content, news, sync } = await setup();
    const list = content['news-articles']!['bg']!;
    const [hidden] = list.splice(0, 1);
    await sync();
    const id = `bg/${String(hidden!['documentId'])}`;
    expect(news.entries.has(id)).toBe(false);

    list.push(hidden!);
    await sync();
    expect(news.entries.has(id)).toBe(true);
  });

  it('reads everything again when the CMS went back to older content (a restored backup)', async () => {
    const { content, news, sync, fullPages } = await setup();
    const item = content['news-articles']!['bg']![0]!;
    const original = structuredClone(item);
    item['title'] = 'Заглавие, което после е върнато';
    item['publishedAt'] = '2026-11-03T10:00:00.000Z';
    await sync();
    Object.assign(item, original);

    const requests = await sync();
    expect(fullPages(requests).length).toBeGreaterThan(0);
    expect(title(news, `bg/${String(item['documentId'])}`)).toBe(original['title']);
  });

  it('reads again only the items that show a renamed category, not the collection whole', async () => {
    const { content, news, sync, fullPages } = await setup();
    await sync();
    const category = content['categories']!['bg']![0]!;
    category['name'] = 'Преименувана категория';
    category['updatedAt'] = '2026-11-02T10:00:00.000Z';
    category['publishedAt'] = '2026-11-02T10:00:00.000Z';
    // The CMS embeds the category in every article that has it.
    for (const item of content['news-articles']!['bg']!) {
      const embedded = item['category'] as Item | null;
      if (embedded && embedded['documentId'] === category['documentId']) embedded['name'] = category['name'];
    }

    const requests = await sync();
    expect(fullPages(requests)).toEqual([]);
    expect(news.logs.at(-1)).toMatch(/for changed documents they embed\) .*\(incremental\)/);
    const shown = [...news.entries.values()].filter(
      (entry) =>
        entry.id.startsWith('bg/') &&
        (entry.data['category'] as Item | null)?.['documentId'] === category['documentId'],
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((entry) => (entry.data['category'] as Item)['name'] === category['name'])).toBe(true);
  });
});
