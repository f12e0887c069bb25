import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../helpers/cms';
import { adminWithRole, loginAsFirstAdmin, type AdminSession } from '../helpers/admin';
import { newsData, pressReleaseData, publicTitles } from '../helpers/content';

let cms: TestCms;
let author: AdminSession;
let editor: AdminSession;
let pressOfficer: AdminSession;
let registerKeeper: AdminSession;
let administrator: AdminSession;
const NEWS = 'api::news-article.news-article';
const PRESS = 'api::press-release.press-release';
const AGREEMENT = 'api::agreement.agreement';

interface Revision {
  action: string;
  stage: string | null;
  userName: string;
  changeNote: string | null;
}
async function revisions(session: AdminSession, uid: string, documentId: string): Promise<Revision[]> {
  const response = await cms.http
    .get(`/glasnik/revisions?uid=${uid}&documentId=${documentId}`)
    .set('Authorization', `Bearer ${session.token}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return (response.body as { data: { revisions: Revision[] } }).data.revisions.reverse();
}

async function releaseDueEmbargoes(at: Date): Promise<Array<{ documentId: string }>> {
  // The compiled service, as the cron task calls it.
  const { releaseDueEmbargoes: release } = (await import('../../dist/src/services/embargo-release.js')) as {
    releaseDueEmbargoes: (strapi: unknown, at: Date) => Promise<Array<{ documentId: string }>>;
  };
  return release(cms.strapi, at);
}

beforeAll(async () => {
  cms = await startCms();
  [author, editor, pressOfficer, registerKeeper, administrator] = await Promise.all([
    adminWithRole(cms, 'strapi-author'),
    adminWithRole(cms, 'strapi-editor'),
    adminWithRole(cms, 'glasnik-press-officer'),
    adminWithRole(cms, 'glasnik-register-keeper'),
    loginAsFirstAdmin(cms),
  ]);
});
afterAll(async () => {
  await cms?.stop();
});

describe('roles set up by code', () => {
  it('bg is the default locale and en exists', async () => {
    const response = await cms.http.get('/i18n/locales').set('Authorization', `Bearer ${editor.token}`);
    const locales = response.body as Array<{ code: string; isDefault: boolean }>;
    expect(locales.map((locale) => locale.code).sort()).toEqual(['bg', 'en']);
    expect(locales.find((locale) => locale.isDefault)?.code).toBe('bg');
  });

  it('an Author writes drafts but cannot publish, delete, or touch press releases and agreements', async () => {
    const draft = await author.cm.create(NEWS, newsData());
    expect(draft.status).toBe(201);
    const id = draft.body.data?.documentId as string;
    expect((await author.cm.publish(NEWS, id)).status).toBe(403);
    expect((await author.cm.remove(NEWS, id)).status).toBe(403);
    expect((await author.cm.create(PRESS, pressReleaseData())).status).toBe(403);
    expect(
      (await author.cm.create(AGREEMENT, { title: 'x', registerNumber: 'A-1', signedOn: '2020-01-01' }))
        .status,
    ).toBe(403);
    expect(await publicTitles(cms, '/api/news-articles')).toEqual([]);
  });

  it('a Register keeper works on agreements only; a Press officer cannot publish news', async () => {
    const agreement = await registerKeeper.cm.create(AGREEMENT, {
      title: 'Меморандум с Видин',
      registerNumber: 'МД-2024-001',
      partnerCountry: 'BG',
      signedOn: '2024-01-15',
      reviewStage: 'approved',
    });
    expect(agreement.status).toBe(201);
    expect(
      (await registerKeeper.cm.publish(AGREEMENT, agreement.body.data?.documentId as string)).status,
    ).toBe(200);
    expect((await registerKeeper.cm.create(NEWS, newsData())).status).toBe(403);
    const news = await editor.cm.create(NEWS, newsData());
    expect((await pressOfficer.cm.publish(NEWS, news.body.data?.documentId as string)).status).toBe(403);
  });
});

describe('review stages and who may publish', () => {
  it('Author submits for review but cannot approve; Press officer approves and publishes a release; revisions record it', async () => {
    const authorNews = await author.cm.create(NEWS, newsData({ reviewStage: 'approved' }));
    expect(authorNews.status).toBe(400);
    expect(authorNews.body.error?.message).toContain('Only an Administrator, an Editor can approve this');
    const submitted = await author.cm.create(NEWS, newsData({ reviewStage: 'in_review' }));
    expect(submitted.status).toBe(201);
    expect(submitted.body.data?.reviewStage).toBe('in_review');

    const release = await pressOfficer.cm.create(
      PRESS,
      pressReleaseData({ title: 'Пресконференция на кмета' }),
    );
    const id = release.body.data?.documentId as string;
    const notApproved = await pressOfficer.cm.publish(PRESS, id);
    expect(notApproved.status).toBe(400);
    expect(notApproved.body.error?.message).toContain('not approved yet');
    expect((await pressOfficer.cm.update(PRESS, id, { reviewStage: 'approved' })).status).toBe(200);
    expect((await pressOfficer.cm.publish(PRESS, id)).status).toBe(200);
    expect(await publicTitles(cms, '/api/press-releases')).toContain('Пресконференция на кмета');
    const log = await revisions(editor, PRESS, id);
    expect(log.map((line) => [line.action, line.stage])).toEqual([
      ['review', 'approved'],
      ['publish', 'approved'],
    ]);
    expect(log[1]?.userName).toContain('glasnik-press-officer');
  });

  it('an Editor approves by publishing; first-published date is kept across re-publishes; change note logged', async () => {
    const created = await author.cm.create(NEWS, newsData({ title: 'Нов парк', reviewStage: 'in_review' }));
    const id = created.body.data?.documentId as string;
    const published = await editor.cm.publish(NEWS, id);
    expect(published.status).toBe(200);
    expect(published.body.data?.reviewStage).toBe('approved');
    const firstPublishedAt = published.body.data?.firstPublishedAt;
    expect(firstPublishedAt).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const republished = await editor.cm.publish(NEWS, id, {
      ...newsData({ title: 'Нов парк' }),
      changeNote: 'Добавено работно време.',
    });
    expect(republished.status).toBe(200);
    expect(republished.body.data?.firstPublishedAt).toBe(firstPublishedAt);
    const article = await cms.http.get(`/api/news-articles/${id}`);
    expect((article.body as { data: { firstPublishedAt: string; changeNote: string } }).data).toMatchObject({
      firstPublishedAt,
      changeNote: 'Добавено работно време.',
    });
    expect(
      (await revisions(editor, NEWS, id))
        .filter((line) => line.action === 'publish')
        .map((line) => line.changeNote),
    ).toEqual([null, 'Добавено работно време.']);
    // Unpublishing removes it from the public API and is logged too.
    expect((await editor.cm.unpublish(NEWS, id)).status).toBe(200);
    expect(await publicTitles(cms, '/api/news-articles')).not.toContain('Нов парк');
    expect((await revisions(administrator, NEWS, id)).at(-1)?.action).toBe('unpublish');
  });

  it('the revision log is only for signed-in editors', async () => {
    expect(
      (await cms.http.get('/glasnik/revisions?uid=api::news-article.news-article&documentId=x')).status,
    ).toBe(401);
    const bad = await cms.http
      .get('/glasnik/revisions?uid=admin::user&documentId=x')
      .set('Authorization', `Bearer ${editor.token}`);
    expect(bad.status).toBe(400);
  });
});

describe('embargo and scheduled release', () => {
  it('Publish during the embargo schedules instead; the release publishes it when due, not before', async () => {
    const embargoUntil = new Date(Date.now() + 2_500).toISOString();
    const created = await editor.cm.create(
      PRESS,
      pressReleaseData({ title: 'Съобщение с ембарго', embargoUntil }),
    );
    expect(created.status).toBe(201);
    const id = created.body.data?.documentId as string;
    const pressed = await editor.cm.publish(PRESS, id);
    expect(pressed.status).toBe(200);
    expect(pressed.body.data?.publishedAt).toBeNull();
    expect(await publicTitles(cms, '/api/press-releases')).not.toContain('Съобщение с ембарго');
    expect((await cms.http.get(`/api/press-releases/${id}`)).status).toBe(404);
    expect((await revisions(editor, PRESS, id)).map((line) => line.action)).toContain('schedule');

    expect(await releaseDueEmbargoes(new Date())).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 2_700));
    const released = await releaseDueEmbargoes(new Date());
    expect(released.map((entry) => entry.documentId)).toEqual([id]);
    expect(await publicTitles(cms, '/api/press-releases')).toContain('Съобщение с ембарго');
    expect((await revisions(editor, PRESS, id)).at(-1)).toMatchObject({
      action: 'publish',
      userName: 'system',
    });
    expect(await releaseDueEmbargoes(new Date())).toEqual([]);
  });

  it('a release driven by a fake clock publishes, while the public path still waits for the real time', async () => {
    const embargoUntil = new Date(Date.now() + 3_600_000);
    const created = (await cms.strapi.documents(NEWS).create({
      data: newsData({ title: 'Новина с ембарго', embargoUntil: embargoUntil.toISOString() }),
      locale: 'bg',
      status: 'published',
    } as never)) as { documentId: string; publishedAt: string | null };
    expect(created.publishedAt).toBeNull();
    expect(await releaseDueEmbargoes(new Date(embargoUntil.getTime() - 1_000))).toEqual([]);
    const released = await releaseDueEmbargoes(new Date(embargoUntil.getTime() + 1_000));
    expect(released.map((entry) => entry.documentId)).toEqual([created.documentId]);
    expect(
      await cms.strapi.db
        .query(NEWS)
        .count({ where: { documentId: created.documentId, publishedAt: { $notNull: true } } }),
    ).toBe(1);
    expect(await publicTitles(cms, '/api/news-articles')).not.toContain('Новина с ембарго');
  });

  it('unpublishing cancels a pending release', async () => {
    const created = await editor.cm.create(
      NEWS,
      newsData({ title: 'Отменено', embargoUntil: new Date(Date.now() + 60_000).toISOString() }),
    );
    const id = created.body.data?.documentId as string;
    await editor.cm.publish(NEWS, id);
    expect(await cms.strapi.db.query(NEWS).count({ where: { documentId: id, releaseScheduled: true } })).toBe(
      1,
    );
    await cms.strapi.documents(NEWS).unpublish({ documentId: id, locale: 'bg' } as never);
    expect(await cms.strapi.db.query(NEWS).count({ where: { documentId: id, releaseScheduled: true } })).toBe(
      0,
    );
    expect(await releaseDueEmbargoes(new Date(Date.now() + 120_000))).toEqual([]);
  });
});
