import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_TOKEN, startCms, type TestCms } from '../helpers/cms';
import { createEntry, newsData, pressReleaseData, publicTitles } from '../helpers/content';
import { loginAsFirstAdmin } from '../helpers/admin';

let cms: TestCms;
let published: { documentId: string };
let draftOnly: { documentId: string };
let embargoed: { documentId: string };
const NEWS = 'api::news-article.news-article';
const PRESS = 'api::press-release.press-release';

beforeAll(async () => {
  cms = await startCms();
  published = await createEntry(cms, NEWS, newsData({ title: 'Публикувана новина' }), { publish: true });
  await createEntry(
    cms,
    NEWS,
    { title: 'Published news', summary: 'English version.' },
    { locale: 'en', publish: false },
  );
  draftOnly = await createEntry(cms, NEWS, newsData({ title: 'Чернова новина' }));
  // A release whose embargo an editor moved later after it was published: still hidden (defence in depth).
  embargoed = await createEntry(cms, PRESS, pressReleaseData({ title: 'Съобщение под ембарго' }), {
    publish: true,
  });
  await cms.strapi.db.query(PRESS).updateMany({
    where: { documentId: embargoed.documentId },
    data: { embargoUntil: new Date(Date.now() + 86_400_000) },
  });
  await createEntry(cms, PRESS, pressReleaseData({ title: 'Свободно съобщение' }), { publish: true });
  // A campaign whose news relation points at the draft and at the published article.
  const campaign = await createEntry(cms, 'api::campaign.campaign', {
    title: 'Кампания',
    summary: 'Кампания.',
    startDate: '2026-01-01',
  });
  await cms.strapi.documents(NEWS).update({
    documentId: draftOnly.documentId,
    locale: 'bg',
    data: { campaign: campaign.documentId },
  } as never);
  await cms.strapi.documents(NEWS).update({
    documentId: published.documentId,
    locale: 'bg',
    data: { campaign: campaign.documentId },
  } as never);
  await cms.strapi.documents(NEWS).publish({ documentId: published.documentId, locale: 'bg' } as never);
  await cms.strapi
    .documents('api::campaign.campaign')
    .publish({ documentId: campaign.documentId, locale: 'bg' } as never);
});
afterAll(async () => {
  await cms?.stop();
});

describe('public read path', () => {
  it('lists published items only, never drafts, also with ?status=draft', async () => {
    expect(await publicTitles(cms, '/api/news-articles')).toEqual(['Публикувана новина']);
    expect(await publicTitles(cms, '/api/news-articles?status=draft')).toEqual(['Публикувана новина']);
    expect((await cms.http.get(`/api/news-articles/${draftOnly.documentId}`)).status).toBe(404);
    expect((await cms.http.get(`/api/news-articles/${draftOnly.documentId}?status=draft`)).status).toBe(404);
  });

  it('answers a repeated read from memory, and shows a change at once', async () => {
    const url = '/api/tags?locale=bg';
    expect((await cms.http.get(url)).headers['x-glasnik-cache']).toBeUndefined();
    const again = await cms.http.get(url);
    expect(again.headers['x-glasnik-cache']).toBe('hit');
    expect((again.body as { data: unknown[] }).data).toEqual([]);
    // A publish empties the cache: the new tag is there on the very next read.
    await createEntry(cms, 'api::tag.tag', { name: 'Кеш' }, { publish: true });
    const after = await cms.http.get(url);
    expect(after.headers['x-glasnik-cache']).toBeUndefined();
    expect((after.body as { data: Array<{ name: string }> }).data.map((tag) => tag.name)).toEqual(['Кеш']);
    // Who asks is part of the key: the read token's answer is its own, not the public one.
    const withToken = await cms.http.get(url).set('Authorization', `Bearer ${READ_TOKEN}`);
    expect(withToken.headers['x-glasnik-cache']).toBeUndefined();
  });

  it('serves each language separately (bg default, en on request)', async () => {
    expect(await publicTitles(cms, '/api/news-articles?locale=en')).toEqual([]);
    await cms.strapi.documents(NEWS).publish({
      documentId: (
        (await cms.strapi.db.query(NEWS).findOne({ where: { title: 'Published news' } })) as {
          documentId: string;
        }
      ).documentId,
      locale: 'en',
    } as never);
    expect(await publicTitles(cms, '/api/news-articles?locale=en')).toEqual(['Published news']);
    expect(await publicTitles(cms, '/api/news-articles')).toEqual(['Публикувана новина']);
  });

  it('never returns an item under embargo, by list, by id or by filters', async () => {
    expect(await publicTitles(cms, '/api/press-releases')).toEqual(['Свободно съобщение']);
    expect((await cms.http.get(`/api/press-releases/${embargoed.documentId}`)).status).toBe(404);
    expect(await publicTitles(cms, '/api/press-releases?filters[title][$contains]=ембарго')).toEqual([]);
    expect(
      await publicTitles(cms, '/api/press-releases?filters[$or][0][embargoUntil][$notNull]=true'),
    ).toEqual([]);
  });

  it('ignores client populate and uses the server tree, which never includes draft relations', async () => {
    const response = await cms.http.get(
      '/api/campaigns?populate[news][filters][publishedAt][$null]=true&status=draft',
    );
    expect(response.status).toBe(200);
    const [campaign] = (response.body as { data: Array<{ news: Array<{ title: string }> }> }).data;
    expect(campaign?.news.map((news) => news.title)).toEqual(['Публикувана новина']);
    const article = await cms.http.get(`/api/news-articles/${published.documentId}`);
    expect(article.status).toBe(200);
    const body = article.body as {
      data: { campaign: { title: string } | null; localizations?: unknown; seo?: unknown };
    };
    expect(body.data.campaign?.title).toBe('Кампания');
  });

  it('returns media with alternative text, sizes and formats in the server populate tree', async () => {
    const response = await cms.http.get('/api/news-articles?populate=*');
    expect(response.status).toBe(200);
    const [article] = (response.body as { data: Array<Record<string, unknown>> }).data;
    expect(article).toHaveProperty('cover');
    expect(article).toHaveProperty('gallery');
    expect(article).not.toHaveProperty('createdBy');
    expect(article).not.toHaveProperty('releaseScheduled');
  });

  it('the read token reads like the public, drafts excluded', async () => {
    const response = await cms.http
      .get('/api/news-articles?status=draft')
      .set('Authorization', `Bearer ${READ_TOKEN}`);
    expect(response.status).toBe(200);
    expect((response.body as { data: Array<{ title: string }> }).data.map((item) => item.title)).toEqual([
      'Публикувана новина',
    ]);
    const write = await cms.http
      .post('/api/news-articles')
      .set('Authorization', `Bearer ${READ_TOKEN}`)
      .send({ data: newsData() });
    expect(write.status).toBe(403);
  });

  it('keeps the review stage internal: not in public or read-token answers, still in the admin', async () => {
    for (const auth of [{}, { Authorization: `Bearer ${READ_TOKEN}` }]) {
      const article = await cms.http.get(`/api/news-articles/${published.documentId}`).set(auth);
      expect(article.status).toBe(200);
      const data = (
        article.body as { data: Record<string, unknown> & { campaign?: Record<string, unknown> | null } }
      ).data;
      expect(data.title).toBe('Публикувана новина');
      expect(data).not.toHaveProperty('reviewStage');
      expect(data.campaign?.title).toBe('Кампания');
      expect(data.campaign).not.toHaveProperty('reviewStage');
      const list = await cms.http.get('/api/campaigns').set(auth);
      const campaigns = (
        list.body as { data: Array<Record<string, unknown> & { news?: Array<Record<string, unknown>> }> }
      ).data;
      expect(campaigns.map((campaign) => campaign.title)).toEqual(['Кампания']);
      expect(campaigns[0]).not.toHaveProperty('reviewStage');
      expect(campaigns[0]?.news?.[0]?.title).toBe('Публикувана новина');
      expect(campaigns[0]?.news?.[0]).not.toHaveProperty('reviewStage');
    }
    // Nor can a reader sort or filter by it to learn about it.
    expect((await cms.http.get('/api/news-articles?filters[reviewStage][$eq]=draft')).status).toBe(400);

    const admin = await loginAsFirstAdmin(cms);
    const inAdmin = await cms.http
      .get(`/content-manager/collection-types/${NEWS}/${published.documentId}?locale=bg`)
      .set('Authorization', `Bearer ${admin.token}`);
    expect(inAdmin.status).toBe(200);
    expect((inAdmin.body as { data: { reviewStage?: string } }).data.reviewStage).toMatch(
      /^(draft|in_review|approved)$/,
    );
    const changed = await admin.cm.update(NEWS, published.documentId, { reviewStage: 'in_review' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.data?.reviewStage).toBe('in_review');
    expect(await publicTitles(cms, '/api/news-articles')).toEqual(['Публикувана новина']);
  });

  it('does not expose the revision log', async () => {
    expect((await cms.http.get('/api/revisions')).status).toBe(404);
  });
});

describe('the public cannot write', () => {
  it.each([
    ['post', '/api/news-articles'],
    ['put', '/api/news-articles/PLACEHOLDER'],
    ['delete', '/api/news-articles/PLACEHOLDER'],
    ['post', '/api/agreements'],
    ['put', '/api/site-setting'],
    ['post', '/api/auth/local/register'],
    ['post', '/api/upload'],
  ] as const)('%s %s is refused and changes nothing', async (method, path) => {
    const before = await cms.strapi.db.query(NEWS).count();
    const response = await cms.http[method](path.replace('PLACEHOLDER', published.documentId)).send({
      data: newsData({ title: 'Hacked' }),
      username: 'x',
      email: 'x@example.com',
      password: 'Password123',
    });
    expect([401, 403, 405]).toContain(response.status);
    expect(await cms.strapi.db.query(NEWS).count()).toBe(before);
    expect(await publicTitles(cms, '/api/news-articles')).toEqual(['Публикувана новина']);
  });
});

describe('bad input gets a 4xx with a message, never a 500', () => {
  it('malformed JSON', async () => {
    const response = await cms.http
      .post('/api/news-articles')
      .set('Content-Type', 'application/json')
      .send('{"data": {"title": ');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('oversized body → 413', async () => {
    const response = await cms.http
      .post('/api/news-articles')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ data: { title: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(response.status).toBe(413);
  });

  it('unknown query parameters and fields, wrong types', async () => {
    for (const path of [
      '/api/news-articles?foo=bar',
      '/api/news-articles?fields[0]=nope',
      '/api/news-articles?pagination[page]=abc',
      '/api/news-articles?filters[nope][$eq]=1',
      '/api/news-articles?sort=nope:asc',
    ]) {
      const response = await cms.http.get(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      expect((response.body as { error?: { message?: string } }).error?.message, path).toBeTruthy();
    }
  });

  it('a huge pageSize is capped at 100', async () => {
    const response = await cms.http.get('/api/news-articles?pagination[pageSize]=100000');
    expect(response.status).toBe(200);
    expect(
      (response.body as { meta: { pagination: { pageSize: number } } }).meta.pagination.pageSize,
    ).toBeLessThanOrEqual(100);
  });
});
