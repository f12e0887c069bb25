import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { TestCms } from './cms';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './cms';

export interface AdminSession {
  email: string;
  token: string;
  /** Content-manager API as this admin user. */
  cm: ContentManager;
}

interface ContentManager {
  create: (uid: string, data: Record<string, unknown>, locale?: string) => Promise<CmResponse>;
  update: (
    uid: string,
    documentId: string,
    data: Record<string, unknown>,
    locale?: string,
  ) => Promise<CmResponse>;
  publish: (
    uid: string,
    documentId: string,
    data?: Record<string, unknown>,
    locale?: string,
  ) => Promise<CmResponse>;
  unpublish: (uid: string, documentId: string, locale?: string) => Promise<CmResponse>;
  remove: (uid: string, documentId: string, locale?: string) => Promise<CmResponse>;
}

export interface CmResponse {
  status: number;
  body: {
    data?: Record<string, unknown> & { documentId?: string };
    error?: { message: string; name: string; details?: unknown };
  };
}

function contentManager(cms: TestCms, token: string): ContentManager {
  const base = (uid: string) => `/content-manager/collection-types/${uid}`;
  const auth = { Authorization: `Bearer ${token}` };
  const send = async (request: PromiseLike<{ status: number; body: unknown }>): Promise<CmResponse> => {
    const response = await request;
    return { status: response.status, body: response.body as CmResponse['body'] };
  };
  return {
    create: (uid, data, locale = 'bg') =>
      send(
        cms.http
          .post(`${base(uid)}?locale=${locale}`)
          .set(auth)
          .send(data),
      ),
    update: (uid, id, data, locale = 'bg') =>
      send(
        cms.http
          .put(`${base(uid)}/${id}?locale=${locale}`)
          .set(auth)
          .send(data),
      ),
    publish: (uid, id, data = {}, locale = 'bg') =>
      send(
        cms.http
          .post(`${base(uid)}/${id}/actions/publish?locale=${locale}`)
          .set(auth)
          .send(data),
      ),
    unpublish: (uid, id, locale = 'bg') =>
      send(
        cms.http
          .post(`${base(uid)}/${id}/actions/unpublish?locale=${locale}`)
          .set(auth)
          .send({}),
      ),
    remove: (uid, id, locale = 'bg') =>
      send(cms.http.delete(`${base(uid)}/${id}?locale=${locale}`).set(auth)),
  };
}

async function login(cms: TestCms, email: string, password: string): Promise<string> {
  const response = await cms.http.post('/admin/login').send({ email, password });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return (response.body as { data: { token: string } }).data.token;
}

/** The super admin created at bootstrap from GLASNIK_ADMIN_EMAIL / GLASNIK_ADMIN_PASSWORD. */
export async function loginAsFirstAdmin(cms: TestCms): Promise<AdminSession> {
  const token = await login(cms, ADMIN_EMAIL, ADMIN_PASSWORD);
  return { email: ADMIN_EMAIL, token, cm: contentManager(cms, token) };
}

/** Creates an active admin user holding the role with `roleCode` and logs in as them. */
export async function adminWithRole(cms: TestCms, roleCode: string): Promise<AdminSession> {
  const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code: roleCode } })) as {
    id: number;
  } | null;
  if (!role) throw new Error(`test setup: no admin role with code ${roleCode}`);
  const email = `${roleCode}-${randomBytes(4).toString('hex')}@glasnik.test`;
  const password = `Pw-${randomBytes(8).toString('hex')}A1`;
  await cms.strapi.service('admin::user').create({
    email,
    firstname: roleCode,
    lastname: 'Tester',
    password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const token = await login(cms, email, password);
  return { email, token, cm: contentManager(cms, token) };
}
