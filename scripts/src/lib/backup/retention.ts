/**
 * Which backups to keep: the newest archive of each of the last N days that have one, and the newest of
 * each of the last M ISO weeks that have one (a grandfather-father-son scheme without the grandfather).
 * Pure, so it can be tested with made-up dates; the caller deletes what is not kept.
 */

/** `glasnik-backup-20260312T021500Z.tar.gz` → 2026-03-12T02:15:00Z. */
export const ARCHIVE_NAME = /^glasnik-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.tar\.gz$/;

/** The archive name for a moment, in UTC. */
export function archiveNameFor(date: Date): string {
  const stamp = date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `glasnik-backup-${stamp}.tar.gz`;
}

/** The moment an archive name stands for, or undefined for any other file name. */
export function parseArchiveName(name: string): Date | undefined {
  const match = ARCHIVE_NAME.exec(name);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export interface RetentionPolicy {
  /** Keep the newest archive of each of this many most recent days that have archives. */
  keepDaily: number;
  /** Keep the newest archive of each of this many most recent ISO weeks that have archives. */
  keepWeekly: number;
}

export interface RetentionPlan {
  keep: string[];
  remove: string[];
}

/**
 * Splits archive names into those to keep and those to delete. Names that are not Glasnik archives are
 * in neither list (never touched). The newest archive is always kept, whatever the policy says.
 * @throws {Error} when a count is negative or not an integer.
 */
export function planRetention(names: readonly string[], policy: RetentionPolicy): RetentionPlan {
  for (const [label, value] of [
    ['keep-daily', policy.keepDaily],
    ['keep-weekly', policy.keepWeekly],
  ] as const) {
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`--${label} must be a whole number of 0 or more, not ${value}.`);
  }
  const dated = names
    .map((name) => ({ name, date: parseArchiveName(name) }))
    .filter((entry): entry is { name: string; date: Date } => entry.date !== undefined)
    .sort((a, b) => b.date.getTime() - a.date.getTime());
  const keep = new Set<string>();
  if (dated[0]) keep.add(dated[0].name);
  keepNewestPerPeriod(dated, (date) => date.toISOString().slice(0, 10), policy.keepDaily, keep);
  keepNewestPerPeriod(dated, isoWeek, policy.keepWeekly, keep);
  return {
    keep: dated.filter((entry) => keep.has(entry.name)).map((entry) => entry.name),
    remove: dated.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name),
  };
}

/** `dated` is newest first, so the first archive met in a period is that period's newest. */
function keepNewestPerPeriod(
  dated: readonly { name: string; date: Date }[],
  periodOf: (date: Date) => string,
  periods: number,
  keep: Set<string>,
): void {
  const seen = new Set<string>();
  for (const entry of dated) {
    const period = periodOf(entry.date);
    if (seen.has(period)) continue;
    if (seen.size >= periods) break;
    seen.add(period);
    keep.add(entry.name);
  }
}

/** ISO 8601 week of a UTC date, e.g. `2026-W01` (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
