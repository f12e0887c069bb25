/**
 * Full reindex: every published item of every search type, per locale, into fresh indexes under
 * temporary names; settings applied; then one atomic `swap-indexes` puts both locales live at once and
 * the old contents are deleted. Search keeps answering from the old indexes until the swap.
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
import type { MeiliClient } from '../../../../cms/src/search/meili-http.ts';
import { readAllPublished, type CmsReadOptions } from './cms-read.ts';

/** Prefix of temporary indexes; leftovers of an interrupted reindex carry it and are removed next time. */
export const TEMP_SUFFIX = '__reindex_';

export interface ReindexReport {
  /** Documents indexed per locale and type. */
  counts: Record<Locale, Record<SearchType, number>>;
  /** Items the CMS returned that could not become documents, each with the reason. */
  skipped: string[];
  /** Wall time of the whole reindex. */
  durationMs: number;
}

export interface ReindexOptions extends CmsReadOptions {
  meili: MeiliClient;
  log?: (line: string) => void;
  /** Documents per addDocuments request. */
  batchSize?: number;
  now?: Date;
}

/**
 * Rebuilds `glasnik_bg` and `glasnik_en` from the CMS.
 * @throws {import('./cms-read.ts').CmsReadError} when the CMS cannot be read (the live indexes stay as they were)
 * @throws {import('../../../../cms/src/search/meili-http.ts').MeiliHttpError} when Meilisearch refuses a step
 */
export async function reindexAll(options: ReindexOptions): Promise<ReindexReport> {
  const started = performance.now();
  const { meili } = options;
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 500;
  const now = options.now ?? new Date();

  // Read everything first: if the CMS fails half-way, nothing in Meilisearch has changed.
  const documents = new Map<Locale, SearchDocument[]>();
  const counts = {} as ReindexReport['counts'];
  const skipped: string[] = [];
  for (const locale of locales) {
    const list: SearchDocument[] = [];
    counts[locale] = Object.fromEntries(searchTypeNames.map((type) => [type, 0])) as Record<
      SearchType,
      number
    >;
    for (const type of searchTypeNames) {
      const raw = await readAllPublished(searchTypeSource(type).endpoint, locale, options);
      for (const item of raw) {
        const probe = item as { publishedAt?: string | null; embargoUntil?: string | null };
        if (
          !isSearchable(
            { publishedAt: probe.publishedAt ?? null, embargoUntil: probe.embargoUntil ?? null },
            now,
          )
        )
          continue;
        const result = searchDocumentFromRaw(type, item, locale);
        if (result.ok) {
          list.push(result.document);
          counts[locale][type]++;
        } else {
          skipped.push(result.problem);
        }
      }
    }
    documents.set(locale, list);
  }

  await replaceIndexes(meili, documents, { log, batchSize });

  const durationMs = Math.round(performance.now() - started);
  return { counts, skipped, durationMs };
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
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 500;
  await removeLeftovers(meili, log);
  const stamp = Date.now().toString(36);
  const pairs: Array<[string, string]> = [];
  for (const locale of locales) {
    const live = searchIndexName(locale);
    const temp = `${live}${TEMP_SUFFIX}${stamp}`;
    await meili.waitForTask(await meili.createIndex(temp));
    await meili.waitForTask(await meili.updateSettings(temp, searchIndexSettings));
    const list = documents.get(locale) ?? [];
    for (let i = 0; i < list.length; i += batchSize) {
      await meili.waitForTask(await meili.addDocuments(temp, list.slice(i, i + batchSize)), 120_000);
    }
    // swap-indexes needs both sides to exist: the very first reindex swaps with an empty live index.
    if (!(await meili.hasIndex(live))) await meili.waitForTask(await meili.createIndex(live));
    pairs.push([live, temp]);
  }
  await meili.waitForTask(await meili.swapIndexes(pairs));
  // After the swap each temporary name holds the old contents.
  for (const [, temp] of pairs) await meili.waitForTask(await meili.deleteIndex(temp));
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
