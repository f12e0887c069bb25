// Stable archive pagination (issue 9): publishing must change a list's front page, not its archive.
import { describe, expect, it } from 'vitest';
import { archivePath } from '@glasnik/cms/contract';
import {
  PAGE_SIZE,
  listHeading,
  listPages,
  listPaths,
  withListKeys,
  type ListOptions,
  type ListPage,
} from '../../src/lib/paths';

interface Item {
  id: string;
  date: string;
  title: string;
}

const S = 4;
const options: ListOptions<Item> = {
  frontPath: '/bg/news/',
  date: (item) => item.date,
  id: (item) => item.id,
  pageSize: S,
};

/** `count` items a day apart from 1 January 2019, the newest last; the same item for the same index. */
const archive = (count: number): Item[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `doc-${String(index).padStart(4, '0')}`,
    date: new Date(Date.UTC(2019, 0, 1 + index, 9)).toISOString(),
    title: `Item ${index}`,
  }));

const layout = ['site settings', 'accessibility link'];

/** Route path → cacheKey, as Astro sees the list's routes. */
function routes(items: readonly Item[], listOptions = options): Map<string, string> {
  return new Map(
    withListKeys(listPaths('bg', items, listOptions), layout).map((path) => [
      path.params.page ?? '(front)',
      path.cacheKey,
    ]),
  );
}

function changedRoutes(before: Map<string, string>, after: Map<string, string>) {
  return {
    added: [...after.keys()].filter((route) => !before.has(route)),
    removed: [...before.keys()].filter((route) => !after.has(route)),
    changed: [...after.keys()].filter((route) => before.has(route) && before.get(route) !== after.get(route)),
  };
}

const ids = (page: ListPage<Item>) => page.items.map((item) => item.id);

describe('stable list pagination', () => {
  it('adding the newest item changes the front page only, and at a chunk boundary one new page and its older neighbour', () => {
    for (let n = 0; n <= 6 * S; n++) {
      const diff = changedRoutes(routes(archive(n)), routes(archive(n + 1)));
      // Archive pages before: max(⌊n/S⌋ − 1, 0); the new item completes a chunk when (n + 1) is a multiple of S.
      const archivedBefore = Math.max(Math.floor(n / S) - 1, 0);
      const archivedAfter = Math.max(Math.floor((n + 1) / S) - 1, 0);
      if (archivedAfter === archivedBefore) {
        expect(diff, `n = ${n}`).toEqual({ added: [], removed: [], changed: ['(front)'] });
      } else {
        expect(diff, `n = ${n}`).toEqual({
          added: [`archive/${archivedAfter}`],
          removed: [],
          // The previous newest archive page's "newer" link now leads to the new page, not the front page.
          changed: archivedBefore > 0 ? ['(front)', `archive/${archivedBefore}`] : ['(front)'],
        });
      }
    }
  });

  it('at 10,000 items, 24 publishes re-render 24 front pages, 2 completed chunks and their 2 neighbours', () => {
    const real = { ...options, pageSize: PAGE_SIZE };
    const items = archive(10_000 + 2 * PAGE_SIZE);
    let rerendered = 0;
    let previous = routes(items.slice(0, 10_000), real);
    for (let n = 10_001; n <= items.length; n++) {
      const next = routes(items.slice(0, n), real);
      const diff = changedRoutes(previous, next);
      expect(diff.removed).toEqual([]);
      rerendered += diff.added.length + diff.changed.length;
      previous = next;
    }
    // Numbered from the newest, each of these publishes changed all ~834 pages of the list.
    expect(rerendered).toBe(2 * PAGE_SIZE + 2 * 2);
  });

  it('shows every item exactly once, the front page S to 2S−1 of the newest, no empty page', () => {
    for (let n = 0; n <= 5 * S; n++) {
      const pages = listPages(archive(n), options);
      const shown = pages.flatMap(({ props }) => ids(props));
      expect(shown.toSorted(), `n = ${n}`).toEqual(archive(n).map((item) => item.id));
      const [front, ...archived] = pages;
      expect(front!.page).toBeUndefined();
      if (n >= S) {
        expect(front!.props.items.length).toBeGreaterThanOrEqual(S);
        expect(front!.props.items.length).toBeLessThanOrEqual(2 * S - 1);
      } else expect(front!.props.items).toHaveLength(n);
      for (const { props } of archived) expect(props.items).toHaveLength(S);
    }
  });

  it('shows the newest first on every page and numbers archive pages from the oldest', () => {
    const pages = listPages(archive(3 * S + 1), options);
    expect(pages.map(({ page }) => page)).toEqual([undefined, 'archive/1', 'archive/2']);
    expect(ids(pages[1]!.props)).toEqual(['doc-0003', 'doc-0002', 'doc-0001', 'doc-0000']);
    expect(ids(pages[0]!.props)[0]).toBe('doc-0012');
  });

  it('links archive pages to their neighbours and the front page, never to a total', () => {
    const [front, first, second, third] = listPages(archive(4 * S), options).map(({ props }) => props);
    expect(front).toMatchObject({ kind: 'front', older: '/bg/news/archive/3/' });
    expect(third).toMatchObject({ newer: '/bg/news/', older: '/bg/news/archive/2/', front: '/bg/news/' });
    expect(second).toMatchObject({ newer: '/bg/news/archive/3/', older: '/bg/news/archive/1/' });
    expect(first).toMatchObject({ newer: '/bg/news/archive/2/', older: null });
  });

  it('keeps an archive page the same however long the list grows', () => {
    const small = routes(archive(3 * S));
    const large = routes(archive(40 * S + 3));
    expect(large.get('archive/1')).toBe(small.get('archive/1'));
  });

  it('orders equal dates by id, so the chunks do not depend on the order the CMS returned items in', () => {
    const sameDay = archive(3 * S).map((item) => ({ ...item, date: '2024-05-01T08:00:00.000Z' }));
    expect(routes(sameDay.toReversed())).toEqual(routes(sameDay));
  });

  it('changes only the page that holds an edited item', () => {
    const items = archive(5 * S);
    const edited = items.map((item) => (item.id === 'doc-0005' ? { ...item, title: 'Corrected' } : item));
    expect(changedRoutes(routes(items), routes(edited))).toEqual({
      added: [],
      removed: [],
      changed: ['archive/2'],
    });
  });

  it('gives the front page the years that only the archive holds, each linking to its newest item', () => {
    // 11 items a month apart from November 2022: Nov 2022 … Sep 2023; front = 4 + 3 newest.
    const monthly = Array.from({ length: 11 }, (_, index) => ({
      id: `m-${index}`,
      date: new Date(Date.UTC(2022, 10 + index, 15)).toISOString(),
      title: `Month ${index}`,
    }));
    const [front] = listPages(monthly, { ...options, pageSize: 2 }).map(({ props }) => props);
    // 5 full chunks of 2: archive/1–4 hold Nov 2022 … Jun 2023; the front page Jul–Sep 2023.
    expect(front).toMatchObject({
      older: '/bg/news/archive/4/',
      years: [{ year: '2022', href: '/bg/news/archive/1/' }],
    });
  });

  it('names an archive page by the dates it covers, in both languages', () => {
    const first = listPages(archive(3 * S), options)[1]!.props;
    if (first.kind !== 'archive') throw new Error('archive/1 is not an archive page');
    expect(listHeading('Новини', first, 'bg')).toBe('Новини, 1 януари 2019 г. – 4 януари 2019 г.');
    expect(listHeading('News', first, 'en')).toBe('News, 1 January 2019 – 4 January 2019');
    const oneDay = { ...first, to: first.from };
    expect(listHeading('News', oneDay, 'en')).toBe('News, 1 January 2019');
    expect(listHeading('News', { kind: 'front', items: [], older: null, years: [] }, 'en')).toBe('News');
  });

  it('refuses an archive page number that is not a positive integer', () => {
    expect(() => archivePath('/bg/news/', 0)).toThrow(/Archive page 0 of \/bg\/news\//);
    expect(archivePath('/bg/news/', 7)).toBe('/bg/news/archive/7/');
  });
});
