/**
 * A small Meilisearch HTTP client over a keep-alive `node:http` agent. Node's fetch adds ~40 ms to each
 * sequential request on keep-alive connections (PITFALLS); this one costs ~1–2 ms, which matters for the
 * sync inside Strapi, the reindex and the latency benchmark. Used by the CMS (CommonJS) and the scripts
 * (ESM via tsx), so it uses nothing but `node:http`, `node:https` and zod.
 */
import http from 'node:http';
import https from 'node:https';
import { z } from 'zod';

/** The JSON of an answer body, or undefined when it is empty or not JSON (e.g. a proxy's HTML error page). */
function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An error answer of Meilisearch, or a transport failure (`code` = `unreachable` / `timeout`). */
export class MeiliHttpError extends Error {
  override name = 'MeiliHttpError';
  constructor(
    message: string,
    /** HTTP status, or 0 when Meilisearch could not be reached. */
    readonly status: number,
    /** Meilisearch error code, e.g. `index_not_found`, `invalid_api_key`; `unreachable` / `timeout` for transport errors. */
    readonly code: string,
  ) {
    super(message);
  }

  /** True when the request never got an answer (server down, wrong port, timeout): worth retrying later. */
  get isUnreachable(): boolean {
    return this.status === 0;
  }
}

export interface MeiliClientOptions {
  /** Base URL, e.g. `http://127.0.0.1:7700`. */
  url: string;
  /** Master key, admin key or search key; sent as a bearer token. */
  apiKey?: string | undefined;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
}

const taskRefSchema = z.object({ taskUid: z.number().int() });
export type TaskRef = z.infer<typeof taskRefSchema>;

const taskSchema = z.object({
  uid: z.number().int(),
  status: z.enum(['enqueued', 'processing', 'succeeded', 'failed', 'canceled']),
  type: z.string(),
  indexUid: z.string().nullish(),
  error: z.object({ message: z.string(), code: z.string() }).nullish(),
});
export type Task = z.infer<typeof taskSchema>;

const keySchema = z.object({
  uid: z.string(),
  key: z.string(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  actions: z.array(z.string()),
  indexes: z.array(z.string()),
  expiresAt: z.string().nullish(),
});
export type MeiliKey = z.infer<typeof keySchema>;

const searchResponseSchema = z
  .object({
    hits: z.array(z.record(z.string(), z.unknown())),
    query: z.string(),
    processingTimeMs: z.number(),
    estimatedTotalHits: z.number().optional(),
    totalHits: z.number().optional(),
    totalPages: z.number().optional(),
    page: z.number().optional(),
    hitsPerPage: z.number().optional(),
    facetDistribution: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  })
  .loose();
export type SearchResponse = z.infer<typeof searchResponseSchema>;

const statsSchema = z.object({ numberOfDocuments: z.number().int(), isIndexing: z.boolean() }).loose();

/**
 * One client per Meilisearch server and key. Requests share a keep-alive agent; call {@link close} when
 * done so the process can exit.
 */
export class MeiliClient {
  readonly url: URL;
  private readonly apiKey: string | undefined;
  private readonly timeoutMs: number;
  private readonly agent: http.Agent;
  private readonly transport: typeof http | typeof https;

  /** @throws {TypeError} when `url` is not an http(s) URL. */
  constructor(options: MeiliClientOptions) {
    this.url = new URL(options.url);
    if (this.url.protocol !== 'http:' && this.url.protocol !== 'https:') {
      throw new TypeError(`Meilisearch URL "${options.url}" must start with http:// or https://.`);
    }
    this.apiKey = options.apiKey || undefined;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.transport = this.url.protocol === 'https:' ? https : http;
    this.agent = new this.transport.Agent({ keepAlive: true, maxSockets: 8 });
  }

  /**
   * Sends one request and returns the parsed JSON answer (undefined for 204).
   * @throws {MeiliHttpError} for an error answer (with Meilisearch's code) or when the server cannot be reached.
   */
  request(method: string, path: string, body?: unknown): Promise<unknown> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const target = new URL(
      path.replace(/^\//, ''),
      this.url.href.endsWith('/') ? this.url.href : `${this.url.href}/`,
    );
    return new Promise((resolve, reject) => {
      const req = this.transport.request(
        target,
        {
          method,
          agent: this.agent,
          headers: {
            ...(this.apiKey ? { authorization: `Bearer ${this.apiKey}` } : {}),
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          },
          timeout: this.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) =>
            reject(
              new MeiliHttpError(`Meilisearch at ${this.url.origin}: ${error.message}`, 0, 'unreachable'),
            ),
          );
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const json = parseJson(text);
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) return resolve(json);
            const info = z.object({ message: z.string(), code: z.string() }).safeParse(json);
            reject(
              new MeiliHttpError(
                `Meilisearch ${method} ${target.pathname} answered ${status}: ${info.success ? info.data.message : text.slice(0, 200)}`,
                status,
                info.success ? info.data.code : `http_${status}`,
              ),
            );
          });
        },
      );
      req.on('timeout', () =>
        req.destroy(
          new MeiliHttpError(
            `Meilisearch at ${this.url.origin} did not answer ${method} ${target.pathname} within ${this.timeoutMs} ms.`,
            0,
            'timeout',
          ),
        ),
      );
      req.on('error', (error) =>
        reject(
          error instanceof MeiliHttpError
            ? error
            : new MeiliHttpError(
                `Meilisearch at ${this.url.origin} cannot be reached (${error.message}); is it running and is MEILI_URL right?`,
                0,
                'unreachable',
              ),
        ),
      );
      req.end(payload);
    });
  }

  /** True when `/health` answers "available"; never throws. */
  async isHealthy(): Promise<boolean> {
    try {
      const answer = await this.request('GET', '/health');
      return z.object({ status: z.literal('available') }).safeParse(answer).success;
    } catch {
      return false;
    }
  }

  /** @throws {MeiliHttpError} */
  async search(index: string, params: Record<string, unknown>): Promise<SearchResponse> {
    return searchResponseSchema.parse(
      await this.request('POST', `/indexes/${encodeURIComponent(index)}/search`, params),
    );
  }

  /** Adds or replaces documents (by primary key `id`). @throws {MeiliHttpError} */
  async addDocuments(index: string, documents: readonly object[]): Promise<TaskRef> {
    return taskRefSchema.parse(
      await this.request('POST', `/indexes/${encodeURIComponent(index)}/documents?primaryKey=id`, documents),
    );
  }

  /** @throws {MeiliHttpError} */
  async deleteDocuments(index: string, ids: readonly string[]): Promise<TaskRef> {
    return taskRefSchema.parse(
      await this.request('POST', `/indexes/${encodeURIComponent(index)}/documents/delete-batch`, ids),
    );
  }

  /** @throws {MeiliHttpError} */
  async createIndex(uid: string, primaryKey = 'id'): Promise<TaskRef> {
    return taskRefSchema.parse(await this.request('POST', '/indexes', { uid, primaryKey }));
  }

  /** @throws {MeiliHttpError} */
  async deleteIndex(uid: string): Promise<TaskRef> {
    return taskRefSchema.parse(await this.request('DELETE', `/indexes/${encodeURIComponent(uid)}`));
  }

  /** Whether an index exists. @throws {MeiliHttpError} for anything but "not found". */
  async hasIndex(uid: string): Promise<boolean> {
    try {
      await this.request('GET', `/indexes/${encodeURIComponent(uid)}`);
      return true;
    } catch (error) {
      if (error instanceof MeiliHttpError && error.code === 'index_not_found') return false;
      throw error;
    }
  }

  /** @throws {MeiliHttpError} */
  async updateSettings(index: string, settings: object): Promise<TaskRef> {
    return taskRefSchema.parse(
      await this.request('PATCH', `/indexes/${encodeURIComponent(index)}/settings`, settings),
    );
  }

  /** @throws {MeiliHttpError} */
  async stats(index: string): Promise<{ numberOfDocuments: number; isIndexing: boolean }> {
    return statsSchema.parse(await this.request('GET', `/indexes/${encodeURIComponent(index)}/stats`));
  }

  /** Swaps the contents of each pair of indexes in one atomic task. @throws {MeiliHttpError} */
  async swapIndexes(pairs: ReadonlyArray<readonly [string, string]>): Promise<TaskRef> {
    return taskRefSchema.parse(
      await this.request(
        'POST',
        '/swap-indexes',
        pairs.map((indexes) => ({ indexes })),
      ),
    );
  }

  /** @throws {MeiliHttpError} */
  async getTask(uid: number): Promise<Task> {
    return taskSchema.parse(await this.request('GET', `/tasks/${uid}`));
  }

  /**
   * Waits until a task has finished.
   * @throws {MeiliHttpError} when the task failed (with Meilisearch's reason) or did not finish within `timeoutMs`.
   */
  async waitForTask(ref: TaskRef | number, timeoutMs = 60_000): Promise<Task> {
    const uid = typeof ref === 'number' ? ref : ref.taskUid;
    const deadline = Date.now() + timeoutMs;
    let pause = 5;
    for (;;) {
      const task = await this.getTask(uid);
      if (task.status === 'succeeded') return task;
      if (task.status === 'failed' || task.status === 'canceled') {
        throw new MeiliHttpError(
          `Meilisearch task ${uid} (${task.type} on ${task.indexUid ?? 'no index'}) ${task.status}: ${task.error?.message ?? 'no reason given'}`,
          422,
          task.error?.code ?? `task_${task.status}`,
        );
      }
      if (Date.now() > deadline)
        throw new MeiliHttpError(
          `Meilisearch task ${uid} (${task.type}) still ${task.status} after ${timeoutMs} ms.`,
          0,
          'timeout',
        );
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 200);
    }
  }

  /** @throws {MeiliHttpError} */
  async listKeys(): Promise<MeiliKey[]> {
    const answer = z
      .object({ results: z.array(keySchema) })
      .parse(await this.request('GET', '/keys?limit=1000'));
    return answer.results;
  }

  /** @throws {MeiliHttpError} */
  async createKey(key: {
    name: string;
    description: string;
    actions: string[];
    indexes: string[];
    expiresAt: null;
  }): Promise<MeiliKey> {
    return keySchema.parse(await this.request('POST', '/keys', key));
  }

  /** Closes idle keep-alive sockets so the process can exit. */
  close(): void {
    this.agent.destroy();
  }
}
