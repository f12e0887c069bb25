/** Dates as people in Bulgaria read them: always in Europe/Sofia, whatever zone the build runs in. */
import type { Locale } from '@glasnik/cms/contract';

export const SITE_TIME_ZONE = 'Europe/Sofia';
const tag = (locale: Locale) => (locale === 'bg' ? 'bg-BG' : 'en-GB');

// Creating an Intl.DateTimeFormat costs ~0.1 ms and the build formats dates on every page (a third of
// the render time at 2,000 items went here), so each format is created once and reused.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

// Even a reused format costs ~20 µs per call (option lookup, Date parsing, ICU), and an item's date is
// shown on its page and on every list page that carries its card: the text is kept per value and locale.
const formatted = new Map<string, string>();
function remembered(kind: string, value: string, locale: Locale, format: () => string): string {
  const key = `${kind} ${locale} ${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = format();
    formatted.set(key, text);
  }
  return text;
}

/** "12 март 2026 г." / "12 March 2026". Calendar dates (`2026-03-12`) are shown as written. */
export function formatDate(value: string, locale: Locale): string {
  return remembered('date', value, locale, () => {
    const isCalendarDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
    return formatter(tag(locale), {
      dateStyle: 'long',
      timeZone: isCalendarDate ? 'UTC' : SITE_TIME_ZONE,
    }).format(new Date(isCalendarDate ? `${value}T00:00:00Z` : value));
  });
}

/** "12 март 2026 г., 11:00" in Sofia time. */
export function formatDateTime(value: string, locale: Locale): string {
  return remembered('datetime', value, locale, () =>
    formatter(tag(locale), {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: SITE_TIME_ZONE,
    }).format(new Date(value)),
  );
}

/** "март 2026 г." / "March 2026", for grouping events by month. */
export function formatMonth(value: string, locale: Locale): string {
  return formatter(tag(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: SITE_TIME_ZONE,
  }).format(new Date(value));
}

/** `2026-03` in Sofia time: the key events are grouped by. */
export function monthKey(value: string): string {
  const parts = formatter('en-CA', {
    year: 'numeric',
    month: '2-digit',
    timeZone: SITE_TIME_ZONE,
  }).formatToParts(new Date(value));
  return `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
}

/** Date part in Sofia, `2026-03-12`, for `<time datetime>` of all-day events. */
export function sofiaDate(value: string): string {
  return formatter('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: SITE_TIME_ZONE,
  }).format(new Date(value));
}
