import { factories } from '@strapi/strapi';
import { publicReadMiddleware } from '../../../lib/public-read';

const uid = 'api::press-release.press-release';

/** Reads go through the public read path: published, not embargoed, server-side populate. */
export default factories.createCoreRouter(uid, {
  config: {
    find: { middlewares: [publicReadMiddleware(uid)] },
    findOne: { middlewares: [publicReadMiddleware(uid)] },
  },
});
