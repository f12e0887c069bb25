import { createHash } from 'node:crypto';
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '@glasnik/cms/contract';
import { buildCalendar, type CalendarEvent } from '../../../lib/ical';
import { calendarEvents } from '../../../lib/event-calendar';
import { changedPaths } from '../../../lib/route-keys';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of locales) {
    // `site` is not available here; URLs are made absolute in GET.
    for (const entry of await calendarEvents(lang, new URL('http://placeholder.invalid'))) {
      if (entry.slug === 'calendar') continue; // would collide with the full calendar's file name
      // The file is a function of the event as this locale shows it: a build leaves the previous
      // build's file in place while that is unchanged.
      const cacheKey = createHash('sha1').update(JSON.stringify(entry)).digest('hex');
      paths.push({ params: { lang, slug: entry.slug }, props: { entry }, cacheKey });
    }
  }
  return changedPaths('[lang]/events/[slug].ics.ts', paths);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CalendarEvent }> = async ({ props, site, params }) => {
  const { entry } = props;
  const url = new URL(new URL(entry.url).pathname, site!).href;
  const body = buildCalendar(entry.event.title, [{ ...entry, url }], site!.hostname, String(params['lang']));
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
