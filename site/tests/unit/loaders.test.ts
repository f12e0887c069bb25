import { createServer, connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CmsReadError, fetchCollection, loadPublicType, type WarningSink } from '../../src/loaders/strapi';
import { fixtureCollections } from '../fixtures/content';
import { startFixtureCms, type FixtureCms } from '../fixtures/fixture-cms';

const running: FixtureCms[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((cms) => cms.close()));
});

async function cms(options: Parameters<typeof startFixtureCms>[0] = {}): Promise<FixtureCms> {
  const started = await startFixtureCms(options);
  running.push(started);
  return started;
}

function recorder(): WarningSink & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, warn: (m) => warnings.push(m), info: (m) => infos.push(m) };
}

/** The fixture collections with one news item replaced. */
function withNews(change: (item: Record<string, unknown>) => Record<string, unknown>) {
  const news = fixtureCollections['news-articles']!;
  return {
    ...fixtureCollections,
    'news-articles': {
      bg: news.bg.map((item, i) => (i === 2 ? change(structuredClone(item)) : item)),
      en: news.en,
    },
  };
}

describe('strapi loader', () => {
  it('follows pagination to the last page and keeps every item', async () => {
    const requests: string[] = [];
    const server = await cms({ requests });
    const items = await fetchCollection('newsArticles', 'bg', { cmsUrl: server.url, pageSize: 5 });
    expect(items).toHaveLength(fixtureCollections['news-articles']!.bg.length);
    const pages = requests
      .filter((r) => r.startsWith('/api/news-articles'))
      .map((r) => new URL(r, server.url).searchParams.get('pagination[page]'));
    expect(pages).toEqual(['1', '2', '3']);
    expect(
      requests.every(
        (r) => !r.startsWith('/api/') || new URL(r, server.url).searchParams.get('status') === 'published',
      ),
    ).toBe(true);
  });

  it('reads every locale and stores items as <locale>/<documentId>', async () => {
    const server = await cms();
    const entries = await loadPublicType('agreements', { cmsUrl: server.url }, recorder());
    expect(entries.map((e) => e.id)).toContain('en/agreement-1');
    expect(entries.map((e) => e.id)).toContain('bg/agreement-5');
    expect(entries.find((e) => e.id === 'bg/agreement-1')?.data.documents[0]?.file.url).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/uploads\/agreement-bg\.pdf$/,
    );
  });

  it('fails naming the type, id, documentId and field of an invalid item', async () => {
    const server = await cms({ collections: withNews((item) => ({ ...item, slug: 'has a space' })) });
    const error = await loadPublicType(
      'newsArticles',
      { cmsUrl: server.url, checkMedia: false },
      recorder(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsReadError);
    const message = (error as Error).message;
    expect(message).toContain('newsArticles id');
    expect(message).toContain('documentId "news-3"');
    expect(message).toContain('field "slug"');
  });

  it('refuses a draft the CMS should never have sent', async () => {
    const server = await cms({ collections: withNews((item) => ({ ...item, publishedAt: null })) });
    await expect(
      loadPublicType('newsArticles', { cmsUrl: server.url, checkMedia: false }, recorder()),
    ).rejects.toThrow(/draft .*news-3/);
  });

  it('fails with a clear message when the CMS cannot be reached', async () => {
    const server = await cms();
    const url = server.url;
    await server.close();
    running.splice(0);
    await expect(fetchCollection('events', 'bg', { cmsUrl: url, timeoutMs: 2_000 })).rejects.toThrow(
      new RegExp(`Cannot reach the CMS at ${url.replace(/\./g, '\\.')} while reading events in bg.*CMS_URL`),
    );
  });

  it('reads through a connection the CMS reset once (a kept-alive socket closed under load)', async () => {
    const server = await cms();
    const target = new URL(server.url);
    let connections = 0;
    // In front of the CMS: the first connection is reset as soon as it arrives, the rest pass through.
    const flaky = createServer((socket) => {
      connections += 1;
      if (connections === 1) return void socket.resetAndDestroy();
      const upstream = connect(Number(target.port), target.hostname);
      socket.pipe(upstream).pipe(socket);
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = flaky.address() as AddressInfo;
      const events = await fetchCollection('events', 'bg', { cmsUrl: `http://127.0.0.1:${port}` });
      expect(events.length).toBe(fixtureCollections['events']!.bg.length);
      expect(connections).toBeGreaterThan(1);
    } finally {
      await new Promise((resolve) => flaky.close(resolve));
    }
  });

  it('fails with the status and path when the CMS answers 500', async () => {
    const server = await cms({ failStatus: 500 });
    await expect(fetchCollection('events', 'en', { cmsUrl: server.url })).rejects.toThrow(
      /answered 500 .*GET \/api\/events\?locale=en/,
    );
  });

  it('drops a missing image with a warning naming the item, and keeps the item', async () => {
    const server = await cms();
    const log = recorder();
    const entries = await loadPublicType('newsArticles', { cmsUrl: server.url }, log);
    const broken = entries.find((e) => e.id === 'bg/news-14');
    expect(broken?.data.title).toBeTruthy();
    expect(broken?.data.cover).toBeNull();
    expect(log.warnings.join('\n')).toMatch(
      /newsArticles id \d+ \(locale bg, documentId "news-14"\): media missing on the CMS \(cover\)/,
    );
  });

  it('leaves out an item still under embargo', async () => {
    const server = await cms({
      collections: withNews((item) => ({ ...item, embargoUntil: '2099-01-01T00:00:00.000Z' })),
    });
    const log = recorder();
    const entries = await loadPublicType('newsArticles', { cmsUrl: server.url, checkMedia: false }, log);
    expect(entries.map((e) => e.id)).not.toContain('bg/news-3');
    expect(log.infos.join('\n')).toContain('under embargo');
  });
});
