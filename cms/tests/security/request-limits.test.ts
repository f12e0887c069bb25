// Oversized and broken requests (issue 8, point 4): 413 for bodies over the limits on the public and the
// admin API, 400 with a message for broken bodies and malformed filters, and nothing stored. Related
// cases elsewhere: SVG with script, HTML/EXE disguised as images, `../` and Unicode file names
// (tests/api/uploads.test.ts); a 2 MB JSON body to the public API (tests/api/public-read.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { startCms, type TestCms } from '../helpers/cms';
import { adminWithRole, type AdminSession } from '../helpers/admin';
import { createEntry, newsData } from '../helpers/content';

const NEWS = 'api::news-article.news-article';
/** A small upload limit for this file only, so a "too large" photo stays quick to make. */
const UPLOAD_LIMIT_BYTES = 2 * 1024 * 1024;

let cms: TestCms;
let editor: AdminSession;
let previousUploadLimit: string | undefined;

const oversizedJson = () => JSON.stringify({ data: { title: 'Голяма', summary: 'x'.repeat(1_100_000) } });
const errorMessage = (body: unknown): string =>
  (body as { error?: { message?: string } }).error?.message ?? '';

beforeAll(async () => {
  previousUploadLimit = process.env.CMS_MAX_UPLOAD_BYTES;
  process.env.CMS_MAX_UPLOAD_BYTES = String(UPLOAD_LIMIT_BYTES);
  cms = await startCms();
  editor = await adminWithRole(cms, 'strapi-editor');
  await createEntry(cms, NEWS, newsData({ title: 'Съществуваща новина' }), { publish: true });
});
afterAll(async () => {
  await cms?.stop();
  if (previousUploadLimit === undefined) delete process.env.CMS_MAX_UPLOAD_BYTES;
  else process.env.CMS_MAX_UPLOAD_BYTES = previousUploadLimit;
});

describe('oversized requests get 413 and change nothing', () => {
  it('a JSON body over 1 MB to the admin sign-in and to the content manager', async () => {
    const before = await cms.strapi.db.query(NEWS).count();
    const login = await cms.http
      .post('/admin/login')
      .set('Content-Type', 'application/json')
      .send(oversizedJson());
    expect(login.status).toBe(413);
    const create = await cms.http
      .post(`/content-manager/collection-types/${NEWS}?locale=bg`)
      .set('Authorization', `Bearer ${editor.token}`)
      .set('Content-Type', 'application/json')
      .send(oversizedJson());
    expect(create.status).toBe(413);
    const publicWrite = await cms.http
      .put('/api/site-setting')
      .set('Content-Type', 'application/json')
      .send(oversizedJson());
    expect(publicWrite.status).toBe(413);
    expect(await cms.strapi.db.query(NEWS).count()).toBe(before);
  });

  it('an upload over CMS_MAX_UPLOAD_BYTES', async () => {
    const before = await cms.strapi.db.query('plugin::upload.file').count();
    const big = await sharp({
      create: { width: 2000, height: 1500, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 60 } },
    })
      .png()
      .toBuffer();
    expect(big.length).toBeGreaterThan(UPLOAD_LIMIT_BYTES);
    const response = await cms.http
      .post('/upload')
      .set('Authorization', `Bearer ${editor.token}`)
      .field('fileInfo', JSON.stringify({ alternativeText: 'Шум' }))
      .attach('files', big, { filename: 'noise.png', contentType: 'image/png' });
    expect(response.status).toBe(413);
    expect(await cms.strapi.db.query('plugin::upload.file').count()).toBe(before);
  });
});

describe('broken requests get 400 with a message', () => {
  it('a truncated multipart body', async () => {
    const response = await cms.http
      .post('/upload')
      .set('Authorization', `Bearer ${editor.token}`)
      .set('Content-Type', 'multipart/form-data; boundary=xyz')
      .send('--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.png"\r\n\r\n\x89PNG');
    expect(response.status).toBe(400);
    expect(errorMessage(response.body)).toMatch(/request body could not be read/);
  });

  it('malformed JSON and JSON with prototype keys', async () => {
    for (const body of ['{"data": {"title": ', '{"__proto__": {"polluted": true}}']) {
      const response = await cms.http
        .post(`/content-manager/collection-types/${NEWS}?locale=bg`)
        .set('Authorization', `Bearer ${editor.token}`)
        .set('Content-Type', 'application/json')
        .send(body);
      expect(response.status, body).toBe(400);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['filters=%5B', 'filters'],
    ['filters[title][$between]=a', 'filters[title][$between]'],
    ['filters[title][$jsonSupersetOf]=x', 'filters[title][$jsonSupersetOf]'],
    ['filters[title][$eq][a]=x', 'filters[title][$eq]'],
    ['filters[$or]=x', 'filters[$or]'],
    // PostgreSQL refuses NUL in text: it answered 500 there.
    ['filters[title][$in]=%00', 'filters[title][$in]'],
  ])('a malformed filter %s names %s', async (query, named) => {
    const response = await cms.http.get(`/api/news-articles?${query}`);
    expect(response.status).toBe(400);
    expect(errorMessage(response.body)).toContain(`Invalid filter ${named}`);
  });

  it('well-formed filters still work', async () => {
    const response = await cms.http.get(
      `/api/news-articles?filters[title][$contains]=${encodeURIComponent('Съществуваща')}&filters[$or][0][slug][$notNull]=true&filters[publishedAt][$between][0]=2000-01-01&filters[publishedAt][$between][1]=2999-01-01&filters[title][$in][0]=${encodeURIComponent('Съществуваща новина')}`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect((response.body as { data: Array<{ title: string }> }).data.map((item) => item.title)).toEqual([
      'Съществуваща новина',
    ]);
  });
});
