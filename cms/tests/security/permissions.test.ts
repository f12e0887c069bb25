// Permissions audit (issue 8, point 2): every route Strapi registers, probed as the public, with the
// site's read token and with each editorial role. Routes are read from the live routers, so a route
// added later is audited too. The Meilisearch search-only key is audited in
// scripts/tests/search/search-index.test.ts ("the search-only key … cannot add documents, change
// settings or read keys"); a shorter role check lives in tests/api/workflow.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_TOKEN, startCms, type TestCms } from '../helpers/cms';
import { adminWithRole, type AdminSession } from '../helpers/admin';
import { createEntry, newsData, pressReleaseData, publicTitles } from '../helpers/content';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from '../../src/lib/content-types';
import { snapshotDatabase, type DatabaseSnapshot } from './helpers/db-snapshot';
import { concretePath, registeredRoutes, type RegisteredRoute } from './helpers/routes';

const NEWS = 'api::news-article.news-article';
const PRESS = 'api::press-release.press-release';
const AGREEMENT = 'api::agreement.agreement';

let cms: TestCms;
let publishedNews: { documentId: string };
let before: DatabaseSnapshot;

/** `/api/<plural>` and `/api/<singular>` of every public type, from the schemas Strapi loaded. */
function publicApiPrefixes(): string[] {
  const prefixes: string[] = [];
  for (const uid of PUBLIC_COLLECTION_TYPES)
    prefixes.push(`/api/${cms.strapi.contentType(uid as never).info.pluralName}`);
  for (const uid of PUBLIC_SINGLE_TYPES)
    prefixes.push(`/api/${cms.strapi.contentType(uid as never).info.singularName}`);
  return prefixes;
}

function pathOf(route: RegisteredRoute): string {
  return concretePath(route.pattern, {
    id: publishedNews.documentId,
    model: NEWS,
    uid: NEWS,
    role: '1',
    documentId: publishedNews.documentId,
  });
}

async function probe(route: RegisteredRoute, token?: string): Promise<{ status: number; label: string }> {
  const url = pathOf(route);
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let request = cms.http[method](url);
  if (token) request = request.set('Authorization', `Bearer ${token}`);
  const response = await request.send({
    data: { title: 'Hacked', name: 'Hacked' },
    email: 'x@example.com',
    username: 'x',
    password: 'Password-123',
  });
  return { status: response.status, label: `${route.method} ${url} → ${response.status}` };
}

/**
 * Admin routes Strapi itself serves without sign-in, each for a reason: the login and password-reset
 * flow, the first-admin registration (refused once an admin exists), and what the login page needs to
 * render. None of them may answer 2xx to a write.
 */
const ANONYMOUS_ADMIN_ROUTES = new Map<string, string>([
  ['POST /admin/login', 'sign-in'],
  ['POST /admin/register-admin', 'first admin only; refused once one exists'],
  ['GET /admin/registration-info', 'invitation link lookup by registration token'],
  ['POST /admin/register', 'invited user completes registration with a token'],
  ['POST /admin/forgot-password', 'password reset mail'],
  ['POST /admin/reset-password', 'password reset with a token'],
  ['POST /admin/access-token', 'exchanges the refresh cookie for an access token'],
  ['GET /admin/init', 'login page: whether an admin exists, no content'],
  ['GET /admin/project-type', 'login page: Community or Enterprise'],
  ['GET /content-manager/preview/script', 'static preview helper script, no content'],
]);

beforeAll(async () => {
  cms = await startCms();
  publishedNews = await createEntry(cms, NEWS, newsData({ title: 'Публикувана новина за одит' }), {
    publish: true,
  });
  await createEntry(cms, NEWS, newsData({ title: 'Чернова за одит' }));
  before = await snapshotDatabase(cms.strapi);
});
afterAll(async () => {
  await cms?.stop();
});

describe('the public (no sign-in) on the content API', () => {
  it('every registered write route is refused with 401/403/405', async () => {
    const writes = registeredRoutes(cms.strapi, 'content-api').filter((route) => route.method !== 'GET');
    expect(writes.length).toBeGreaterThan(40);
    const allowed: string[] = [];
    for (const route of writes) {
      const { status, label } = await probe(route);
      if (![401, 403, 405].includes(status)) allowed.push(label);
    }
    expect(allowed).toEqual([]);
  });

  it('reads only the public types; every other GET route is refused', async () => {
    const prefixes = publicApiPrefixes();
    const isPublic = (pattern: string) =>
      prefixes.some((prefix) => pattern === prefix || pattern.startsWith(`${prefix}/`));
    const wrong: string[] = [];
    let publicReads = 0;
    for (const route of registeredRoutes(cms.strapi, 'content-api').filter((r) => r.method === 'GET')) {
      const { status, label } = await probe(route);
      if (isPublic(route.pattern)) {
        publicReads += 1;
        // 404: a single type with no content yet, or another type's documentId.
        if (![200, 404].includes(status)) wrong.push(`public type not readable: ${label}`);
      } else if (![401, 403].includes(status)) {
        wrong.push(`not a public type but answered: ${label}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(publicReads).toBe(PUBLIC_COLLECTION_TYPES.length * 2 + PUBLIC_SINGLE_TYPES.length);
    expect(await publicTitles(cms, '/api/news-articles')).toEqual(['Публикувана новина за одит']);
  });
});

describe('the admin API without sign-in', () => {
  it('refuses every route with 401, except the named sign-in endpoints, which write nothing', async () => {
    const routes = registeredRoutes(cms.strapi, 'admin');
    expect(routes.length).toBeGreaterThan(150);
    for (const prefix of [
      '/admin/api-tokens',
      '/admin/users',
      '/content-manager/collection-types',
      '/upload',
      '/users-permissions/roles',
      '/admin/transfer',
    ]) {
      expect(
        routes.some((route) => route.pattern.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    const wrong: string[] = [];
    for (const route of routes) {
      const { status, label } = await probe(route);
      const anonymous = ANONYMOUS_ADMIN_ROUTES.has(`${route.method} ${route.pattern}`);
      if (!anonymous && status !== 401) wrong.push(label);
      if (anonymous && route.method !== 'GET' && status < 300)
        wrong.push(`anonymous endpoint accepted junk: ${label}`);
      if (status >= 500) wrong.push(`server error: ${label}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("the site's read token", () => {
  it('cannot write through any content-API route', async () => {
    const wrong: string[] = [];
    for (const route of registeredRoutes(cms.strapi, 'content-api').filter((r) => r.method !== 'GET')) {
      const { status, label } = await probe(route, READ_TOKEN);
      if (![401, 403, 405].includes(status)) wrong.push(label);
    }
    expect(wrong).toEqual([]);
  });

  it('reads what the public reads and nothing more: no file list, users or roles', async () => {
    const read = (path: string) => cms.http.get(path).set('Authorization', `Bearer ${READ_TOKEN}`);
    expect((await read('/api/news-articles')).status).toBe(200);
    for (const path of [
      '/api/upload/files',
      '/api/users',
      '/api/users/1',
      '/api/users-permissions/roles',
      '/api/i18n/locales',
      '/api/content-type-builder/content-types',
    ]) {
      expect((await read(path)).status, path).toBe(403);
    }
  });

  it('is not an admin credential', async () => {
    const wrong: string[] = [];
    for (const route of registeredRoutes(cms.strapi, 'admin')) {
      if (ANONYMOUS_ADMIN_ROUTES.has(`${route.method} ${route.pattern}`)) continue;
      const { status, label } = await probe(route, READ_TOKEN);
      if (status !== 401) wrong.push(label);
    }
    expect(wrong).toEqual([]);
  });

  it('all of the above changed nothing in the database', async () => {
    const after = await snapshotDatabase(cms.strapi);
    expect(after.tables).toEqual(before.tables);
  });
});

// ---------------------------------------------------------------------------------------------------
// Role matrix through the real admin API, each role with its own JWT. Expectations are written out
// from DESIGN.md ("Roles in the CMS"), not derived from the code under test.

type Action = 'create' | 'update' | 'publish' | 'delete';
const ALL: Action[] = ['create', 'update', 'publish', 'delete'];
const WRITE_OWN: Action[] = ['create', 'update'];

const MATRIX: Record<string, Record<string, Action[]>> = {
  'strapi-editor': Object.fromEntries(
    [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES].map((uid) => [uid, ALL]),
  ),
  'strapi-author': {
    [NEWS]: WRITE_OWN,
    'api::event.event': WRITE_OWN,
    'api::campaign.campaign': WRITE_OWN,
    'api::page.page': WRITE_OWN,
    'api::media-asset.media-asset': WRITE_OWN,
  },
  'glasnik-press-officer': {
    [PRESS]: ALL,
    'api::media-asset.media-asset': ALL,
    'api::press-contact.press-contact': ALL,
    'api::press-room.press-room': ALL,
    'api::event.event': ALL,
  },
  'glasnik-register-keeper': { [AGREEMENT]: ALL },
};

const ABSENT_ID = 'zzzzzzzzzzzzzzzzzzzzzzzz';

/** The content-manager request for an action; collection types against a documentId that does not exist. */
function cmRequest(session: AdminSession, uid: string, action: Action) {
  const auth = { Authorization: `Bearer ${session.token}` };
  const single = (PUBLIC_SINGLE_TYPES as readonly string[]).includes(uid);
  const base = single ? `/content-manager/single-types/${uid}` : `/content-manager/collection-types/${uid}`;
  const item = single ? base : `${base}/${ABSENT_ID}`;
  switch (action) {
    case 'create':
      return single
        ? cms.http.put(`${base}?locale=bg`).set(auth).send({})
        : cms.http.post(`${base}?locale=bg`).set(auth).send({});
    case 'update':
      return cms.http.put(`${item}?locale=bg`).set(auth).send({});
    case 'publish':
      return cms.http.post(`${item}/actions/publish?locale=bg`).set(auth).send({});
    case 'delete':
      return cms.http.delete(`${item}?locale=bg`).set(auth);
  }
}

describe('role matrix (admin API, each role signed in)', () => {
  it('each role may act exactly on its own types: forbidden → 403, allowed → reaches validation or lookup', async () => {
    const wrong: string[] = [];
    let checks = 0;
    for (const [roleCode, grants] of Object.entries(MATRIX)) {
      const session = await adminWithRole(cms, roleCode);
      for (const uid of [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES]) {
        for (const action of ALL) {
          const response = await cmRequest(session, uid, action);
          checks += 1;
          const mayAct = grants[uid]?.includes(action) ?? false;
          // Allowed: 400 (empty body fails validation), 404 (no such document) or 2xx; never 403/5xx.
          const ok = mayAct ? response.status !== 403 && response.status < 500 : response.status === 403;
          if (!ok)
            wrong.push(
              `${roleCode} ${action} ${uid} → ${response.status} (expected ${mayAct ? 'allowed' : '403'})`,
            );
        }
      }
    }
    expect(checks).toBe(4 * 12 * 4);
    expect(wrong).toEqual([]);
  });

  it('on real documents: an Editor publishes news, an Author can neither publish nor delete her own draft', async () => {
    const editor = await adminWithRole(cms, 'strapi-editor');
    const author = await adminWithRole(cms, 'strapi-author');
    const draft = await author.cm.create(NEWS, newsData({ title: 'Авторска чернова' }));
    expect(draft.status).toBe(201);
    const id = draft.body.data?.documentId as string;
    expect((await author.cm.publish(NEWS, id)).status).toBe(403);
    expect((await author.cm.remove(NEWS, id)).status).toBe(403);
    expect(await publicTitles(cms, '/api/news-articles')).not.toContain('Авторска чернова');
    const published = await editor.cm.publish(NEWS, id);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(await publicTitles(cms, '/api/news-articles')).toContain('Авторска чернова');
  });

  it('a Register keeper cannot touch a press release; a Press officer cannot touch an agreement', async () => {
    const keeper = await adminWithRole(cms, 'glasnik-register-keeper');
    const officer = await adminWithRole(cms, 'glasnik-press-officer');
    const release = await officer.cm.create(PRESS, pressReleaseData({ title: 'Съобщение на пресофиса' }));
    expect(release.status, JSON.stringify(release.body)).toBe(201);
    const releaseId = release.body.data?.documentId as string;
    const agreement = await keeper.cm.create(AGREEMENT, {
      title: 'Споразумение за одит',
      registerNumber: 'МД-2026-900',
      partnerCountry: 'RO',
      signedOn: '2026-01-15',
    });
    expect(agreement.status, JSON.stringify(agreement.body)).toBe(201);
    const agreementId = agreement.body.data?.documentId as string;

    expect((await keeper.cm.update(PRESS, releaseId, { title: 'Променено' })).status).toBe(403);
    expect((await keeper.cm.publish(PRESS, releaseId)).status).toBe(403);
    expect((await keeper.cm.remove(PRESS, releaseId)).status).toBe(403);
    expect(
      (
        await cms.http
          .get(`/content-manager/collection-types/${PRESS}/${releaseId}?locale=bg`)
          .set('Authorization', `Bearer ${keeper.token}`)
      ).status,
    ).toBe(403);
    expect((await officer.cm.update(AGREEMENT, agreementId, { title: 'Променено' })).status).toBe(403);
    expect((await officer.cm.publish(AGREEMENT, agreementId)).status).toBe(403);
    expect((await officer.cm.remove(AGREEMENT, agreementId)).status).toBe(403);

    const stored = (await cms.strapi.db.query(PRESS).findOne({ where: { documentId: releaseId } })) as {
      title: string;
    } | null;
    expect(stored?.title).toBe('Съобщение на пресофиса');
    const storedAgreement = (await cms.strapi.db
      .query(AGREEMENT)
      .findOne({ where: { documentId: agreementId } })) as { title: string } | null;
    expect(storedAgreement?.title).toBe('Споразумение за одит');
  });

  it('no editorial role may manage API tokens, users, roles or the content model', async () => {
    const wrong: string[] = [];
    for (const roleCode of Object.keys(MATRIX)) {
      const session = await adminWithRole(cms, roleCode);
      const auth = { Authorization: `Bearer ${session.token}` };
      const attempts = [
        ['GET /admin/api-tokens', cms.http.get('/admin/api-tokens').set(auth)],
        [
          'POST /admin/api-tokens',
          cms.http
            .post('/admin/api-tokens')
            .set(auth)
            .send({ name: 'mine', type: 'full-access', lifespan: null }),
        ],
        [
          'POST /admin/users',
          cms.http
            .post('/admin/users')
            .set(auth)
            .send({ email: 'new@glasnik.test', firstname: 'N', roles: [1] }),
        ],
        ['POST /admin/roles', cms.http.post('/admin/roles').set(auth).send({ name: 'Mine' })],
        [
          'POST /content-type-builder/content-types',
          cms.http.post('/content-type-builder/content-types').set(auth).send({}),
        ],
        [
          'PUT /users-permissions/roles/1',
          cms.http.put('/users-permissions/roles/1').set(auth).send({ name: 'x', permissions: {} }),
        ],
      ] as const;
      for (const [label, request] of attempts) {
        const status = (await request).status;
        if (status !== 403) wrong.push(`${roleCode} ${label} → ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
