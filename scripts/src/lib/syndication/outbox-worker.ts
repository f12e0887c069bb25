/**
 * Posts what the CMS's syndication outbox holds, once the page it links to is live. The outbox lives in
 * the CMS (api::syndication-post: one row per item, locale and channel, unique); this worker, in the
 * publisher process, asks for the rows that are due, claims each one (the claim moves its next attempt
 * ten minutes ahead, so a crash mid-post cannot post twice in a hurry), posts it, and reports back:
 * sent with the remote URL, failed with the channel's message (wrong credentials, refused), or pending
 * with the next attempt (429 → the time the channel asked for; other transient errors → backoff).
 * Nothing here ever blocks publishing: the site is already live when this runs.
 */
import { z } from 'zod';
import {
  PermanentChannelError,
  RetryableChannelError,
  type ChannelName,
  type SyndicationChannel,
} from './types.ts';

export const OUTBOX_SECRET_HEADER = 'x-glasnik-publisher-secret';
/** Give up on a post after this many attempts (about a day with the backoff below). */
export const MAX_ATTEMPTS = 8;

const dueSchema = z.object({
  data: z.array(
    z.object({
      id: z.number(),
      channel: z.string(),
      attempts: z.number(),
      post: z.object({
        locale: z.string(),
        title: z.string(),
        summary: z.string(),
        url: z.string(),
        imageUrl: z.string().nullable().optional(),
        imageAlt: z.string().nullable().optional(),
      }),
    }),
  ),
});

export type OutboxResult =
  | { state: 'sent'; remoteUrl: string | null }
  | { state: 'failed'; error: string }
  | { state: 'pending'; error: string; nextAttemptAt: string };

export interface OutboxWorkerOptions {
  cmsUrl: string;
  /** PUBLISH_WEBHOOK_SECRET: the CMS's outbox routes accept only callers that know it. */
  secret: string;
  channels: ReadonlyMap<ChannelName, SyndicationChannel>;
  /** True when the page at this absolute URL is in the live build (posting a link to a 404 is worse than waiting). */
  isLive: (url: string) => Promise<boolean>;
  log?: (line: string) => void;
  now?: () => number;
}

/** Wait before attempt n+1 after a transient failure: 30 s, 2 min, 8 min, … capped at 6 h. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 4 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/** Decides what to record after one attempt (`attempts` counts this one). */
export function outcomeOf(error: unknown, attempts: number, now: number): OutboxResult {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof PermanentChannelError) return { state: 'failed', error: message };
  if (attempts >= MAX_ATTEMPTS)
    return { state: 'failed', error: `gave up after ${attempts} attempts: ${message}` };
  const wait =
    error instanceof RetryableChannelError && error.retryAfterMs !== undefined
      ? error.retryAfterMs
      : backoffMs(attempts);
  return { state: 'pending', error: message, nextAttemptAt: new Date(now + wait).toISOString() };
}

export interface OutboxWorker {
  /** Posts everything due now; concurrent calls share one run. Resolves with how many were handled. */
  run(): Promise<number>;
}

/** @throws nothing from run(): a CMS that cannot be reached is logged and tried on the next run. */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const log = options.log ?? (() => {});
  const now = options.now ?? Date.now;
  const base = `${options.cmsUrl.replace(/\/+$/, '')}/api/glasnik/syndication`;
  const headers = { [OUTBOX_SECRET_HEADER]: options.secret, 'Content-Type': 'application/json' };
  let running: Promise<number> | undefined;

  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  }

  async function report(id: number, result: OutboxResult): Promise<void> {
    const response = await call('POST', `/${id}/result`, result);
    if (!response.ok)
      throw new Error(
        `the CMS refused the result of outbox row ${id}: HTTP ${response.status} ${await response.text()}`,
      );
  }

  async function runOnce(): Promise<number> {
    if (options.channels.size === 0) return 0;
    const response = await call('GET', '/due');
    if (!response.ok)
      throw new Error(
        `GET /api/glasnik/syndication/due answered HTTP ${response.status} (${(await response.text()).slice(0, 200)})`,
      );
    const due = dueSchema.parse(await response.json()).data;
    let handled = 0;
    for (const item of due) {
      const channel = options.channels.get(item.channel as ChannelName);
      if (!channel) {
        await report(item.id, {
          state: 'failed',
          error: `${item.channel} is not configured in the publisher (set its variables where the publisher runs, see README).`,
        });
        handled += 1;
        continue;
      }
      if (!(await options.isLive(item.post.url))) continue; // next run, after the build that brings the page
      const claim = await call('POST', `/${item.id}/claim`);
      if (claim.status === 409) continue; // sent, failed or claimed meanwhile
      if (!claim.ok) throw new Error(`claiming outbox row ${item.id} failed: HTTP ${claim.status}`);
      const attempts = item.attempts + 1;
      let result: OutboxResult;
      try {
        const receipt = await channel.post(item.post);
        result = { state: 'sent', remoteUrl: receipt.remoteUrl };
        log(
          `[syndication] ${item.channel}: posted ${item.post.url}${receipt.remoteUrl ? ` → ${receipt.remoteUrl}` : ''}`,
        );
      } catch (error) {
        result = outcomeOf(error, attempts, now());
        log(
          `[syndication] ${item.channel}: ${result.state === 'failed' ? 'failed' : `will retry at ${'nextAttemptAt' in result ? result.nextAttemptAt : ''}`} for ${item.post.url}: ${'error' in result ? result.error : ''}`,
        );
      }
      await report(item.id, result);
      handled += 1;
    }
    return handled;
  }

  return {
    run() {
      running ??= runOnce()
        .catch((error: unknown) => {
          log(
            `[syndication] outbox run failed, next run retries: ${error instanceof Error ? error.message : String(error)}`,
          );
          return 0;
        })
        .finally(() => {
          running = undefined;
        });
      return running;
    },
  };
}
