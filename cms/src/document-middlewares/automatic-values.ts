import type { Core } from '@strapi/strapi';
import { AGREEMENT, CAMPAIGN, CONTENT_TYPES, EVENT, PRESS_RELEASE, isOneOf } from '../lib/content-types';
import { slugify } from '../lib/transliterate';
import { agreementStatus, campaignStatus, eventStatus } from '../lib/derived-status';
import { now, todayInSofia } from '../lib/clock';
import { currentActor } from '../lib/actor';
import { attributesOf } from '../lib/schema';
import { entryAfterWrite } from './current-entry';
import { isWrite, type DocumentMiddlewareFactory } from './types';
import { nextReferenceNumber, withReferenceLock } from './reference-number';

/** Fields only Glasnik writes; values sent by editors are dropped (the admin sends them back unchanged). */
const READ_ONLY_FOR_EDITORS: ReadonlySet<string> = new Set([
  'firstPublishedAt',
  'referenceNumber',
  'campaignStatus',
  'releaseScheduled',
]);

/**
 * Values Glasnik fills in on every create/update: slug from the title (Bulgarian official
 * transliteration), press-release reference number, statuses derived from dates, upper-case country code.
 */
export const automaticValues: DocumentMiddlewareFactory = (strapi: Core.Strapi) => async (ctx, next) => {
  if (!isOneOf(CONTENT_TYPES, ctx.uid) || !isWrite(ctx)) return next();
  const actor = currentActor(strapi);
  const submitted: Record<string, unknown> = ctx.params.data ?? {};
  // A person cannot set what Glasnik computes; system actors (seed, cron) may.
  const data = Object.fromEntries(
    Object.entries(submitted).filter(
      ([field]) => actor.kind !== 'admin' || !READ_ONLY_FOR_EDITORS.has(field),
    ),
  );
  ctx.params = { ...ctx.params, data };
  const entry = await entryAfterWrite(strapi, ctx);
  const attributes = attributesOf(strapi, ctx.uid);

  if ('slug' in attributes && !(typeof entry.slug === 'string' && entry.slug.trim())) {
    const source =
      typeof entry.title === 'string' ? entry.title : typeof entry.name === 'string' ? entry.name : '';
    const slug = slugify(source);
    if (slug) data.slug = slug;
  } else if (typeof data.slug === 'string') {
    data.slug = data.slug.trim().toLowerCase();
  }
  if (ctx.uid === CAMPAIGN) data.campaignStatus = campaignStatus(entry, todayInSofia());
  if (ctx.uid === EVENT) data.eventStatus = eventStatus(entry, now());
  if (ctx.uid === AGREEMENT) {
    if (typeof data.partnerCountry === 'string')
      data.partnerCountry = data.partnerCountry.trim().toUpperCase();
    data.agreementStatus = agreementStatus(entry, todayInSofia());
  }
  if (ctx.uid === PRESS_RELEASE && !(typeof entry.referenceNumber === 'string' && entry.referenceNumber)) {
    // Held until the entry is written, so two releases created at once cannot take the same number.
    return withReferenceLock(strapi, async () => {
      data.referenceNumber = await nextReferenceNumber(strapi, entry.releaseDate);
      return next();
    });
  }
  return next();
};
