/**
 * Each social channel adapter against a local server that checks the request the way the channel's
 * API documents it (method, path, auth, payload) and answers like the real API does — success, wrong
 * credentials, and rate limiting with the wait the channel asks for.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blueskyChannel } from '../../src/lib/syndication/bluesky.ts';
import { channelsFromEnv } from '../../src/lib/syndication/channels.ts';
import { facebookChannel } from '../../src/lib/syndication/facebook.ts';
import { mastodonChannel } from '../../src/lib/syndication/mastodon.ts';
import { telegramChannel } from '../../src/lib/syndication/telegram.ts';
import {
  PermanentChannelError,
  RetryableChannelError,
  type SyndicationPost,
} from '../../src/lib/syndication/types.ts';
import { PNG, startFakeApi, type FakeApi, type RecordedRequest } from './fake-api.ts';

let api: FakeApi;
let post: SyndicationPost;

beforeAll(async () => {
  api = await startFakeApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
  post = {
    locale: 'bg',
    title: 'Нов мост над Дунав',
    summary: 'Общината откри новия мост за пешеходци и велосипедисти <днес>.',
    url: 'https://dunavets.example/bg/news/nov-most/',
    imageUrl: `${api.url}/uploads/most.png`,
    imageAlt: 'Мостът',
  };
});

/** Serves the cover image for every channel; everything else goes to `rest`. */
function withImage(
  rest: (request: RecordedRequest) => { status: number; body?: unknown; headers?: Record<string, string> },
) {
  return (request: RecordedRequest) =>
    request.path === '/uploads/most.png'
      ? { status: 200, body: PNG, headers: { 'content-type': 'image/png' } }
      : rest(request);
}

describe('Mastodon (POST /api/v1/statuses)', () => {
  const channel = () => mastodonChannel({ instanceUrl: api.url, accessToken: 'masto-token' });

  it('posts the status with the bearer token, the link and an idempotency key, and returns its URL', async () => {
    api.handler = () => ({ status: 200, body: { id: '1101', url: 'https://social.example/@dunavets/1101' } });
    const receipt = await channel().post(post);
    expect(receipt.remoteUrl).toBe('https://social.example/@dunavets/1101');
    const [request] = api.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/api/v1/statuses' });
    expect(request!.headers.authorization).toBe('Bearer masto-token');
    expect(request!.headers['idempotency-key']).toMatch(/^[0-9a-f]{64}$/);
    const body = request!.json() as { status: string; visibility: string; language: string };
    expect(body.visibility).toBe('public');
    expect(body.language).toBe('bg');
    expect(body.status).toContain(post.title);
    expect(body.status).toContain(post.url);
  });

  it('a refused token is a permanent failure naming what to fix', async () => {
    api.handler = () => ({ status: 401, body: { error: 'The access token is invalid' } });
    const error = await channel()
      .post(post)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermanentChannelError);
    expect((error as Error).message).toMatch(/The access token is invalid.*|MASTODON_ACCESS_TOKEN/);
  });

  it('429 is retryable at the X-RateLimit-Reset time', async () => {
    const reset = new Date(Date.now() + 90_000).toISOString();
    api.handler = () => ({
      status: 429,
      body: { error: 'Too many requests' },
      headers: { 'x-ratelimit-reset': reset },
    });
    const error = (await channel()
      .post(post)
      .catch((caught: unknown) => caught)) as RetryableChannelError;
    expect(error).toBeInstanceOf(RetryableChannelError);
    expect(error.retryAfterMs).toBeGreaterThan(80_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(90_000);
  });
});

describe('Bluesky (createSession, uploadBlob, createRecord with a link card)', () => {
  const channel = () =>
    blueskyChannel({ serviceUrl: api.url, identifier: 'dunavets.bsky.social', appPassword: 'app-pass-word' });
  const blob = { $type: 'blob', ref: { $link: 'bafkreithumb' }, mimeType: 'image/png', size: PNG.length };

  it('logs in, uploads the thumb, creates an app.bsky.feed.post with an external embed', async () => {
    api.handler = withImage((request) => {
      if (request.path === '/xrpc/com.atproto.server.createSession')
        return {
          status: 200,
          body: {
            accessJwt: 'jwt-1',
            refreshJwt: 'r',
            did: 'did:plc:dunavets',
            handle: 'dunavets.bsky.social',
          },
        };
      if (request.path === '/xrpc/com.atproto.repo.uploadBlob') return { status: 200, body: { blob } };
      if (request.path === '/xrpc/com.atproto.repo.createRecord')
        return {
          status: 200,
          body: { uri: 'at://did:plc:dunavets/app.bsky.feed.post/3kabc', cid: 'bafyrecord' },
        };
      return { status: 404 };
    });
    const receipt = await channel().post(post);
    expect(receipt.remoteUrl).toBe('https://bsky.app/profile/dunavets.bsky.social/post/3kabc');

    const session = api.requests.find((request) => request.path.endsWith('createSession'))!;
    expect(session.method).toBe('POST');
    expect(session.json()).toEqual({ identifier: 'dunavets.bsky.social', password: 'app-pass-word' });

    const upload = api.requests.find((request) => request.path.endsWith('uploadBlob'))!;
    expect(upload.method).toBe('POST');
    expect(upload.headers.authorization).toBe('Bearer jwt-1');
    expect(upload.headers['content-type']).toBe('image/png');
    expect(upload.body.equals(PNG)).toBe(true);

    const create = api.requests.find((request) => request.path.endsWith('createRecord'))!;
    expect(create.headers.authorization).toBe('Bearer jwt-1');
    const body = create.json() as {
      repo: string;
      collection: string;
      record: {
        $type: string;
        text: string;
        createdAt: string;
        langs: string[];
        embed: { $type: string; external: Record<string, unknown> };
      };
    };
    expect(body.repo).toBe('did:plc:dunavets');
    expect(body.collection).toBe('app.bsky.feed.post');
    expect(body.record.$type).toBe('app.bsky.feed.post');
    expect([...body.record.text].length).toBeLessThanOrEqual(300);
    expect(body.record.langs).toEqual(['bg']);
    expect(Date.parse(body.record.createdAt)).not.toBeNaN();
    expect(body.record.embed).toEqual({
      $type: 'app.bsky.embed.external',
      external: { uri: post.url, title: post.title, description: post.summary, thumb: blob },
    });
  });

  it('a wrong app password is a permanent failure', async () => {
    api.handler = () => ({
      status: 401,
      body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' },
    });
    const error = await channel()
      .post(post)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermanentChannelError);
    expect((error as Error).message).toContain('Invalid identifier or password');
  });

  it('429 on createRecord is retryable after Retry-After', async () => {
    api.handler = withImage((request) => {
      if (request.path.endsWith('createSession'))
        return { status: 200, body: { accessJwt: 'jwt-1', did: 'did:plc:x', handle: 'x.bsky.social' } };
      if (request.path.endsWith('uploadBlob')) return { status: 200, body: { blob } };
      return {
        status: 429,
        body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
        headers: { 'retry-after': '30' },
      };
    });
    const error = (await channel()
      .post(post)
      .catch((caught: unknown) => caught)) as RetryableChannelError;
    expect(error).toBeInstanceOf(RetryableChannelError);
    expect(error.retryAfterMs).toBe(30_000);
  });
});

describe('Facebook Page (Graph API POST /{page-id}/feed)', () => {
  const channel = () =>
    facebookChannel({ graphUrl: `${api.url}/v23.0`, pageId: '1234567890', pageAccessToken: 'page-token' });

  it('posts message and link with the Page token as a form, and returns the post URL', async () => {
    api.handler = () => ({ status: 200, body: { id: '1234567890_987654321' } });
    const receipt = await channel().post(post);
    expect(receipt.remoteUrl).toBe('https://www.facebook.com/1234567890_987654321');
    const [request] = api.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v23.0/1234567890/feed' });
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(request!.body.toString('utf8'));
    expect(form.get('access_token')).toBe('page-token');
    expect(form.get('link')).toBe(post.url);
    expect(form.get('message')).toContain(post.title);
  });

  it('an expired token (OAuthException 190) is permanent', async () => {
    api.handler = () => ({
      status: 400,
      body: {
        error: {
          message: 'Error validating access token: Session has expired',
          type: 'OAuthException',
          code: 190,
          error_subcode: 463,
          fbtrace_id: 'x',
        },
      },
    });
    const error = await channel()
      .post(post)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermanentChannelError);
    expect((error as Error).message).toContain('Session has expired');
    expect((error as Error).message).toContain('FACEBOOK_PAGE_ACCESS_TOKEN');
  });

  it('page throttling (code 32) and HTTP 429 with Retry-After are retryable', async () => {
    api.handler = () => ({
      status: 403,
      body: { error: { message: 'Page request limit reached', type: 'OAuthException', code: 32 } },
    });
    expect(
      await channel()
        .post(post)
        .catch((caught: unknown) => caught),
    ).toBeInstanceOf(RetryableChannelError);
    api.handler = () => ({
      status: 429,
      body: { error: { message: 'Too many calls', code: 4 } },
      headers: { 'retry-after': '120' },
    });
    const error = (await channel()
      .post(post)
      .catch((caught: unknown) => caught)) as RetryableChannelError;
    expect(error.retryAfterMs).toBe(120_000);
  });
});

describe('Telegram (Bot API sendPhoto / sendMessage)', () => {
  const channel = (chatId = '@dunavets') =>
    telegramChannel({ apiUrl: api.url, botToken: '123456:ABC-token', chatId });

  it('sends the cover with an HTML caption as multipart to /bot<token>/sendPhoto', async () => {
    api.handler = withImage(() => ({
      status: 200,
      body: {
        ok: true,
        result: { message_id: 77, chat: { id: -100, type: 'channel', username: 'dunavets' } },
      },
    }));
    const receipt = await channel().post(post);
    expect(receipt.remoteUrl).toBe('https://t.me/dunavets/77');
    const request = api.requests.find((item) => item.path.includes('/bot'))!;
    expect(request).toMatchObject({ method: 'POST', path: '/bot123456:ABC-token/sendPhoto' });
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(request.body, {
      headers: { 'content-type': String(request.headers['content-type']) },
    }).formData();
    expect(form.get('chat_id')).toBe('@dunavets');
    expect(form.get('parse_mode')).toBe('HTML');
    const caption = String(form.get('caption'));
    expect(caption).toContain(`<b>${post.title}</b>`);
    expect(caption).toContain('&lt;днес&gt;'); // text is escaped for parse_mode HTML
    expect([...caption].length).toBeLessThanOrEqual(1024);
    const photo = form.get('photo') as File;
    expect(Buffer.from(await photo.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('without an image it uses sendMessage with JSON', async () => {
    api.handler = () => ({
      status: 200,
      body: { ok: true, result: { message_id: 78, chat: { id: -100, type: 'channel' } } },
    });
    await channel().post({ ...post, imageUrl: null });
    const [request] = api.requests;
    expect(request!.path).toBe('/bot123456:ABC-token/sendMessage');
    expect(request!.json()).toMatchObject({
      chat_id: '@dunavets',
      parse_mode: 'HTML',
      text: expect.stringContaining(post.url),
    });
  });

  it('a wrong bot token is permanent; 429 is retryable after parameters.retry_after', async () => {
    api.handler = () => ({ status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    const wrong = await channel()
      .post({ ...post, imageUrl: null })
      .catch((caught: unknown) => caught);
    expect(wrong).toBeInstanceOf(PermanentChannelError);
    expect((wrong as Error).message).toContain('TELEGRAM_BOT_TOKEN');
    api.handler = () => ({
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 7',
        parameters: { retry_after: 7 },
      },
    });
    const limited = (await channel()
      .post({ ...post, imageUrl: null })
      .catch((caught: unknown) => caught)) as RetryableChannelError;
    expect(limited).toBeInstanceOf(RetryableChannelError);
    expect(limited.retryAfterMs).toBe(7000);
  });
});

describe('channels from the environment', () => {
  it('none configured means none used; a half-configured channel is an error naming the missing variable', () => {
    expect(channelsFromEnv({}).size).toBe(0);
    expect([
      ...channelsFromEnv({
        TELEGRAM_BOT_TOKEN: 't',
        TELEGRAM_CHAT_ID: '@x',
        MASTODON_URL: 'https://m.example',
        MASTODON_ACCESS_TOKEN: 'm',
      }).keys(),
    ]).toEqual(['mastodon', 'telegram']);
    expect(() => channelsFromEnv({ BLUESKY_IDENTIFIER: 'x.bsky.social' })).toThrow(
      /bluesky is half configured.*BLUESKY_APP_PASSWORD missing/,
    );
  });
});
