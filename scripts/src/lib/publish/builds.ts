/**
 * The publisher's folders under `<data>/site/`: `builds/<id>/` (one per build, ids sort by time),
 * `current` (a symlink to the live build, replaced in one rename), and `publisher-state.json` (which
 * builds passed their checks, so rollback only ever goes to a good one, and which folder holds the
 * output of the last finished `astro build`, so the next build can start from it).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readlink, rename, rm, symlink, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const KEEP_BUILDS = 5;

const stateSchema = z.object({
  /** Builds that passed their checks, oldest first. */
  good: z.array(z.object({ id: z.string(), finishedAt: z.string(), durationMs: z.number() })).default([]),
  /**
   * The build whose folder holds exactly what the last finished `astro build` wrote (what the site's
   * route keys in the cacheDir describe); null while a build runs or after one failed.
   */
  astroOutput: z.string().nullable().default(null),
});
export type BuildStoreState = z.infer<typeof stateSchema>;

export interface BuildStore {
  readonly siteDir: string;
  readonly buildsDir: string;
  /** The symlink the static server serves. */
  readonly currentLink: string;
  newBuildDir(): { id: string; dir: string };
  currentId(): Promise<string | null>;
  readState(): Promise<BuildStoreState>;
  /** Records a good build and points `current` at it atomically, then prunes old builds. */
  promote(id: string, durationMs: number): Promise<void>;
  /** Deletes a build folder that failed (the live one is never touched). */
  discard(id: string): Promise<void>;
  /** Records which build's folder holds the last finished `astro build`'s output (see the state). */
  setAstroOutput(id: string | null): Promise<void>;
  /**
   * A folder the next build may take over instead of starting empty: not live, and either not a good
   * build (failed or rolled back) or the oldest good one, which the next promote would prune anyway.
   * The folder of the last `astro build` is preferred: it needs no copying at all.
   */
  recycleCandidate(): Promise<string | null>;
  /** The folder of the last finished `astro build`, if it is still there. */
  astroOutputDir(): Promise<string | null>;
  /**
   * Points `current` at the good build before the live one.
   * @throws {Error} when there is no earlier good build.
   */
  rollback(): Promise<{ from: string | null; to: string }>;
}

/** A build id from a time: sortable, safe as a folder name, e.g. 2026-05-04T10-20-30-123Z. */
export function buildIdAt(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export function createBuildStore(dataDir: string, keep: number = KEEP_BUILDS): BuildStore {
  const siteDir = path.join(dataDir, 'site');
  const buildsDir = path.join(siteDir, 'builds');
  const currentLink = path.join(siteDir, 'current');
  const stateFile = path.join(siteDir, 'publisher-state.json');
  let lastId = '';

  async function readState(): Promise<BuildStoreState> {
    try {
      return stateSchema.parse(JSON.parse(await readFile(stateFile, 'utf8')));
    } catch {
      return { good: [], astroOutput: null };
    }
  }

  async function writeState(state: BuildStoreState): Promise<void> {
    const temp = `${stateFile}.${process.pid}.tmp`;
    await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`);
    await rename(temp, stateFile);
  }

  async function currentId(): Promise<string | null> {
    try {
      return path.basename(await readlink(currentLink));
    } catch {
      return null;
    }
  }

  /** symlink(temp) + rename(temp, current): rename replaces the old link in one step (POSIX). */
  async function pointCurrentAt(id: string): Promise<void> {
    const temp = path.join(siteDir, `.current-${process.pid}-${Date.now()}`);
    await symlink(path.join('builds', id), temp);
    await rename(temp, currentLink);
  }

  async function prune(state: BuildStoreState): Promise<BuildStoreState> {
    const live = await currentId();
    const kept = state.good.slice(-keep);
    const keepIds = new Set([...kept.map((build) => build.id), ...(live ? [live] : [])]);
    const entries = await listBuildFolders();
    for (const entry of entries) {
      if (!keepIds.has(entry)) await rm(path.join(buildsDir, entry), { recursive: true, force: true });
    }
    // A recycled build's folder became a newer build: it is no longer there to roll back to.
    const present = new Set(entries);
    const good = state.good.filter((build) => keepIds.has(build.id) && present.has(build.id));
    const astroOutput = state.astroOutput && present.has(state.astroOutput) ? state.astroOutput : null;
    return { good, astroOutput };
  }

  async function listBuildFolders(): Promise<string[]> {
    return existsSync(buildsDir) ? await readdir(buildsDir) : [];
  }

  return {
    siteDir,
    buildsDir,
    currentLink,
    newBuildDir() {
      let id = buildIdAt(new Date());
      // Two builds in the same millisecond would share a folder.
      if (id <= lastId) id = `${lastId}-1`;
      lastId = id;
      return { id, dir: path.join(buildsDir, id) };
    },
    currentId,
    readState,
    async promote(id, durationMs) {
      await mkdir(siteDir, { recursive: true });
      const state = await readState();
      state.good.push({ id, finishedAt: new Date().toISOString(), durationMs });
      await pointCurrentAt(id);
      await writeState(await prune(state));
    },
    async discard(id) {
      if (id === (await currentId())) return;
      await rm(path.join(buildsDir, id), { recursive: true, force: true });
      const state = await readState();
      if (state.astroOutput === id) await writeState({ ...state, astroOutput: null });
    },
    async setAstroOutput(id) {
      await mkdir(siteDir, { recursive: true });
      await writeState({ ...(await readState()), astroOutput: id });
    },
    async astroOutputDir() {
      const { astroOutput } = await readState();
      const dir = astroOutput ? path.join(buildsDir, astroOutput) : null;
      return dir && existsSync(dir) ? dir : null;
    },
    async recycleCandidate() {
      const state = await readState();
      const live = await currentId();
      const folders = await listBuildFolders();
      const good = state.good.map((build) => build.id).filter((id) => folders.includes(id));
      const notGood = folders.filter((id) => id !== live && !good.includes(id));
      // promote keeps the newest `keep` good builds, the new one included.
      const prunedNext = good.slice(0, Math.max(0, good.length + 1 - keep)).filter((id) => id !== live);
      const candidates = [...notGood, ...prunedNext];
      const chosen =
        state.astroOutput && candidates.includes(state.astroOutput) ? state.astroOutput : candidates[0];
      return chosen ? path.join(buildsDir, chosen) : null;
    },
    async rollback() {
      const state = await readState();
      const live = await currentId();
      const index = state.good.findIndex((build) => build.id === live);
      const candidates = (index === -1 ? state.good : state.good.slice(0, index)).filter((build) =>
        existsSync(path.join(buildsDir, build.id)),
      );
      const target = candidates.at(-1);
      if (!target)
        throw new Error(
          `There is no earlier good build to roll back to (live: ${live ?? 'none'}; kept: ${state.good.map((build) => build.id).join(', ') || 'none'}).`,
        );
      await pointCurrentAt(target.id);
      // The rolled-back build leaves the good list, so a second rollback goes one further back and the
      // next publish builds fresh rather than returning to it.
      if (live) await writeState({ ...state, good: state.good.filter((build) => build.id !== live) });
      return { from: live, to: target.id };
    },
  };
}
