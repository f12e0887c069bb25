/**
 * Fault (issue 8, point 6): the CMS goes away in the middle of a site build. The build reads the CMS
 * through a counting pass-through proxy; at the fifth API request the proxy kills the real Strapi
 * process group (SIGKILL, as a crash or an OOM kill would) and passes the request on to the dead port.
 * The build must stop with exit code ≠ 0 and a message naming the CMS, and the live site — a real
 * earlier build in the same folder — must be byte for byte as it was.
 * Meilisearch stopped during publishing is covered in scripts/tests/search/search-sync.test.ts
 * ("Meilisearch down during a publish: the publish still succeeds at once, and the index catches up").
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, buildSite, listFiles, startTestSystem, type TestSystem } from './helpers/system.ts';

const NEWS = 'api::news-article.news-article';
const KILL_AT_REQUEST = 5;

let system: TestSystem;
let liveDir: string;

/** The process listening on a loopback TCP port, found through /proc (Linux). */
function listenerPid(port: number): number | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A' && fields[9]) inodes.add(fields[9]);
    }
  }
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (inodes.has(target.replace(/^socket:\[(\d+)\]$/, '$1'))) return Number(pid);
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  return undefined;
}

/** Process group of a pid (field 5 of /proc/<pid>/stat): service.ts starts each service in its own. */
function processGroup(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(afterName[2]);
}

async function waitUntilRefused(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(500) });
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} still answers after the kill`);
}

/** Forwards every request to `target`; before forwarding the `killAt`-th /api/ request it runs `onKill`. */
function countingProxy(
  target: URL,
  killAt: number,
  onKill: () => Promise<void>,
): Promise<{ server: Server; url: string; apiRequests: () => number }> {
  let apiRequests = 0;
  let killed: Promise<void> | undefined;
  const server = createServer(async (incoming, outgoing) => {
    if (incoming.url?.startsWith('/api/')) apiRequests += 1;
    if (apiRequests >= killAt) await (killed ??= onKill());
    const forwarded = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    // A dead CMS refuses connections: the client sees its connection dropped, as it would without the proxy.
    forwarded.on('error', () => outgoing.socket?.destroy());
    incoming.pipe(forwarded);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}`, apiRequests: () => apiRequests });
    }),
  );
}

function fingerprint(root: string): Map<string, string> {
  return new Map(
    listFiles(root).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(root, file)))
        .digest('hex'),
    ]),
  );
}

beforeAll(async () => {
  system = await startTestSystem({ seed: false, buildSite: false });
  const admin = await adminClient(system);
  for (const n of [1, 2, 3])
    await admin.publish(
      NEWS,
      await admin.create(NEWS, { title: `Новина за срива ${n}`, summary: 'Резюме.' }),
    );
  liveDir = mkdtempSync(path.join(tmpdir(), 'glasnik-live-site-'));
  const first = await buildSite(system, liveDir);
  if (first.code !== 0) throw new Error(`the first (live) build failed:\n${first.output.slice(-3000)}`);
}, 600_000);

afterAll(async () => {
  await system?.dispose();
  if (liveDir) rmSync(liveDir, { recursive: true, force: true });
});

describe('the CMS dies during a site build', () => {
  it('the build stops with exit ≠ 0 naming the CMS, and the live site is unchanged', async () => {
    const live = fingerprint(liveDir);
    expect(live.size).toBeGreaterThan(10);
    const cms = new URL(system.cmsUrl);
    const proxy = await countingProxy(cms, KILL_AT_REQUEST, async () => {
      const pid = listenerPid(Number(cms.port));
      if (!pid) throw new Error(`no process listens on the CMS port ${cms.port}`);
      process.kill(-processGroup(pid), 'SIGKILL');
      await waitUntilRefused(`${system.cmsUrl}/_health`);
    });
    try {
      const started = Date.now();
      const broken = await buildSite(system, liveDir, { cmsUrl: proxy.url });
      expect(proxy.apiRequests()).toBeGreaterThanOrEqual(KILL_AT_REQUEST);
      // The CMS really is gone (killed mid-build, not merely cut off by the proxy).
      await expect(fetch(`${system.cmsUrl}/_health`)).rejects.toThrow();
      expect(broken.code, broken.output.slice(-3000)).not.toBe(0);
      expect(broken.output).toContain(`Cannot reach the CMS at ${proxy.url}`);
      // It gives up promptly rather than hanging on the dead CMS.
      expect(Date.now() - started).toBeLessThan(120_000);
    } finally {
      proxy.server.close();
    }
    expect(fingerprint(liveDir)).toEqual(live);
  }, 180_000);
});
