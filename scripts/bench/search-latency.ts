/**
 * `npm run bench:search`: search latency as the search page would see it from the server side.
 *
 * With `--corpus DIR` (a corpus made by `npm run bench:corpus`): starts a CMS on a copy of it and a
 * throw-away Meilisearch, times the full reindex, then runs `--queries` (default 500) queries made from
 * the corpus's titles (see lib/search-corpus.ts).
 *
 * Without it: 200 fixed queries (Bulgarian, English, typos, Latin spellings of Cyrillic names, filters)
 * against a running Meilisearch with the Glasnik indexes (e.g. the one `npm start` runs):
 *   MEILI_URL (default http://127.0.0.1:7700), and a key: MEILI_SEARCH_KEY, else the search key file
 *   under GLASNIK_DATA_DIR/.data, else MEILI_MASTER_KEY (env or cms/.env).
 * Queries go one after another over the keep-alive client, timing each round trip and Meilisearch's own
 * processing time. Prints one JSON line and a table.
 *
 * Usage: npm run bench:search [-- --corpus DIR [--queries 500] [--seed 42] [--verbose] | [count]]
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  buildSearchRequest,
  cleanSearchInput,
  searchIndexName,
  type Locale,
} from '@glasnik/cms/contract/search';
import { MeiliClient } from '../../cms/src/search/meili-http.ts';
import { CMS_ENV_FILE, DATA_DIR } from '../src/lib/paths.ts';
import { readSearchKey } from '../src/lib/search/search-key.ts';
import { parseEnvFile } from '../src/lib/secrets.ts';
import { runCorpusSearchBenchmark } from './lib/search-corpus.ts';
import { percentile, summarize } from './lib/stats.ts';

const QUERIES: ReadonlyArray<{ locale: Locale; q: string; type?: string; year?: string }> = [
  { locale: 'bg', q: 'споразумение' },
  { locale: 'bg', q: 'споразумене' },
  { locale: 'bg', q: 'кмет' },
  { locale: 'bg', q: 'общината' },
  { locale: 'bg', q: 'Dunavets' },
  { locale: 'bg', q: 'побратимяване' },
  { locale: 'bg', q: 'пресконференция', type: 'event' },
  { locale: 'bg', q: 'бюджет' },
  { locale: 'bg', q: 'туризъм', type: 'agreement' },
  { locale: 'bg', q: 'Дунав' },
  { locale: 'bg', q: '', year: '2025' },
  { locale: 'bg', q: 'МД-2019-003' },
  { locale: 'en', q: 'agreement' },
  { locale: 'en', q: 'agrement' },
  { locale: 'en', q: 'mayor' },
  { locale: 'en', q: 'Дунавец' },
  { locale: 'en', q: 'press conference', type: 'event' },
  { locale: 'en', q: 'river tourism' },
  { locale: 'en', q: 'Danube' },
  { locale: 'en', q: 'culture', year: '2024' },
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string' },
    queries: { type: 'string' },
    seed: { type: 'string', default: '42' },
    verbose: { type: 'boolean', default: false },
  },
});

if (values.corpus) {
  try {
    await runCorpusSearchBenchmark({
      corpus: values.corpus,
      queries: Number(values.queries ?? 500),
      seed: Number(values.seed),
      verbose: values.verbose,
      log: (line) => console.log(`[bench:search] ${line}`),
    });
  } catch (error) {
    console.error(`bench:search failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
} else {
  await runAgainstRunningSearch(Number(values.queries ?? positionals[0] ?? 200));
}

async function runAgainstRunningSearch(count: number): Promise<void> {
  const saved = existsSync(CMS_ENV_FILE) ? parseEnvFile(readFileSync(CMS_ENV_FILE, 'utf8')) : {};
  const url = process.env.MEILI_URL || saved.MEILI_URL || 'http://127.0.0.1:7700';
  const apiKey =
    readSearchKey(process.env.GLASNIK_DATA_DIR || DATA_DIR) ??
    (process.env.MEILI_MASTER_KEY || saved.MEILI_MASTER_KEY);
  const meili = new MeiliClient({ url, apiKey });
  try {
    // One warm-up per index: the first request opens the connection.
    for (const locale of ['bg', 'en'] as const)
      await meili.search(searchIndexName(locale), { q: 'warm-up', limit: 1 });
    const times: number[] = [];
    const serverTimes: number[] = [];
    let hits = 0;
    for (let i = 0; i < count; i++) {
      const spec = QUERIES[i % QUERIES.length]!;
      const body = buildSearchRequest(cleanSearchInput(spec));
      const started = performance.now();
      const answer = await meili.search(searchIndexName(spec.locale), body);
      times.push(performance.now() - started);
      serverTimes.push(answer.processingTimeMs);
      hits += answer.hits.length;
    }
    const sorted = [...times].sort((a, b) => a - b);
    const result = {
      event: 'search-latency',
      url,
      queries: count,
      p50Ms: Number(percentile(sorted, 50).toFixed(2)),
      p95Ms: Number(percentile(sorted, 95).toFixed(2)),
      maxMs: Number(sorted[sorted.length - 1]!.toFixed(2)),
      meanMs: Number((times.reduce((a, b) => a + b, 0) / times.length).toFixed(2)),
      hitsReturned: hits,
      serverMs: summarize(serverTimes),
    };
    console.log(
      `queries  ${result.queries}\np50      ${result.p50Ms} ms (server ${result.serverMs.p50} ms)\np95      ${result.p95Ms} ms (server ${result.serverMs.p95} ms)\nmax      ${result.maxMs} ms\nmean     ${result.meanMs} ms`,
    );
    console.log(JSON.stringify(result));
  } catch (error) {
    console.error(`search-latency: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    meili.close();
  }
}
