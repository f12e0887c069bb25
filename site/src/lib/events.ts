/** Which events are coming and which are past, and grouping them by month, relative to the build's time. */
import type { Event } from '@glasnik/cms/contract';
import { monthKey } from './dates';

/** An event is coming until it ends (or until its start when it has no end). */
export function isComing(event: Pick<Event, 'start' | 'end'>, now: Date = new Date()): boolean {
  return new Date(event.end ?? event.start) >= now;
}

/** Groups items by the Sofia month of `date`, keeping the input order inside and between months. */
export function byMonth<T>(
  items: readonly T[],
  date: (item: T) => string,
): Array<{ month: string; first: string; items: T[] }> {
  const groups = new Map<string, { month: string; first: string; items: T[] }>();
  for (const item of items) {
    const key = monthKey(date(item));
    const group = groups.get(key) ?? { month: key, first: date(item), items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}
