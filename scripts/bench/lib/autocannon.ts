/**
 * autocannon, loaded on demand with the few result fields the load benchmark reads. Loaded through
 * require() so the benchmark can say plainly what to install when it is missing, instead of failing at
 * import time with a module-resolution trace.
 */
import { createRequire } from 'node:module';

interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
  total?: number;
}

export interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: Histogram & { total: number };
  latency: Histogram;
  throughput: Histogram;
  statusCodeStats: Record<string, { count: number }>;
}

export interface AutocannonOptions {
  url: string;
  connections: number;
  /** Seconds to run; or give `amount` (a number of requests) instead. */
  duration?: number;
  amount?: number;
  headers?: Record<string, string>;
  /** Seconds a request may take before it counts as a timeout (an error). */
  timeout?: number;
}

type Autocannon = (options: AutocannonOptions) => Promise<AutocannonResult>;

/**
 * Returns autocannon's promise API.
 * @throws {Error} saying how to install autocannon when it cannot be resolved.
 */
export function loadAutocannon(): Autocannon {
  try {
    return createRequire(import.meta.url)('autocannon') as Autocannon;
  } catch (error) {
    throw new Error(
      'The load benchmark needs the npm package "autocannon", which is not installed: add it with `npm install --save-dev autocannon -w @glasnik/scripts` (or make it resolvable via NODE_PATH).',
      { cause: error },
    );
  }
}
