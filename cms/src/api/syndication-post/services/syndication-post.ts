import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::syndication-post.syndication-post');
