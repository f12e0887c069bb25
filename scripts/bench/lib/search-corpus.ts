/**
 * Search at archive scale: a CMS on a corpus and a throw-away Meilisearch; the full reindex
 * (`npm run search:reindex`'s code) timed, with the documents per index; then search latency over a
 * reproducible mix of queries made from the corpus's titles, one after another over the keep-alive
 * `node:http` client, timed on the client and as Meilisearch reports it (`processingTimeMs`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  buildSearchRequest,
  cleanSearchInput,
  locales,
  searchIndexName,
  type Locale,
} from '@glasnik/cms/contract/search';
import { MeiliClient } from '../../../cms/src/search/meili-http.ts';
import { locateMeilisearch, startMeilisearch } from '../../src/lib/meilisearch.ts';
import { freePort } from '../../src/lib/ports.ts';
import { reindexAll, type ReindexReport } from '../../src/lib/search/reindex.ts';
import { startCorpusCms } from './corpus-cms.ts';
import { makeQueries, type BenchQuery, type TitleSample } from './search-queries.ts';
import { summarize, type Summary } from './stats.ts';
import { formatTable, seconds } from './table.ts';

const documentsPage = z.object({
  results: z.array(
    z.object({ title: z.string(), type: z.string(), year: z.number().nullable().optional() }).loose(),
  ),
});

/** Titles, types and years of every document in the live indexes, to make queries from. */
async function readTitles(meili: MeiliClient): Promise<TitleSample[]> {
  const samples: TitleSample[] = [];
  for (const locale of locales) {
    const answer = documentsPage.parse(
      await meili.request('POST', `/indexes/${searchIndexName(locale)}/documents/fetch`, {
        fields: ['title', 'type', 'year'],
        limit: 100_000,
      }),
    );
    for (const doc of answer.results)
      samples.push({ locale, title: doc.title, type: doc.type, year: doc.year ?? null });
  }
  return samples;
}

interface Timed {
  query: BenchQuery;
  clientMs: number;
  serverMs: number;
  hits: number;
}

export interface CorpusSearchOptions {
  corpus: string;
  queries: number;
  seed: number;
  log: (line: string) => void;
  verbose: boolean;
}

/**
 * Runs the benchmark, prints its JSON line and tables.
 * @throws {Error} when the CMS or Meilisearch cannot be started, the reindex fails or indexes nothing.
 */
export async function runCorpusSearchBenchmark(options: CorpusSearchOptions): Promise<void> {
  const { log } = options;
  const work = mkdtempSync(path.join(tmpdir(), 'glasnik-bench-search-'));
  const stops: Array<() => Promise<unknown>> = [];
  try {
    log(`starting a CMS on a copy of the corpus in ${options.corpus} and a throw-away Meilisearch …`);
    const quiet = (prefix: string) => (line: string) => {
      if (options.verbose || /\bERROR\b|\berror:|fatal|panicked/.test(line))
        console.log(`[${prefix}] ${line}`);
    };
    const started = await startCorpusCms(options.corpus, {
      log: quiet('cms'),
      copyDatabaseTo: path.join(work, 'cms'),
    });
    stops.push(() => started.cms.stop());
    const masterKey = started.secrets.MEILI_MASTER_KEY;
    const search = await startMeilisearch({
      binary: locateMeilisearch(process.env.MEILI_BIN || undefined),
      port: await freePort(),
      masterKey,
      dataDir: path.join(work, 'meili'),
      log: quiet('meili'),
    });
    stops.push(() => search.stop());
    const meili = new MeiliClient({ url: search.url, apiKey: masterKey, timeoutMs: 120_000 });
    stops.push(async () => meili.close());

    log('full reindex …');
    const report: ReindexReport = await reindexAll({
      meili,
      cmsUrl: started.cmsUrl,
      token: started.secrets.STRAPI_READ_TOKEN,
    });
    // The reindex sends documents while it reads the CMS: "read" includes sending, "index" is the wait
    // for Meilisearch after the last document was sent, plus the swap.
    const readMs = report.phases.readMs;
    const perIndex = Object.fromEntries(
      await Promise.all(
        locales.map(
          async (locale) =>
            [
              searchIndexName(locale),
              (await meili.stats(searchIndexName(locale))).numberOfDocuments,
            ] as const,
        ),
      ),
    );
    const totalDocuments = Object.values(perIndex).reduce((sum, count) => sum + count, 0);
    if (totalDocuments === 0)
      throw new Error(`the reindex of ${options.corpus} indexed no documents: is the corpus empty?`);
    log(`reindexed ${totalDocuments} documents in ${seconds(report.durationMs)} s`);

    const queries = makeQueries(await readTitles(meili), options.queries, options.seed);
    // One warm-up per index: the first request opens the connection.
    for (const locale of locales) await meili.search(searchIndexName(locale), { q: 'warm-up', limit: 1 });
    log(`${queries.length} queries, one after another …`);
    const timed: Timed[] = [];
    for (const query of queries) {
      const body = buildSearchRequest(cleanSearchInput(query));
      const sent = performance.now();
      const answer = await meili.search(searchIndexName(query.locale as Locale), body);
      timed.push({
        query,
        clientMs: performance.now() - sent,
        serverMs: answer.processingTimeMs,
        hits: answer.totalHits ?? answer.estimatedTotalHits ?? answer.hits.length,
      });
    }

    const groups = ['all', '1 word', '2 words', '3 words', 'latin', 'prefix', 'filtered', 'no hits'] as const;
    const rows = groups
      .map((group) => {
        const chosen = group === 'all' ? timed : timed.filter((row) => row.query.kinds.includes(group));
        return {
          group,
          queries: chosen.length,
          withoutHits: chosen.filter((row) => row.hits === 0).length,
          clientMs: summarize(chosen.map((row) => row.clientMs)),
          serverMs: summarize(chosen.map((row) => row.serverMs)),
        };
      })
      .filter((row) => row.queries > 0);
    const all = rows[0]!;
    const figures = {
      benchmark: 'search',
      corpus: options.corpus,
      corpusItems: started.manifest.items,
      reindex: {
        wallMs: report.durationMs,
        readCmsMs: readMs,
        indexMs: report.durationMs - readMs,
        phases: report.phases,
        documentsPerIndex: perIndex,
        documentsPerType: report.counts,
        skipped: report.skipped.length,
        documentsPerSecond: Number((totalDocuments / (report.durationMs / 1000)).toFixed(1)),
      },
      queries: queries.length,
      seed: options.seed,
      latency: rows,
    };
    console.log(JSON.stringify(figures));
    console.log('');
    console.log(
      formatTable([
        [
          'reindex',
          'wall s',
          'read+send s',
          'map s',
          'index wait s',
          'swap s',
          'documents',
          'docs/s',
          'skipped',
        ],
        [
          'full',
          seconds(report.durationMs),
          seconds(readMs),
          seconds(report.phases.mapMs),
          seconds(report.phases.indexWaitMs),
          seconds(report.phases.swapMs),
          String(totalDocuments),
          figures.reindex.documentsPerSecond.toFixed(1),
          String(report.skipped.length),
        ],
      ]),
    );
    console.log('');
    const perType = Object.keys(report.counts.bg);
    console.log(
      formatTable([
        ['index', ...perType, 'total'],
        ...locales.map((locale) => [
          searchIndexName(locale),
          ...perType.map((type) => String(report.counts[locale][type as keyof (typeof report.counts)['bg']])),
          String(perIndex[searchIndexName(locale)] ?? 0),
        ]),
      ]),
    );
    console.log('');
    const ms = (summary: Summary) => [summary.p50.toFixed(2), summary.p95.toFixed(2), summary.max.toFixed(1)];
    console.log(
      formatTable([
        ['queries', 'n', 'no hits', 'server p50', 'p95', 'max', 'client p50', 'p95', 'max'],
        ...rows.map((row) => [
          row.group,
          String(row.queries),
          String(row.withoutHits),
          ...ms(row.serverMs),
          ...ms(row.clientMs),
        ]),
      ]),
    );
    console.log('');
    console.log(
      `search p95: ${all.serverMs.p95} ms server side, ${all.clientMs.p95} ms round trip (target at 10,000 items: under 10 ms server side); full reindex ${seconds(report.durationMs)} s (target: under 30 s)`,
    );
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}
