/**
 * The `<head>` elements of a page after charset and viewport — title, description, canonical, hreflang,
 * feeds, icon, Open Graph, Twitter card, JSON-LD — as one HTML string (BaseLayout inserts it with set:html).
 * In the template these were ~30 dynamic elements per page, each a few render calls in Astro's runtime,
 * on ~22,000 pages at 10,000 items. The markup is the same; values are escaped as Astro escapes them.
 */
import { absoluteUrl, localeTags, otherLocale, type Locale } from '@glasnik/cms/contract';
import { attributes, escapeText } from './html';
import { jsonLdText } from './structured-data';

/** What a page says about itself in its head. Paths are site-relative; `site` makes them absolute. */
export interface PageHead {
  site: URL;
  lang: Locale;
  /** The document title (with the site name already added). */
  fullTitle: string;
  /** The page's own title, for Open Graph and Twitter. */
  title: string;
  description?: string | null | undefined;
  noindex: boolean;
  /** Absolute canonical URL. */
  canonical: string;
  /** Language versions for hreflang links, or null when the page has none to advertise. */
  hreflangAlternates: Partial<Record<Locale, string>> | null;
  feeds: ReadonlyArray<{ title: string; path: string }>;
  siteName: string;
  ogType: 'website' | 'article';
  og: { url: string; width: number; height: number; alt: string };
  jsonLd: ReadonlyArray<Record<string, unknown>>;
}

const tag = (name: string, values: Record<string, string | number | null | undefined>) =>
  `<${name}${attributes(values)}>`;

// A site's absolute URLs repeat on every page (feeds, share images): URL parsing is cached per build.
const absoluteUrls = new Map<string, string>();
function absolute(site: URL, path: string): string {
  const key = `${site.href} ${path}`;
  let url = absoluteUrls.get(key);
  if (url === undefined) {
    url = absoluteUrl(site, path);
    absoluteUrls.set(key, url);
  }
  return url;
}

/** The head elements described above, in the order BaseLayout wrote them. */
export function pageHeadHtml(head: PageHead): string {
  const { site, lang, description, og } = head;
  const parts: string[] = [`<title>${escapeText(head.fullTitle)}</title>`];
  if (description) parts.push(tag('meta', { name: 'description', content: description }));
  if (head.noindex) parts.push(tag('meta', { name: 'robots', content: 'noindex' }));
  parts.push(tag('link', { rel: 'canonical', href: head.canonical }));
  if (head.hreflangAlternates) {
    for (const [locale, path] of Object.entries(head.hreflangAlternates))
      parts.push(tag('link', { rel: 'alternate', hreflang: locale, href: absoluteUrl(site, path) }));
    if (head.hreflangAlternates.bg)
      parts.push(
        tag('link', {
          rel: 'alternate',
          hreflang: 'x-default',
          href: absoluteUrl(site, head.hreflangAlternates.bg),
        }),
      );
  }
  for (const feed of head.feeds)
    parts.push(
      tag('link', {
        rel: 'alternate',
        type: 'application/rss+xml',
        title: feed.title,
        href: absolute(site, feed.path),
      }),
    );
  const image = absolute(site, og.url);
  parts.push(
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml"><meta name="color-scheme" content="light">',
    tag('meta', { property: 'og:site_name', content: head.siteName }),
    tag('meta', { property: 'og:type', content: head.ogType }),
    tag('meta', { property: 'og:title', content: head.title }),
    description ? tag('meta', { property: 'og:description', content: description }) : '',
    tag('meta', { property: 'og:url', content: head.canonical }),
    tag('meta', { property: 'og:locale', content: localeTags[lang].ogLocale }),
    tag('meta', { property: 'og:locale:alternate', content: localeTags[otherLocale(lang)].ogLocale }),
    tag('meta', { property: 'og:image', content: image }),
    tag('meta', { property: 'og:image:width', content: String(og.width) }),
    tag('meta', { property: 'og:image:height', content: String(og.height) }),
    tag('meta', { property: 'og:image:alt', content: og.alt }),
    '<meta name="twitter:card" content="summary_large_image">',
    tag('meta', { name: 'twitter:title', content: head.title }),
    description ? tag('meta', { name: 'twitter:description', content: description }) : '',
    tag('meta', { name: 'twitter:image', content: image }),
    tag('meta', { name: 'twitter:image:alt', content: og.alt }),
  );
  for (const data of head.jsonLd)
    parts.push(`<script type="application/ld+json">${jsonLdText(data)}</script>`);
  return parts.join('');
}
