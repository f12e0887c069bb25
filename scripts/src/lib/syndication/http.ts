/**
 * The one HTTP helper the channel adapters share: a timeout on every call, network failures and 5xx
 * counted as retryable, 429 turned into a retry at the time the server asked for (Retry-After in
 * seconds or as a date, or the reset headers Mastodon and Bluesky send instead).
 */
import { PermanentChannelError, RetryableChannelError } from './types.ts';

export interface ChannelResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or the raw text when it is not JSON. */
  body: unknown;
}

const TIMEOUT_MS = 20_000;

/**
 * Sends a request and returns the answer for any status below 500 except 429.
 * @throws {RetryableChannelError} on network errors, timeouts, 5xx and 429 (with `retryAfterMs` when known).
 */
export async function channelFetch(
  channel: string,
  url: string,
  init: RequestInit,
): Promise<ChannelResponse> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new RetryableChannelError(
      `${channel}: could not reach ${new URL(url).origin} (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (an HTML error page from a proxy, say): keep the text for the message.
  }
  if (response.status === 429) {
    // Telegram puts the wait in the body (parameters.retry_after, seconds) rather than a header.
    const bodyWait = (body as { parameters?: { retry_after?: unknown } } | null)?.parameters?.retry_after;
    const retryAfterMs =
      retryAfterFrom(response.headers) ?? (typeof bodyWait === 'number' ? bodyWait * 1000 : undefined);
    throw new RetryableChannelError(
      `${channel}: rate limited (HTTP 429)${retryAfterMs === undefined ? '' : `, retry in ${Math.ceil(retryAfterMs / 1000)} s`}.`,
      retryAfterMs,
    );
  }
  if (response.status >= 500) {
    throw new RetryableChannelError(
      `${channel}: the server answered HTTP ${response.status} (${describeBody(body)}).`,
    );
  }
  return { status: response.status, headers: response.headers, body };
}

/** Milliseconds to wait according to Retry-After, X-RateLimit-Reset (ISO date) or RateLimit-Reset (epoch s). */
export function retryAfterFrom(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const reset = headers.get('x-ratelimit-reset') ?? headers.get('ratelimit-reset');
  if (reset) {
    if (/^\d+$/.test(reset.trim())) {
      const value = Number(reset);
      // Epoch seconds (Bluesky) versus seconds-from-now (the IETF draft): epoch values are huge.
      return value > 1_000_000_000 ? Math.max(0, value * 1000 - now) : value * 1000;
    }
    const at = Date.parse(reset);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  return undefined;
}

/** Short, single-line description of an error body for messages editors will read. */
export function describeBody(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return (text ?? '').replace(/\s+/g, ' ').slice(0, 300);
}

/** A 4xx that is not a rate limit: the request or the credentials are wrong, retrying will not help. */
export function permanent(channel: string, response: ChannelResponse, what: string): PermanentChannelError {
  return new PermanentChannelError(
    `${channel}: ${what} (HTTP ${response.status}: ${describeBody(response.body)}).`,
  );
}

/** Downloads the post's image for channels that upload it; a missing image is not worth failing a post. */
export async function fetchImage(url: string): Promise<{ bytes: Uint8Array; mime: string } | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) return null;
    const mime = response.headers.get('content-type')?.split(';')[0]?.trim() ?? 'application/octet-stream';
    if (!mime.startsWith('image/')) return null;
    return { bytes: new Uint8Array(await response.arrayBuffer()), mime };
  } catch {
    return null;
  }
}

/** Cuts text at a word boundary so it fits `max` characters, adding an ellipsis when cut. */
export function fit(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const atSpace = cut.replace(/\s+\S*$/, '');
  return `${(atSpace.length > max / 2 ? atSpace : cut).trimEnd()}…`;
}
