/**
 * An editor at the admin panel, for system tests and benchmarks: signs in as the first administrator
 * (the super admin `npm start` creates from GLASNIK_ADMIN_EMAIL / GLASNIK_ADMIN_PASSWORD) and calls the
 * admin API the way the panel does — content-manager create, publish, update, unpublish, and Glasnik's
 * own admin routes.
 */
import { readSettings } from '../../src/lib/config.ts';

export interface AdminAnswer {
  status: number;
  body: { data?: Record<string, unknown> & { documentId?: string }; error?: { message?: string } };
}

export interface AdminClient {
  /** Any admin API call; answers the parsed JSON body and the status, whatever the status. */
  call(method: string, apiPath: string, body?: unknown): Promise<AdminAnswer>;
  /**
   * Any admin API call that must succeed; answers the parsed JSON body.
   * @throws {Error} naming the call, its status and the CMS message when the status is not 2xx.
   */
  request(method: string, apiPath: string, body?: unknown): Promise<AdminAnswer['body']>;
  /** Creates a draft in the content manager and answers its documentId. @throws {Error} with the CMS message when refused. */
  create(uid: string, data: Record<string, unknown>, locale?: string): Promise<string>;
  /** Presses Publish; answers the entry. @throws {Error} with the CMS message when refused. */
  publish(uid: string, documentId: string, locale?: string): Promise<Record<string, unknown>>;
  /** Saves the draft. @throws {Error} with the CMS message when refused. */
  update(uid: string, documentId: string, data: Record<string, unknown>, locale?: string): Promise<void>;
  /** Presses Unpublish. @throws {Error} with the CMS message when refused. */
  unpublish(uid: string, documentId: string, locale?: string): Promise<void>;
  /**
   * Uploads one picture to the media library, as an editor does; answers its id.
   * @throws {Error} with the CMS message when refused.
   */
  uploadImage(fileName: string, jpeg: Buffer, alternativeText: string): Promise<number>;
}

/**
 * Signs in to the CMS at `cms` (its URL, or a running system) as its first administrator.
 * @throws {Error} with the CMS's answer when the login is refused.
 */
export async function adminClient(cms: string | { cmsUrl: string }): Promise<AdminClient> {
  const cmsUrl = typeof cms === 'string' ? cms : cms.cmsUrl;
  const settings = readSettings({});
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: settings.GLASNIK_ADMIN_EMAIL, password: settings.GLASNIK_ADMIN_PASSWORD }),
  });
  if (!login.ok) throw new Error(`test setup: admin login answered ${login.status}: ${await login.text()}`);
  const token = ((await login.json()) as { data: { token: string } }).data.token;
  const call: AdminClient['call'] = async (method, apiPath, body) => {
    const response = await fetch(`${cmsUrl}${apiPath}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as AdminAnswer['body']) : {} };
  };
  const expectOk = (what: string, answer: AdminAnswer) => {
    if (answer.status >= 300)
      throw new Error(
        `test setup: ${what} answered ${answer.status}: ${JSON.stringify(answer.body.error ?? answer.body)}`,
      );
    return answer;
  };
  const base = (uid: string) => `/content-manager/collection-types/${uid}`;
  const uploadImage: AdminClient['uploadImage'] = async (fileName, jpeg, alternativeText) => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), fileName);
    form.append('fileInfo', JSON.stringify({ name: fileName, alternativeText }));
    const response = await fetch(`${cmsUrl}/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`test setup: upload of ${fileName} answered ${response.status}: ${text}`);
    return (JSON.parse(text) as Array<{ id: number }>)[0]!.id;
  };
  return {
    uploadImage,
    call,
    request: async (method, apiPath, body) =>
      expectOk(`${method} ${apiPath}`, await call(method, apiPath, body)).body,
    create: async (uid, data, locale = 'bg') => {
      const answer = expectOk(`create ${uid}`, await call('POST', `${base(uid)}?locale=${locale}`, data));
      return answer.body.data?.documentId as string;
    },
    publish: async (uid, documentId, locale = 'bg') =>
      expectOk(
        `publish ${uid} ${documentId}`,
        await call('POST', `${base(uid)}/${documentId}/actions/publish?locale=${locale}`, {}),
      ).body.data ?? {},
    update: async (uid, documentId, data, locale = 'bg') => {
      expectOk(
        `update ${uid} ${documentId}`,
        await call('PUT', `${base(uid)}/${documentId}?locale=${locale}`, data),
      );
    },
    unpublish: async (uid, documentId, locale = 'bg') => {
      expectOk(
        `unpublish ${uid} ${documentId}`,
        await call('POST', `${base(uid)}/${documentId}/actions/unpublish?locale=${locale}`, {}),
      );
    },
  };
}
