/**
 * Serves a built site folder the way a good static host would: right content types (.ics, .xml, .csv
 * included), gzip/brotli, cache headers (hashed assets immutable, HTML short), security headers, the
 * site's own 404 page, and no way out of the root. The root is resolved on every request, so swapping
 * a `current` symlink to a new build takes effect at once without a restart.
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import { LOOPBACK } from './ports.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
};

/** Types worth compressing; images, PDFs and video are already compressed. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|xslt\+xml|manifest\+json)|image\/svg\+xml)/;

export interface StaticServerOptions {
  /** Folder (or symlink to a folder) holding the built site. */
  root: string;
  port: number;
  host?: string;
  /** Origin of the search service the search page may call (added to the CSP's connect-src). */
  searchOrigin?: string;
  /** Extra response headers, e.g. HSTS when served over HTTPS in production. */
  extraHeaders?: Record<string, string>;
}

export interface StaticServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Headers every response carries; exported so tests and the README can show the exact policy. */
export function securityHeaders(searchOrigin?: string): Record<string, string> {
  const connect = ["'self'", searchOrigin].filter(Boolean).join(' ');
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      `connect-src ${connect}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Hashed build assets never change under the same name; everything else must be revalidated soon. */
export function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  if (/\.(html|xml|ics|csv|json|txt)$/.test(urlPath) || urlPath.endsWith('/'))
    return 'public, max-age=60, must-revalidate';
  return 'public, max-age=3600';
}

const COMPRESSED_CACHE_LIMIT = 2_000;

/**
 * Starts the server and resolves once it listens.
 * @throws {Error} when the port cannot be bound (the message names host and port).
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const host = options.host ?? LOOPBACK;
  const baseHeaders = { ...securityHeaders(options.searchOrigin), ...options.extraHeaders };
  // Compressed bodies keyed by real file path + mtime, so a new build never gets an old body.
  const compressedCache = new Map<string, Buffer>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(baseHeaders)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed.\n');
      return;
    }
    const root = await realpath(options.root).catch(() => undefined);
    if (!root) {
      // Before the first build goes live, `current` does not exist yet.
      res.writeHead(503, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Retry-After': '30',
        'Cache-Control': 'no-store',
      });
      res.end('The site has not been built yet. Try again in a minute.\n');
      return;
    }
    const found = await resolveFile(root, req.url ?? '/');
    if (found.kind === 'redirect') {
      res.writeHead(301, { Location: found.location });
      res.end();
      return;
    }
    if (found.kind === 'missing') {
      const notFound = path.join(root, '404.html');
      const body = await readFile(notFound).catch(() => Buffer.from('Not found.\n'));
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }

    const type = CONTENT_TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', cacheControlFor(found.urlPath));
    res.setHeader('Last-Modified', found.mtime.toUTCString());
    const etag = `W/"${found.size.toString(16)}-${found.mtime.getTime().toString(16)}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Vary', 'Accept-Encoding');
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304);
      res.end();
      return;
    }

    const encoding = COMPRESSIBLE.test(type) ? pickEncoding(req.headers['accept-encoding']) : undefined;
    if (encoding) {
      const key = `${encoding}:${found.file}:${found.mtime.getTime()}`;
      let body = compressedCache.get(key);
      if (!body) {
        const raw = await readFile(found.file);
        body =
          encoding === 'br'
            ? await brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } })
            : await gzipAsync(raw, { level: 6 });
        if (compressedCache.size >= COMPRESSED_CACHE_LIMIT) compressedCache.clear();
        compressedCache.set(key, body);
      }
      res.writeHead(200, { 'Content-Encoding': encoding, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { 'Content-Length': found.size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(found.file).pipe(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(`[site] ${req.method} ${req.url} failed:`, error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error.\n');
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${options.port} on ${host} is already in use; stop whatever listens there or set SITE_PORT to a free port.`
            : `The site server could not listen on ${host}:${options.port}: ${error.message}`,
        ),
      ),
    );
    server.listen(options.port, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Resolved =
  | { kind: 'file'; file: string; urlPath: string; size: number; mtime: Date }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

/** Maps a request URL to a file strictly inside root (no `..`, no symlink escape). */
async function resolveFile(root: string, rawUrl: string): Promise<Resolved> {
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
  } catch {
    return { kind: 'missing' };
  }
  if (urlPath.includes('\0')) return { kind: 'missing' };
  let candidate = path.join(root, path.normalize(urlPath));
  if (!isInside(root, candidate)) return { kind: 'missing' };

  let info = await stat(candidate).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { kind: 'redirect', location: `${encodeURI(urlPath)}/` };
    candidate = path.join(candidate, 'index.html');
    info = await stat(candidate).catch(() => undefined);
  }
  if (!info?.isFile()) return (await retiredListPage(root, urlPath)) ?? { kind: 'missing' };
  const real = await realpath(candidate);
  if (!isInside(root, real)) return { kind: 'missing' };
  return { kind: 'file', file: real, urlPath, size: info.size, mtime: info.mtime };
}

/** `/{lang}/{list}/page/{n}/`: how list pages were numbered (from the newest) before the stable archive. */
const RETIRED_LIST_PAGE =
  /^\/(bg|en)\/((?:news|press\/releases|news\/category\/[^/.][^/]*|news\/tag\/[^/.][^/]*))\/page\/\d+\/?$/;

/**
 * Old list-page addresses (bookmarks, search engines) lead to the list's front page: their numbers
 * counted from the newest item, so no archive page holds what they showed; a 404 would be a dead end.
 */
async function retiredListPage(root: string, urlPath: string): Promise<Resolved | null> {
  const match = RETIRED_LIST_PAGE.exec(urlPath);
  if (!match) return null;
  const front = `/${match[1]}/${match[2]}/`;
  const exists = await stat(path.join(root, front, 'index.html')).catch(() => undefined);
  return exists?.isFile() ? { kind: 'redirect', location: encodeURI(front) } : null;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function pickEncoding(header: string | string[] | undefined): 'br' | 'gzip' | undefined {
  const accepted = String(header ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}
