import type { Core } from '@strapi/strapi';
import { attributesOf } from './schema';
import { isOneOf, EMBARGOED_TYPES, REVISION } from './content-types';

/** What the site needs of every media file: responsive formats, dimensions and alternative text. */
export const MEDIA_FIELDS = [
  'url',
  'alternativeText',
  'caption',
  'width',
  'height',
  'formats',
  'mime',
  'name',
  'ext',
  'size',
] as const;

type PopulateTree = Record<string, unknown>;

/**
 * Filter that hides items whose embargo has not ended. Applied to the top level of the public read
 * path and to every populated relation that points at an embargoable type (defence in depth: an
 * embargoed item is never published before its time, but an editor could move the embargo later).
 */
export function notEmbargoedFilter(now: Date): Record<string, unknown> {
  return { $or: [{ embargoUntil: { $null: true } }, { embargoUntil: { $lte: now.toISOString() } }] };
}

function componentPopulate(strapi: Core.Strapi, componentUid: string): PopulateTree | true {
  const nested: PopulateTree = {};
  for (const [name, attribute] of Object.entries(attributesOf(strapi, componentUid))) {
    if (attribute.type === 'media') nested[name] = { fields: [...MEDIA_FIELDS] };
    else if (attribute.type === 'component' && attribute.component)
      nested[name] = componentEntry(strapi, attribute.component);
  }
  return Object.keys(nested).length > 0 ? nested : true;
}

/** A component's populate entry: `true` when it holds no media or nested components. */
function componentEntry(strapi: Core.Strapi, componentUid: string): PopulateTree | true {
  const nested = componentPopulate(strapi, componentUid);
  return nested === true ? true : { populate: nested };
}

/**
 * The server-side populate tree of a public type: media with what a page needs, components, and
 * relations one level deep (with their own media and components). Clients cannot send their own.
 */
export function publicPopulate(strapi: Core.Strapi, uid: string, now: Date, relationDepth = 1): PopulateTree {
  const tree: PopulateTree = {};
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (attribute.private) continue;
    if (attribute.type === 'media') {
      tree[name] = { fields: [...MEDIA_FIELDS] };
    } else if (attribute.type === 'component' && attribute.component) {
      tree[name] = componentEntry(strapi, attribute.component);
    } else if (attribute.type === 'relation' && attribute.target) {
      const target = attribute.target;
      if (name === 'localizations') {
        // Links between language versions: enough to build the other version's URL.
        const fields = ['locale', ...(attributesOf(strapi, uid).slug ? ['slug'] : [])];
        tree[name] = {
          fields,
          ...(isOneOf(EMBARGOED_TYPES, uid) ? { filters: notEmbargoedFilter(now) } : {}),
        };
        continue;
      }
      if (relationDepth <= 0 || !target.startsWith('api::') || target === REVISION) continue;
      const nested = publicPopulate(strapi, target, now, relationDepth - 1);
      const entry: PopulateTree = {
        ...(Object.keys(nested).length > 0 ? { populate: nested } : {}),
        ...(isOneOf(EMBARGOED_TYPES, target) ? { filters: notEmbargoedFilter(now) } : {}),
      };
      tree[name] = Object.keys(entry).length > 0 ? entry : true;
    }
  }
  return tree;
}
