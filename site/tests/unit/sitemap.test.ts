import { describe, expect, it } from 'vitest';
import {
  renderSitemapFiles,
  sitemapEntries,
  type SitemapOptions,
} from '../../integrations/sitemap/build-sitemap';

const options: SitemapOptions = {
  site: 'https://example.bg',
  hreflangByLocale: { bg: 'bg-BG', en: 'en-GB' },
};

// Page paths as Astro's astro:build:done reports them: no leading slash, '' for the root.
const pages = [
  '',
  '404/',
  'bg/404/',
  'bg/',
  'en/',
  'bg/news/',
  'en/news/',
  'bg/news/nova-gradina/',
  'en/news/new-park/',
  'bg/news/archive/10/',
  'bg/news/archive/2/',
  'bg/events/',
];

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);

describe('sitemap entries', () => {
  const entries = sitemapEntries(pages, options);

  it('lists every page except the root and the 404 pages, in numeric order', () => {
    expect(entries.map((entry) => entry.url)).toEqual([
      'https://example.bg/bg/',
      'https://example.bg/bg/events/',
      'https://example.bg/bg/news/',
      'https://example.bg/bg/news/archive/2/',
      'https://example.bg/bg/news/archive/10/',
      'https://example.bg/bg/news/nova-gradina/',
      'https://example.bg/en/',
      'https://example.bg/en/news/',
      'https://example.bg/en/news/new-park/',
    ]);
  });

  it('pairs a page with the same path in the other locale, and only then', () => {
    const byUrl = new Map(entries.map((entry) => [entry.url, entry.alternates]));
    const newsAlternates = [
      { hreflang: 'bg-BG', url: 'https://example.bg/bg/news/' },
      { hreflang: 'en-GB', url: 'https://example.bg/en/news/' },
    ];
    expect(byUrl.get('https://example.bg/bg/news/')).toEqual(newsAlternates);
    expect(byUrl.get('https://example.bg/en/news/')).toEqual(newsAlternates);
    expect(byUrl.get('https://example.bg/en/')).toEqual([
      { hreflang: 'bg-BG', url: 'https://example.bg/bg/' },
      { hreflang: 'en-GB', url: 'https://example.bg/en/' },
    ]);
    // Slugs differ per locale: an article has no alternate, nor does a page only Bulgarian has.
    expect(byUrl.get('https://example.bg/bg/news/nova-gradina/')).toEqual([]);
    expect(byUrl.get('https://example.bg/en/news/new-park/')).toEqual([]);
    expect(byUrl.get('https://example.bg/bg/events/')).toEqual([]);
  });

  it('gives archive pages no alternates: archive/k holds different items in each language', () => {
    const lists = ['news/', 'press/releases/', 'news/tag/park/'];
    const listPages = lists.flatMap((list) =>
      ['bg', 'en'].flatMap((locale) => [`${locale}/${list}`, `${locale}/${list}archive/3/`]),
    );
    const byUrl = new Map(sitemapEntries(listPages, options).map((entry) => [entry.url, entry.alternates]));
    expect(byUrl.size).toBe(12);
    for (const list of lists) {
      for (const locale of ['bg', 'en'])
        expect(
          byUrl.get(`https://example.bg/${locale}/${list}archive/3/`),
          `${locale}/${list}archive/3/`,
        ).toEqual([]);
      // The front pages of a list still pair: both show that list's newest items.
      expect(byUrl.get(`https://example.bg/en/${list}`)).toEqual([
        { hreflang: 'bg-BG', url: `https://example.bg/bg/${list}` },
        { hreflang: 'en-GB', url: `https://example.bg/en/${list}` },
      ]);
    }
  });
});

describe('sitemap files', () => {
  it('writes an index and one urlset with xhtml:link alternates', () => {
    const files = renderSitemapFiles(sitemapEntries(pages, options), options);
    expect(files.map((file) => file.fileName)).toEqual(['sitemap-index.xml', 'sitemap-0.xml']);
    const [index, urlset] = files;
    expect(index?.xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        '<sitemap><loc>https://example.bg/sitemap-0.xml</loc></sitemap></sitemapindex>',
    );
    expect(urlset?.xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(urlset?.xml).toContain(
      '<url><loc>https://example.bg/bg/news/</loc>' +
        '<xhtml:link rel="alternate" hreflang="bg-BG" href="https://example.bg/bg/news/"/>' +
        '<xhtml:link rel="alternate" hreflang="en-GB" href="https://example.bg/en/news/"/></url>',
    );
    expect(urlset?.xml).toContain('<url><loc>https://example.bg/bg/events/</loc></url>');
    expect(locs(urlset?.xml ?? '')).toHaveLength(9);
  });

  it('splits the URLs into files of at most urlLimit, all named in the index', () => {
    const many = Array.from({ length: 7 }, (_, index) => `bg/news/item-${index}/`);
    const files = renderSitemapFiles(sitemapEntries(many, options), { ...options, urlLimit: 3 });
    expect(files.map((file) => file.fileName)).toEqual([
      'sitemap-index.xml',
      'sitemap-0.xml',
      'sitemap-1.xml',
      'sitemap-2.xml',
    ]);
    expect(locs(files[0]?.xml ?? '')).toEqual([
      'https://example.bg/sitemap-0.xml',
      'https://example.bg/sitemap-1.xml',
      'https://example.bg/sitemap-2.xml',
    ]);
    expect(files.slice(1).map((file) => locs(file.xml).length)).toEqual([3, 3, 1]);
    expect(files.slice(1).flatMap((file) => locs(file.xml))).toEqual(
      many.map((pathname) => `https://example.bg/${pathname}`),
    );
  });

  it('escapes characters XML gives a meaning to', () => {
    const [, urlset] = renderSitemapFiles(sitemapEntries(["bg/a&b'/"], options), options);
    expect(urlset?.xml).toContain('<loc>https://example.bg/bg/a&amp;b&apos;/</loc>');
  });

  it('stays fast at 25,000 pages without alternates (the old plugin took ~20 s at 22,000)', () => {
    const large = Array.from({ length: 25_000 }, (_, index) => `${index % 2 ? 'en' : 'bg'}/news/a-${index}/`);
    const started = performance.now();
    const files = renderSitemapFiles(sitemapEntries(large, options), options);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(files).toHaveLength(2);
  });
});
