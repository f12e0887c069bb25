import { describe, expect, it } from 'vitest';
import type { Event } from '@glasnik/cms/contract';
import { buildCalendar, escapeText, foldLine } from '../../src/lib/ical';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const unfold = (text: string) => text.replace(/\r\n /g, '');

function event(overrides: Partial<Event> = {}): Event {
  return {
    id: 1,
    documentId: 'abc123',
    locale: 'bg',
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-12T09:00:00.000Z',
    publishedAt: '2026-01-12T09:00:00.000Z',
    title: 'Пресконференция за бюджета, общината и „всичко“; с много думи, които правят реда дълъг',
    slug: 'presskonferentsiya',
    summary: 'Кметът представя проектобюджета.\nВтори ред.',
    description: [],
    start: '2026-07-10T09:00:00.000Z',
    end: '2026-07-10T10:30:00.000Z',
    allDay: false,
    timeZone: 'Europe/Sofia',
    venue: { name: 'Зала', address: 'пл. „Съединение“ 1', latitude: 42.1, longitude: 24.7 },
    kind: 'press_conference',
    isPressEvent: true,
    accreditation: null,
    eventStatus: 'scheduled',
    image: null,
    registrationUrl: null,
    accessibility: null,
    category: null,
    seo: null,
    reviewStage: null,
    ...overrides,
  } as Event;
}

const calendar = (events: Event[]) =>
  buildCalendar(
    'Събития',
    events.map((e) => ({
      event: e,
      url: `https://example.bg/bg/events/${e.slug}/`,
      kindLabel: 'Пресконференция',
    })),
    'example.bg',
    'bg',
  );

describe('iCalendar', () => {
  it('ends every line with CRLF and folds lines at 75 octets without splitting a character', () => {
    const text = calendar([event()]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(bytes(line)).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    expect(unfold(text)).toContain(
      'SUMMARY:Пресконференция за бюджета\\, общината и „всичко“\\; с много думи',
    );
  });

  it('folds a long Cyrillic line so that unfolding gives it back', () => {
    const line = `DESCRIPTION:${'щ'.repeat(100)}`;
    const folded = foldLine(line);
    expect(unfold(folded)).toBe(line);
    expect(folded.split('\r\n').every((l) => bytes(l) <= 75)).toBe(true);
  });

  it('folds mixed ASCII, Cyrillic and 4-byte characters at 75 octets without splitting one', () => {
    const line = `SUMMARY:${'a щ 😀 '.repeat(30)}`;
    const folded = foldLine(line);
    expect(unfold(folded)).toBe(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => bytes(l) <= 75)).toBe(true);
    // Every line but the last is full: one more character would not have fitted.
    expect(lines.slice(0, -1).every((l) => bytes(l) > 75 - 4)).toBe(true);
    expect(lines.join('')).not.toContain('\uFFFD');
  });

  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('gives times in Europe/Sofia with a VTIMEZONE, summer and winter', () => {
    const text = unfold(
      calendar([
        event(),
        event({ documentId: 'winter', slug: 'w', start: '2026-01-15T08:00:00.000Z', end: null }),
      ]),
    );
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Sofia');
    expect(text).toContain('DTSTART;TZID=Europe/Sofia:20260710T120000'); // 09:00 UTC in summer (EEST, +3)
    expect(text).toContain('DTEND;TZID=Europe/Sofia:20260710T133000');
    expect(text).toContain('DTSTART;TZID=Europe/Sofia:20260115T100000'); // 08:00 UTC in winter (EET, +2)
  });

  it('uses the same UID for the event in every language and build', () => {
    const bg = calendar([event()]);
    const en = calendar([
      event({ locale: 'en', title: 'Press conference', updatedAt: '2026-02-01T00:00:00.000Z' }),
    ]);
    const uid = (text: string) => /UID:(.*)\r\n/.exec(text)?.[1];
    expect(uid(bg)).toBe('event-abc123@example.bg');
    expect(uid(en)).toBe(uid(bg));
  });

  it('marks a cancelled event STATUS:CANCELLED with a higher SEQUENCE than before', () => {
    const before = calendar([event()]);
    const after = calendar([event({ eventStatus: 'cancelled', updatedAt: '2026-03-01T09:00:00.000Z' })]);
    expect(before).toContain('STATUS:CONFIRMED');
    expect(after).toContain('STATUS:CANCELLED');
    const sequence = (text: string) => Number(/SEQUENCE:(\d+)/.exec(text)?.[1]);
    expect(sequence(after)).toBeGreaterThan(sequence(before));
  });

  it('writes all-day events as dates with an exclusive end', () => {
    const text = calendar([
      event({ allDay: true, start: '2025-12-12T22:00:00.000Z', end: '2025-12-14T22:00:00.000Z' }),
    ]);
    expect(text).toContain('DTSTART;VALUE=DATE:20251213');
    expect(text).toContain('DTEND;VALUE=DATE:20251216');
  });
});
