/**
 * What each collection's loader changed in its store during the current content sync, for the loaders of
 * the collections that embed it (agreements embed news articles, news articles embed categories, tags,
 * campaigns and events, …). With it an embedding collection re-reads only the items that show a changed,
 * new or removed document, instead of reading itself whole whenever a type it embeds changed (at 10,000
 * items one new article made the build read all ~1,000 agreements again: 10 s of a 12 s content sync).
 *
 * Astro runs every collection's `load()` of one sync in the same process, all started together. Each
 * loader announces itself when it starts ({@link announceSync}), naming the sync of its own collection it
 * starts from, and later settles what it changed. A collection remembers, for each type it embeds, the sync
 * id of that type it is up to date with; the announcement it may use must start from exactly that id. Sync
 * ids are new for every sync of a collection, so an announcement left from an earlier sync (or from a
 * sync whose store was never saved) never matches, and the embedding collection is then read whole.
 * Loaders do not all start in the same tick (Astro prepares each loader's context asynchronously), so an
 * embedding loader waits for the announcement of the type it embeds, a while at most.
 */
import { randomUUID } from 'node:crypto';
import type { PublicTypeName } from '@glasnik/cms/contract';

/** What one collection's loader did to its store in this sync. */
export interface SyncOutcome {
  /** This sync's id of the collection, stored with it. */
  syncId: string;
  /**
   * Store ids (`<locale>/<documentId>`) added, changed or removed; `'all'` when there was nothing to compare
   * with (first read, `--force`, another CMS).
   */
  changed: ReadonlySet<string> | 'all';
}

interface Announcement {
  /** The sync id of the collection as the previous sync left it, or null when its store was empty. */
  from: string | null;
  outcome: Promise<SyncOutcome>;
}

const announcements = new Map<PublicTypeName, Announcement>();
/** Callbacks of loaders waiting for a type to announce itself. */
const waiting = new Map<PublicTypeName, Array<() => void>>();

/**
 * How long an embedding loader waits for the loader of an embedded type to start. In a build every loader
 * starts within milliseconds; one that does not start is not part of this sync (a partial refresh in
 * `astro dev`), and the embedding collection is read whole.
 */
export const ANNOUNCEMENT_WAIT_MS = 10_000;

/** A new sync id: unique per sync of a collection, so that stale announcements never match. */
export function newSyncId(): string {
  return randomUUID();
}

/** Settles the announcement a loader made. Call exactly one of them. */
export interface SyncAnnouncement {
  settle(outcome: SyncOutcome): void;
  fail(error: unknown): void;
}

/**
 * Announces that `type` is being synced, starting from the sync id its store holds. Call it before the
 * loader's first `await`, so that every loader of the same Astro sync has announced itself by the time any
 * of them looks at another's announcement.
 */
export function announceSync(type: PublicTypeName, from: string | null): SyncAnnouncement {
  let settle!: (outcome: SyncOutcome) => void;
  let fail!: (error: unknown) => void;
  const outcome = new Promise<SyncOutcome>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  // A loader that fails stops the build; the embedding loaders that wait on it read whole meanwhile.
  outcome.catch(() => undefined);
  announcements.set(type, { from, outcome });
  const callbacks = waiting.get(type) ?? [];
  waiting.delete(type);
  callbacks.forEach((callback) => callback());
  return { settle, fail };
}

/** Why an embedded type's changes cannot be used; the embedding collection is then read whole. */
export type EmbeddedChanges =
  | { usable: true; syncId: string; changed: ReadonlySet<string> }
  | { usable: false; reason: string; syncId: string | null };

/** Resolves when `type` has announced itself, or after `waitMs`. */
function announced(type: PublicTypeName, waitMs: number): Promise<void> {
  if (announcements.has(type)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    // A build that ends before the time is up must not wait for the timer.
    timer.unref();
    const callbacks = waiting.get(type) ?? [];
    callbacks.push(() => {
      clearTimeout(timer);
      resolve();
    });
    waiting.set(type, callbacks);
  });
}

/**
 * What `embedded` changed since the sync `since` of it, waiting for its loader to start (at most
 * {@link ANNOUNCEMENT_WAIT_MS}) and to finish deciding. `syncId` is the sync of `embedded` whose content
 * the embedding collection can record as seen once it reads its items after this resolves.
 */
export async function embeddedChangesSince(
  embedded: PublicTypeName,
  since: string | null | undefined,
  waitMs = ANNOUNCEMENT_WAIT_MS,
): Promise<EmbeddedChanges> {
  await announced(embedded, waitMs);
  const announcement = announcements.get(embedded);
  if (!announcement)
    return { usable: false, reason: `${embedded} is not synced in this build`, syncId: null };
  let outcome: SyncOutcome;
  try {
    outcome = await announcement.outcome;
  } catch {
    return { usable: false, reason: `reading ${embedded} failed`, syncId: null };
  }
  if (!since || announcement.from !== since)
    return {
      usable: false,
      reason: `${embedded} was last synced in another build than this collection`,
      syncId: outcome.syncId,
    };
  if (outcome.changed === 'all')
    return { usable: false, reason: `${embedded} was read with nothing to compare`, syncId: outcome.syncId };
  return { usable: true, syncId: outcome.syncId, changed: outcome.changed };
}

/**
 * How often a loader still at work touches the store while the sync runs: below Astro's 500 ms save
 * debounce (astro/dist/content/mutable-data-store.js, SAVE_DEBOUNCE_MS).
 */
const HOLD_TOUCH_MS = 300;
let hold: { timer: NodeJS.Timeout; loaders: number } | null = null;

/**
 * Keeps Astro from saving the content store while loaders of this sync are still at work; returns the
 * function that ends this loader's part of the hold.
 *
 * Why: Astro saves the store 500 ms after the last change to it, and a save serialises the whole store
 * (at 10,000 items: 30 MB through devalue, 1.3-4 s of CPU blocking the event loop). A sync longer than
 * that (every sync that waits for the CMS) saved it once or more midway, then again at its end; the saves
 * midway took the CPU the CMS needed to answer. Touching the store more often than the debounce leaves
 * the one save Astro makes when every loader is done. If Astro changes its debounce, the cost is only the
 * extra saves again.
 * @param touch changes the store without changing its content (sets a meta key to the same value).
 */
export function holdStoreSaves(touch: () => void): () => void {
  if (hold) hold.loaders += 1;
  else {
    const timer = setInterval(touch, HOLD_TOUCH_MS);
    timer.unref();
    hold = { timer, loaders: 1 };
  }
  let released = false;
  return () => {
    if (released || !hold) return;
    released = true;
    hold.loaders -= 1;
    if (hold.loaders === 0) {
      clearInterval(hold.timer);
      hold = null;
    }
  };
}
