/**
 * A local HTTP server standing in for a social network's API: each test gives it the answers to
 * send, and it records every request (method, path, headers, raw body) so the test can check them
 * against the API's documentation.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  json(): unknown;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeApi {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Decides the answer for each request (by default 404). */
  handler: (request: RecordedRequest) => Answer;
  close(): Promise<void>;
}

export async function startFakeApi(): Promise<FakeApi> {
  const requests: RecordedRequest[] = [];
  const api: { handler: FakeApi['handler'] } = {
    handler: () => ({ status: 404, body: { error: 'not found' } }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        json: () => JSON.parse(body.toString('utf8')),
      };
      requests.push(recorded);
      const answer = api.handler(recorded);
      const raw = Buffer.isBuffer(answer.body);
      const payload =
        answer.body === undefined
          ? ''
          : raw || typeof answer.body === 'string'
            ? (answer.body as Buffer | string)
            : JSON.stringify(answer.body);
      res.writeHead(answer.status, {
        'content-type': raw
          ? 'application/octet-stream'
          : typeof answer.body === 'string'
            ? 'text/plain'
            : 'application/json',
        ...answer.headers,
      });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get handler() {
      return api.handler;
    },
    set handler(fn) {
      api.handler = fn;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A tiny valid PNG (1×1), served as the post's cover image. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
