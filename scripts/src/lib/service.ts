/**
 * The one way Glasnik runs a long-lived child process (Meilisearch, Strapi, the static server, a test's
 * CMS): start it in its own process group, stream its output line by line with a prefix, wait until its
 * health URL answers, and stop the whole group — so `npm start`, the tests and the benchmarks never leave
 * orphans behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServiceSpec {
  /** Short name used as the log prefix and in error messages, e.g. `cms`. */
  name: string;
  command: string;
  args?: readonly string[];
  cwd?: string;
  /** Added to (not replacing) the parent's environment. */
  env?: Record<string, string | undefined>;
  /** Polled until it answers with a 2xx status; without it the service counts as ready once spawned. */
  healthUrl?: string;
  /** How long to wait for the health URL before giving up (default 60 s). */
  readyTimeoutMs?: number;
  /** How long SIGTERM gets before SIGKILL (default 10 s). */
  stopTimeoutMs?: number;
  /** Receives every output line, already prefixed; default writes to this process's stdout. */
  log?: (line: string) => void;
  /** Aborting it stops the child (e.g. Ctrl-C while the system is still starting). */
  signal?: AbortSignal;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningService {
  readonly name: string;
  readonly pid: number;
  /** Settles when the child has exited, for whatever reason. */
  readonly exited: Promise<ExitInfo>;
  /** Stops the child and everything it started; safe to call more than once. */
  stop(): Promise<ExitInfo>;
}

/** Raised when a service exits or stays unhealthy before it is ready; carries its last output lines. */
export class ServiceStartError extends Error {
  constructor(
    message: string,
    readonly recentOutput: readonly string[],
  ) {
    super(recentOutput.length ? `${message}\nLast output:\n${recentOutput.join('\n')}` : message);
    this.name = 'ServiceStartError';
  }
}

const RECENT_LINES = 30;

/**
 * Groups still running. If this process exits without stopping them (an uncaught error, a test worker
 * torn down after a timeout), they are killed on the way out, since they live in their own process
 * groups and would otherwise outlive us. (A SIGKILL of this process cannot be caught: nothing can help then.)
 */
const liveGroups = new Set<number>();
process.once('exit', () => {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

/**
 * Starts a service and resolves once it is healthy.
 * @throws {ServiceStartError} when the child cannot be spawned, exits early, or its health URL does not
 *   answer 2xx within `readyTimeoutMs`; the child is stopped before the error is thrown.
 */
export async function startService(spec: ServiceSpec): Promise<RunningService> {
  const { child, exited, spawnError, recent } = spawnLogged(spec);
  const service: RunningService = {
    name: spec.name,
    pid: child.pid ?? -1,
    exited,
    stop: once(() => stopGroup(child, exited, spec.stopTimeoutMs ?? 10_000)),
  };

  const early = [
    spawnError.then((error) => `could not be started (${error.message})`),
    exited.then((info) => `exited before it was ready (${describeExit(info)})`),
  ];
  const spawned = new Promise<undefined>((resolve) => child.once('spawn', () => resolve(undefined)));
  const failure =
    (await Promise.race([...early, spawned])) ??
    (await Promise.race([...early, waitUntilHealthy(spec).then((problem) => problem)]));
  if (failure !== undefined) {
    await service.stop();
    throw new ServiceStartError(`${spec.name}: ${failure}`, [...recent]);
  }
  return service;
}

export type CommandSpec = Pick<ServiceSpec, 'name' | 'cwd' | 'env' | 'log' | 'signal'>;

/**
 * Runs a command to completion with the same prefixed logging as a service (builds, seeding,
 * reindexing). If this process is interrupted meanwhile, the command's whole group is stopped too.
 * @throws {ServiceStartError} when it cannot be spawned or exits with a non-zero code.
 */
export async function runCommand(command: string, args: readonly string[], spec: CommandSpec): Promise<void> {
  const { child, exited, spawnError, recent } = spawnLogged({ ...spec, command, args });
  try {
    const outcome = await Promise.race([spawnError, exited]);
    if (outcome instanceof Error) {
      throw new ServiceStartError(
        `${spec.name}: \`${command}\` could not be started (${outcome.message})`,
        [],
      );
    }
    if (outcome.code !== 0) {
      throw new ServiceStartError(
        `${spec.name}: \`${command} ${args.join(' ')}\` failed (${describeExit(outcome)})`,
        [...recent],
      );
    }
  } finally {
    // Whatever the command left running in its group (a stray watcher, a build worker) ends with it.
    signalGroup(child, 'SIGKILL');
    if (child.pid !== undefined) liveGroups.delete(child.pid);
  }
}

function spawnLogged(spec: ServiceSpec) {
  const log = spec.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const recent: string[] = [];
  const child = spawn(spec.command, spec.args ?? [], {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    // Own process group: Ctrl-C in a terminal reaches only the parent, which then stops each group
    // in order, and stop() can signal grandchildren (npm → node) with one kill(-pid).
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Registered first so that, for a child that never spawned, the spawn error wins every race.
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  if (child.pid !== undefined) liveGroups.add(child.pid);
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    // A child that never spawned emits no 'exit'; count it as exited so stop() cannot hang.
    child.once('error', () => {
      if (child.pid === undefined) resolve({ code: null, signal: null });
    });
  });
  // The leader's exit does not end the group: stopGroup() removes it once everything is killed.
  const onAbort = () => signalGroup(child, 'SIGTERM');
  spec.signal?.addEventListener('abort', onAbort, { once: true });
  void exited.then(() => spec.signal?.removeEventListener('abort', onAbort));
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      recent.push(line);
      if (recent.length > RECENT_LINES) recent.shift();
      log(`[${spec.name}] ${line}`);
    });
  }
  return { child, exited, spawnError, recent };
}

/** Resolves `undefined` when healthy, or a sentence saying why not. */
async function waitUntilHealthy(spec: ServiceSpec): Promise<string | undefined> {
  if (!spec.healthUrl) return undefined;
  const timeoutMs = spec.readyTimeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(spec.healthUrl, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.ok) return undefined;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await delay(200);
  }
  return `did not become healthy at ${spec.healthUrl} within ${Math.round(timeoutMs / 1000)} s (${lastProblem})`;
}

async function stopGroup(
  child: ChildProcess,
  exited: Promise<ExitInfo>,
  timeoutMs: number,
): Promise<ExitInfo> {
  if (child.exitCode !== null || child.signalCode !== null) {
    // The leader is gone, but something it started may still hold the group.
    signalGroup(child, 'SIGKILL');
    if (child.pid !== undefined) liveGroups.delete(child.pid);
    return exited;
  }
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), timeoutMs);
  const info = await exited;
  clearTimeout(timer);
  signalGroup(child, 'SIGKILL');
  if (child.pid !== undefined) liveGroups.delete(child.pid);
  return info;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already empty.
  }
}

export function describeExit({ code, signal }: ExitInfo): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= fn());
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
