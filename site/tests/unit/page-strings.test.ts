import { describe, expect, it } from 'vitest';
import { attributes, escapeAttribute, escapeText } from '../../src/lib/html';
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
