/**
 * iCalendar (RFC 5545) for events: one VEVENT per event, times in Europe/Sofia with its VTIMEZONE,
 * stable UIDs (the CMS documentId), STATUS:CANCELLED for cancelled events, text escaping, CRLF line ends
 * and lines folded at 75 octets without splitting a UTF-8 character.
 */
import type { Event } from '@glasnik/cms/contract';

const CRLF = '\r\n';

/** Escapes TEXT values: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 length of one code point (a `for…of` character); cheaper than encoding it, and a calendar has thousands. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line into lines of at most 75 octets, continuation lines starting with a space (§3.1). */
export function foldLine(line: string): string {
  // Most lines are short ASCII: nothing to fold.
  if (line.length <= 75 && /^[\x20-\x7e]*$/.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // The first line may hold 75 octets; continuation lines 74 plus the leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The Sofia time zone as a VTIMEZONE (EU rules: last Sunday of March and October, 01:00 UTC). */
export const SOFIA_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Sofia',
  'X-LIC-LOCATION:Europe/Sofia',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

// Created once: a new Intl.DateTimeFormat per call cost more than the rest of the calendar.
const SOFIA_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Sofia',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function sofiaParts(iso: string): Record<string, string> {
  const parts = SOFIA_PARTS.formatToParts(new Date(iso));
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** Local Sofia date-time, `20260312T110000` (for `DTSTART;TZID=Europe/Sofia:`). */
export function sofiaLocal(iso: string): string {
  const p = sofiaParts(iso);
  return `${p['year']}${p['month']}${p['day']}T${p['hour']}${p['minute']}${p['second']}`;
}

/** Sofia calendar date, `20260312` (for all-day events). */
export function sofiaDateValue(iso: string, addDays = 0): string {
  const p = sofiaParts(iso);
  const date = new Date(Date.UTC(Number(p['year']), Number(p['month']) - 1, Number(p['day']) + addDays));
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

/** UTC date-time, `20260312T090000Z`. */
export function utcValue(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const STATUS: Record<string, string> = {
  scheduled: 'CONFIRMED',
  past: 'CONFIRMED',
  moved_online: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

export interface CalendarEvent {
  event: Event;
  /** Absolute URL of the event's page. */
  url: string;
  /** Label of the event's kind in the calendar's language. */
  kindLabel?: string | undefined;
}

/** The content lines of one VEVENT (unfolded). */
export function eventLines({ event, url, kindLabel }: CalendarEvent, host: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    // Same UID in every language and every build: calendar apps update the event instead of adding a copy.
    `UID:event-${event.documentId}@${host}`,
    `DTSTAMP:${utcValue(event.updatedAt)}`,
    `CREATED:${utcValue(event.createdAt)}`,
    `LAST-MODIFIED:${utcValue(event.updatedAt)}`,
    // Minutes since 2020 of the last change: grows with every update, as SEQUENCE must.
    `SEQUENCE:${Math.max(0, Math.floor((Date.parse(event.updatedAt) - Date.UTC(2020, 0, 1)) / 60_000))}`,
  ];
  if (event.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${sofiaDateValue(event.start)}`);
    // DTEND of an all-day event is the day after the last day (exclusive).
    lines.push(`DTEND;VALUE=DATE:${sofiaDateValue(event.end ?? event.start, 1)}`);
  } else {
    lines.push(`DTSTART;TZID=Europe/Sofia:${sofiaLocal(event.start)}`);
    if (event.end) lines.push(`DTEND;TZID=Europe/Sofia:${sofiaLocal(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  lines.push(`DESCRIPTION:${escapeText(`${event.summary}\n\n${url}`)}`);
  const online = event.eventStatus === 'moved_online';
  const place = [event.venue?.name, event.venue?.address].filter(Boolean).join(', ');
  if (online) lines.push(`LOCATION:${escapeText(event.registrationUrl ?? 'Online')}`);
  else if (place) lines.push(`LOCATION:${escapeText(place)}`);
  if (!online && event.venue?.latitude != null && event.venue.longitude != null) {
    lines.push(`GEO:${event.venue.latitude};${event.venue.longitude}`);
  }
  lines.push(`URL:${url}`);
  lines.push(`STATUS:${STATUS[event.eventStatus ?? 'scheduled']}`);
  if (kindLabel) lines.push(`CATEGORIES:${escapeText(kindLabel)}`);
  lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/**
 * A complete VCALENDAR with the Sofia VTIMEZONE and the given events, CRLF-terminated and folded.
 * @param name calendar name shown by calendar apps (X-WR-CALNAME)
 * @param host the site's host name, part of every UID
 */
export function buildCalendar(name: string, events: CalendarEvent[], host: string, lang: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Glasnik//Municipal events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Europe/Sofia',
    `X-WR-CALDESC;LANGUAGE=${lang}:${escapeText(name)}`,
    ...SOFIA_VTIMEZONE,
    ...events.flatMap((event) => eventLines(event, host)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
