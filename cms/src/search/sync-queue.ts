/**
 * The queue between Strapi's content events and Meilisearch. Changes are keyed by item and locale, so a
 * burst of events for one item costs one write; a short debounce batches a publish of many items into
 * one request per index. When Meilisearch is down the batch stays queued and is retried with backoff
 * (1 s doubling to 60 s) for as long as the CMS runs. Nothing is written to disk: if the CMS stops with
 * changes still queued, the full reindex that `npm start` runs on every start repairs the index.
 * The editor's action never waits for any of this.
 */

/** One item in one locale whose search document must be brought in line with the CMS. */
export interface SearchChange {
  uid: string;
  documentId: string;
  locale: string;
}

/** Applies a batch of changes; throws to have the whole batch retried later. */
export type ApplyChanges = (changes: SearchChange[]) => Promise<void>;

export interface SyncQueueOptions {
  apply: ApplyChanges;
  /** Wait this long after the first change before applying (batches bursts); default 150 ms. */
  debounceMs?: number;
  /** First retry delay after a failure; doubles up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  log?: { info(message: string): void; warn(message: string): void };
}

export class SearchSyncQueue {
  private readonly pending = new Map<string, SearchChange>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private failures = 0;
  private stopped = false;
  private readonly idleWaiters: Array<() => void> = [];

  constructor(private readonly options: SyncQueueOptions) {}

  /** Number of changes waiting (for tests and the log). */
  get size(): number {
    return this.pending.size;
  }

  /** Queues a change; returns at once. */
  enqueue(change: SearchChange): void {
    if (this.stopped) return;
    this.pending.set(`${change.uid}|${change.documentId}|${change.locale}`, change);
    // While backing off, the retry timer is already set and picks this change up too.
    if (this.failures === 0) this.schedule(this.options.debounceMs ?? 150);
  }

  /** Resolves when nothing is queued or being applied (tests, shutdown). */
  idle(): Promise<void> {
    if (this.pending.size === 0 && !this.running && !this.timer) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops retrying; queued changes are left for the next reindex. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.notifyIdle();
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.running || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.flush().finally(() => {
        this.running = undefined;
        if (this.pending.size > 0 && this.failures === 0) this.schedule(this.options.debounceMs ?? 150);
        else this.notifyIdle();
      });
    }, delayMs);
    // A pending retry must not keep a stopping CMS (or a test worker) alive.
    this.timer.unref?.();
  }

  private async flush(): Promise<void> {
    const batch = [...this.pending.values()];
    this.pending.clear();
    if (batch.length === 0) return;
    try {
      await this.options.apply(batch);
      if (this.failures > 0)
        this.options.log?.info(
          `Glasnik search: index is in step again (${batch.length} change(s) applied after ${this.failures} failed attempt(s)).`,
        );
      this.failures = 0;
    } catch (error) {
      // Newer events for the same item win: only put back what has not been queued again meanwhile.
      for (const change of batch) {
        const key = `${change.uid}|${change.documentId}|${change.locale}`;
        if (!this.pending.has(key)) this.pending.set(key, change);
      }
      this.failures++;
      const initial = this.options.initialBackoffMs ?? 1000;
      const delay = Math.min(initial * 2 ** (this.failures - 1), this.options.maxBackoffMs ?? 60_000);
      this.options.log?.warn(
        `Glasnik search: could not update the index (${error instanceof Error ? error.message : String(error)}); ${this.pending.size} change(s) kept, retrying in ${Math.round(delay / 1000)} s. Publishing is not affected; \`npm run search:reindex\` repairs the index at any time.`,
      );
      this.running = undefined;
      this.schedule(delay);
    }
  }

  private notifyIdle(): void {
    if (this.pending.size > 0 || this.running || this.timer) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
