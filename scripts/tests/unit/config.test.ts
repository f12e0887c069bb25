import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/lib/config.ts';
import { assertPortFree } from '../../src/lib/ports.ts';
import { createServer } from 'node:net';

describe('readSettings', () => {
  it('uses the documented defaults on an empty environment', () => {
    const settings = readSettings({});
    expect(settings).toMatchObject({
      CMS_PORT: 1337,
      SITE_PORT: 4321,
      MEILI_PORT: 7700,
      MEILI_URL: undefined,
    });
  });

  it.each([
    [{ CMS_PORT: 'abc' }, 'CMS_PORT="abc" is not a port number (1-65535).'],
    [{ SITE_PORT: '70000' }, 'SITE_PORT="70000" is not a port number (1-65535).'],
    [
      { MEILI_URL: 'not a url' },
      'MEILI_URL="not a url" is not a valid URL (expected e.g. http://127.0.0.1:7700).',
    ],
    [{ GLASNIK_ADMIN_EMAIL: 'nobody' }, 'GLASNIK_ADMIN_EMAIL="nobody" is not an e-mail address.'],
    [{ GLASNIK_ADMIN_PASSWORD: 'short' }, 'GLASNIK_ADMIN_PASSWORD=(hidden) must be at least 8 characters.'],
  ])('rejects %o with one sentence naming the variable', (env, message) => {
    expect(() => readSettings(env)).toThrow(message);
  });

  it('rejects a MEILI_BIN that is missing or not executable', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glasnik-config-'));
    const file = path.join(dir, 'meilisearch');
    writeFileSync(file, '#!/bin/sh\n');
    chmodSync(file, 0o644);
    expect(() => readSettings({ MEILI_BIN: file })).toThrow(`MEILI_BIN="${file}" is not an executable file`);
    expect(() => readSettings({ MEILI_BIN: '/no/such/meilisearch' })).toThrow(
      /MEILI_BIN="\/no\/such\/meilisearch"/,
    );
    chmodSync(file, 0o755);
    expect(readSettings({ MEILI_BIN: file }).MEILI_BIN).toBe(file);
  });
});

describe('assertPortFree', () => {
  it('names the port and the variable that moves it', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    await expect(assertPortFree(port, 'CMS_PORT')).rejects.toThrow(
      `Port ${port} on 127.0.0.1 is already in use; stop whatever listens there or set CMS_PORT to a free port.`,
    );
    blocker.close();
  });
});
