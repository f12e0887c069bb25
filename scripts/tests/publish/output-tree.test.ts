import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listTree,
  mirrorTree,
  prepareBuildFolder,
  pruneUnproduced,
  pruneUnreferenced,
} from '../../src/lib/publish/output-tree.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'glasnik-tree-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(dir: string, files: Record<string, string>, mtime?: Date): void {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    if (mtime) utimesSync(full, mtime, mtime);
  }
}

const contents = async (dir: string) =>
  Object.fromEntries(
    [...(await listTree(dir)).files.keys()]
      .sort()
      .map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]),
  );

describe('mirrorTree', () => {
  it('makes the destination hold exactly the source, copying only what differs', async () => {
    const source = path.join(root, 'live');
    const dest = path.join(root, 'old');
    const earlier = new Date('2026-01-01T00:00:00Z');
    write(source, {
      'bg/a/index.html': 'a, same in both',
      'bg/b/index.html': 'b, changed since',
      'bg/c/index.html': 'c, new',
      'bg/d': 'd is a file here',
      'sitemap-index.xml': '<sitemapindex/>',
    });
    write(dest, {
      'bg/b/index.html': 'b, as it was',
      'bg/gone/index.html': 'unpublished',
      'bg/d/index.html': 'a folder there',
    });
    // The unchanged page carries the source's time, as a copy made by an earlier mirror does.
    const a = path.join(dest, 'bg/a/index.html');
    write(dest, { 'bg/a/index.html': 'a, same in both' });
    const sourceTime = statSync(path.join(source, 'bg/a/index.html')).mtime;
    utimesSync(a, sourceTime, sourceTime);
    write(dest, { 'bg/b/index.html': 'b, as it w' }, earlier);

    const result = await mirrorTree(source, dest);
    expect(await contents(dest)).toEqual(await contents(source));
    expect(result.unchanged).toBe(1);
    expect(result.copied).toBe(4);
    // Copies keep their source's time, so mirroring again copies nothing.
    expect(await mirrorTree(source, dest)).toEqual({ copied: 0, removed: 0, unchanged: 5 });
  });

  it('takes a hashed Astro asset of the same name and size as the same file, whatever its time', async () => {
    const source = path.join(root, 'live');
    const dest = path.join(root, 'old');
    const earlier = new Date('2026-01-01T00:00:00Z');
    write(dest, { '_astro/quay_xI3gV.avif': 'encoded', 'bg/a/index.html': 'page' }, earlier);
    // A full build copies every optimised image into its folder afresh; a page rewritten with the same size is new.
    write(source, { '_astro/quay_xI3gV.avif': 'encoded', 'bg/a/index.html': 'PAGE' });
    expect(await mirrorTree(source, dest)).toEqual({ copied: 1, removed: 0, unchanged: 1 });
    expect(readFileSync(path.join(dest, 'bg/a/index.html'), 'utf8')).toBe('PAGE');
  });

  it('fills an empty or missing destination', async () => {
    const source = path.join(root, 'live');
    write(source, { 'en/index.html': 'home', '_astro/x.css': 'css' });
    const dest = path.join(root, 'missing', 'new');
    expect((await mirrorTree(source, dest)).copied).toBe(2);
    expect(await contents(dest)).toEqual(await contents(source));
  });
});

describe('pruneUnproduced', () => {
  it('deletes files older than the build that it did not keep, and folders left empty', async () => {
    const old = new Date(Date.now() - 60_000);
    write(root, { 'bg/kept/index.html': 'reused in place', 'bg/gone/index.html': 'unpublished' }, old);
    const buildStarted = Date.now() - 1_000;
    write(root, { 'bg/new/index.html': 'rendered now' });
    const pruned = await pruneUnproduced(root, buildStarted, new Set(['bg/kept/index.html']), {
      keepOldAssets: false,
    });
    expect(pruned).toMatchObject({ pruned: 1, oldAssets: [] });
    // Its listing is the folder as left, for the build check.
    expect([...pruned.listing.files.keys()].sort()).toEqual(['bg/kept/index.html', 'bg/new/index.html']);
    expect(Object.keys(await contents(root))).toEqual(['bg/kept/index.html', 'bg/new/index.html']);
    expect((await listTree(root)).dirs).not.toContain('bg/gone');
  });

  it('after a build of only what changed, leaves older images to the pages: unreferenced ones go', async () => {
    const old = new Date(Date.now() - 60_000);
    write(
      root,
      {
        'bg/kept/index.html': 'shows _astro/kept.webp',
        '_astro/kept.webp': 'picture of a page left in place',
        '_astro/gone.webp': 'picture of an unpublished page',
        'bg/gone/index.html': 'unpublished',
      },
      old,
    );
    const buildStarted = Date.now() - 1_000;
    write(root, { 'bg/new/index.html': 'rendered now', '_astro/new.webp': 'written now' });
    const pruned = await pruneUnproduced(root, buildStarted, new Set(['bg/kept/index.html']), {
      keepOldAssets: true,
    });
    expect(pruned.pruned).toBe(1);
    expect(pruned.oldAssets.sort()).toEqual(['_astro/gone.webp', '_astro/kept.webp']);
    // What the build check found named in the pages' text.
    expect(
      await pruneUnreferenced(root, pruned.oldAssets, new Set(['_astro/kept.webp', '_astro/new.webp'])),
    ).toBe(1);
    expect(Object.keys(await contents(root)).sort()).toEqual([
      '_astro/kept.webp',
      '_astro/new.webp',
      'bg/kept/index.html',
      'bg/new/index.html',
    ]);
  });
});

describe('prepareBuildFolder', () => {
  const live = () => path.join(root, 'builds', 'live');
  const staging = () => path.join(root, 'staging', 'next');

  it('takes over an old build and mirrors the live one into it, copying only what changed', async () => {
    const old = path.join(root, 'builds', 'old');
    write(live(), { 'bg/a/index.html': 'a v2', 'bg/b/index.html': 'b' });
    await mirrorTree(live(), old);
    // The old build's version of a page was written a build earlier: same size, older time.
    write(
      old,
      { 'bg/a/index.html': 'a v1', 'bg/gone/index.html': 'since unpublished' },
      new Date(Date.now() - 60_000),
    );
    const prepared = await prepareBuildFolder(staging(), live(), old);
    expect(prepared).toEqual({ startedFrom: 'previous build', copied: 1, removed: 1 });
    expect(await contents(staging())).toEqual(await contents(live()));
    // Taken over, not copied: the old build's folder is gone, the live one untouched.
    expect(existsSync(old)).toBe(false);
    expect(await contents(live())).toEqual({ 'bg/a/index.html': 'a v2', 'bg/b/index.html': 'b' });
  });

  it('takes a rolled-back build over as it is when it holds the last output', async () => {
    write(live(), { 'bg/a/index.html': 'a' });
    expect(await prepareBuildFolder(staging(), live(), live())).toEqual({
      startedFrom: 'previous build',
      copied: 0,
      removed: 0,
    });
    expect(await contents(staging())).toEqual({ 'bg/a/index.html': 'a' });
  });

  it('copies everything without a folder to take over, and starts empty without a previous output', async () => {
    write(live(), { 'bg/a/index.html': 'a', '_astro/x.css': 'css' });
    expect((await prepareBuildFolder(staging(), live(), null)).copied).toBe(2);
    const other = path.join(root, 'elsewhere');
    const old = path.join(root, 'builds', 'old');
    write(old, { 'bg/a/index.html': 'a' });
    expect(await prepareBuildFolder(other, null, old)).toEqual({
      startedFrom: 'empty',
      copied: 0,
      removed: 0,
    });
    expect(existsSync(other)).toBe(false);
    // Nothing to start from: the old build is left where it is.
    expect(existsSync(old)).toBe(true);
  });
});
