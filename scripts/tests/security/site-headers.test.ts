/**
 * Headers of the served site for production (issue 8, point 5). The base policy (CSP, nosniff,
 * Referrer-Policy, Permissions-Policy, caching) is tested in scripts/tests/unit/static-server.test.ts;
 * this adds what production needs on top: HSTS through `extraHeaders`, on every kind of answer, with
 * the security headers still in place and the CSP allowing scripts from the site only.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/lib/ports.ts';
import { startStaticServer, type StaticServer } from '../../src/lib/static-server.ts';

/** What the production guide recommends once the site is served over HTTPS only. */
const HSTS = 'max-age=31536000; includeSubDomains';
const SEARCH_ORIGIN = 'https://search.example.bg';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'glasnik-headers-'));
  mkdirSync(path.join(root, 'bg'));
  writeFileSync(path.join(root, 'bg', 'index.html'), '<!doctype html><title>Начало</title>');
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Няма я</title>');
  server = await startStaticServer({
    root,
    port: await freePort(),
    searchOrigin: SEARCH_ORIGIN,
    extraHeaders: { 'Strict-Transport-Security': HSTS },
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('served site headers with production extras', () => {
  it.each(['/bg/', '/no-such-page/', '/bg'])('%s carries HSTS and the full security set', async (urlPath) => {
    const response = await fetch(`${server.url}${urlPath}`, { redirect: 'manual' });
    expect(response.headers.get('strict-transport-security')).toBe(HSTS);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBeTruthy();
    expect(response.headers.get('permissions-policy')).toBeTruthy();
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc.trim()).toBe("'self'");
    expect(csp).toMatch(new RegExp(`connect-src 'self' ${SEARCH_ORIGIN.replace(/\./g, '\\.')}(;|$)`));
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('without extras (plain HTTP on loopback) sends no HSTS, which browsers would ignore or, worse, pin', async () => {
    const plain = await startStaticServer({ root, port: await freePort() });
    try {
      const response = await fetch(`${plain.url}/bg/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await plain.close();
    }
  });
});
