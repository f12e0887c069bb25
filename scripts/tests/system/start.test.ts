/**
 * `npm start` as a user runs it: real Meilisearch, real Strapi, the real site server. Checks that a
 * wrong setting or a taken port stops it with one sentence before anything runs, and that SIGINT and
 * SIGTERM leave no process behind.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/lib/ports.ts';
import { REPO_ROOT } from '../../src/lib/paths.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'glasnik-start-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Every secret given up front, so the test never writes the developer's cms/.env. */
const secrets = Object.fromEntries(
  [
    'APP_KEYS',
    'API_TOKEN_SALT',
    'ADMIN_JWT_SECRET',
    'TRANSFER_TOKEN_SALT',
    'JWT_SECRET',
    'ENCRYPTION_KEY',
    'STRAPI_READ_TOKEN',
    'PUBLISH_WEBHOOK_SECRET',
    'MEILI_MASTER_KEY',
  ].map((name) => [name, randomBytes(24).toString('hex')]),
);

interface Run {
  output: () => string;
  exit: Promise<number | null>;
  pid: number;
  marker: string;
}

function runStart(env: Record<string, string>, args: string[] = []): Run {
  const marker = randomUUID();
  let output = '';
  const child = spawn(
    process.execPath,
    [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/src/start.ts', ...args],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...secrets,
        GLASNIK_DATA_DIR: path.join(workDir, `data-${marker}`),
        DATABASE_FILENAME: path.join(workDir, `cms-${marker}.db`),
        GLASNIK_TEST_MARKER: marker,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    output: () => output,
    exit: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    pid: child.pid!,
    marker,
  };
}

/** PIDs of live processes whose environment carries the run's marker: everything the run started. */
function processesOf(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2)[0] === 'Z') continue;
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(`GLASNIK_TEST_MARKER=${marker}`)) {
        found.push(Number(entry));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('npm start', () => {
  it('stops with one sentence naming a malformed variable, starting nothing', async () => {
    const run = runStart({ MEILI_PORT: 'abc' });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain('Glasnik did not start: MEILI_PORT="abc" is not a port number (1-65535).');
    expect(processesOf(run.marker)).toEqual([]);
  });

  it('names the taken port and the variable that moves it, leaving nothing running', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    const run = runStart({
      MEILI_PORT: String(await freePort()),
      SITE_PORT: String(await freePort()),
      CMS_PORT: String(taken),
    });
    expect(await run.exit).toBe(1);
    blocker.close();
    expect(run.output()).toContain(
      `Port ${taken} on 127.0.0.1 is already in use; stop whatever listens there or set CMS_PORT to a free port.`,
    );
    expect(processesOf(run.marker)).toEqual([]);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'brings every part up, prints where each is, and leaves no process after %s',
    async (signal) => {
      const ports = { MEILI_PORT: await freePort(), CMS_PORT: await freePort(), SITE_PORT: await freePort() };
      const run = runStart(
        Object.fromEntries(Object.entries(ports).map(([key, value]) => [key, String(value)])),
        ['--no-seed', '--no-build'],
      );
      await waitFor(
        () => run.output().includes('Glasnik is running.') || run.output().includes('did not start'),
        170_000,
      );
      const output = run.output();
      expect(output, output.slice(-3000)).toContain('Glasnik is running.');
      expect(output).toContain(`Search (Meilisearch)  http://127.0.0.1:${ports.MEILI_PORT}`);
      expect(output).toContain(`CMS (Strapi)          http://127.0.0.1:${ports.CMS_PORT}/admin`);
      expect(output).toMatch(new RegExp(`Public site +http://127\\.0\\.0\\.1:${ports.SITE_PORT}`));

      expect((await fetch(`http://127.0.0.1:${ports.CMS_PORT}/_health`)).status).toBe(204);
      expect((await fetch(`http://127.0.0.1:${ports.MEILI_PORT}/health`)).ok).toBe(true);
      const started = processesOf(run.marker);
      expect(started.length).toBeGreaterThanOrEqual(3); // start itself, Meilisearch, Strapi (and npm)

      process.kill(run.pid, signal);
      expect(await run.exit).toBe(0);
      await waitFor(() => processesOf(run.marker).length === 0, 15_000).catch(() => undefined);
      expect(processesOf(run.marker)).toEqual([]);
      await expect(fetch(`http://127.0.0.1:${ports.CMS_PORT}/_health`)).rejects.toThrow();
    },
    200_000,
  );
});
