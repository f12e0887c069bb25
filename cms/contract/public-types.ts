/**
 * The types the public read API serves, with their REST paths and schemas: the one list the site's loaders
 * and the scripts iterate over.
 */
import type { z } from 'zod';
import {
  agreementSchema,
  campaignSchema,
  categorySchema,
  eventSchema,
  mediaAssetSchema,
  newsArticleSchema,
  pageSchema,
  pressContactSchema,
  pressReleaseSchema,
  pressRoomSchema,
  siteSettingsSchema,
  tagSchema,
} from './content-types';

type PublicType = {
  /** Path under `/api/`, i.e. the pluralName (collections) or singularName (single types). */
  endpoint: string;
  kind: 'collection' | 'single';
  /** Strapi UID, e.g. `api::news-article.news-article`. */
  uid: string;
  schema: z.ZodType;
};

/** Every publicly readable type, keyed by the name the site uses for its content collection. */
export const publicTypes = {
  newsArticles: {
    endpoint: 'news-articles',
    kind: 'collection',
    uid: 'api::news-article.news-article',
    schema: newsArticleSchema,
  },
  pressReleases: {
    endpoint: 'press-releases',
    kind: 'collection',
    uid: 'api::press-release.press-release',
    schema: pressReleaseSchema,
  },
  campaigns: {
    endpoint: 'campaigns',
    kind: 'collection',
    uid: 'api::campaign.campaign',
    schema: campaignSchema,
  },
  events: { endpoint: 'events', kind: 'collection', uid: 'api::event.event', schema: eventSchema },
  mediaAssets: {
    endpoint: 'media-assets',
    kind: 'collection',
    uid: 'api::media-asset.media-asset',
    schema: mediaAssetSchema,
  },
  agreements: {
    endpoint: 'agreements',
    kind: 'collection',
    uid: 'api::agreement.agreement',
    schema: agreementSchema,
  },
  pages: { endpoint: 'pages', kind: 'collection', uid: 'api::page.page', schema: pageSchema },
  categories: {
    endpoint: 'categories',
    kind: 'collection',
    uid: 'api::category.category',
    schema: categorySchema,
  },
  tags: { endpoint: 'tags', kind: 'collection', uid: 'api::tag.tag', schema: tagSchema },
  pressContacts: {
    endpoint: 'press-contacts',
    kind: 'collection',
    uid: 'api::press-contact.press-contact',
    schema: pressContactSchema,
  },
  siteSettings: {
    endpoint: 'site-setting',
    kind: 'single',
    uid: 'api::site-setting.site-setting',
    schema: siteSettingsSchema,
  },
  pressRoom: {
    endpoint: 'press-room',
    kind: 'single',
    uid: 'api::press-room.press-room',
    schema: pressRoomSchema,
  },
} as const satisfies Record<string, PublicType>;

/** Name of a public type as the site's collections use it (`newsArticles`, `events`, …). */
export type PublicTypeName = keyof typeof publicTypes;

/** The validated shape of one item of a public type. */
export type PublicTypeItem<Name extends PublicTypeName> = z.output<(typeof publicTypes)[Name]['schema']>;
