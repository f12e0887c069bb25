/** What every seeding step gets: Strapi, a logger, the run's clock and random generator, the tally. */
import type { Core } from '@strapi/strapi';
import type { Clock } from './dates';
import type { Random } from './prng';

export type SeedLogger = (message: string) => void;

/** Per content type: documents created in this run and documents that were already there. */
export interface SeedTally {
  created: number;
  existing: number;
}

export interface SeedContext {
  strapi: Core.Strapi;
  log: SeedLogger;
  clock: Clock;
  random: Random;
  /** Folder for files on their way into the upload plugin; removed at the end of the run. */
  tmpDir: string;
  tally: Map<string, SeedTally>;
}

/** Counts one document of `label` as created or found. */
export function count(ctx: SeedContext, label: string, created: boolean): void {
  const entry = ctx.tally.get(label) ?? { created: 0, existing: 0 };
  if (created) entry.created += 1;
  else entry.existing += 1;
  ctx.tally.set(label, entry);
}
