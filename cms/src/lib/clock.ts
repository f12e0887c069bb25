import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * "Now" for the embargo rules. Normally the wall clock; the embargo release runs its publishes inside
 * {@link withClock} so that `releaseDueEmbargoes(now)` can be driven by a fake time in tests and the
 * publish it triggers agrees on what "due" means.
 */
const clockStore = new AsyncLocalStorage<Date>();

export function now(): Date {
  return clockStore.getStore() ?? new Date();
}

export function withClock<T>(at: Date, run: () => Promise<T>): Promise<T> {
  return clockStore.run(at, run);
}

/** Today's calendar date in Europe/Sofia as YYYY-MM-DD (the municipality's day, not UTC's). */
export function todayInSofia(at: Date = now()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Sofia',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
