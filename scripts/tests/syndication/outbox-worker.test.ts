/**
 * The outbox worker between a stand-in CMS outbox (the routes of cms/src/syndication/routes.ts) and a
 * stand-in Mastodon: it posts only live pages, claims before posting, records sent/failed/pending with
 * the wait the channel asked for, and a wrong credential fails that channel without touching others.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mastodonChannel } from '../../src/lib/syndication/mastodon.ts';
import { telegramChannel } from '../../src/lib/syndication/telegram.ts';
import {
  backoffMs,
  createOutboxWorker,
  MAX_ATTEMPTS,
  OUTBOX_SECRET_HEADER,
  outcomeOf,
} from '../../src/lib/syndication/outbox-worker.ts';
import { PermanentChannelError, RetryableChannelError } from '../../src/lib/syndication/types.ts';
import { startFakeApi, type FakeApi } from './fake-api.ts';

let cms: FakeApi;
let social: FakeApi;
const SECRET = 'publisher-secret-0123456789';
const post = (slug: string) => ({
  locale: 'en',
  title: `Title ${slug}`,
  summary: 'Summary.',
  url: `https://site.example/en/news/${slug}/`,
  imageUrl: null,
});

beforeAll(async () => {
  cms = await startFakeApi();
  social = await startFakeApi();
});
afterAll(async () => {
  await cms.close();
  await social.close();
});
beforeEach(() => {
  cms.requests.length = 0;
  social.requests.length = 0;
});

function fakeCms(
  due: Array<{ id: number; channel: string; attempts: number; post: ReturnType<typeof post> }>,
  claimed = new Set<number>(),
) {
  cms.handler = (request) => {
    if (request.headers[OUTBOX_SECRET_HEADER] !== SECRET) return { status: 401, body: { error: 'secret' } };
    if (request.path === '/api/glasnik/syndication/due')
      return { status: 200, body: { data: due.filter((item) => !claimed.has(item.id)) } };
    const claim = /^\/api\/glasnik\/syndication\/(\d+)\/claim$/.exec(request.path);
    if (claim) {
      const id = Number(claim[1]);
      if (claimed.has(id)) return { status: 409, body: { error: 'claimed' } };
      claimed.add(id);
      return { status: 200, body: { data: { id } } };
    }
    if (/\/result$/.test(request.path)) return { status: 200, body: { data: {} } };
    return { status: 404 };
  };
}

const results = () =>
  cms.requests
    .filter((request) => request.path.endsWith('/result'))
    .map((request) => ({ path: request.path, body: request.json() as Record<string, unknown> }));

describe('outbox worker', () => {
  it('posts live items, skips pages not live yet, and records the remote URL', async () => {
    fakeCms([
      { id: 1, channel: 'mastodon', attempts: 0, post: post('live') },
      { id: 2, channel: 'mastodon', attempts: 0, post: post('not-yet') },
    ]);
    social.handler = () => ({ status: 200, body: { id: '9', url: 'https://social.example/@d/9' } });
    const worker = createOutboxWorker({
      cmsUrl: cms.url,
      secret: SECRET,
      channels: new Map([['mastodon', mastodonChannel({ instanceUrl: social.url, accessToken: 'tok' })]]),
      isLive: async (url) => url.includes('/live/'),
    });
    expect(await worker.run()).toBe(1);
    expect(social.requests).toHaveLength(1);
    expect(results()).toEqual([
      {
        path: '/api/glasnik/syndication/1/result',
        body: { state: 'sent', remoteUrl: 'https://social.example/@d/9' },
      },
    ]);
    // Claimed before posting: item 2 was never claimed (not live), item 1 was.
    expect(
      cms.requests.filter((request) => request.path.endsWith('/claim')).map((request) => request.path),
    ).toEqual(['/api/glasnik/syndication/1/claim']);
  });

  it('a claimed row (another run, or a crash mid-post) is not posted again', async () => {
    fakeCms([{ id: 3, channel: 'mastodon', attempts: 1, post: post('live') }], new Set());
    let posts = 0;
    social.handler = () => {
      posts += 1;
      return { status: 200, body: { id: '10', url: null } };
    };
    const worker = createOutboxWorker({
      cmsUrl: cms.url,
      secret: SECRET,
      channels: new Map([['mastodon', mastodonChannel({ instanceUrl: social.url, accessToken: 'tok' })]]),
      isLive: async () => true,
    });
    await Promise.all([worker.run(), worker.run()]);
    // A fresh worker (as after a restart) finds the row claimed and leaves it alone.
    await createOutboxWorker({
      cmsUrl: cms.url,
      secret: SECRET,
      channels: new Map([['mastodon', mastodonChannel({ instanceUrl: social.url, accessToken: 'tok' })]]),
      isLive: async () => true,
    }).run();
    expect(posts).toBe(1);
  });

  it('429 → pending until Retry-After; wrong credentials → failed with the message; other channels unaffected', async () => {
    fakeCms([
      { id: 4, channel: 'mastodon', attempts: 0, post: post('live') },
      { id: 5, channel: 'telegram', attempts: 0, post: post('live') },
    ]);
    social.handler = (request) =>
      request.path.startsWith('/api/v1/statuses')
        ? { status: 429, body: { error: 'Too many requests' }, headers: { 'retry-after': '45' } }
        : { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } };
    const now = Date.parse('2026-05-04T10:00:00Z');
    const worker = createOutboxWorker({
      cmsUrl: cms.url,
      secret: SECRET,
      now: () => now,
      channels: new Map([
        ['mastodon', mastodonChannel({ instanceUrl: social.url, accessToken: 'tok' })],
        ['telegram', telegramChannel({ apiUrl: social.url, botToken: 'bad', chatId: '@d' })],
      ]),
      isLive: async () => true,
    });
    expect(await worker.run()).toBe(2);
    const [mastodon, telegram] = results();
    expect(mastodon!.body).toEqual({
      state: 'pending',
      error: expect.stringContaining('429'),
      nextAttemptAt: '2026-05-04T10:00:45.000Z',
    });
    expect(telegram!.body).toEqual({ state: 'failed', error: expect.stringContaining('Unauthorized') });
  });

  it('a channel the CMS queued but the publisher lacks is marked failed, saying so', async () => {
    fakeCms([{ id: 6, channel: 'facebook', attempts: 0, post: post('live') }]);
    const worker = createOutboxWorker({
      cmsUrl: cms.url,
      secret: SECRET,
      channels: new Map([['mastodon', mastodonChannel({ instanceUrl: social.url, accessToken: 'tok' })]]),
      isLive: async () => true,
    });
    await worker.run();
    expect(results()[0]!.body).toEqual({
      state: 'failed',
      error: expect.stringContaining('facebook is not configured in the publisher'),
    });
  });

  it('backs off exponentially and gives up after MAX_ATTEMPTS', () => {
    expect(backoffMs(1)).toBe(30_000);
    expect(backoffMs(2)).toBe(120_000);
    expect(backoffMs(20)).toBe(6 * 3600_000);
    expect(outcomeOf(new RetryableChannelError('busy'), MAX_ATTEMPTS, 0)).toEqual({
      state: 'failed',
      error: `gave up after ${MAX_ATTEMPTS} attempts: busy`,
    });
    expect(outcomeOf(new PermanentChannelError('bad token'), 1, 0)).toEqual({
      state: 'failed',
      error: 'bad token',
    });
  });
});
