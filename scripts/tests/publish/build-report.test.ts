/**
 * Reading `astro build` output: which routes were left in place from the previous build and which were
 * rendered, and where the time went. The lines are Astro 7.3's own (astro/dist/core/build/generate.js)
 * and the site's route-keys integration's (site/integrations/route-keys).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAstroLogReader, readRouteKeys, routeKeysFile } from '../../src/lib/publish/build-report.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'glasnik-build-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OUTPUT: Array<[number, string]> = [
  [1_000, '[site-build] 14:19:18 [content] Syncing content'],
  [7_000, '[site-build] 14:19:24 [content] Synced content'],
  [7_100, '[site-build] 14:19:24 [build] ✓ Completed in 7.73s.'],
  [7_200, '[site-build] 14:19:24 [build] Building static entrypoints...'],
  [9_000, '[site-build] \u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m'],
  // Four routes at a time: starts and endings of different routes share lines.
  [
    9_100,
    '[site-build] 14:19:27   ├─ /404.html14:19:27   ├─ /robots.txt14:19:27   ├─ /bg/news/new-bridge/index.html (+293ms) ',
  ],
  [9_150, '[site-build]  (+16ms)'],
  [9_200, '[site-build] 14:19:27   ├─ /bg/news/old-bridge/index.html \u001b[2m(+12ms)\u001b[22m '],
  [9_300, '[site-build] 14:19:27   ├─ /en/news/old-bridge/index.html (cached)'],
  [9_400, '[site-build] 14:19:27   ├─ /bg/rss.xml14:19:27   ├─ /en/news/new-bridge/index.html (restored)'],
  [9_450, '[site-build]  (+3ms)'],
  [9_500, '[site-build] 14:19:27   └─ /bg/events/fair/index.html (cached) '],
  [11_000, '[site-build] 14:19:29 ✓ Completed in 2.0s.'],
  [11_100, '[site-build]  generating optimized images '],
  [11_200, '[site-build] 14:19:41   ▶ /_astro/quay_xI3gV.avif (before: 36kB, after: 2kB) (+282ms) (29/525)'],
  [14_000, '[site-build] 14:19:44 ✓ Completed in 2.9s.'],
  [
    14_500,
    '[site-build] 14:19:45 [glasnik-route-keys] 24720 of 24761 keyed routes unchanged and left in place',
  ],
  [15_000, '[site-build] 14:19:45 [build] 5 page(s) built in 14.0s'],
];

describe('astro build report', () => {
  it('counts routes left in place and rendered, keyed routes from the route keys, and times the phases', async () => {
    const keysFile = routeKeysFile(dir);
    writeFileSync(
      keysFile,
      JSON.stringify({
        version: 1,
        codeDigest: 'c0de',
        renderedAll: false,
        files: {
          'bg/news/new-bridge/index.html': 'k1',
          'bg/news/old-bridge/index.html': 'k2',
          'en/news/old-bridge/index.html': 'k3',
          'bg/events/fair/index.html': 'k4',
        },
      }),
    );
    const reader = createAstroLogReader(0);
    for (const [at, line] of OUTPUT) reader.line(line, at);
    const keys = await readRouteKeys(keysFile);
    expect(keys?.renderedAll).toBe(false);
    const report = reader.report(keys, 16_000);
    // Astro's own "(cached)"/"(restored)" lines and the routes the site never handed to Astro.
    expect(report.pages).toEqual({ reused: 3 + 24_720, rendered: 5, keyed: 4 });
    expect(report.phasesMs).toEqual({
      startup: 1_000,
      contentSync: 6_000,
      bundle: 1_800,
      render: 2_000,
      images: 2_900,
      other: 2_300,
      total: 16_000,
    });
  });

  it('gives keyed: null when the route keys are missing', async () => {
    const reader = createAstroLogReader(0);
    reader.line(' generating static routes ', 5);
    reader.line('  ├─ /bg/index.html (+5ms)', 10);
    const report = reader.report(await readRouteKeys(path.join(dir, 'missing.json')), 100);
    expect(report.pages).toEqual({ reused: 0, rendered: 1, keyed: null });
    // A phase without its end runs to the end of the build.
    expect(report.phasesMs).toMatchObject({ render: 95, other: 5, total: 100 });
  });
});
