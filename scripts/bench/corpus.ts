/**
 * `npm run bench:corpus`: fills a fresh CMS with a synthetic, reproducible archive for the benchmarks:
 * the demo newsroom (categories, tags, contacts, pages, settings) plus `--items` items over all types
 * (mostly news and press releases, then events, media assets, agreements), most of them in bg and en,
 * and `--images` generated pictures uploaded once each and shared between items. Everything goes through
 * Strapi's Document Service and upload plugin in this process (no HTTP server needed).
 *
 * SQLite by default: a new database under `--dir` (default `.data/bench/corpus-<items>-<seed>`), with the
 * secrets it was written with beside it, for `npm run bench:build`. With DATABASE_CLIENT=postgres the
 * CMS's PostgreSQL settings (DATABASE_URL …) are used instead and must point at an empty database.
 *
 * Usage: npm run bench:corpus -- --items 10000 [--seed 42] [--images 500] [--concurrency 4] [--dir PATH]
 *        [--sql-stats]
 * Prints a JSON line and a table: items per type and locale, images, wall time, items/s. With
 * `--sql-stats`, also the statements the item writes spent most time in (count, total and mean ms).
 */
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { Core } from '@strapi/strapi';
import { generateSecrets } from '../src/lib/secrets.ts';
import { corpusDir, defaultCorpusDir, writeCorpusFiles, type CorpusManifest } from './lib/corpus-dir.ts';
import { planCorpus, WRITE_ORDER } from './lib/corpus-plan.ts';
import { readTaxonomy, UID, uploadImages, writeItems } from './lib/corpus-writer.ts';
import { fullScans, watchSql, type SqlStats } from './lib/corpus-sql-stats.ts';
import { loadStrapi } from './lib/strapi-in-process.ts';
import { formatTable, seconds } from './lib/table.ts';

function wholeNumber(flag: string, value: string, min: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min)
    throw new Error(`--${flag} ${value}: give a whole number, ${min} or more.`);
  return number;
}

/** The machine's 1, 5 and 15 minute load averages: timings on a shared machine need them beside. */
const loadAverage = (): number[] => os.loadavg().map((load) => Number(load.toFixed(2)));

/**
 * The statements the item writes spent most time in, and the tables SQLite reads whole for them: where
 * a per-item cost comes from, and whether it grows with the archive.
 */
async function printSqlStats(strapi: Core.Strapi, stats: SqlStats): Promise<void> {
  const shapes = stats.shapes();
  const totalMs = shapes.reduce((sum, shape) => sum + shape.totalMs, 0);
  const count = shapes.reduce((sum, shape) => sum + shape.count, 0);
  const top = shapes.slice(0, 40);
  const scans = await Promise.all(top.map((shape) => fullScans(strapi, shape)));
  console.log('');
  console.log(
    `SQL while writing the items: ${count} statements, ${seconds(totalMs)} s in total; the top ${top.length}:`,
  );
  const rows = formatTable([
    ['count', 'total s', 'mean ms', 'full scan of'],
    ...top.map((shape, index) => [
      String(shape.count),
      seconds(shape.totalMs),
      (shape.totalMs / shape.count).toFixed(2),
      scans[index]?.join(', ') || '-',
    ]),
  ]).split('\n');
  rows.forEach((row, index) => console.log(`${row}  ${index === 0 ? 'statement' : top[index - 1]?.sql}`));
  const byCaller = new Map<string, number>();
  for (const shape of shapes)
    for (const [caller, runs] of shape.callers) byCaller.set(caller, (byCaller.get(caller) ?? 0) + runs);
  console.log('');
  console.log('Statements by caller (the innermost Glasnik CMS function on the stack, else Strapi itself):');
  for (const [caller, runs] of [...byCaller].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${String(runs).padStart(8)}  ${caller}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      items: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '42' },
      images: { type: 'string', default: '500' },
      concurrency: { type: 'string', default: '4' },
      dir: { type: 'string' },
      'sql-stats': { type: 'boolean', default: false },
    },
  });
  const items = wholeNumber('items', values.items, 1);
  const seed = wholeNumber('seed', values.seed, 0);
  const images = wholeNumber('images', values.images, 1);
  const concurrency = wholeNumber('concurrency', values.concurrency, 1);
  const postgres = process.env.DATABASE_CLIENT === 'postgres';
  const corpus = corpusDir(values.dir ?? defaultCorpusDir(items, seed));
  if (existsSync(corpus.manifestFile) || existsSync(corpus.databaseFile)) {
    throw new Error(
      `${corpus.dir} already holds a corpus: delete the folder (rm -r ${corpus.dir}) or give another --dir. The corpus must go into a fresh CMS.`,
    );
  }
  mkdirSync(corpus.publicDir + '/uploads', { recursive: true });

  const secrets = generateSecrets();
  // Set before Strapi loads: its config reads the environment at load time. No search sync, no cron,
  // no publish webhooks while filling: those are measured by their own benchmarks.
  Object.assign(process.env, {
    ...secrets,
    STRAPI_TELEMETRY_DISABLED: 'true',
    MEILI_URL: '',
    // Strapi's publish webhook would otherwise post every publish to a publisher on the default port
    // (a developer's running system); port 9 (discard) on loopback refuses at once.
    PUBLISHER_URL: 'http://127.0.0.1:9/hooks/cms',
    CMS_CRON_ENABLED: 'false',
    CMS_PUBLIC_DIR: corpus.publicDir,
    ...(postgres ? {} : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: corpus.databaseFile }),
  });

  const plan = planCorpus(items, seed, images);
  const log = (message: string) => console.log(`[corpus] ${message}`);
  const started = Date.now();
  const strapi = await loadStrapi();
  try {
    const bootMs = Date.now() - started;
    const { demoContentState, seedDemoContent } = await import('../../cms/scripts/seed/index.ts');
    const state = await demoContentState(strapi);
    if (state !== 'empty')
      throw new Error(
        `The CMS is not empty (it holds ${state === 'demo' ? 'the demo' : 'other content'}): the corpus goes into a fresh database.`,
      );
    log('demo newsroom (categories, tags, contacts, pages, settings) …');
    const demoStarted = Date.now();
    const demo = await seedDemoContent(strapi, { now: new Date(Date.UTC(2026, 5, 1)) });
    const demoMs = Date.now() - demoStarted;

    log(`${images} pictures through the upload plugin …`);
    const imagesStarted = Date.now();
    const imageIds = await uploadImages(strapi, images, seed, Math.min(concurrency, 2), log);
    const imagesMs = Date.now() - imagesStarted;

    log(`${items} items through the Document Service (${concurrency} at a time) …`);
    const taxonomy = await readTaxonomy(strapi);
    const sqlStats: SqlStats | undefined = values['sql-stats'] ? watchSql(strapi) : undefined;
    const itemsStarted = Date.now();
    const result = await writeItems(strapi, plan, imageIds, taxonomy, concurrency, log);
    const itemsMs = Date.now() - itemsStarted;

    const documents: CorpusManifest['documents'] = {};
    for (const type of WRITE_ORDER) {
      const service = strapi.documents(UID[type] as never) as unknown as {
        count(params: Record<string, unknown>): Promise<number>;
      };
      documents[type] = {
        bg: await service.count({ locale: 'bg', status: 'published' }),
        en: await service.count({ locale: 'en', status: 'published' }),
      };
    }
    const manifest: CorpusManifest = {
      items,
      seed,
      images,
      databaseClient: postgres ? 'postgres' : 'sqlite',
      counts: plan.counts,
      documents,
    };
    writeCorpusFiles(corpus, secrets, manifest);
    const wallMs = Date.now() - started;
    const figures = {
      benchmark: 'corpus',
      items,
      seed,
      images,
      concurrency,
      databaseClient: manifest.databaseClient,
      dir: corpus.dir,
      counts: plan.counts,
      publishedDocuments: documents,
      demoDocuments: demo.created,
      bootMs,
      demoSeedMs: demoMs,
      imagesMs,
      imagesPerSecond: Number((images / (imagesMs / 1000)).toFixed(2)),
      itemsMs,
      itemsPerSecond: Number((items / (itemsMs / 1000)).toFixed(1)),
      itemsMsPerType: result.milliseconds,
      rateWindows: result.windows,
      wallMs,
      loadAverageAtEnd: loadAverage(),
    };
    console.log(JSON.stringify(figures));
    console.log('');
    console.log(
      formatTable([
        ['type', 'items', 'published bg', 'published en', 'write s', 'items/s'],
        ...WRITE_ORDER.map((type) => [
          type,
          String(plan.counts[type]),
          String(documents[type]?.bg ?? 0),
          String(documents[type]?.en ?? 0),
          seconds(result.milliseconds[type]),
          (plan.counts[type] / (result.milliseconds[type] / 1000 || 1)).toFixed(1),
        ]),
      ]),
    );
    console.log('');
    console.log(
      `images ${images} in ${seconds(imagesMs)} s · demo seed ${demo.created} documents in ${seconds(demoMs)} s · boot ${seconds(bootMs)} s`,
    );
    console.log(
      `items ${items} in ${seconds(itemsMs)} s = ${figures.itemsPerSecond} items/s · wall time ${seconds(wallMs)} s · load average ${figures.loadAverageAtEnd.join(' ')}`,
    );
    if (sqlStats) await printSqlStats(strapi, sqlStats);
    console.log(`corpus in ${corpus.dir} (next: npm run bench:build -- --corpus ${corpus.dir})`);
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      `bench:corpus failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(1);
  },
);
