import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../src/lib/ports.ts';
import { runCommand, ServiceStartError, startService, type RunningService } from '../../src/lib/service.ts';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'family.mjs');
const running: RunningService[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((service) => service.stop()));
});

/** A process counts as alive while /proc lists it in any state but zombie (exited, not yet reaped). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Signals take a moment to land; poll briefly before calling a process a survivor. */
async function isGoneSoon(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function start(
  env: Record<string, string>,
  extra: { readyTimeoutMs?: number; stopTimeoutMs?: number } = {},
) {
  const port = await freePort();
  const lines: string[] = [];
  const service = await startService({
    name: 'family',
    command: process.execPath,
    args: [fixture],
    env: { PORT: String(port), ...env },
    healthUrl: `http://127.0.0.1:${port}/health`,
    log: (line) => lines.push(line),
    ...extra,
  });
  running.push(service);
  return { service, lines, port };
}

describe('startService', () => {
  it('waits until the health URL answers 2xx and prefixes every output line', async () => {
    const began = Date.now();
    const { lines } = await start({ READY_AFTER_MS: '600' });
    expect(Date.now() - began).toBeGreaterThanOrEqual(550);
    expect(lines).toContain('[family] a line on stderr');
    expect(lines.some((line) => /^\[family\] listening on \d+$/.test(line))).toBe(true);
  });

  it('stops the whole process group, grandchildren included', async () => {
    const { service, lines } = await start({});
    const grandchild = Number(/grandchild (\d+)/.exec(lines.join('\n'))?.[1]);
    expect(isAlive(grandchild)).toBe(true);
    const exit = await service.stop();
    expect(exit.signal).toBe('SIGTERM');
    expect(await isGoneSoon(service.pid)).toBe(true);
    expect(await isGoneSoon(grandchild)).toBe(true);
  });

  it('kills a child that ignores SIGTERM once the stop timeout passes', async () => {
    const { service } = await start({ IGNORE_TERM: '1' }, { stopTimeoutMs: 500 });
    const exit = await service.stop();
    expect(exit.signal).toBe('SIGKILL');
  });

  it('reports a child that exits before it is ready, with its last output', async () => {
    const error = await start({ EXIT_EARLY: '1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceStartError);
    expect((error as Error).message).toMatch(/family: exited before it was ready \(exit code 3\)/);
    expect((error as ServiceStartError).recentOutput).toContain('a line on stderr');
  });

  it('gives up on an unhealthy child after the timeout and leaves nothing running', async () => {
    const lines: string[] = [];
    const port = await freePort();
    const error = await startService({
      name: 'stuck',
      command: process.execPath,
      args: [fixture],
      env: { PORT: String(port), NEVER_READY: '1' },
      healthUrl: `http://127.0.0.1:${port}/health`,
      readyTimeoutMs: 1_000,
      log: (line) => lines.push(line),
    }).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/did not become healthy at .*\/health within 1 s \(HTTP 503\)/);
    const grandchild = Number(/grandchild (\d+)/.exec(lines.join('\n'))?.[1]);
    expect(grandchild).toBeGreaterThan(0);
    expect(await isGoneSoon(grandchild)).toBe(true);
  });

  it('names a command that cannot be spawned', async () => {
    const error = await startService({ name: 'ghost', command: '/nonexistent/binary' }).catch(
      (caught: unknown) => caught,
    );
    expect((error as Error).message).toMatch(
      /ghost: could not be started \(spawn \/nonexistent\/binary ENOENT\)/,
    );
  });

  it('stops a child when the abort signal fires', async () => {
    const controller = new AbortController();
    const pending = runCommand(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      name: 'long',
      signal: controller.signal,
      log: () => {},
    });
    setTimeout(() => controller.abort(), 200);
    await expect(pending).rejects.toThrow(/long: .* failed \(killed by SIGTERM\)/);
  });
});

describe('runCommand', () => {
  it('resolves on exit code 0 and rejects with the output tail otherwise', async () => {
    await runCommand(process.execPath, ['-e', 'console.log("fine")'], { name: 'ok', log: () => {} });
    const error = await runCommand(
      process.execPath,
      ['-e', 'console.error("broken pipe"); process.exit(4)'],
      {
        name: 'bad',
        log: () => {},
      },
    ).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/bad: .* failed \(exit code 4\)\nLast output:\nbroken pipe/);
  });
});
