/**
 * Full reindex: every published item of every search type, per locale, into fresh indexes under
 * temporary names; then one atomic `swap-indexes` puts both locales live at once and the old contents
 * are deleted. Search keeps answering from the old indexes until the swap.
 *
 * Why it is shaped this way (measured at 10,000 items, 18,739 documents): the settings go to the empty
 * temporary index first (settings changed after the documents make Meilisearch index everything again);
 * documents go in large batches that are only enqueued while the CMS is still being read, and the tasks
 * are waited for once at the end (waiting for each 500-document batch in turn took 31 s of indexing,
 * enqueueing them 15 s); the CMS is read two pages at a time.
 */
import {
  isSearchable,
  locales,
  searchDocumentFromRaw,
  searchIndexName,
  searchIndexSettings,
  searchTypeNames,
  searchTypeSource,
  type Locale,
  type SearchDocument,
  type SearchType,
} from '@glasnik/cms/contract/search';
import type { MeiliClient, TaskRef } from '../../../../cms/src/search/meili-http.ts';
import { readPublishedPages, type CmsReadOptions } from './cms-read.ts';

/** Prefix of temporary indexes; leftovers of an interrupted reindex carry it and are removed next time. */
export const TEMP_SUFFIX = '__reindex_';

/** Documents per addDocuments request: large enough that Meilisearch indexes few big batches. */
export const DEFAULT_BATCH_SIZE = 2000;

/** How long the reindex waits for Meilisearch to finish indexing everything it was sent. */
const INDEXING_TIMEOUT_MS = 10 * 60_000;

export interface ReindexPhases {
  /** Reading the CMS, building the documents and sending them (Meilisearch indexes meanwhile). */
  readMs: number;
  /** Of `readMs`: validating items and building documents. */
  mapMs: number;
  /** After the last document was sent, until Meilisearch had indexed everything. */
  indexWaitMs: number;
  /** The swap and the deletion of the old contents. */
  swapMs: number;
}

export interface ReindexReport {
  /** Documents indexed per locale and type. */
  counts: Record<Locale, Record<SearchType, number>>;
  /** Items the CMS returned that could not become documents, each with the reason. */
  skipped: string[];
  /** Wall time of the whole reindex. */
  durationMs: number;
  /** Where the time went. */
  phases: ReindexPhases;
}

export interface ReindexOptions extends CmsReadOptions {
  meili: MeiliClient;
  log?: (line: string) => void;
  /** Documents per addDocuments request. */
  batchSize?: number;
  now?: Date;
}

/**
 * Rebuilds `glasnik_bg` and `glasnik_en` from the CMS. If the CMS or Meilisearch fails half-way, the
 * temporary indexes are removed and the live indexes stay as they were.
 * @throws {import('./cms-read.ts').CmsReadError} when the CMS cannot be read (the live indexes stay as they were)
 * @throws {import('../../../../cms/src/search/meili-http.ts').MeiliHttpError} when Meilisearch refuses a step
 */
export async function reindexAll(options: ReindexOptions): Promise<ReindexReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const counts = Object.fromEntries(
    locales.map((locale) => [locale, Object.fromEntries(searchTypeNames.map((type) => [type, 0]))]),
  ) as ReindexReport['counts'];
  const skipped: string[] = [];
  let mapMs = 0;

  const temp = await TempIndexes.create(options.meili, { log, batchSize: options.batchSize });
  try {
    for (const locale of locales) {
      for (const type of searchTypeNames) {
        await readPublishedPages(searchTypeSource(type).endpoint, locale, options, async (raw) => {
          const mapStarted = performance.now();
          const documents: SearchDocument[] = [];
          for (const item of raw) {
            const probe = item as { publishedAt?: string | null; embargoUntil?: string | null };
            const visible = {
              publishedAt: probe.publishedAt ?? null,
              embargoUntil: probe.embargoUntil ?? null,
            };
            if (!isSearchable(visible, now)) continue;
            const result = searchDocumentFromRaw(type, item, locale);
            if (result.ok) {
              documents.push(result.document);
              counts[locale][type]++;
            } else {
              skipped.push(result.problem);
            }
          }
          mapMs += performance.now() - mapStarted;
          await temp.add(locale, documents);
        });
      }
    }
    const readDone = performance.now();
    await temp.finish();
    const indexed = performance.now();
    await temp.swapIn();
    const done = performance.now();
    return {
      counts,
      skipped,
      durationMs: Math.round(done - started),
      phases: {
        readMs: Math.round(readDone - started),
        mapMs: Math.round(mapMs),
        indexWaitMs: Math.round(indexed - readDone),
        swapMs: Math.round(done - indexed),
      },
    };
  } catch (error) {
    await temp.discard();
    throw error;
  }
}

/**
 * Fills fresh temporary indexes with `documents` (per locale) and the settings of the contract, then
 * swaps them in for `glasnik_bg` / `glasnik_en` in one atomic task and deletes the old contents.
 * @throws {import('../../../../cms/src/search/meili-http.ts').MeiliHttpError} when a step fails; the live indexes are then untouched.
 */
export async function replaceIndexes(
  meili: MeiliClient,
  documents: ReadonlyMap<Locale, readonly SearchDocument[]>,
  options: { log?: (line: string) => void; batchSize?: number } = {},
): Promise<void> {
  const temp = await TempIndexes.create(meili, options);
  try {
    for (const locale of locales) await temp.add(locale, documents.get(locale) ?? []);
    await temp.finish();
    await temp.swapIn();
  } catch (error) {
    await temp.discard();
    throw error;
  }
}

/**
 * One temporary index per locale, created with the contract's settings before any document. Documents
 * are buffered into batches and only enqueued; {@link TempIndexes.finish} waits for all tasks at once.
 */
class TempIndexes {
  private readonly buffers = new Map<Locale, SearchDocument[]>();
  private readonly tasks: TaskRef[] = [];

  private constructor(
    private readonly meili: MeiliClient,
    /** Live index name → temporary index name, per locale. */
    private readonly names: ReadonlyMap<Locale, { live: string; temp: string }>,
    private readonly batchSize: number,
  ) {}

  /** Removes leftovers of an interrupted reindex, creates the temporary indexes and enqueues their settings. */
  static async create(
    meili: MeiliClient,
    options: { log?: (line: string) => void; batchSize?: number | undefined },
  ): Promise<TempIndexes> {
    await removeLeftovers(meili, options.log ?? (() => {}));
    const stamp = Date.now().toString(36);
    const names = new Map(
      locales.map((locale) => {
        const live = searchIndexName(locale);
        return [locale, { live, temp: `${live}${TEMP_SUFFIX}${stamp}` }] as const;
      }),
    );
    const indexes = new TempIndexes(meili, names, options.batchSize ?? DEFAULT_BATCH_SIZE);
    for (const { temp } of names.values()) {
      await meili.waitForTask(await meili.createIndex(temp));
      // Tasks of one index run in order: the settings apply to the empty index, before any document.
      indexes.tasks.push(await meili.updateSettings(temp, searchIndexSettings));
    }
    return indexes;
  }

  /** Buffers documents of a locale and enqueues every full batch. @throws {import('../../../../cms/src/search/meili-http.ts').MeiliHttpError} */
  async add(locale: Locale, documents: readonly SearchDocument[]): Promise<void> {
    const buffer = this.buffers.get(locale) ?? [];
    buffer.push(...documents);
    this.buffers.set(locale, buffer);
    while (buffer.length >= this.batchSize) await this.send(locale, buffer.splice(0, this.batchSize));
  }

  /** Sends what is left and waits until Meilisearch has applied every task. @throws {import('../../../../cms/src/search/meili-http.ts').MeiliHttpError} when a task failed */
  async finish(): Promise<void> {
    for (const [locale, buffer] of this.buffers)
      if (buffer.length > 0) await this.send(locale, buffer.splice(0));
    const deadline = Date.now() + INDEXING_TIMEOUT_MS;
    for (const task of this.tasks) await this.meili.waitForTask(task, Math.max(1000, deadline - Date.now()));
  }

  /** Swaps the temporary indexes in for the live ones (one atomic task) and deletes the old contents. @throws {import('../../../../cms/src/search/meili-http.ts').MeiliHttpError} */
  async swapIn(): Promise<void> {
    const pairs: Array<[string, string]> = [];
    for (const { live, temp } of this.names.values()) {
      // swap-indexes needs both sides to exist: the very first reindex swaps with an empty live index.
      if (!(await this.meili.hasIndex(live)))
        await this.meili.waitForTask(await this.meili.createIndex(live));
      pairs.push([live, temp]);
    }
    await this.meili.waitForTask(await this.meili.swapIndexes(pairs));
    // After the swap each temporary name holds the old contents.
    for (const [, temp] of pairs) await this.meili.waitForTask(await this.meili.deleteIndex(temp));
  }

  /** Deletes the temporary indexes after a failure (best effort: the next reindex removes leftovers anyway). */
  async discard(): Promise<void> {
    for (const { temp } of this.names.values()) {
      await this.meili
        .deleteIndex(temp)
        .then((task) => this.meili.waitForTask(task))
        .catch(() => undefined);
    }
  }

  private async send(locale: Locale, documents: SearchDocument[]): Promise<void> {
    const names = this.names.get(locale);
    if (!names) throw new RangeError(`No temporary search index for locale "${locale}".`);
    this.tasks.push(await this.meili.addDocuments(names.temp, documents));
  }
}

async function removeLeftovers(meili: MeiliClient, log: (line: string) => void): Promise<void> {
  const answer = (await meili.request('GET', '/indexes?limit=1000')) as {
    results?: Array<{ uid?: unknown }>;
  };
  for (const index of answer.results ?? []) {
    if (typeof index.uid === 'string' && index.uid.includes(TEMP_SUFFIX)) {
      log(`removing ${index.uid}, left over from an interrupted reindex`);
      await meili.waitForTask(await meili.deleteIndex(index.uid));
    }
  }
}

/** The report as a table: one row per type, one column per locale, totals and the time taken. */
export function formatReport(report: ReindexReport): string {
  const rows = searchTypeNames.map((type) => [
    type,
    ...locales.map((locale) => String(report.counts[locale][type])),
  ]);
  const totals = [
    'total',
    ...locales.map((locale) => String(Object.values(report.counts[locale]).reduce((a, b) => a + b, 0))),
  ];
  const header = ['type', ...locales.map((locale) => searchIndexName(locale))];
  const table = [header, ...rows, totals];
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const lines = table.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  '),
  );
  return [...lines, `indexed in ${(report.durationMs / 1000).toFixed(2)} s`].join('\n');
}
