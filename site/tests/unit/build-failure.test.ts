// The site build against a CMS that fails: exit code ≠ 0, a message saying what is wrong, and the
// previous build folder left as it was (Astro reads all content before it writes any output).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startFixtureCms } from '../fixtures/fixture-cms';

const siteRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = path.join(siteRoot, '../node_modules/astro/bin/astro.mjs');
const folders: string[] = [];
afterAll(async () => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

function build(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: siteRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function previousBuild(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'glasnik-previous-dist-'));
  folders.push(folder);
  await writeFile(path.join(folder, 'index.html'), '<p>previous build</p>');
  return folder;
}

describe('site build with a failing CMS', () => {
  it('stops with exit code ≠ 0 when the CMS answers 500 and leaves the previous build untouched', async () => {
    const cms = await startFixtureCms({ failStatus: 500 });
    const outDir = await previousBuild();
    try {
      const { code, output } = await build({ CMS_URL: cms.url, SITE_OUT_DIR: outDir });
      expect(code).not.toBe(0);
      expect(output).toMatch(/The CMS answered 500 Internal Server Error for GET \/api\//);
      expect(await readdir(outDir)).toEqual(['index.html']);
      expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>previous build</p>');
    } finally {
      await cms.close();
    }
  }, 90_000);

  it('stops with a message naming CMS_URL when the CMS cannot be reached', async () => {
    const outDir = await previousBuild();
    const { code, output } = await build({ CMS_URL: 'http://127.0.0.1:9', SITE_OUT_DIR: outDir });
    expect(code).not.toBe(0);
    expect(output).toContain('Cannot reach the CMS at http://127.0.0.1:9');
    expect(await readdir(outDir)).toEqual(['index.html']);
  }, 90_000);
});
