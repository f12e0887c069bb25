import type { APIRoute } from 'astro';
import { feedUrl, type Locale } from '@glasnik/cms/contract';
import { siteSettings } from '../../lib/content';
import { eventSources, latest, newsSources, pressSources } from '../../lib/feed-sources';
import { renderFeed } from '../../lib/feeds';
import { localePaths } from '../../lib/paths';
import { t } from '../../i18n/ui';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  const settings = await siteSettings(lang);
  const body = await renderFeed({
    title: settings.siteName,
    description: `${settings.municipalityName} — ${t(lang, 'feeds')}`,
    site: site!,
    path: feedUrl(lang, 'all'),
    lang,
    items: latest([
      ...(await newsSources(lang)),
      ...(await pressSources(lang)),
      ...(await eventSources(lang)),
    ]),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
