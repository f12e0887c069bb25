/**
 * Dates relative to the moment the seed runs, so events are "coming" and embargoes "in the future"
 * whenever the demo is installed. Times are wall-clock times in Sofia (the municipality's zone).
 */
const DAY_MS = 86_400_000;

/** The UTC offset of Europe/Sofia at `instant`, in minutes (120 in winter, 180 in summer). */
function sofiaOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Sofia', timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(parts ?? '');
  if (!match) return 120;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3]));
}

export interface Clock {
  now: Date;
  /** The instant `days` from today at `hh:mm` Sofia time. */
  at(days: number, hh: number, mm?: number): Date;
  /** ISO calendar date (YYYY-MM-DD) `days` from today in Sofia. */
  day(days: number): string;
  /** ISO calendar date `months` from today (same day of month, clamped). */
  month(months: number): string;
}

/** A clock fixed at `now`; every relative date of one seed run comes from the same instant. */
export function createClock(now: Date = new Date()): Clock {
  const sofiaDay = (instant: Date): string =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(instant);
  return {
    now,
    at(days, hh, mm = 0) {
      const [y, m, d] = sofiaDay(new Date(now.getTime() + days * DAY_MS))
        .split('-')
        .map(Number) as [number, number, number];
      const naiveUtc = Date.UTC(y, m - 1, d, hh, mm);
      return new Date(naiveUtc - sofiaOffsetMinutes(new Date(naiveUtc)) * 60_000);
    },
    day(days) {
      return sofiaDay(new Date(now.getTime() + days * DAY_MS));
    },
    month(months) {
      const [y, m, d] = sofiaDay(now).split('-').map(Number) as [number, number, number];
      const target = new Date(Date.UTC(y, m - 1 + months, 1));
      const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(d, lastDay));
      return target.toISOString().slice(0, 10);
    },
  };
}
