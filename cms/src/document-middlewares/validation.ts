import type { Core } from '@strapi/strapi';
import {
  AGREEMENT,
  CAMPAIGN,
  EVENT,
  MEDIA_ASSET,
  PRESS_RELEASE,
  CONTENT_TYPES,
  isOneOf,
} from '../lib/content-types';
import { isIsoCountryCode } from '../lib/countries';
import { attributesOf } from '../lib/schema';
import { now } from '../lib/clock';
import { currentActor, defaultLocale } from '../lib/actor';
import { throwIfIssues, type FieldIssue } from '../lib/validation-error';
import { entryAfterWrite, mediaAndComponentsPopulate } from './current-entry';
import { draftRows, isWrite, localeOf, type DocumentContext, type DocumentMiddlewareFactory } from './types';

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** http(s) URL with a host: what an editor means by "a link". */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function timeOf(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string' || value === '') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

function checkRange(
  entry: Record<string, unknown>,
  from: string,
  to: string,
  message: string,
  issues: FieldIssue[],
): void {
  const start = timeOf(entry[from]);
  const end = timeOf(entry[to]);
  if (start !== undefined && end !== undefined && end < start) issues.push({ path: [to], message });
}

/** Media ids referenced by a value as the Document Service accepts or returns it (id, {id}, arrays). */
function mediaIds(value: unknown): number[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(mediaIds);
  if (typeof value === 'number') return [value];
  if (typeof value === 'string' && /^\d+$/.test(value)) return [Number(value)];
  if (typeof value === 'object' && 'id' in value) return mediaIds((value as { id: unknown }).id);
  return [];
}

/** Every media file an entry uses, with the field path it is used in (components included). */
function collectMedia(
  strapi: Core.Strapi,
  uid: string,
  entry: Record<string, unknown>,
  prefix: string[] = [],
): Array<{ path: string[]; id: number }> {
  const found: Array<{ path: string[]; id: number }> = [];
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    const value = entry[name];
    if (value === null || value === undefined) continue;
    if (attribute.type === 'media') {
      for (const id of mediaIds(value)) found.push({ path: [...prefix, name], id });
    } else if (attribute.type === 'component' && attribute.component) {
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (item && typeof item === 'object') {
          const path = attribute.repeatable ? [...prefix, name, String(index)] : [...prefix, name];
          found.push(
            ...collectMedia(strapi, attribute.component as string, item as Record<string, unknown>, path),
          );
        }
      });
    }
  }
  return found;
}

interface FileRow {
  id: number;
  name: string;
  mime: string;
  alternativeText: string | null;
}

async function filesById(strapi: Core.Strapi, ids: number[]): Promise<Map<number, FileRow>> {
  if (ids.length === 0) return new Map();
  const rows = (await strapi.db.query('plugin::upload.file').findMany({
    where: { id: { $in: ids } },
    select: ['id', 'name', 'mime', 'alternativeText'],
  })) as FileRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

async function checkAltTexts(
  strapi: Core.Strapi,
  uid: string,
  entry: Record<string, unknown>,
  issues: FieldIssue[],
): Promise<void> {
  const used = collectMedia(strapi, uid, entry);
  const files = await filesById(strapi, [...new Set(used.map((use) => use.id))]);
  for (const use of used) {
    const file = files.get(use.id);
    if (!file) continue;
    const isImage = file.mime.startsWith('image/');
    if (uid === MEDIA_ASSET && use.path[0] === 'file') {
      // A media asset carries its own alternative text (per language) for the file.
      if (isImage && !text(entry.altText)) {
        issues.push({
          path: ['altText'],
          message: `Alternative text is required: "${file.name}" is an image. Describe what it shows for readers who cannot see it.`,
        });
      }
      continue;
    }
    if (isImage && !text(file.alternativeText)) {
      issues.push({
        path: use.path,
        message: `The image "${file.name}" (${use.path.join(' › ')}) has no alternative text. Open it in the Media Library, fill in "Alternative text", then save again.`,
      });
    }
  }
}

async function checkUniqueShared(
  strapi: Core.Strapi,
  uid: string,
  field: string,
  value: string,
  documentId: string | undefined,
  label: string,
  issues: FieldIssue[],
): Promise<void> {
  const where: Record<string, unknown> = { [field]: value };
  if (documentId) where.documentId = { $ne: documentId };
  const clash = (await strapi.db
    .query(uid as never)
    .findOne({ where, select: ['documentId', 'title'] } as never)) as { title?: string } | null;
  if (clash)
    issues.push({
      path: [field],
      message: `${label} "${value}" is already used by "${clash.title ?? 'another entry'}". Each entry needs its own.`,
    });
}

async function checkSlug(
  strapi: Core.Strapi,
  ctx: DocumentContext,
  slug: string,
  issues: FieldIssue[],
): Promise<void> {
  const where: Record<string, unknown> = {
    slug,
    locale: localeOf(ctx.params) ?? (await defaultLocale(strapi)),
  };
  if (ctx.params.documentId) where.documentId = { $ne: ctx.params.documentId };
  const clash = (await strapi.db
    .query(ctx.uid as never)
    .findOne({ where, select: ['documentId'] } as never)) as unknown;
  if (clash)
    issues.push({
      path: ['slug'],
      message: `The web address (slug) "${slug}" is already used by another entry in this language. Change the slug or the title.`,
    });
}

/**
 * Checks an entry as it will be after the write; returns every problem at once so the editor can fix
 * them in one go.
 */
export async function validateEntry(
  strapi: Core.Strapi,
  ctx: DocumentContext,
  entry: Record<string, unknown>,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const attributes = attributesOf(strapi, ctx.uid);
  const uid = ctx.uid;

  if ('title' in attributes && !text(entry.title))
    issues.push({ path: ['title'], message: 'The title is required.' });
  if ('name' in attributes && (attributes.name as { required?: boolean }).required && !text(entry.name))
    issues.push({ path: ['name'], message: 'The name is required.' });
  if (
    'summary' in attributes &&
    (attributes.summary as { required?: boolean }).required &&
    !text(entry.summary)
  ) {
    issues.push({
      path: ['summary'],
      message: 'The summary is required: one or two sentences for lists, feeds and search results.',
    });
  }
  const slug = text(entry.slug);
  if ('slug' in attributes && slug) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
      issues.push({
        path: ['slug'],
        message: `The web address (slug) "${slug}" may contain only small Latin letters, digits and single dashes. Leave it empty to make one from the title.`,
      });
    else await checkSlug(strapi, ctx, slug, issues);
  }

  if (uid === EVENT) {
    if (timeOf(entry.start) === undefined)
      issues.push({ path: ['start'], message: 'The start date and time of the event is required.' });
    checkRange(entry, 'start', 'end', 'The event cannot end before it starts: check "end".', issues);
    const url = text(entry.registrationUrl);
    if (url && !isWebUrl(url))
      issues.push({
        path: ['registrationUrl'],
        message: `The registration link "${url}" is not a web address: it must start with https:// (or http://).`,
      });
  }
  if (uid === CAMPAIGN) {
    if (timeOf(entry.startDate) === undefined)
      issues.push({ path: ['startDate'], message: 'The start date of the campaign is required.' });
    checkRange(
      entry,
      'startDate',
      'endDate',
      'The campaign cannot end before it starts: check "end date".',
      issues,
    );
    const sponsors = Array.isArray(entry.sponsors) ? (entry.sponsors as Array<Record<string, unknown>>) : [];
    sponsors.forEach((sponsor, index) => {
      const url = text(sponsor?.url);
      if (url && !isWebUrl(url))
        issues.push({
          path: ['sponsors', String(index), 'url'],
          message: `The website of sponsor "${text(sponsor.name) || index + 1}" is not a web address: "${url}".`,
        });
    });
  }
  if (uid === 'api::site-setting.site-setting') {
    const links = Array.isArray(entry.socialAccounts)
      ? (entry.socialAccounts as Array<Record<string, unknown>>)
      : [];
    links.forEach((link, index) => {
      const url = text(link?.url);
      if (!isWebUrl(url))
        issues.push({
          path: ['socialAccounts', String(index), 'url'],
          message: `The ${text(link?.network) || 'social'} account address "${url}" is not a web address (https://…).`,
        });
    });
  }
  if (uid === AGREEMENT) {
    const registerNumber = text(entry.registerNumber);
    if (!registerNumber)
      issues.push({
        path: ['registerNumber'],
        message: 'The register number is required (e.g. МД-2019-003).',
      });
    else
      await checkUniqueShared(
        strapi,
        uid,
        'registerNumber',
        registerNumber,
        ctx.params.documentId,
        'Register number',
        issues,
      );
    const country = text(entry.partnerCountry);
    if (country && !isIsoCountryCode(country))
      issues.push({
        path: ['partnerCountry'],
        message: `"${country}" is not an ISO 3166-1 country code: use two capital letters, e.g. RO for Romania, DE for Germany.`,
      });
    if (timeOf(entry.signedOn) === undefined)
      issues.push({ path: ['signedOn'], message: 'The date of signature is required.' });
    checkRange(
      entry,
      'validFrom',
      'validUntil',
      'The agreement cannot be valid until a date before it becomes valid: check "valid until".',
      issues,
    );
  }
  if (uid === MEDIA_ASSET) {
    if (!text(entry.credit))
      issues.push({
        path: ['credit'],
        message:
          'The credit (author or copyright holder) is required: journalists must print it with the file.',
      });
    if (!text(entry.licence))
      issues.push({
        path: ['licence'],
        message: 'Choose a licence: journalists need to know how they may use the file.',
      });
    if (mediaIds(entry.file).length === 0)
      issues.push({ path: ['file'], message: 'Choose the file of this media asset.' });
  }
  if (uid === PRESS_RELEASE) {
    if (timeOf(entry.releaseDate) === undefined)
      issues.push({ path: ['releaseDate'], message: 'The release date is required.' });
    const embargo = timeOf(entry.embargoUntil);
    // Only people typing a new release are held to this; the seed and imports may record past embargoes.
    if (
      ctx.action === 'create' &&
      embargo !== undefined &&
      embargo < now().getTime() &&
      currentActor(strapi).kind !== 'system'
    ) {
      issues.push({
        path: ['embargoUntil'],
        message:
          'The embargo time is in the past. Leave it empty to publish without embargo, or choose a future time.',
      });
    }
  }
  await checkAltTexts(strapi, uid, entry, issues);
  return issues;
}

/**
 * Server-side validation of every create, update and publish of Glasnik content, whoever calls it
 * (admin, REST, scripts). Errors reach the admin form and the REST API as Strapi ValidationErrors (400).
 */
export const validation: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (!isOneOf(CONTENT_TYPES, ctx.uid)) return next();
  if (isWrite(ctx)) {
    throwIfIssues(await validateEntry(strapi, ctx, await entryAfterWrite(strapi, ctx)));
  } else if (ctx.action === 'publish' && ctx.params.documentId) {
    const drafts = await draftRows(
      strapi,
      ctx.uid,
      ctx.params.documentId,
      localeOf(ctx.params),
      mediaAndComponentsPopulate(strapi, ctx.uid),
    );
    for (const draft of drafts) {
      throwIfIssues(
        await validateEntry(
          strapi,
          { ...ctx, action: 'publish', params: { ...ctx.params, locale: draft.locale ?? undefined } },
          draft,
        ),
      );
    }
  }
  return next();
};
