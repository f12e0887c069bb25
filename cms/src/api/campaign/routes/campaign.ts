import { factories } from '@strapi/strapi';
import { publicReadMiddleware } from '../../../lib/public-read';
import { publicReadCache } from '../../../lib/public-read-cache';

const uid = 'api::campaign.campaign';

/** Reads go through the public read path (cached until content changes): published, not embargoed, server-side populate. */
export default factories.createCoreRouter(uid, {
  config: {
    find: { middlewares: [publicReadCache, publicReadMiddleware(uid)] },
    findOne: { middlewares: [publicReadCache, publicReadMiddleware(uid)] },
  },
});
