/** The events of a locale's site as calendar entries (shared by the per-event and the full calendar). */
import { absoluteUrl, eventUrl, type Locale } from '@glasnik/cms/contract';
import { localizedItems } from './content';
import type { CalendarEvent } from './ical';
import { tEnum } from '../i18n/ui';

export async function calendarEvents(
  lang: Locale,
  site: URL,
): Promise<Array<CalendarEvent & { slug: string }>> {
  return (await localizedItems('events', lang))
    .sort((a, b) => a.item.start.localeCompare(b.item.start))
    .map(({ item }) => ({
      event: item,
      slug: item.slug,
      url: absoluteUrl(site, eventUrl(lang, item.slug)),
      kindLabel: item.kind ? tEnum(lang, 'kind', item.kind) : undefined,
    }));
}
