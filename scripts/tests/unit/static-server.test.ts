import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../src/lib/static-server.ts';

let root: string;
let server: StaticServer;

/** Raw GET (fetch would decompress and hide Content-Encoding). */
function get(urlPath: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const req = request(`${server.url}${urlPath}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const base = mkdtempSync(path.join(tmpdir(), 'glasnik-static-'));
  root = path.join(base, 'build-1');
  mkdirSync(path.join(root, 'bg', 'events'), { recursive: true });
  mkdirSync(path.join(root, 'bg', 'news', 'tag', 'младежи'), { recursive: true });
  writeFileSync(path.join(root, 'bg', 'news', 'index.html'), '<title>Новини</title>');
  writeFileSync(path.join(root, 'bg', 'news', 'tag', 'младежи', 'index.html'), '<title>Младежи</title>');
  mkdirSync(path.join(root, '_astro'), { recursive: true });
  writeFileSync(
    path.join(root, 'bg', 'index.html'),
    '<!doctype html><title>Начало</title>' + 'x'.repeat(2000),
  );
  writeFileSync(path.join(root, 'bg', 'events', 'calendar.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  writeFileSync(path.join(root, 'bg', 'rss.xml'), '<rss/>');
  writeFileSync(path.join(root, 'bg', 'agreements.csv'), 'a,b\n');
  writeFileSync(path.join(root, '_astro', 'app.3f9a.css'), 'body{}');
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Няма такава страница</title>');
  writeFileSync(path.join(base, 'secret.txt'), 'outside the site');
  symlinkSync(root, path.join(base, 'current'));
  server = await startStaticServer({
    root: path.join(base, 'current'),
    port: 0,
    searchOrigin: 'http://127.0.0.1:7700',
  });
});

afterAll(async () => {
  await server.close();
  rmSync(path.dirname(root), { recursive: true, force: true });
});

describe('static server', () => {
  it.each([
    ['/bg/events/calendar.ics', 'text/calendar; charset=utf-8'],
    ['/bg/rss.xml', 'application/xml; charset=utf-8'],
    ['/bg/agreements.csv', 'text/csv; charset=utf-8'],
    ['/bg/', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (urlPath, type) => {
    const response = await get(urlPath);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
  });

  it('compresses with brotli or gzip as the client asks', async () => {
    const br = await get('/bg/', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toContain('<title>Начало</title>');
    const gz = await get('/bg/', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toContain('<title>Начало</title>');
  });

  it('marks hashed assets immutable and HTML short-lived', async () => {
    expect((await get('/_astro/app.3f9a.css')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/bg/')).headers['cache-control']).toBe('public, max-age=60, must-revalidate');
  });

  it('sends the security headers, allowing the search origin only for connections', async () => {
    const { headers } = await get('/bg/');
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("connect-src 'self' http://127.0.0.1:7700");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
  });

  it('redirects a folder without slash and answers the site 404 page for unknown paths', async () => {
    const redirect = await get('/bg');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/bg/');
    const missing = await get('/bg/nothing-here/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Няма такава страница');
  });

  it('sends old numbered list pages (page/N, counted from the newest) to the list, other misses to 404', async () => {
    const news = await get('/bg/news/page/7/');
    expect(news.status).toBe(301);
    expect(news.headers.location).toBe('/bg/news/');
    const tag = await get(`/bg/news/tag/${encodeURIComponent('младежи')}/page/2/`);
    expect(tag.status).toBe(301);
    expect(decodeURI(String(tag.headers.location))).toBe('/bg/news/tag/младежи/');
    // A list that does not exist (or a page/N elsewhere) stays a 404.
    expect((await get('/bg/news/tag/nobody/page/2/')).status).toBe(404);
    expect((await get('/bg/events/page/2/')).status).toBe(404);
  });

  it('never serves files outside the site folder', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/bg/..%2f..%2fsecret.txt', '/%00']) {
      const response = await get(attempt);
      expect(response.status, attempt).toBe(404);
      expect(response.body.toString()).not.toContain('outside the site');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await new Promise<number>((resolve) => {
      const req = request(`${server.url}/bg/`, { method: 'POST' }, (res) => resolve(res.statusCode ?? 0));
      req.end('x');
    });
    expect(response).toBe(405);
  });
});
