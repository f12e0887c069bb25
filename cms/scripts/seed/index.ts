/**
 * Demo content for Glasnik: the newsroom of the fictional Dunavets Municipality, in Bulgarian and
 * English. Everything goes through the Document Service and the upload plugin, so the CMS's own
 * validation, automatic values, review stages and embargo rules apply to it as to an editor's work.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createClock } from './dates';
import { createRandom } from './prng';
import type { SeedContext, SeedLogger, SeedTally } from './context';
import { documentsOf } from './documents';
import { DEMO_FILE_PREFIX } from './uploads';

export { DEMO_FILE_PREFIX };
import { seedTaxonomy } from './steps/taxonomy';
import { seedMedia } from './steps/media';
import { seedContacts } from './steps/contacts';
import { seedEvents } from './steps/events';
import { seedCampaigns } from './steps/campaigns';
import { seedNews } from './steps/news';
import { seedPressReleases } from './steps/press-releases';
import { seedAgreements } from './steps/agreements';
import { seedPages } from './steps/pages';
import { seedSingleTypes } from './steps/single-types';

/** The demo is the same on every machine: all choices come from this seed. */
export const DEMO_SEED = 20_260_415;

export interface SeedOptions {
  log?: SeedLogger;
  /** The moment relative dates (events, embargoes) are computed from; default: now. */
  now?: Date;
}

export interface SeedReport {
  /** Documents created and already present, per content type. */
  tally: Record<string, SeedTally>;
  /** Total documents created in this run (0 on a second run). */
  created: number;
  /** documentId of the press release whose embargo lies in the future, when created in this run. */
  futureEmbargoedPressRelease?: string;
  milliseconds: number;
}

/** Types whose documents mean "someone has put content into this CMS". */
const CONTENT_TYPES_THAT_COUNT = [
  'api::news-article.news-article',
  'api::press-release.press-release',
  'api::event.event',
  'api::agreement.agreement',
  'api::page.page',
  'api::site-setting.site-setting',
] as const;

/**
 * What the CMS holds: nothing yet ("empty"), the demo (complete or interrupted: "demo"), or someone's
 * own content ("content"). `npm run seed` only writes in the first two cases, so starting Glasnik on
 * a municipality's real data never mixes the fictional newsroom into it.
 */
export async function demoContentState(strapi: Core.Strapi): Promise<'empty' | 'demo' | 'content'> {
  const demoFiles = await strapi.db
    .query('plugin::upload.file')
    .count({ where: { name: { $startsWith: DEMO_FILE_PREFIX } } });
  if (demoFiles > 0) return 'demo';
  for (const uid of CONTENT_TYPES_THAT_COUNT) {
    if ((await documentsOf(strapi, uid).count({ locale: 'bg', status: 'draft' })) > 0) return 'content';
  }
  return 'empty';
}

/**
 * Seeds the demo newsroom into a loaded Strapi, whatever it holds (check {@link demoContentState}
 * first when that matters, as `npm run seed` does). Idempotent: documents are found by stable keys
 * (slug, e-mail, title of media assets, file names of uploads) and only missing ones are written, so
 * a second run adds nothing and an interrupted run resumes.
 * @throws {Error} naming the document and the CMS's message when a write is refused.
 */
export async function seedDemoContent(strapi: Core.Strapi, options: SeedOptions = {}): Promise<SeedReport> {
  const started = Date.now();
  const log = options.log ?? ((message: string) => strapi.log.info(message));
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'glasnik-seed-'));
  const ctx: SeedContext = {
    strapi,
    log,
    clock: createClock(options.now),
    random: createRandom(DEMO_SEED),
    tmpDir,
    tally: new Map(),
  };
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const stepStarted = Date.now();
    const result = await run();
    log(`seed: ${name} (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
    return result;
  };
  try {
    const taxonomy = await step('categories and tags', () => seedTaxonomy(ctx));
    const media = await step('media kit (generated pictures)', () => seedMedia(ctx));
    const contacts = await step('press contacts', () => seedContacts(ctx));
    const events = await step('events', () => seedEvents(ctx, taxonomy, media));
    const campaigns = await step('campaigns', () => seedCampaigns(ctx, media, events));
    const news = await step('news articles', () => seedNews(ctx, taxonomy, media, campaigns, events));
    const releases = await step('press releases', () => seedPressReleases(ctx, taxonomy, media, contacts));
    await step('agreements register', () => seedAgreements(ctx, news));
    await step('pages', () => seedPages(ctx));
    await step('site settings and press room', () => seedSingleTypes(ctx));
    const tally = Object.fromEntries(ctx.tally);
    const created = Object.values(tally).reduce((sum, entry) => sum + entry.created, 0);
    return {
      tally,
      created,
      ...(releases.futureEmbargoed ? { futureEmbargoedPressRelease: releases.futureEmbargoed } : {}),
      milliseconds: Date.now() - started,
    };
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
  }
}

/** One line per type: "news-article  42 (42 new)". */
export function formatReport(report: SeedReport): string {
  const rows = Object.entries(report.tally).map(
    ([label, { created, existing }]) =>
      `  ${label.padEnd(16)} ${String(created + existing).padStart(3)}  (${created} new, ${existing} already there)`,
  );
  return [
    ...rows,
    `  ${report.created} documents created in ${(report.milliseconds / 1000).toFixed(1)} s`,
  ].join('\n');
}
