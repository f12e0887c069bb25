/** The scanner the hostile-content checks rely on must find active content, or those checks prove nothing. */
import { describe, expect, it } from 'vitest';
import { activeContent } from './helpers/html-scan.ts';

describe('activeContent', () => {
  it.each([
    ['<p><img src=x onerror=alert(1)></p>', 'handler without quotes'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript: link'],
    ['<a href=" &#x6A;avascript&colon;alert(1)">x</a>', 'javascript: hidden by references and a space'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', 'mixed case'],
    ['<iframe src="data:text/html;base64,PHNjcmlwdD4="></iframe>', 'data: HTML'],
    ['<script>alert(1)</script>', 'inline script'],
    [
      '<script type="application/ld+json">{"a":"</script><script>alert(1)</script>"}</script>',
      'JSON-LD broken out of',
    ],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', 'SVG link'],
    ['<div title=x onmouseover="alert(1)">', 'handler after another attribute'],
  ])('finds %s (%s)', (html) => {
    expect(activeContent(html)).not.toEqual([]);
  });

  it.each([
    ['<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', 'escaped text'],
    ['<meta content="<img src=x onerror=alert(1)>">', 'markup inside a quoted attribute value'],
    ['<script type="application/ld+json">{"a":"\\u003cscript>alert(1)"}</script>', 'JSON-LD with < escaped'],
    [
      '<script type="module" src="/_astro/search.js"></script><a href="/bg/">x</a><a href="https://ruse.bg/">y</a>',
      'own script and ordinary links',
    ],
    ['<!-- <img onerror=alert(1)> -->', 'a comment'],
  ])('accepts %s (%s)', (html) => {
    expect(activeContent(html)).toEqual([]);
  });
});
