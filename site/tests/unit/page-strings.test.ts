import { describe, expect, it } from 'vitest';
import { attributes, escapeAttribute, escapeText } from '../../src/lib/html';
import { pageHeadHtml } from '../../src/lib/page-head';
import { textBlockHtml } from '../../src/lib/rich-text';
import { siteFooterHtml, siteHeaderHtml } from '../../src/lib/site-chrome';

const text = (value: string, marks: Record<string, boolean> = {}) => ({
  type: 'text' as const,
  text: value,
  ...marks,
});

describe('HTML written as strings escapes what the CMS sends', () => {
  it('escapes text and attribute values as Astro templates do', () => {
    expect(escapeText(`<p>"Tom" & 'Jerry'</p>`)).toBe(
      '&lt;p&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/p&gt;',
    );
    expect(escapeAttribute(`a"b&c<d>'`)).toBe(`a&quot;b&amp;c<d>'`);
    expect(attributes({ href: '/x?a=1&b="2"', rel: undefined, alt: '' })).toBe(
      ' href="/x?a=1&amp;b=&quot;2&quot;" alt',
    );
  });

  it('rich text: text cannot open a tag, and a javascript: link gets no href', () => {
    expect(
      textBlockHtml({
        type: 'paragraph',
        children: [
          text('<script>alert(1)</script> '),
          text('bold', { bold: true }),
          { type: 'link', url: 'javascript:alert(1)', children: [text('click')] },
          { type: 'link', url: 'https://example.org/?a=1&b=2', children: [text('ok')] },
        ],
      }),
    ).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; <strong>bold</strong><a>click</a><a href="https://example.org/?a=1&amp;b=2">ok</a></p>',
    );
  });

  it('rich text: headings start at h2, lists nest, code is escaped', () => {
    expect(textBlockHtml({ type: 'heading', level: 1, children: [text('Title')] })).toBe('<h2>Title</h2>');
    expect(textBlockHtml({ type: 'heading', level: 6, children: [text('Deep')] })).toBe('<h6>Deep</h6>');
    expect(
      textBlockHtml({
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('one')] },
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('two')] }] },
        ],
      }),
    ).toBe('<ol><li>one</li><li><ul><li>two</li></ul></li></ol>');
    expect(textBlockHtml({ type: 'code', children: [text('a < b')] })).toBe(
      '<pre><code>a &lt; b</code></pre>',
    );
  });
});

describe('site header and footer', () => {
  it('marks the current section and links the other language version', () => {
    const header = siteHeaderHtml('bg', 'Глас & Co', '/en/news/x/', '/bg/news/y/');
    expect(header).toContain('<a class="brand" href="/bg/">Глас &amp; Co</a>');
    expect(header).toContain('href="/en/news/x/" hreflang="en" lang="en"');
    expect(header).toContain('<a href="/bg/news/" aria-current="page">');
    expect(header.match(/aria-current/g)).toHaveLength(1);
  });

  it('shows the contacts it has, escaped, and follows changed settings', () => {
    const settings = {
      siteName: 'S',
      municipalityName: 'Община <Дунавец>',
      address: null,
      phone: '+359 1 23',
      email: null,
      workingHours: null,
      socialAccounts: [],
    };
    const footer = siteFooterHtml('en', settings, '/en/accessibility/');
    expect(footer).toContain('<h2 id="footer-contacts">Община &lt;Дунавец&gt;</h2>');
    expect(footer).toContain('<a href="tel:+359123">+359 1 23</a>');
    expect(footer).toContain('<a href="/en/accessibility/">');
    expect(footer).not.toContain('footer-social');
    const changed = { ...settings, socialAccounts: [{ network: 'mastodon', url: 'https://m.example/@d' }] };
    expect(siteFooterHtml('en', changed, '/en/accessibility/')).toContain(
      '<a href="https://m.example/@d" rel="me">mastodon</a>',
    );
  });
});

describe('page head', () => {
  const head = {
    site: new URL('https://glasnik.example/'),
    lang: 'en' as const,
    fullTitle: 'A <b>"bold"</b> title · Site',
    title: 'A <b>"bold"</b> title',
    description: 'Tom & Jerry',
    noindex: false,
    canonical: 'https://glasnik.example/en/news/a/',
    hreflangAlternates: { bg: '/bg/news/b/', en: '/en/news/a/' },
    feeds: [{ title: 'News', path: '/en/news/rss.xml' }],
    siteName: 'Site',
    ogType: 'article' as const,
    og: { url: '/_astro/a.jpeg', width: 1200, height: 630, alt: 'A "quoted" alt' },
    jsonLd: [{ '@type': 'NewsArticle', headline: '</script><script>alert(1)' }],
  };

  it('escapes titles and descriptions, and JSON-LD cannot close its script', () => {
    const html = pageHeadHtml(head);
    expect(html).toContain('<title>A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; title · Site</title>');
    expect(html).toContain('<meta property="og:title" content="A <b>&quot;bold&quot;</b> title">');
    expect(html).toContain('<meta name="description" content="Tom &amp; Jerry">');
    expect(html).toContain('<meta property="og:image" content="https://glasnik.example/_astro/a.jpeg">');
    expect(html).toContain('"headline":"\\u003c/script>\\u003cscript>alert(1)"');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('links language versions (x-default: Bulgarian) only when asked, and says noindex', () => {
    expect(pageHeadHtml(head)).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://glasnik.example/bg/news/b/">',
    );
    const archive = pageHeadHtml({ ...head, hreflangAlternates: null, noindex: true, description: null });
    expect(archive).not.toContain('hreflang');
    expect(archive).not.toContain('description');
    expect(archive).toContain('<meta name="robots" content="noindex">');
  });
});
