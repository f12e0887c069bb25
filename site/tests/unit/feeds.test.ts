import { describe, expect, it } from 'vitest';
import { renderFeed, type FeedSource } from '../../src/lib/feeds';

const items: FeedSource[] = [
  {
    title: 'Old <b>news</b> & "quotes"',
    path: '/bg/news/old/',
    date: '2026-01-01T08:00:00.000Z',
    summary: 'Първа',
    categories: ['Култура', ''],
  },
  {
    title: 'Нова новина',
    path: '/bg/news/nova/',
    date: '2026-02-01T08:00:00.000Z',
    summary: 'Втора',
    categories: ['Градска среда', 'зеленина'],
    enclosure: { path: '/uploads/cover.jpg', bytes: 217_498.4, type: 'image/jpeg' },
  },
];

const feed = () =>
  renderFeed({
    title: 'Новини',
    description: 'Емисия',
    site: 'https://example.bg',
    path: '/bg/news/rss.xml',
    lang: 'bg',
    items,
  });

describe('RSS feeds', () => {
  it('is RSS 2.0 with language and a self link', async () => {
    const xml = await feed();
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><rss version="2\.0"/);
    expect(xml).toContain('<language>bg-BG</language>');
    expect(xml).toContain(
      '<atom:link href="https://example.bg/bg/news/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });

  it('lists items newest first with absolute links, RFC 822 dates and categories', async () => {
    const xml = await feed();
    expect(xml.indexOf('Нова новина')).toBeLessThan(xml.indexOf('Old'));
    expect(xml).toContain('<link>https://example.bg/bg/news/nova/</link>');
    expect(xml).toContain('<pubDate>Sun, 01 Feb 2026 08:00:00 GMT</pubDate>');
    expect(xml).toContain('<category>зеленина</category>');
    expect(xml).not.toContain('<category></category>');
  });

  it('attaches the cover image as an enclosure with a whole-byte length', async () => {
    expect(await feed()).toContain(
      '<enclosure url="https://example.bg/uploads/cover.jpg" length="217498" type="image/jpeg"/>',
    );
  });

  it('escapes HTML in titles', async () => {
    const xml = await feed();
    expect(xml).toContain('<title>Old &lt;b&gt;news&lt;/b&gt; &amp; &quot;quotes&quot;</title>');
  });
});
