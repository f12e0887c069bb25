/**
 * When a site build must read every collection from the CMS instead of only what changed since the last
 * build. The site's incremental content sync finds new and updated items by their dates and removals by
 * the item count; an unpublish or delete that coincides with a new publish keeps the count unchanged and
 * would leave the removed item on the site. The publisher sees those events, so it asks for a full read.
 */
import { MAX_PENDING_REASONS } from './scheduler.ts';

/** The site's switch (site/src/loaders/strapi-loader.ts FULL_READ_ENV): read every collection whole. */
export const FULL_CONTENT_READ_ENV = 'GLASNIK_CONTENT_FULL_READ';

/**
 * True when the changes behind a build may have removed something from the public site: an unpublish or
 * delete webhook, or so many changes that the scheduler kept only some of their reasons.
 */
export function removesContent(reasons: readonly string[]): boolean {
  return (
    reasons.length >= MAX_PENDING_REASONS ||
    reasons.some((reason) => /^entry\.(unpublish|delete)\b/.test(reason))
  );
}
