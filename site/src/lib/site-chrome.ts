/**
 * The header and footer of every page, written as HTML strings (BaseLayout inserts them with set:html).
 *
 * As Astro components they were two of the ~10 component instances of every page, and at 10,000 items
 * (24,759 routes) Astro's per-component work dominates the render. The footer depends only on the locale
 * and the site settings, so it is written once per locale and build; the header only varies in the
 * language switch and the current section. Text is escaped as Astro's templates do (lib/html.ts).
 */
import {
  agreementsUrl,
  campaignsUrl,
  eventsUrl,
  feedUrl,
  homeUrl,
  localeTags,
  newsListUrl,
  otherLocale,
  pressUrl,
  searchUrl,
  type Locale,
} from '@glasnik/cms/contract';
import { t } from '../i18n/ui';
import { attributes, escapeText } from './html';

/** What the footer shows of the site settings. */
export interface FooterSettings {
  siteName: string;
  municipalityName: string;
  address: string | null;
  phone: string | null;
  email?: string | null | undefined;
  workingHours: string | null;
  socialAccounts: Array<{ network: string; url: string }>;
}

/**
 * The site header: brand, language switch (to `otherPath`) and main navigation, the section holding
 * `currentPath` marked `aria-current="page"`.
 */
export function siteHeaderHtml(
  lang: Locale,
  siteName: string,
  otherPath: string,
  currentPath: string,
): string {
  const other = otherLocale(lang);
  const hint = t(lang, 'otherLanguageHint');
  const links = [
    { href: newsListUrl(lang), label: t(lang, 'news') },
    { href: pressUrl(lang), label: t(lang, 'press') },
    { href: eventsUrl(lang), label: t(lang, 'events') },
    { href: campaignsUrl(lang), label: t(lang, 'campaigns') },
    { href: agreementsUrl(lang), label: t(lang, 'agreementsShort') },
    { href: searchUrl(lang), label: t(lang, 'search') },
  ];
  const items = links
    .map(
      (link) =>
        `<li><a${attributes({ href: link.href, 'aria-current': currentPath.startsWith(link.href) ? 'page' : undefined })}>${escapeText(link.label)}</a></li>`,
    )
    .join('');
  return (
    `<header class="site-header"><div class="wrap header-top">` +
    `<a class="brand"${attributes({ href: homeUrl(lang) })}>${escapeText(siteName)}</a>` +
    `<a class="lang-switch"${attributes({ href: otherPath, hreflang: other, lang: localeTags[other].lang, title: hint })}>` +
    `<span class="visually-hidden">${escapeText(hint)}: </span>${escapeText(t(lang, 'otherLanguage'))}</a></div>` +
    `<nav class="wrap main-nav"${attributes({ 'aria-label': t(lang, 'mainNav') })}><ul>${items}</ul></nav></header>`
  );
}

const footers = new Map<string, { settings: FooterSettings; html: string }>();

/**
 * The site footer: contacts, the accessibility statement, feeds and social accounts. Written once per
 * locale, settings object and accessibility path (the settings object is the same for every page of a
 * build: lib/content.ts reads it once per locale).
 */
export function siteFooterHtml(
  lang: Locale,
  settings: FooterSettings,
  accessibilityPath: string | null,
): string {
  const key = `${lang} ${accessibilityPath ?? ''}`;
  const cached = footers.get(key);
  // Compared by identity: a dev server that re-reads the settings gets a new object and a new footer.
  if (cached && cached.settings === settings) return cached.html;
  const html = footerHtml(lang, settings, accessibilityPath);
  footers.set(key, { settings, html });
  return html;
}

function footerHtml(lang: Locale, settings: FooterSettings, accessibilityPath: string | null): string {
  const feeds = [
    { href: feedUrl(lang, 'all'), label: t(lang, 'feedAll') },
    { href: feedUrl(lang, 'news'), label: t(lang, 'news') },
    { href: feedUrl(lang, 'press'), label: t(lang, 'releases') },
    { href: feedUrl(lang, 'events'), label: t(lang, 'events') },
  ];
  const link = (href: string, label: string, rel?: string) =>
    `<a${attributes({ href, rel })}>${escapeText(label)}</a>`;
  const address = [
    settings.address && `<p>${escapeText(settings.address)}</p>`,
    settings.phone &&
      `<p>${escapeText(t(lang, 'phone'))}: ${link(`tel:${settings.phone.replace(/\s+/g, '')}`, settings.phone)}</p>`,
    settings.email &&
      `<p>${escapeText(t(lang, 'email'))}: ${link(`mailto:${settings.email}`, settings.email)}</p>`,
    settings.workingHours &&
      `<p>${escapeText(t(lang, 'workingHours'))}: ${escapeText(settings.workingHours)}</p>`,
  ]
    .filter(Boolean)
    .join('');
  const social =
    settings.socialAccounts.length > 0
      ? `<section aria-labelledby="footer-social"><h2 id="footer-social">${lang === 'bg' ? 'Социални мрежи' : 'Social media'}</h2>` +
        `<ul class="plain">${settings.socialAccounts.map((account) => `<li>${link(account.url, account.network, 'me')}</li>`).join('')}</ul></section>`
      : '';
  return (
    `<footer class="site-footer"><div class="wrap footer-grid">` +
    `<section aria-labelledby="footer-contacts"><h2 id="footer-contacts">${escapeText(settings.municipalityName)}</h2>` +
    `<address>${address}</address>` +
    (accessibilityPath ? `<p>${link(accessibilityPath, t(lang, 'accessibility'))}</p>` : '') +
    `</section>` +
    `<section aria-labelledby="footer-feeds"><h2 id="footer-feeds">${escapeText(t(lang, 'feeds'))}</h2>` +
    `<ul class="plain">${feeds.map((feed) => `<li>${link(feed.href, feed.label)}</li>`).join('')}</ul></section>` +
    social +
    `</div></footer>`
  );
}
