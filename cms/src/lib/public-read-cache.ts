/**
 * Answers repeated public reads from memory until content changes. Every public read costs Strapi
 * 50-100 ms of CPU (the Document Service validates the populate tree on each call), so on two cores a
 * few dozen readers at once made the API time out; the same page of news asked again is now served
 * from memory. Any change of content or media (an eventHub `entry.*` / `media.*` event: publish,
 * unpublish, update, delete, embargo release) empties the cache at once. Entries also expire after
 * a minute, which bounds staleness for what no event announces: another CMS instance's change, or a
 * published item whose embargo time passes.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';

const MAX_ENTRIES = 1_000;
const TTL_MS = 60_000;

interface Entry {
  body: unknown;
  type: string;
  expires: number;
}

interface CacheContext {
  method: string;
  url: string;
  status: number;
  body: unknown;
  type: string;
  get(field: string): string;
  set(field: string, value: string): void;
}

const entries = new Map<string, Entry>();
/** Bumped on every content change, so a read that started before a change is not stored after it. */
let generation = 0;

/** Empties the cache (any content change). */
export function invalidatePublicReads(): void {
  generation += 1;
  entries.clear();
}

/** Subscribes the cache to Strapi's content events; call once at bootstrap. */
export function invalidatePublicReadsOnChange(strapi: Core.Strapi): void {
  strapi.eventHub.subscribe(async (event: string) => {
    if (event.startsWith('entry.') || event.startsWith('media.')) invalidatePublicReads();
  });
}

/** Route middleware in front of the public read path (after Strapi's authentication and permissions). */
export async function publicReadCache(ctx: CacheContext, next: () => Promise<unknown>): Promise<void> {
  if (ctx.method !== 'GET') {
    await next();
    return;
  }
  // The caller's credentials are part of the key: the answer depends on who asks.
  const who = createHash('sha256').update(ctx.get('authorization')).digest('base64url');
  const key = `${who} ${ctx.url}`;
  const hit = entries.get(key);
  if (hit && hit.expires > Date.now()) {
    ctx.status = 200;
    ctx.type = hit.type;
    ctx.body = hit.body;
    ctx.set('X-Glasnik-Cache', 'hit');
    return;
  }
  const startedAt = generation;
  await next();
  if (ctx.status !== 200 || startedAt !== generation) return;
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  entries.set(key, { body: ctx.body, type: ctx.type, expires: Date.now() + TTL_MS });
}
