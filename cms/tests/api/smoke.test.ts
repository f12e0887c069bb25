import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../helpers/cms';
import { loginAsFirstAdmin, adminWithRole } from '../helpers/admin';

let cms: TestCms;
beforeAll(async () => { cms = await startCms(); });
afterAll(async () => { await cms?.stop(); });

describe('smoke', () => {
  it('boots', async () => {
    const admin = await loginAsFirstAdmin(cms);
    const created = await admin.cm.create('api::news-article.news-article', { title: 'Русе и Гюргево', summary: 'Кратко.' });
    console.log(created.status, JSON.stringify(created.body).slice(0, 500));
    const id = created.body.data?.documentId as string;
    const pub = await admin.cm.publish('api::news-article.news-article', id, {});
    console.log(pub.status, JSON.stringify(pub.body).slice(0, 500));
    const list = await cms.http.get('/api/news-articles');
    console.log(list.status, JSON.stringify(list.body).slice(0, 1500));
    const editor = await adminWithRole(cms, 'strapi-editor');
    const c2 = await editor.cm.create('api::news-article.news-article', { title: 'Второ', summary: 'x' });
    console.log(c2.status, JSON.stringify(c2.body).slice(0, 300));
    const revs = await cms.http.get(`/glasnik/revisions?uid=api::news-article.news-article&documentId=${id}`).set('Authorization', `Bearer ${admin.token}`);
    console.log(revs.status, JSON.stringify(revs.body).slice(0, 800));
    expect(list.status).toBe(200);
  });
});
