import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    locales: ['bg'],
  },
  bootstrap(_app: StrapiApp) {},
};
