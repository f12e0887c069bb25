// Collections only: each is one public type of the CMS read API, validated by the contract schema.
import { defineCollection } from 'astro:content';
import { publicTypes, type PublicTypeName } from '@glasnik/cms/contract';
import { readSiteEnv } from './lib/env';
import { strapiLoader } from './loaders/strapi';

const env = readSiteEnv();
const read = { cmsUrl: env.CMS_URL, token: env.STRAPI_READ_TOKEN };

const collection = <Name extends PublicTypeName>(type: Name) =>
  defineCollection({ loader: strapiLoader(type, read), schema: publicTypes[type].schema });

export const collections = {
  newsArticles: collection('newsArticles'),
  pressReleases: collection('pressReleases'),
  campaigns: collection('campaigns'),
  events: collection('events'),
  mediaAssets: collection('mediaAssets'),
  agreements: collection('agreements'),
  pages: collection('pages'),
  categories: collection('categories'),
  tags: collection('tags'),
  pressContacts: collection('pressContacts'),
  siteSettings: collection('siteSettings'),
  pressRoom: collection('pressRoom'),
};
