import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::syndication-post.syndication-post');
