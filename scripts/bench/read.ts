/**
 * `npm run bench:read`: the CMS read API's throughput when the site build fetches everything — every
 * public type in both locales with the loader's URLs and page size (see lib/read-throughput.ts).
 *
 * For each mode a CMS is started afresh on a copy of the corpus, then two passes run: cold (the first
 * after the start) and warm (the CMS caches public reads in memory until content changes):
 *   1, 2, 4  one, two or four requests in flight over a keep-alive node:http agent; mode 1 adds a warm
 *            pass over Node's fetch (the loader's client) to show the client's own cost per request;
 *   build    as Astro's content layer fetches: every loader at once, Node's fetch, then the media checks.
 * Prints one JSON line and a table.
 *
 * Usage: npm run bench:read [-- --corpus DIR] [--modes 1,2,4,build] [--verbose]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCorpusCms } from './lib/corpus-cms.ts';
import { defaultCorpusDir } from './lib/corpus-dir.ts';
import { buildLikePass, poolPass, sequentialFetchPass, type PassFigures } from './lib/read-throughput.ts';
import { summarize } from './lib/stats.ts';
import { formatTable, seconds } from './lib/table.ts';

interface PassRow {
  mode: string;
  pass: 'cold' | 'warm';
  client: 'node:http' | 'fetch';
  requests: number;
  headRequests: number;
  items: number;
  megabytes: number;
  wallMs: number;
  itemsPerSecond: number;
  requestsPerSecond: number;
  requestP50Ms: number;
  requestP95Ms: number;
}

function row(mode: string, pass: PassRow['pass'], client: PassRow['client'], figures: PassFigures): PassRow {
  const perSecond = (count: number) => Number((count / (figures.wallMs / 1000)).toFixed(1));
  const latency = summarize(figures.requestMs);
  return {
    mode,
    pass,
    client,
    requests: figures.requests,
    headRequests: figures.headRequests,
    items: figures.items,
    megabytes: Number((figures.bytes / 1024 / 1024).toFixed(1)),
    wallMs: Math.round(figures.wallMs),
    itemsPerSecond: perSecond(figures.items),
    requestsPerSecond: perSecond(figures.requests + figures.headRequests),
    requestP50Ms: latency.p50,
    requestP95Ms: latency.p95,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      modes: { type: 'string', default: '1,2,4,build' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const corpus = values.corpus ?? defaultCorpusDir(1000, 42);
  const modes = values.modes.split(',').map((mode) => mode.trim());
  for (const mode of modes)
    if (mode !== 'build' && !/^[1-9]\d*$/.test(mode))
      throw new Error(`--modes: "${mode}" is neither a number of concurrent requests nor "build".`);
  const say = (line: string) => console.log(`[bench:read] ${line}`);
  const work = mkdtempSync(path.join(tmpdir(), 'glasnik-bench-read-'));
  const rows: PassRow[] = [];
  let corpusItems = 0;
  try {
    for (const mode of modes) {
      say(`mode ${mode}: starting a CMS on a copy of ${corpus} …`);
      const started = await startCorpusCms(corpus, {
        log: (line) => {
          if (values.verbose || /error|fatal/i.test(line)) console.log(`[cms] ${line}`);
        },
        copyDatabaseTo: path.join(work, `cms-${mode}`),
      });
      corpusItems = started.manifest.items;
      const token = started.secrets.STRAPI_READ_TOKEN;
      try {
        for (const pass of ['cold', 'warm'] as const) {
          const figures =
            mode === 'build'
              ? await buildLikePass(started.cmsUrl, token)
              : await poolPass(started.cmsUrl, token, Number(mode));
          const result = row(
            mode === 'build' ? 'as the build' : `${mode} in flight`,
            pass,
            mode === 'build' ? 'fetch' : 'node:http',
            figures,
          );
          say(
            `${result.mode}, ${pass}: ${result.requests} requests, ${result.items} items in ${seconds(result.wallMs)} s`,
          );
          rows.push(result);
        }
        if (mode === '1') {
          const figures = await sequentialFetchPass(started.cmsUrl, token);
          rows.push(row('1 in flight', 'warm', 'fetch', figures));
        }
      } finally {
        await started.cms.stop();
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  console.log(JSON.stringify({ benchmark: 'read', corpus, corpusItems, passes: rows }));
  console.log('');
  console.log(
    formatTable([
      [
        'requests in flight',
        'pass',
        'client',
        'GETs',
        'HEADs',
        'items',
        'MB',
        'wall s',
        'items/s',
        'req/s',
        'p50 ms',
        'p95 ms',
      ],
      ...rows.map((pass) => [
        pass.mode,
        pass.pass,
        pass.client,
        String(pass.requests),
        String(pass.headRequests),
        String(pass.items),
        pass.megabytes.toFixed(1),
        seconds(pass.wallMs),
        pass.itemsPerSecond.toFixed(0),
        pass.requestsPerSecond.toFixed(0),
        pass.requestP50Ms.toFixed(1),
        pass.requestP95Ms.toFixed(1),
      ]),
    ]),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:read failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
