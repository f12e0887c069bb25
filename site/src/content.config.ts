// Collections only: each is one public type of the CMS read API, validated by the contract schema.
import { defineCollection } from 'astro:content';
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
} from '@glasnik/cms/contract';
import { readSiteEnv } from './lib/env';
import { strapiLoader } from './loaders/strapi-loader';

const env = readSiteEnv();
const read = { cmsUrl: env.CMS_URL, token: env.STRAPI_READ_TOKEN };

// The schemas type the collections; the loader has already validated each item with the same schema
// (so it can name the type, id and field of a bad one), and stores the result.
export const collections = {
  newsArticles: defineCollection({ loader: strapiLoader('newsArticles', read), schema: newsArticleSchema }),
  pressReleases: defineCollection({
    loader: strapiLoader('pressReleases', read),
    schema: pressReleaseSchema,
  }),
  campaigns: defineCollection({ loader: strapiLoader('campaigns', read), schema: campaignSchema }),
  events: defineCollection({ loader: strapiLoader('events', read), schema: eventSchema }),
  mediaAssets: defineCollection({ loader: strapiLoader('mediaAssets', read), schema: mediaAssetSchema }),
  agreements: defineCollection({ loader: strapiLoader('agreements', read), schema: agreementSchema }),
  pages: defineCollection({ loader: strapiLoader('pages', read), schema: pageSchema }),
  categories: defineCollection({ loader: strapiLoader('categories', read), schema: categorySchema }),
  tags: defineCollection({ loader: strapiLoader('tags', read), schema: tagSchema }),
  pressContacts: defineCollection({
    loader: strapiLoader('pressContacts', read),
    schema: pressContactSchema,
  }),
  siteSettings: defineCollection({ loader: strapiLoader('siteSettings', read), schema: siteSettingsSchema }),
  pressRoom: defineCollection({ loader: strapiLoader('pressRoom', read), schema: pressRoomSchema }),
};
