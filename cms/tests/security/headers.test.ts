// Strapi's own security settings (issue 8, point 5): CORS only for the site's origin, rate-limited admin
// sign-in, security headers on the API and the admin. The static site's headers (CSP, nosniff,
// Referrer-Policy, Permissions-Policy, extra headers such as HSTS) are tested in
// scripts/tests/unit/static-server.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startCms, type TestCms } from '../helpers/cms';

let cms: TestCms;
/** startCms leaves SITE_PORT unset, so the allowed origin is the default site address. */
const SITE_ORIGIN = 'http://127.0.0.1:4321';

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => {
  await cms?.stop();
});

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('CORS', () => {
  it("answers the site's origin and nobody else", async () => {
    const site = await cms.http.get('/api/news-articles').set('Origin', SITE_ORIGIN);
    expect(site.headers['access-control-allow-origin']).toBe(SITE_ORIGIN);
    for (const origin of [
      'https://evil.example',
      'http://127.0.0.1:4321.evil.example',
      'null',
      'http://127.0.0.1:1337',
    ]) {
      const other = await cms.http.get('/api/news-articles').set('Origin', origin);
      expect(other.headers['access-control-allow-origin'], origin).toBeUndefined();
      const preflight = await cms.http
        .options('/api/news-articles')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');
      expect(preflight.headers['access-control-allow-origin'], origin).toBeUndefined();
      expect(preflight.headers['access-control-allow-headers'], origin).toBeUndefined();
    }
  });
});

describe('admin sign-in', () => {
  it('the sixth wrong password within the window gets 429 with a message; other accounts are not locked out', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const response = await cms.http
        .post('/admin/login')
        .send({ email: ADMIN_EMAIL, password: `wrong-${attempt}` });
      statuses.push(response.status);
      if (response.status === 429) {
        expect((response.body as { error?: { message?: string } }).error?.message).toMatch(/too many/i);
      }
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429]);
    // Even the right password waits out the window: the limit is on attempts, not on failures.
    expect(
      (await cms.http.post('/admin/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).status,
    ).toBe(429);
    expect(
      (await cms.http.post('/admin/login').send({ email: 'someone-else@glasnik.test', password: 'wrong' }))
        .status,
    ).toBe(400);
  });
});

describe('security headers of the CMS', () => {
  it('API answers carry a strict CSP, nosniff, no-referrer, frame protection, HSTS, and no X-Powered-By', async () => {
    const response = await cms.http.get('/api/news-articles');
    const csp = directives(String(response.headers['content-security-policy']));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('the admin panel page gets the same policy: no inline or eval scripts outside development', async () => {
    // The panel itself is not served in tests (serveAdminPanel: false); its API shares the policy.
    // Strapi loosens script-src for admin GETs when NODE_ENV is development or test, read per request.
    const testEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    const response = await Promise.resolve(cms.http.get('/admin/init')).finally(() => {
      process.env.NODE_ENV = testEnv;
    });
    const csp = directives(String(response.headers['content-security-policy']));
    for (const directive of ['script-src', 'default-src']) {
      expect(csp.get(directive), directive).not.toContain("'unsafe-inline'");
      expect(csp.get(directive), directive).not.toContain("'unsafe-eval'");
    }
  });
});
