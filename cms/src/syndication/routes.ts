/**
 * HTTP routes of publishing:
 * - for the publisher process (content API, guarded by PUBLISH_WEBHOOK_SECRET in a header, not by a
 *   user): GET /api/glasnik/syndication/due, POST /api/glasnik/syndication/:id/claim,
 *   POST /api/glasnik/syndication/:id/result;
 * - for editors (admin JWT): GET /glasnik/syndication?uid=…&documentId=… (the outbox rows of an entry)
 *   and GET /glasnik/publisher-status (the publisher's /status, proxied so the admin needs no new origin).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { newsUrl, pressReleaseUrl } from '../../contract/urls';
import { EMBARGOED_TYPES, NEWS_ARTICLE, isOneOf } from '../lib/content-types';
import { SYNDICATION_OUTBOX } from './channels';

const SECRET_HEADER = 'x-glasnik-publisher-secret';
/** A claim holds a row this long; a publisher that died mid-post retries after it. */
const CLAIM_MS = 10 * 60_000;

interface Ctx {
  params: Record<string, string>;
  query: unknown;
  request: { headers: Record<string, string | string[] | undefined>; body?: unknown };
  state: { userAbility?: { can: (action: string, subject: string) => boolean } };
  status: number;
  body: unknown;
}

interface OutboxRow {
  id: number;
  targetUid: string;
  targetDocumentId: string;
  targetLocale: string;
  channel: string;
  state: 'pending' | 'sent' | 'failed';
  attempts: number | null;
  nextAttemptAt: string | null;
}

interface MediaRef {
  url?: string;
  alternativeText?: string | null;
}

const resultSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('sent'), remoteUrl: z.string().max(2000).nullable() }),
  z.object({ state: z.literal('failed'), error: z.string().max(4000) }),
  z.object({ state: z.literal('pending'), error: z.string().max(4000), nextAttemptAt: z.iso.datetime() }),
]);
const entryQuerySchema = z.object({
  uid: z.string().refine((uid) => isOneOf(EMBARGOED_TYPES, uid), {
    message: 'must be a news article or press release type',
  }),
  documentId: z.string().min(1).max(64),
});

function fail(ctx: Ctx, status: number, message: string): void {
  ctx.status = status;
  ctx.body = { error: { status, message } };
}

function publisherAllowed(ctx: Ctx): boolean {
  const expected = process.env.PUBLISH_WEBHOOK_SECRET;
  const given = ctx.request.headers[SECRET_HEADER];
  if (!expected || typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function siteUrl(): string {
  return (process.env.PUBLIC_SITE_URL || `http://127.0.0.1:${process.env.SITE_PORT || 4321}`).replace(
    /\/+$/,
    '',
  );
}

function cmsUrl(): string {
  return (
    process.env.CMS_PUBLIC_URL ||
    `http://${process.env.HOST || '127.0.0.1'}:${process.env.CMS_PORT || process.env.PORT || 1337}`
  ).replace(/\/+$/, '');
}

/** The localized post of an outbox row, or null when the item is no longer published. */
async function composePost(strapi: Core.Strapi, row: OutboxRow) {
  const isNews = row.targetUid === NEWS_ARTICLE;
  const entry = (await strapi.documents(row.targetUid as never).findOne({
    documentId: row.targetDocumentId,
    locale: row.targetLocale,
    status: 'published',
    populate: isNews
      ? { cover: true, seo: { populate: { shareImage: true } } }
      : { seo: { populate: { shareImage: true } } },
  } as never)) as {
    title?: string;
    summary?: string;
    slug?: string;
    cover?: MediaRef | null;
    seo?: { shareImage?: MediaRef | null } | null;
  } | null;
  if (!entry?.title || !entry.slug) return null;
  const locale = row.targetLocale === 'en' ? 'en' : 'bg';
  const path = isNews ? newsUrl(locale, entry.slug) : pressReleaseUrl(locale, entry.slug);
  const image = (isNews ? entry.cover : null) ?? entry.seo?.shareImage ?? null;
  return {
    locale,
    title: entry.title,
    summary: entry.summary ?? '',
    url: `${siteUrl()}${path}`,
    imageUrl: image?.url ? new URL(image.url, `${cmsUrl()}/`).href : null,
    imageAlt: image?.alternativeText ?? null,
  };
}

async function listDue(strapi: Core.Strapi, ctx: Ctx): Promise<void> {
  if (!publisherAllowed(ctx)) return fail(ctx, 401, `missing or wrong ${SECRET_HEADER} header`);
  const now = new Date().toISOString();
  const rows = (await strapi.db.query(SYNDICATION_OUTBOX).findMany({
    where: { state: 'pending', $or: [{ nextAttemptAt: { $null: true } }, { nextAttemptAt: { $lte: now } }] },
    orderBy: { id: 'asc' },
    limit: 50,
  })) as OutboxRow[];
  const data = [];
  for (const row of rows) {
    const post = await composePost(strapi, row);
    if (!post) {
      await strapi.db.query(SYNDICATION_OUTBOX).update({
        where: { id: row.id },
        data: { state: 'failed', error: 'Not posted: the item was unpublished before it went out.' },
      });
      continue;
    }
    data.push({ id: row.id, channel: row.channel, attempts: row.attempts ?? 0, post });
  }
  ctx.body = { data };
}

async function claim(strapi: Core.Strapi, ctx: Ctx): Promise<void> {
  if (!publisherAllowed(ctx)) return fail(ctx, 401, `missing or wrong ${SECRET_HEADER} header`);
  const id = Number(ctx.params.id);
  const row = (await strapi.db.query(SYNDICATION_OUTBOX).findOne({ where: { id } })) as OutboxRow | null;
  if (!row) return fail(ctx, 404, `outbox row ${ctx.params.id} does not exist`);
  const due = row.state === 'pending' && (!row.nextAttemptAt || Date.parse(row.nextAttemptAt) <= Date.now());
  if (!due)
    return fail(
      ctx,
      409,
      `outbox row ${id} is ${row.state === 'pending' ? 'claimed or waiting' : row.state}`,
    );
  await strapi.db.query(SYNDICATION_OUTBOX).update({
    where: { id },
    data: {
      attempts: (row.attempts ?? 0) + 1,
      nextAttemptAt: new Date(Date.now() + CLAIM_MS).toISOString(),
    },
  });
  ctx.body = { data: { id, attempts: (row.attempts ?? 0) + 1 } };
}

async function recordResult(strapi: Core.Strapi, ctx: Ctx): Promise<void> {
  if (!publisherAllowed(ctx)) return fail(ctx, 401, `missing or wrong ${SECRET_HEADER} header`);
  const parsed = resultSchema.safeParse(ctx.request.body);
  if (!parsed.success)
    return fail(
      ctx,
      400,
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  const id = Number(ctx.params.id);
  const row = (await strapi.db.query(SYNDICATION_OUTBOX).findOne({ where: { id } })) as OutboxRow | null;
  if (!row) return fail(ctx, 404, `outbox row ${ctx.params.id} does not exist`);
  if (row.state === 'sent') return fail(ctx, 409, `outbox row ${id} is already sent`);
  const result = parsed.data;
  const data =
    result.state === 'sent'
      ? { state: 'sent', remoteUrl: result.remoteUrl, error: null, nextAttemptAt: null }
      : result.state === 'failed'
        ? { state: 'failed', error: result.error, nextAttemptAt: null }
        : { state: 'pending', error: result.error, nextAttemptAt: result.nextAttemptAt };
  await strapi.db.query(SYNDICATION_OUTBOX).update({ where: { id }, data });
  ctx.body = { data: { id, state: result.state } };
}

async function entryStatus(strapi: Core.Strapi, ctx: Ctx): Promise<void> {
  const parsed = entryQuerySchema.safeParse(ctx.query);
  if (!parsed.success)
    return fail(
      ctx,
      400,
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', parsed.data.uid))
    return fail(ctx, 403, 'You may not read this content type.');
  const rows = await strapi.db.query(SYNDICATION_OUTBOX).findMany({
    where: { targetUid: parsed.data.uid, targetDocumentId: parsed.data.documentId },
    select: [
      'targetLocale',
      'channel',
      'state',
      'remoteUrl',
      'error',
      'attempts',
      'nextAttemptAt',
      'updatedAt',
    ],
    orderBy: [{ targetLocale: 'asc' }, { channel: 'asc' }],
  });
  ctx.body = { data: rows };
}

async function publisherStatus(ctx: Ctx): Promise<void> {
  const base = (
    process.env.PUBLISHER_URL || `http://127.0.0.1:${process.env.PUBLISHER_PORT || 4322}/hooks/cms`
  ).replace(/\/hooks\/cms\/?$/, '');
  try {
    const response = await fetch(`${base}/status`, { signal: AbortSignal.timeout(3000) });
    ctx.body = { data: { reachable: true, ...((await response.json()) as Record<string, unknown>) } };
  } catch (error) {
    ctx.body = {
      data: {
        reachable: false,
        error: `The publisher at ${base} does not answer (${error instanceof Error ? error.message : String(error)}): publishes are not reaching the public site.`,
      },
    };
  }
}

/** Registers the publishing routes (call from register()). */
export function registerPublishingRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'content-api',
    prefix: '/glasnik/syndication',
    routes: [
      { method: 'GET', path: '/due', handler: (ctx: Ctx) => listDue(strapi, ctx), config: { auth: false } },
      {
        method: 'POST',
        path: '/:id/claim',
        handler: (ctx: Ctx) => claim(strapi, ctx),
        config: { auth: false },
      },
      {
        method: 'POST',
        path: '/:id/result',
        handler: (ctx: Ctx) => recordResult(strapi, ctx),
        config: { auth: false },
      },
    ],
  } as never);
  strapi.server.routes({
    type: 'admin',
    prefix: '/glasnik',
    routes: [
      {
        method: 'GET',
        path: '/syndication',
        handler: (ctx: Ctx) => entryStatus(strapi, ctx),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'GET',
        path: '/publisher-status',
        handler: (ctx: Ctx) => publisherStatus(ctx),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as never);
}
