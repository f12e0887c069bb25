/** Which archives `npm run backup -- --keep-daily N --keep-weekly M` keeps, with made-up dates. */
import { describe, expect, it } from 'vitest';
import { archiveNameFor, isoWeek, parseArchiveName, planRetention } from '../../src/lib/backup/retention.ts';

const at = (iso: string) => archiveNameFor(new Date(iso));

describe('archive names', () => {
  it('round-trip a moment in UTC', () => {
    const name = at('2026-03-12T02:15:07Z');
    expect(name).toBe('glasnik-backup-20260312T021507Z.tar.gz');
    expect(parseArchiveName(name)?.toISOString()).toBe('2026-03-12T02:15:07.000Z');
  });

  it('ignore partial archives and other files', () => {
    expect(parseArchiveName('glasnik-backup-20260312T021507Z.tar.gz.partial')).toBeUndefined();
    expect(parseArchiveName('notes.txt')).toBeUndefined();
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-01-01T12:00:00Z', '2026-W01'], // a Thursday
    ['2027-01-01T12:00:00Z', '2026-W53'], // a Friday belongs to the last week of 2026
    ['2024-12-30T12:00:00Z', '2025-W01'], // a Monday belongs to the first week of 2025
    ['2026-03-15T23:59:59Z', '2026-W11'], // Sunday ends the week
    ['2026-03-16T00:00:00Z', '2026-W12'], // Monday starts the next
  ])('%s is in %s', (iso, week) => {
    expect(isoWeek(new Date(iso))).toBe(week);
  });
});

describe('planRetention', () => {
  // Two backups a day (02:00 and 14:00) for 60 days, up to Sunday 2026-03-15.
  const names: string[] = [];
  for (let day = 0; day < 60; day++) {
    for (const hour of [2, 14]) names.push(at(new Date(Date.UTC(2026, 2, 15 - day, hour)).toISOString()));
  }

  it('keeps the newest archive of each of the last N days and of each of the last M ISO weeks', () => {
    const plan = planRetention([...names, 'unrelated.txt'], { keepDaily: 7, keepWeekly: 4 });
    const daily = ['15', '14', '13', '12', '11', '10', '09'].map((day) => at(`2026-03-${day}T14:00:00Z`));
    // Newest of weeks 11 (Sun 15th: already a daily), 10 (Sun 8th), 9 (Sun 1st), 8 (Sun 22 Feb).
    const weekly = [at('2026-03-08T14:00:00Z'), at('2026-03-01T14:00:00Z'), at('2026-02-22T14:00:00Z')];
    expect(plan.keep.sort()).toEqual([...daily, ...weekly].sort());
    expect(plan.remove).toHaveLength(names.length - plan.keep.length);
    expect(plan.remove).not.toContain('unrelated.txt');
    expect(plan.keep).not.toContain('unrelated.txt');
  });

  it('counts days that have backups, so a gap does not delete the last good ones', () => {
    const sparse = [at('2026-01-01T02:00:00Z'), at('2026-02-01T02:00:00Z'), at('2026-03-01T02:00:00Z')];
    expect(planRetention(sparse, { keepDaily: 2, keepWeekly: 0 }).keep).toEqual([
      at('2026-03-01T02:00:00Z'),
      at('2026-02-01T02:00:00Z'),
    ]);
  });

  it('always keeps the newest archive, even with zero retention', () => {
    expect(planRetention(names, { keepDaily: 0, keepWeekly: 0 }).keep).toEqual([at('2026-03-15T14:00:00Z')]);
  });

  it('refuses a negative or fractional count with the flag name', () => {
    expect(() => planRetention(names, { keepDaily: -1, keepWeekly: 4 })).toThrow(
      /--keep-daily must be a whole number/,
    );
    expect(() => planRetention(names, { keepDaily: 7, keepWeekly: 1.5 })).toThrow(
      /--keep-weekly must be a whole number/,
    );
  });
});
