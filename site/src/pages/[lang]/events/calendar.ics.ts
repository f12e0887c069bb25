import type { APIRoute } from 'astro';
import type { Locale } from '@glasnik/cms/contract';
import { buildCalendar } from '../../../lib/ical';
import { calendarEvents } from '../../../lib/event-calendar';
import { siteSettings } from '../../../lib/content';
import { localePaths } from '../../../lib/paths';
import { t } from '../../../i18n/ui';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  const settings = await siteSettings(lang);
  const body = buildCalendar(
    `${settings.siteName} — ${t(lang, 'events')}`,
    await calendarEvents(lang, site!),
    site!.hostname,
    lang,
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
