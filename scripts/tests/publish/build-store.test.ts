/**
 * Which old build folder the next build may take over (so a publish at 10,000 items copies only what
 * changed), without ever touching the live build or one that rollback may still need.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBuildStore, type BuildStore } from '../../src/lib/publish/builds.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'glasnik-store-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** A good build, as the publisher makes one: folder, astro output recorded, promoted. */
async function goodBuild(store: BuildStore): Promise<string> {
  const { id, dir } = store.newBuildDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), id);
  await store.setAstroOutput(id);
  await store.promote(id, 1);
  return id;
}

describe('build store: recycling', () => {
  it('offers nothing while fewer builds than it keeps exist, then the oldest good build, never the live one', async () => {
    const store = createBuildStore(dataDir, 3);
    const ids = [await goodBuild(store), await goodBuild(store)];
    expect(await store.recycleCandidate()).toBeNull();
    ids.push(await goodBuild(store));
    // Three kept: the next promote would prune the oldest, so the next build may take it over.
    expect(await store.recycleCandidate()).toBe(path.join(store.buildsDir, ids[0]!));
    expect(await store.astroOutputDir()).toBe(path.join(store.buildsDir, ids[2]!));
  });

  it('prefers the folder of the last astro build after a rollback (nothing to copy), and forgets a recycled build', async () => {
    const store = createBuildStore(dataDir, 3);
    const ids = [await goodBuild(store), await goodBuild(store), await goodBuild(store)];
    const { from, to } = await store.rollback();
    expect([from, to]).toEqual([ids[2], ids[1]]);
    // The rolled-back build is neither live nor good, and holds what Astro's manifest describes.
    expect(await store.recycleCandidate()).toBe(path.join(store.buildsDir, ids[2]!));
    expect(await store.currentId()).toBe(ids[1]);

    // The next build takes that folder over (renamed away), then goes live.
    rmSync(path.join(store.buildsDir, ids[2]!), { recursive: true });
    const next = await goodBuild(store);
    expect((await store.readState()).good.map((build) => build.id)).toEqual([ids[0], ids[1], next]);
  });

  it('forgets the astro output when its build is discarded', async () => {
    const store = createBuildStore(dataDir, 3);
    await goodBuild(store);
    const { id, dir } = store.newBuildDir();
    mkdirSync(dir, { recursive: true });
    await store.setAstroOutput(id);
    await store.discard(id);
    expect(await store.astroOutputDir()).toBeNull();
    expect((await store.readState()).astroOutput).toBeNull();
  });
});
