/**
 * The CMS's search sync queue on its own: bursts become one batch, a failing Meilisearch keeps the
 * changes and retries with growing pauses, and enqueueing never waits for Meilisearch.
 */
import { describe, expect, it } from 'vitest';
import { SearchSyncQueue, type SearchChange } from '../../../cms/src/search/sync-queue.ts';

const change = (documentId: string, locale = 'bg'): SearchChange => ({
  uid: 'api::news-article.news-article',
  documentId,
  locale,
});

describe('search sync queue', () => {
  it('applies a burst of events as one batch, one change per item and locale', async () => {
    const batches: SearchChange[][] = [];
    const queue = new SearchSyncQueue({
      apply: async (changes) => void batches.push(changes),
      debounceMs: 20,
    });
    queue.enqueue(change('a'));
    queue.enqueue(change('a'));
    queue.enqueue(change('a', 'en'));
    queue.enqueue(change('b'));
    await queue.idle();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((c) => `${c.documentId}-${c.locale}`).sort()).toEqual(['a-bg', 'a-en', 'b-bg']);
  });

  it('keeps changes while Meilisearch fails and applies them once it is back, with growing pauses', async () => {
    const attempts: number[] = [];
    let down = 3;
    const applied: string[] = [];
    const warnings: string[] = [];
    const queue = new SearchSyncQueue({
      apply: async (changes) => {
        attempts.push(Date.now());
        if (down-- > 0) throw new Error('connect ECONNREFUSED');
        applied.push(...changes.map((c) => c.documentId));
      },
      debounceMs: 5,
      initialBackoffMs: 30,
      log: { info: () => {}, warn: (message) => void warnings.push(message) },
    });
    const started = performance.now();
    queue.enqueue(change('a'));
    expect(performance.now() - started).toBeLessThan(5); // the editor's action does not wait
    await new Promise((resolve) => setTimeout(resolve, 40));
    queue.enqueue(change('b')); // arrives while backing off: joins the retry
    await queue.idle();
    expect(applied.sort()).toEqual(['a', 'b']);
    expect(attempts).toHaveLength(4);
    const pauses = attempts.slice(1).map((at, i) => at - attempts[i]!);
    expect(pauses[1]!).toBeGreaterThanOrEqual(pauses[0]! * 1.5);
    expect(warnings[0]).toMatch(/Publishing is not affected/);
  });

  it('stop() drops what is queued and stops retrying', async () => {
    let calls = 0;
    const queue = new SearchSyncQueue({ apply: async () => void calls++, debounceMs: 50 });
    queue.enqueue(change('a'));
    queue.stop();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(calls).toBe(0);
    expect(queue.size).toBe(0);
  });
});
