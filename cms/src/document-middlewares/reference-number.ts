import type { Core } from '@strapi/strapi';
import { PRESS_RELEASE } from '../lib/content-types';
import { now } from '../lib/clock';

/** PR-2026-042: press-release reference numbers, counted per year of the release date. */
export function formatReferenceNumber(year: number, sequence: number): string {
  return `PR-${year}-${String(sequence).padStart(3, '0')}`;
}

function yearOf(value: unknown): number {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  return new Date(Number.isNaN(time) ? now().getTime() : time).getUTCFullYear();
}

/** The next free reference number in the year of `releaseDate` (this year when it is missing). */
export async function nextReferenceNumber(strapi: Core.Strapi, releaseDate: unknown): Promise<string> {
  const year = yearOf(releaseDate);
  const prefix = `PR-${year}-`;
  const rows = (await strapi.db.query(PRESS_RELEASE).findMany({
    where: { referenceNumber: { $startsWith: prefix } },
    select: ['referenceNumber'],
  })) as Array<{ referenceNumber: string | null }>;
  const highest = rows.reduce((max, row) => {
    const sequence = Number((row.referenceNumber ?? '').slice(prefix.length));
    return Number.isInteger(sequence) && sequence > max ? sequence : max;
  }, 0);
  return formatReferenceNumber(year, highest + 1);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` (number the release and write it) one at a time: in this process by a promise queue,
 * across PostgreSQL instances by a transaction-scoped advisory lock. SQLite has a single writer anyway.
 */
export function withReferenceLock<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    if (strapi.db.dialect.client !== 'postgres') return work();
    return strapi.db.transaction(async ({ trx }) => {
      await strapi.db.connection.raw('select pg_advisory_xact_lock(?)', [0x474c4153]).transacting(trx);
      return work();
    });
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
