/**
 * A throw-away Meilisearch for search tests: the npm binary (or MEILI_BIN) on a free port with a fresh
 * data folder and master key, removed again by `dispose()`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MeiliClient } from '../../../cms/src/search/meili-http.ts';
import { locateMeilisearch, startMeilisearch } from '../../src/lib/meilisearch.ts';
import { freePort } from '../../src/lib/ports.ts';

export interface TestMeili {
  url: string;
  masterKey: string;
  /** Client with the master key. */
  admin: MeiliClient;
  /** Stops the server (the data folder stays until dispose). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startTestMeili(): Promise<TestMeili> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'glasnik-meili-'));
  const port = await freePort();
  const masterKey = randomBytes(24).toString('hex');
  const binary = locateMeilisearch(process.env.MEILI_BIN);
  const start = () => startMeilisearch({ binary, port, masterKey, dataDir, log: () => {} });
  let server: Awaited<ReturnType<typeof start>> | undefined = await start();
  const admin = new MeiliClient({ url: server.url, apiKey: masterKey });
  const url = server.url;
  return {
    url,
    masterKey,
    admin,
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async restart() {
      server ??= await start();
    },
    async dispose() {
      admin.close();
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
