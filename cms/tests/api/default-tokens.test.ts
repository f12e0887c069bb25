import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_TOKEN, startCms, type TestCms } from '../helpers/cms';
import { STRAPI_DEFAULT_API_TOKENS, removeDefaultApiTokens } from '../../src/bootstrap/default-api-tokens';

let cms: TestCms;

interface TokenService {
  create(attributes: Record<string, unknown>): Promise<{ id: number; accessKey: string }>;
}
const tokenService = (): TokenService =>
  cms.strapi.service('admin::api-token-content-api') as unknown as TokenService;
const tokenNames = async (): Promise<string[]> =>
  (
    (await cms.strapi.db
      .query('admin::api-token')
      .findMany({ select: ['name'], orderBy: { name: 'asc' } })) as Array<{ name: string }>
  ).map((token) => token.name);
const [READ_ONLY, FULL_ACCESS] = STRAPI_DEFAULT_API_TOKENS;

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => {
  await cms?.stop();
});

describe("Strapi's default API tokens", () => {
  it('are gone after the first start; the site token stays and works', async () => {
    // Strapi creates both on the first start of an empty database, before Glasnik's bootstrap runs.
    expect(await tokenNames()).toEqual(['Glasnik site build (read-only)']);
    expect(
      (await cms.http.get('/api/news-articles').set('Authorization', `Bearer ${READ_TOKEN}`)).status,
    ).toBe(200);
  });

  it('an untouched, unused default token is deleted and its key stops working', async () => {
    const recreated = await tokenService().create({ ...FULL_ACCESS, kind: 'content-api', lifespan: null });
    const read = () =>
      cms.http.get('/api/news-articles').set('Authorization', `Bearer ${recreated.accessKey}`);
    expect((await read()).status).toBe(200);
    // Reading marked it as used: make it unused again, as it is right after Strapi creates it.
    await cms.strapi.db
      .query('admin::api-token')
      .update({ where: { id: recreated.id }, data: { lastUsedAt: null } });
    await removeDefaultApiTokens(cms.strapi);
    expect((await read()).status).toBe(401);
    expect(await tokenNames()).toEqual(['Glasnik site build (read-only)']);
  });

  it('keeps tokens an administrator made or changed, and a default one that has been used', async () => {
    // Same name as a default, own description: an administrator's token.
    await tokenService().create({
      name: FULL_ACCESS.name,
      description: 'Newsletter import',
      type: 'full-access',
      kind: 'content-api',
      lifespan: null,
    });
    const used = await tokenService().create({ ...READ_ONLY, kind: 'content-api', lifespan: null });
    await cms.strapi.db
      .query('admin::api-token')
      .update({ where: { id: used.id }, data: { lastUsedAt: new Date() } });
    await removeDefaultApiTokens(cms.strapi);
    expect(await tokenNames()).toEqual(['Full Access', 'Glasnik site build (read-only)', 'Read Only']);
  });
});
