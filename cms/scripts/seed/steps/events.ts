/** Twenty events around the run date: press conferences, briefings, a cancelled one, one moved online. */
import { EVENTS, VENUES, type EventData } from '../data/events';
import type { Locale } from '../documents';
import type { SeedContext } from '../context';
import { ensureLocalizedDocument } from '../documents';
import { paragraphs } from '../blocks';
import { slugify } from '../translit';
import type { SeededMedia } from './media';
import type { Taxonomy } from './taxonomy';

const HOUR_MS = 3_600_000;

/** Start and end instants: timed events last `duration` hours, all-day ones `duration` days. */
function timesOf(ctx: SeedContext, event: EventData): { start: Date; end: Date } {
  if (event.allDay) {
    return {
      start: ctx.clock.at(event.startInDays, 0, 0),
      end: ctx.clock.at(event.startInDays + event.duration - 1, 23, 59),
    };
  }
  const start = ctx.clock.at(event.startInDays, event.startTime[0], event.startTime[1]);
  return { start, end: new Date(start.getTime() + event.duration * HOUR_MS) };
}

function localized(event: EventData, locale: Locale) {
  const venue = VENUES[event.venue];
  return {
    title: event.title[locale],
    slug: slugify(event.title[locale]),
    summary: event.summary[locale],
    description: paragraphs(event.description[locale]),
    venue: {
      name: venue.name[locale],
      address: venue.address[locale],
      latitude: venue.latitude,
      longitude: venue.longitude,
    },
    accreditation: event.accreditation?.[locale] ?? null,
    accessibility: event.accessibility?.[locale] ?? null,
  };
}

/** @returns event documentIds by data key. */
export async function seedEvents(
  ctx: SeedContext,
  taxonomy: Taxonomy,
  media: SeededMedia,
): Promise<Map<string, string>> {
  const events = new Map<string, string>();
  for (const event of EVENTS) {
    const { start, end } = timesOf(ctx, event);
    const shared = {
      start: start.toISOString(),
      end: end.toISOString(),
      allDay: event.allDay ?? false,
      timeZone: 'Europe/Sofia',
      kind: event.kind,
      isPressEvent: event.isPressEvent ?? false,
      registrationUrl: event.registrationUrl ?? null,
      image: event.image ? (media.files.get(event.image) ?? null) : null,
      category: taxonomy.categories.get(event.category) ?? null,
      reviewStage: event.draft ? 'draft' : 'approved',
      // Only an editor's decision is stored; scheduled/past is derived from the dates by the CMS.
      ...(event.status ? { eventStatus: event.status } : {}),
    };
    const bg = localized(event, 'bg');
    const { documentId } = await ensureLocalizedDocument(ctx, {
      uid: 'api::event.event',
      label: 'event',
      key: { slug: bg.slug },
      bg: { ...shared, ...bg },
      en: { ...shared, ...localized(event, 'en') },
      publish: !event.draft,
    });
    events.set(event.key, documentId);
  }
  return events;
}
